"""Loads checked catalogue records into the store in batches, keeping the search index in step."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from kiosk.catalogue.folding import fold
from kiosk.catalogue.records import (
    OfferRecord,
    Rejected,
    check_offer,
    check_provider,
    check_venue,
)
from kiosk.catalogue.topics import topic_search_words
from kiosk.store.models import (
    Offer,
    OfferLanguage,
    OfferText,
    OfferTopic,
    Provider,
    Session,
    Venue,
)

log = logging.getLogger(__name__)
BATCH = 1000


@dataclass
class LoadReport:
    """What a load did: counts, and each skipped record with its reason."""

    providers: int = 0
    venues: int = 0
    offers: int = 0
    sessions: int = 0
    stale: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, reason)
    repaired: list[tuple[str, str]] = field(default_factory=list)  # (offer id, what)

    def reject(self, kind: str, raw: Any, reason: str) -> None:
        ident = str(raw.get("id"))[:64] if isinstance(raw, dict) else "?"
        self.rejected.append((kind, ident, reason))
        log.warning("catalogue: skipped %s %r: %s", kind, ident, reason)


class CatalogueFileError(ValueError):
    """The catalogue file as a whole cannot be read (not UTF-8, not JSON, wrong shape)."""


def read_catalogue_file(path: Path) -> dict[str, Any]:
    """Read a catalogue JSON file; raise CatalogueFileError with a plain reason if it is unusable."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogueFileError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise CatalogueFileError(f"{path.name} is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise CatalogueFileError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict):
        raise CatalogueFileError(f"{path.name} does not hold a catalogue object")
    return data


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def load_catalogue(
    conn: Connection, data: dict[str, Any], today: dt.date | None = None
) -> LoadReport:
    """Upsert providers, venues and offers from ``data`` (the connect-catalogue format).

    Runs inside the caller's transaction. A bad record is skipped with a logged reason; an
    older version of an offer never replaces a newer one.
    """
    report = LoadReport()
    for raw in _as_list(data.get("providers")):
        try:
            _upsert_provider(conn, check_provider(raw))
            report.providers += 1
        except Rejected as exc:
            report.reject("provider", raw, str(exc))
    for raw in _as_list(data.get("venues")):
        try:
            _upsert_venue(conn, check_venue(raw))
            report.venues += 1
        except Rejected as exc:
            report.reject("venue", raw, str(exc))

    providers = dict(conn.execute(select(Provider.hub_id, Provider.id)).all())
    venues = dict(conn.execute(select(Venue.hub_id, Venue.id)).all())
    for chunk in _batches(_as_list(data.get("offers")), BATCH):
        checked: list[OfferRecord] = []
        for raw in chunk:
            try:
                record = check_offer(raw, today)
                if record.provider_hub_id not in providers:
                    raise Rejected(f"provider {record.provider_hub_id!r} is not in the catalogue")
                if record.venue_hub_id and record.venue_hub_id not in venues:
                    raise Rejected(f"venue {record.venue_hub_id!r} is not in the catalogue")
                if record.format == "in_person" and not record.venue_hub_id:
                    raise Rejected("offer takes place in person but names no venue")
            except Rejected as exc:
                report.reject("offer", raw, str(exc))
                continue
            for what in record.repairs:
                report.repaired.append((record.hub_id, what))
                log.info("catalogue: repaired offer %r: %s", record.hub_id, what)
            checked.append(record)
        _write_offers(conn, checked, providers, venues, report)
    return report


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _upsert_provider(conn: Connection, rec) -> None:
    values = dict(name=rec.name, kind=rec.kind, phone=rec.phone, email=rec.email, version=rec.version)
    existing = conn.execute(select(Provider.id).where(Provider.hub_id == rec.hub_id)).scalar()
    if existing is None:
        conn.execute(insert(Provider).values(hub_id=rec.hub_id, **values))
    else:
        conn.execute(Provider.__table__.update().where(Provider.id == existing).values(**values))


def _upsert_venue(conn: Connection, rec) -> None:
    values = {k: v for k, v in vars(rec).items() if k != "hub_id"}
    existing = conn.execute(select(Venue.id).where(Venue.hub_id == rec.hub_id)).scalar()
    if existing is None:
        conn.execute(insert(Venue).values(hub_id=rec.hub_id, **values))
    else:
        conn.execute(Venue.__table__.update().where(Venue.id == existing).values(**values))


