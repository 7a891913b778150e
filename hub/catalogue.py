"""Imports connect-catalogue files into the hub's change feed, and deletes offers as tombstones."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.db import SeqBlock, next_seq
from hub.models import CatalogueEntry, SeatSession, now
from kiosk.catalogue.records import (
    OfferRecord,
    Rejected,
    check_offer,
    check_provider,
    check_venue,
    show,
)

log = logging.getLogger(__name__)
KINDS = ("provider", "venue", "offer")


@dataclass
class ImportReport:
    """What an import changed, and each skipped record with its reason."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0
    deleted: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def loaded(self) -> int:
        """Records of the file now in the catalogue (added, changed or already there)."""
        return self.added + self.changed + self.unchanged

    def reject(self, kind: str, raw: Any, reason: str) -> None:
        ident = _ident(raw)
        self.rejected.append((kind, ident, reason))
        # DEBUG only: the caller shows the list (connect-hub prints it), so an operator sees each once.
        log.debug("import: skipped %s %s: %s", kind, ident, reason)


class ReplaceRefused(Exception):
    """``replace`` would delete offers although none of the file's offers loaded or some were skipped."""

    def __init__(self, report: ImportReport, offers_loaded: int, would_delete: int) -> None:
        self.report, self.offers_loaded, self.would_delete = report, offers_loaded, would_delete
        self.skipped_offers = sum(1 for kind, _, _ in report.rejected if kind == "offer")
        super().__init__(f"replacing would delete {would_delete} offers; {offers_loaded} offers of the "
                         f"file loaded, {self.skipped_offers} skipped")


def _ident(raw: Any) -> str:
    """The record's id for a message, whatever shape the record has; ``?`` when it has none."""
    ident = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(ident, str):
        return ident[:64]
    return show(ident, 64) if ident is not None else "?"


