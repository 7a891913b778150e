"""Gathers what a pathway sheet says, in one language, from a pathway and the store."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from kiosk.pathways.model import Pathway, Visit

STATUSES = ("confirmed", "waitlisted", "provisional", "none", "drop_in")


@dataclass(frozen=True)
class VenueLines:
    name: str
    address: str
    directions: str
    step_free: bool
    hearing_loop: bool
    accessible_toilet: bool


@dataclass(frozen=True)
class StepLines:
    """One step as printed: facts only, already in the sheet's language where the catalogue has it."""

    number: int
    title: str
    level: str
    provider: str
    provider_phone: str
    visits: tuple[Visit, ...]
    venue: VenueLines | None  # None: online
    cost_cents: int
    what_to_bring: str
    status: str  # one of STATUSES


@dataclass(frozen=True)
class SheetContent:
    lang: str
    aim: str
    own_words: str
    steps: tuple[StepLines, ...]
    claim_code: str
    hub_url: str
    help_contact: str = ""
    complete: bool = True
    # Near misses when the pathway is not complete, each "title — provider\nwhy not", in ``lang``.
    closest: tuple[str, ...] = ()
    unchecked: str = ""  # the citizen's needs no offer says anything about, and whom to ask
    printed_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    @property
    def project_url(self) -> str:
        """The learning project's page on the hub (the QR code's target)."""
        return f"{self.hub_url.rstrip('/')}/p/{self.claim_code}"


def sign_up_statuses(conn: Connection, learner_id: int | None) -> dict[str, str]:
    """The learner's latest sign-up status per offer hub id (provisional until the hub answers)."""
    if learner_id is None:
        return {}
    rows = conn.execute(
        text("SELECT offer_hub_id, status FROM sign_up WHERE learner_id = :l ORDER BY created_at, id"),
        {"l": learner_id},
    )
    return {hub_id: status for hub_id, status in rows if status in STATUSES}


def sheet_content(
    conn: Connection,
    pathway: Pathway,
    *,
    lang: str,
    aim: str,
    own_words: str,
    claim_code: str,
    hub_url: str,
    statuses: dict[str, str] | None = None,
    help_contact: str = "",
    printed_at: dt.datetime | None = None,
) -> SheetContent:
    """Everything the sheet prints for ``pathway``, with texts in ``lang`` (else English, else German)."""
    statuses = statuses or {}
    choices = [s.choice for s in pathway.steps]
    offer_ids = [c.offer_id for c in choices]
    texts = _offer_texts(conn, offer_ids, lang)
    providers = _providers(conn, offer_ids)
    venue_ids = {c.first.venue_id for c in choices if c.first.venue_id is not None}
    venues = _venues(conn, venue_ids, lang)
    steps = []
    for step in pathway.steps:
        c = step.choice
        title, bring = texts.get(c.offer_id, (c.title, ""))
        status = statuses.get(c.offer_hub_id) or ("drop_in" if c.registration == "drop_in" else "none")
        steps.append(StepLines(
            number=step.number, title=title, level=c.level,
            provider=providers.get(c.offer_id, (c.provider, ""))[0],
            provider_phone=providers.get(c.offer_id, ("", ""))[1],
            visits=c.visits, venue=venues.get(c.first.venue_id) if c.first.venue_id is not None else None,
            cost_cents=c.cost_cents, what_to_bring=bring, status=status,
        ))
    content = dict(
        lang=lang, aim=aim, own_words=own_words, steps=tuple(steps), claim_code=claim_code,
        hub_url=hub_url, help_contact=help_contact, complete=pathway.complete,
        closest=tuple(_closest_line(c, lang) for c in pathway.closest),
        unchecked=pathway.unchecked.text(lang) if pathway.unchecked is not None else "",
    )
    if printed_at is not None:
        content["printed_at"] = printed_at
    return SheetContent(**content)


def _closest_line(closest, lang: str) -> str:
    """A near miss: "title — provider", then on a line of its own why it does not fit."""
    line = f"{closest.title} — {closest.provider}" if closest.provider else closest.title
    why = ("، " if lang == "ar" else "; ").join(r.text(lang) for r in closest.why_not)
    return f"{line}\n{why}" if why else line


def _pick(values: dict[str, str], lang: str) -> str:
    for key in (lang, "en", "de"):
        if values.get(key):
            return values[key]
    return next(iter(values.values()), "")


def _offer_texts(conn: Connection, offer_ids: list[int], lang: str) -> dict[int, tuple[str, str]]:
    rows = conn.execute(
        text("SELECT offer_id, lang, title, what_to_bring FROM offer_text "
             "WHERE offer_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(offer_ids)},
    )
    titles: dict[int, dict[str, str]] = {}
    bring: dict[int, dict[str, str]] = {}
    for offer_id, text_lang, title, what in rows:
        titles.setdefault(offer_id, {})[text_lang] = title
        bring.setdefault(offer_id, {})[text_lang] = what
    return {oid: (_pick(titles[oid], lang), _pick(bring.get(oid, {}), lang)) for oid in titles}


def _providers(conn: Connection, offer_ids: list[int]) -> dict[int, tuple[str, str]]:
    rows = conn.execute(
        text("SELECT o.id, p.name, p.phone FROM offer o JOIN provider p ON p.id = o.provider_id "
             "WHERE o.id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(offer_ids)},
    )
    return {oid: (name, phone or "") for oid, name, phone in rows}


def _venues(conn: Connection, ids: set[int], lang: str) -> dict[int, VenueLines]:
    rows = conn.execute(
        text("SELECT id, name, street, postcode, city, directions, step_free, hearing_loop, accessible_toilet "
             "FROM venue WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(sorted(ids))},
    )
    out = {}
    for r in rows:
        directions = json.loads(r.directions) if isinstance(r.directions, str) else (r.directions or {})
        address = ", ".join(p for p in (r.street, " ".join(x for x in (r.postcode, r.city) if x)) if p)
        out[r.id] = VenueLines(r.name, address, _pick(directions, lang) if directions else "",
                               bool(r.step_free), bool(r.hearing_loop), bool(r.accessible_toilet))
    return out