def delete_offers(conn: Connection, offer_ids: list[int]) -> None:
    """Remove offers and everything hanging off them, including their search rows."""
    if not offer_ids:
        return
    for table in (OfferText, OfferTopic, OfferLanguage, Session):
        conn.execute(delete(table).where(table.offer_id.in_(offer_ids)))
    conn.execute(
        text("DELETE FROM offer_fts WHERE rowid IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(offer_ids)},
    )
    conn.execute(delete(Offer).where(Offer.id.in_(offer_ids)))


def _write_offers(conn, records: list[OfferRecord], providers, venues, report: LoadReport) -> None:
    if not records:
        return
    existing = {
        hub_id: (oid, version)
        for hub_id, oid, version in conn.execute(
            select(Offer.hub_id, Offer.id, Offer.version).where(
                Offer.hub_id.in_([r.hub_id for r in records])
            )
        )
    }
    fresh: list[OfferRecord] = []
    for rec in records:
        if rec.hub_id in existing and existing[rec.hub_id][1] > rec.version:
            report.stale += 1
            continue
        fresh.append(rec)
    delete_offers(conn, [existing[r.hub_id][0] for r in fresh if r.hub_id in existing])

    venue_names = dict(conn.execute(select(Venue.id, Venue.name + " " + Venue.district)).all())
    provider_names = dict(conn.execute(select(Provider.id, Provider.name)).all())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    offer_rows, text_rows, topic_rows, lang_rows, session_rows, fts_rows = [], [], [], [], [], []
    next_id = (conn.execute(text("SELECT coalesce(max(id), 0) FROM offer")).scalar() or 0) + 1
    for rec in fresh:
        if rec.hub_id in existing:
            oid = existing[rec.hub_id][0]
        else:
            oid, next_id = next_id, next_id + 1
        provider_id = providers[rec.provider_hub_id]
        venue_id = venues.get(rec.venue_hub_id) if rec.venue_hub_id else None
        offer_rows.append(dict(
            id=oid, hub_id=rec.hub_id, provider_id=provider_id, venue_id=venue_id,
            topics=rec.topics, level=rec.level, languages=rec.languages,
            cost_cents=rec.cost_cents, format=rec.format, audience=rec.audience,
            registration=rec.registration, capacity=rec.capacity,
            prerequisites=rec.prerequisites, version=rec.version, updated_at=now,
        ))
        for lang, title in rec.titles.items():
            text_rows.append(dict(
                offer_id=oid, lang=lang, title=title,
                description=rec.descriptions.get(lang, ""),
                what_to_bring=rec.what_to_bring.get(lang, ""),
            ))
        topic_rows.extend(dict(offer_id=oid, topic=t) for t in dict.fromkeys(rec.topics))
        lang_rows.extend(dict(offer_id=oid, lang=l) for l in dict.fromkeys(rec.languages))
        session_venues: set[int] = set()
        for s in rec.sessions:
            s_venue = venues.get(s.venue_hub_id) if s.venue_hub_id else venue_id
            if s_venue is not None:
                session_venues.add(s_venue)
            session_rows.append(dict(
                hub_id=s.hub_id, offer_id=oid, venue_id=s_venue,
                starts_at=s.starts_at, ends_at=s.ends_at, cancelled=s.cancelled,
                seats_left=s.seats_left, seats_updated_at=now if s.seats_left is not None else None,
            ))
        if venue_id is not None:
            session_venues.add(venue_id)
        fts_rows.append(dict(
            rowid=oid,
            title=fold(" ".join(rec.titles.values())),
            topics=fold(topic_search_words(rec.topics)),
            provider=fold(provider_names.get(provider_id, "")),
            venue=fold(" ".join(venue_names.get(v, "") for v in sorted(session_venues))),
            description=fold(" ".join(rec.descriptions.values())),
        ))
    if not offer_rows:
        return
    conn.execute(insert(Offer), offer_rows)
    conn.execute(insert(OfferText), text_rows)
    if topic_rows:
        conn.execute(insert(OfferTopic), topic_rows)
    if lang_rows:
        conn.execute(insert(OfferLanguage), lang_rows)
    if session_rows:
        # A session id seen twice (a duplicated feed row) keeps its first occurrence.
        unique = list({row["hub_id"]: row for row in reversed(session_rows)}.values())
        conn.execute(insert(Session), unique)
        report.sessions += len(unique)
    conn.execute(
        text(
            "INSERT INTO offer_fts (rowid, title, topics, provider, venue, description) "
            "VALUES (:rowid, :title, :topics, :provider, :venue, :description)"
        ),
        fts_rows,
    )
    report.offers += len(offer_rows)