def _iso(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat()


def offer_feed_record(rec: OfferRecord, seats: dict[str, int | None]) -> dict[str, Any]:
    """An offer in the connect-catalogue format with its sessions dated (no recurrence rules)."""
    return {
        "id": rec.hub_id,
        "provider": rec.provider_hub_id,
        "venue": rec.venue_hub_id,
        "title": rec.titles,
        "description": rec.descriptions,
        "what_to_bring": rec.what_to_bring,
        "topics": rec.topics,
        "level": rec.level,
        "languages": rec.languages,
        "cost_cents": rec.cost_cents,
        "format": rec.format,
        "audience": rec.audience,
        "registration": rec.registration,
        "capacity": rec.capacity,
        "prerequisites": rec.prerequisites,
        "sessions": [
            {
                "id": s.hub_id,
                "starts_at": _iso(s.starts_at),
                "ends_at": _iso(s.ends_at),
                "venue": s.venue_hub_id,
                "cancelled": s.cancelled,
                "seats_left": seats.get(s.hub_id),
            }
            for s in rec.sessions
        ],
    }


def _same(a: dict[str, Any] | None, b: dict[str, Any]) -> bool:
    def canon(rec: dict[str, Any] | None) -> str:
        rec = dict(rec or {})
        rec.pop("version", None)
        for s in rec.get("sessions") or []:
            s.pop("seats_left", None)
        return json.dumps(rec, sort_keys=True)

    return canon(json.loads(json.dumps(a))) == canon(json.loads(json.dumps(b)))


def _put(session: Session, kind: str, hub_id: str, record: dict[str, Any], version: int,
         existing: dict[tuple[str, str], CatalogueEntry], report: ImportReport, seq_of) -> None:
    entry = existing.get((kind, hub_id))
    if entry is not None and not entry.deleted and _same(entry.record, record):
        report.unchanged += 1
        return
    seq = seq_of()
    if entry is None:
        version = max(version, 1)
        entry = CatalogueEntry(kind=kind, hub_id=hub_id, seq=seq)
        session.add(entry)
        existing[(kind, hub_id)] = entry
        report.added += 1
    else:
        # A change always raises the version, so a kiosk never keeps the older copy.
        version = max(version, entry.version + 1)
        report.changed += 1
    record["version"] = version
    entry.version, entry.record, entry.deleted = version, record, False
    entry.seq, entry.updated_at = seq, now()


def _sync_sessions(session: Session, rec: OfferRecord, seat_rows: dict[str, SeatSession],
                   by_offer: dict[str, set[str]], seq_of) -> dict[str, int | None]:
    """Create or update the offer's seat rows; sessions no longer listed can take no sign-ups."""
    seats: dict[str, int | None] = {}
    listed = set()
    for s in rec.sessions:
        listed.add(s.hub_id)
        capacity = rec.capacity if rec.capacity is not None else s.seats_left
        row = seat_rows.get(s.hub_id)
        if row is None:
            row = SeatSession(hub_id=s.hub_id, offer_hub_id=rec.hub_id, confirmed=0,
                              starts_at=s.starts_at, capacity=capacity, gone=s.cancelled,
                              seats_seq=seq_of())
            session.add(row)
            seat_rows[s.hub_id] = row
            by_offer.setdefault(rec.hub_id, set()).add(s.hub_id)
        elif (row.capacity, row.gone, row.starts_at, row.offer_hub_id) != (
                capacity, s.cancelled, s.starts_at, rec.hub_id):
            row.offer_hub_id, row.starts_at, row.capacity, row.gone = rec.hub_id, s.starts_at, capacity, s.cancelled
            row.seats_seq = seq_of()
        seats[s.hub_id] = None if capacity is None else max(capacity - row.confirmed, 0)
    for hub_id in by_offer.get(rec.hub_id, set()) - listed:
        row = seat_rows[hub_id]
        if row.offer_hub_id == rec.hub_id and not row.gone:
            row.gone, row.seats_seq = True, seq_of()
    return seats


def import_catalogue(session: Session, data: dict[str, Any], today: dt.date | None = None,
                     replace: bool = False, force: bool = False) -> ImportReport:
    """Check and load a connect-catalogue document; with ``replace``, offers not in it are deleted."""
    # With ``replace`` and without ``force``, ReplaceRefused is raised before anything is deleted
    # when offers would go while the file loaded none or skipped some (a skipped offer's older
    # version would go too): the caller's transaction then rolls the whole import back.
    # One read of everything up front, and no autoflush: per-record queries and flushes over a
    # growing session made a 10k-offer import quadratic.
    seq = SeqBlock(session)
    # The change counter first, like every other write: taking seat rows first and the counter
    # second would deadlock against a sign-up doing the opposite (found by the kill trials on
    # PostgreSQL). The number itself is not used; gaps in the feed are fine.
    seq()
    with session.no_autoflush:
        report = _import(session, data, today, replace, force, seq)
    seq.close()
    return report


def _import(session: Session, data: dict[str, Any], today: dt.date | None, replace: bool,
            force: bool, seq: SeqBlock) -> ImportReport:
    report = ImportReport()

    def listed(key: str) -> list[Any]:
        value = data.get(key)
        return value if isinstance(value, list) else []

    # Read what this import touches (all providers and venues, the offers it names), not the
    # whole catalogue: a 100k-offer hub imported in parts stays linear.
    offer_ids = sorted({str(r.get("id"))[:64] for r in listed("offers") if isinstance(r, dict)})
    existing = {(e.kind, e.hub_id): e for e in session.scalars(
        select(CatalogueEntry).where(CatalogueEntry.kind.in_(["provider", "venue"])))}
    seat_rows: dict[str, SeatSession] = {}
    for i in range(0, len(offer_ids), 500):
        part = offer_ids[i:i + 500]
        existing.update({(e.kind, e.hub_id): e for e in session.scalars(
            select(CatalogueEntry).where(CatalogueEntry.kind == "offer", CatalogueEntry.hub_id.in_(part)))})
        seat_rows.update({row.hub_id: row for row in session.scalars(
            select(SeatSession).where(SeatSession.offer_hub_id.in_(part)).with_for_update())})
    by_offer: dict[str, set[str]] = {}
    for row in seat_rows.values():
        by_offer.setdefault(row.offer_hub_id, set()).add(row.hub_id)

    for raw in listed("providers"):
        try:
            p = check_provider(raw)
        except Rejected as exc:
            report.reject("provider", raw, str(exc))
            continue
        record = {"id": p.hub_id, "name": p.name, "kind": p.kind, "phone": p.phone, "email": p.email}
        _put(session, "provider", p.hub_id, record, p.version, existing, report, seq)
    for raw in listed("venues"):
        try:
            v = check_venue(raw)
        except Rejected as exc:
            report.reject("venue", raw, str(exc))
            continue
        record = {
            "id": v.hub_id, "name": v.name, "street": v.street, "postcode": v.postcode,
            "city": v.city, "district": v.district, "lat": v.latitude, "lon": v.longitude,
            "opening_hours": v.opening_hours, "directions": v.directions,
            "step_free": v.step_free, "hearing_loop": v.hearing_loop,
            "accessible_toilet": v.accessible_toilet,
        }
        _put(session, "venue", v.hub_id, record, v.version, existing, report, seq)

    def alive(kind: str, hub_id: str | None) -> bool:
        entry = existing.get((kind, hub_id or ""))
        return entry is not None and not entry.deleted

    seen_offers: set[str] = set()
    checked: list[OfferRecord] = []
    for raw in listed("offers"):
        try:
            rec = check_offer(raw, today)
            if not alive("provider", rec.provider_hub_id):
                raise Rejected(f"provider {rec.provider_hub_id!r} is not in the catalogue")
            if rec.venue_hub_id and not alive("venue", rec.venue_hub_id):
                raise Rejected(f"venue {rec.venue_hub_id!r} is not in the catalogue")
            if rec.format == "in_person" and not rec.venue_hub_id:
                raise Rejected("offer takes place in person but names no venue")
            for s in rec.sessions:
                if s.venue_hub_id and not alive("venue", s.venue_hub_id):
                    raise Rejected(f"session venue {s.venue_hub_id!r} is not in the catalogue")
        except Rejected as exc:
            report.reject("offer", raw, str(exc))
            continue
        seen_offers.add(rec.hub_id)
        checked.append(rec)
    # Sessions that exist under another offer (moved), read in bulk rather than one by one.
    unknown = sorted({s.hub_id for rec in checked for s in rec.sessions} - seat_rows.keys())
    for i in range(0, len(unknown), 500):
        seat_rows.update({row.hub_id: row for row in session.scalars(
            select(SeatSession).where(SeatSession.hub_id.in_(unknown[i:i + 500])).with_for_update())})
    for rec in checked:
        seats = _sync_sessions(session, rec, seat_rows, by_offer, seq)
        _put(session, "offer", rec.hub_id, offer_feed_record(rec, seats), rec.version, existing, report, seq)

    if replace:
        live = session.scalars(select(CatalogueEntry.hub_id).where(
            CatalogueEntry.kind == "offer", CatalogueEntry.deleted.is_(False))).all()
        gone = [hub_id for hub_id in live if hub_id not in seen_offers]
        # A skipped offer that the hub has (or whose id could not be read) would lose its old
        # version with the rest; a skipped new one deletes nothing.
        skipped = {ident for kind, ident, _ in report.rejected if kind == "offer"}
        if gone and not force and (skipped & {*gone, "?"} or not seen_offers):
            # A file that is not really a catalogue (or half broken) must not wipe the hub's.
            raise ReplaceRefused(report, len(seen_offers), len(gone))
        report.deleted += delete_offers(session, gone, seq)
    return report


def delete_offers(session: Session, hub_ids: list[str], seq_of=None) -> int:
    """Turn offers into tombstones in the feed; their sessions take no more sign-ups."""
    seq_of = seq_of or (lambda: next_seq(session))
    count = 0
    for hub_id in hub_ids:
        entry = session.scalar(
            select(CatalogueEntry).where(CatalogueEntry.kind == "offer", CatalogueEntry.hub_id == hub_id)
        )
        if entry is None or entry.deleted:
            continue
        entry.deleted, entry.record = True, None
        entry.version += 1
        entry.seq, entry.updated_at = seq_of(), now()
        for row in session.scalars(
            select(SeatSession).where(SeatSession.offer_hub_id == hub_id).with_for_update()
        ):
            if not row.gone:
                row.gone, row.seats_seq = True, seq_of()
        count += 1
    return count
