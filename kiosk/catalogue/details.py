"""One offer in full for its details screen: what, when, where, cost, seats as last known."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session as OrmSession

from kiosk.store.models import Offer, OfferText, Provider, Session, Venue

SERIES_MAX = 40  # sessions listed; a longer series says how many more there are


def _pick(texts: dict[str, str], lang: str) -> str:
    """The citizen's language first, then English, then German, then any (as search does)."""
    return _pick_with_language(texts, lang)[1]


def _pick_with_language(texts: dict[str, str], lang: str) -> tuple[str, str]:
    """_pick, with the code of the language it picked ("" when there is no text at all)."""
    for code in (lang, "en", "de"):
        if texts.get(code):
            return code, texts[code]
    return next(((code, t) for code, t in sorted(texts.items()) if t), ("", ""))


@dataclass(frozen=True)
class SessionInfo:
    """One dated meeting; ``seats_left`` None means no limit (or never heard)."""

    hub_id: str
    starts_at: dt.datetime  # local wall-clock time
    ends_at: dt.datetime
    seats_left: int | None
    seats_as_of: dt.datetime | None  # UTC, when the hub last told us

    @property
    def full(self) -> bool:
        return self.seats_left is not None and self.seats_left <= 0


@dataclass(frozen=True)
class OfferDetails:
    """Everything the details screen shows; every text is plain text from the catalogue."""

    id: int
    hub_id: str
    title: str
    description: str
    what_to_bring: str
    text_language: str  # the language the description (or, without one, the title) is in
    provider: str
    provider_phone: str
    provider_email: str
    venue: str
    address: str
    district: str
    directions: str
    opening_hours: str
    step_free: bool
    hearing_loop: bool
    accessible_toilet: bool
    online: bool
    cost_cents: int
    languages: tuple[str, ...]
    level: str
    topics: tuple[str, ...]
    registration: str
    prerequisites: tuple[str, ...]
    sessions: list[SessionInfo] = field(default_factory=list)  # upcoming, oldest first
    more_sessions: int = 0  # upcoming beyond SERIES_MAX

    @property
    def next_open(self) -> SessionInfo | None:
        """The first upcoming session that still has seats (as last known)."""
        return next((s for s in self.sessions if not s.full), None)


def offer_details(conn: Connection, offer_id: int, lang: str, now: dt.datetime | None = None) -> OfferDetails | None:
    """The offer with its upcoming sessions (local time ``now`` onwards); None if it is gone."""
    now = now or dt.datetime.now()
    with OrmSession(bind=conn) as orm:
        return _details(orm, conn, offer_id, lang, now)


def _details(orm: OrmSession, conn: Connection, offer_id: int, lang: str, now: dt.datetime) -> OfferDetails | None:
    row = orm.execute(
        select(Offer, Provider, Venue)
        .join(Provider, Provider.id == Offer.provider_id)
        .outerjoin(Venue, Venue.id == Offer.venue_id)
        .where(Offer.id == offer_id)
    ).first()
    if row is None:
        return None
    offer, provider, venue = row
    texts = {t.lang: t for t in orm.execute(select(OfferText).where(OfferText.offer_id == offer_id)).scalars()}
    upcoming = (Session.offer_id == offer_id, Session.cancelled.is_(False), Session.starts_at >= now)
    sessions = conn.execute(
        select(Session.hub_id, Session.starts_at, Session.ends_at, Session.seats_left, Session.seats_updated_at)
        .where(*upcoming).order_by(Session.starts_at).limit(SERIES_MAX)
    ).all()
    more = 0
    if len(sessions) == SERIES_MAX:
        more = conn.execute(select(func.count()).select_from(Session).where(*upcoming)).scalar_one() - SERIES_MAX
    address = ""
    if venue is not None:
        address = ", ".join(p for p in (venue.street, " ".join(x for x in (venue.postcode, venue.city) if x)) if p)
    title_language, title = _pick_with_language({k: t.title for k, t in texts.items()}, lang)
    description_language, description = _pick_with_language({k: t.description for k, t in texts.items()}, lang)
    return OfferDetails(
        id=offer.id,
        hub_id=offer.hub_id,
        title=title,
        description=description,
        what_to_bring=_pick({k: t.what_to_bring for k, t in texts.items()}, lang),
        text_language=description_language or title_language,
        provider=provider.name,
        provider_phone=provider.phone or "",
        provider_email=provider.email or "",
        venue=venue.name if venue else "",
        address=address,
        district=venue.district if venue else "",
        directions=_pick(dict(venue.directions or {}), lang) if venue else "",
        opening_hours=_pick(dict(venue.opening_hours or {}), lang) if venue else "",
        step_free=bool(venue and venue.step_free),
        hearing_loop=bool(venue and venue.hearing_loop),
        accessible_toilet=bool(venue and venue.accessible_toilet),
        online=venue is None,
        cost_cents=offer.cost_cents,
        languages=tuple(offer.languages or ()),
        level=offer.level,
        topics=tuple(offer.topics or ()),
        registration=offer.registration,
        prerequisites=tuple(offer.prerequisites or ()),
        sessions=[SessionInfo(*s) for s in sessions],
        more_sessions=more,
    )
