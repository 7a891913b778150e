"""Loads checked catalogue records into the store in batches, keeping the search index in step."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from kiosk.catalogue.facets import own_facets, with_places
from kiosk.catalogue.folding import fold
from kiosk.catalogue.records import (
    OfferRecord,
    ProviderRecord,
    Rejected,
    VenueRecord,
    check_offer,
    check_provider,
    check_venue,
    show,
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
from kiosk.store.turns import give_way

log = logging.getLogger(__name__)
BATCH = 1000
MERGE_PAGES = 1000  # index pages (4 KB) one merge step may write; see merge_search_index


FORMAT = "connect-catalogue/1"
SECTIONS = ("providers", "venues", "offers")


@dataclass
class LoadReport:
    """What a load did: counts, and each skipped or repaired record with its reason."""

    providers: int = 0
    venues: int = 0
    offers: int = 0
    sessions: int = 0
    stale: int = 0
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, reason)
    repaired: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, what)

    def reject(self, kind: str, raw: Any, reason: str) -> None:
        ident = _ident(raw)
        self.rejected.append((kind, ident, reason))
        log.warning("catalogue: skipped %s %r: %s", kind, ident, reason)

    def repair(self, kind: str, ident: str, what: str) -> None:
        self.repaired.append((kind, ident, what))
        log.info("catalogue: repaired %s %r: %s", kind, ident, what)


def _ident(raw: Any) -> str:
    """The record's id for a log line, whatever shape the record has."""
    ident = raw.get("id") if isinstance(raw, dict) else None
    if isinstance(ident, str):
        return ident[:64]
    return show(ident, 64) if ident is not None else "?"


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
        raise CatalogueFileError(f"{path.name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # e.g. a 5000-digit number, [[[[... nested too deep
        raise CatalogueFileError(f"{path.name} is not usable JSON: {type(exc).__name__}") from None
    check_catalogue_shape(data, path.name)
    return data


def check_catalogue_shape(data: Any, name: str = "catalogue", whole_file: bool = True) -> None:
    """Raise CatalogueFileError unless ``data`` looks like a connect-catalogue object.

    A whole file must hold at least one of the lists; a partial update may hold none.
    """
    if not isinstance(data, dict):
        raise CatalogueFileError(f"{name} does not hold a catalogue object (found a JSON {type(data).__name__})")
    fmt = data.get("format")
    # "connect-catalogue" with "version": 1 is the same format spelt in two fields.
    if fmt == "connect-catalogue" and data.get("version", 1) == 1:
        fmt = FORMAT
    if fmt is not None and fmt != FORMAT:
        raise CatalogueFileError(f"{name} is in format {show(fmt)}, not {FORMAT}")
    if whole_file and not any(isinstance(data.get(key), list) for key in SECTIONS):
        raise CatalogueFileError(f"{name} has no list of providers, venues or offers")


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _checked(report: LoadReport, kind: str, raw: Any, check: Callable[[Any], Any]) -> Any | None:
    """Run one record's check; a record that fails is skipped with its reason, never the load."""
    try:
        return check(raw)
    except Rejected as exc:
        report.reject(kind, raw, str(exc))
    except Exception as exc:  # noqa: BLE001 - a checker bug must cost one record, not the load
        log.error("catalogue: unexpected problem checking %s %r", kind, _ident(raw), exc_info=True)
        report.reject(kind, raw, f"could not be checked ({type(exc).__name__})")
    return None


@dataclass
class _Prepared:
    """What an offer's rows need that depends on the offer alone, worked out while checking
    (off the storing thread during a pull): its searchable text folded, its lists as JSON."""

    title: str
    topics: str
    description: str
    topics_json: str
    languages_json: str
    prerequisites_json: str
    facets: tuple[str, str]  # own_facets(): all but the venues' words
    times: list[tuple[str, str]]  # each session's start and end as stored


@lru_cache(maxsize=4096)
def _folded_topic_words(topics: tuple[str, ...]) -> str:
    """The folded index words for a set of topics: the same few sets recur, in eight languages each."""
    return fold(topic_search_words(list(topics)))


def _prepare(rec: OfferRecord) -> _Prepared:
    return _Prepared(
        fold(" ".join(rec.titles.values())),
        _folded_topic_words(tuple(rec.topics)),
        fold(" ".join(rec.descriptions.values())),
        _json(rec.topics),
        _json(rec.languages),
        _json(rec.prerequisites),
        own_facets(rec.topics, rec.languages, rec.level, rec.cost_cents, [s.starts_at for s in rec.sessions]),
        [(_when(s.starts_at), _when(s.ends_at)) for s in rec.sessions],
    )


@dataclass
class CheckedCatalogue:
    """Records that passed their own checks, not yet their references to each other or the store."""

    providers: list[ProviderRecord]
    venues: list[VenueRecord]
    offers: list[OfferRecord]
    report: LoadReport  # what was skipped or repaired while checking
    prepared: list[_Prepared] = field(default_factory=list)  # one per offer, in step with offers


def check_catalogue(
    data: dict[str, Any], today: dt.date | None = None, between_offers: Callable[[], object] = lambda: None
) -> CheckedCatalogue:
    """Check every record of ``data`` (the connect-catalogue format) on its own; no store needed.

    The pull runs this for the next page while the current one is being stored, and passes
    ``between_offers``, called before each offer, to pause while the store runs Python.
    """
    check_catalogue_shape(data, whole_file=False)
    report = LoadReport()
    today = today or dt.date.today()
    for key in SECTIONS:
        if data.get(key) is not None and not isinstance(data[key], list):
            log.warning("catalogue: %s is not a list; none of them loaded", key)
    providers = [
        rec for raw in _as_list(data.get("providers"))
        if (rec := _checked(report, "provider", raw, check_provider)) is not None
    ]
    venues = [
        rec for raw in _as_list(data.get("venues"))
        if (rec := _checked(report, "venue", raw, check_venue)) is not None
    ]

    def check(raw: Any) -> tuple[OfferRecord, _Prepared]:
        between_offers()
        record = check_offer(raw, today)
        return record, _prepare(record)

    offers = [
        pair for raw in _as_list(data.get("offers"))
        if (pair := _checked(report, "offer", raw, check)) is not None
    ]
    return CheckedCatalogue(providers, venues, [o for o, _ in offers], report, [p for _, p in offers])


def load_catalogue(
    conn: Connection, data: dict[str, Any], today: dt.date | None = None
) -> LoadReport:
    """Upsert providers, venues and offers from ``data`` (the connect-catalogue format).

    Runs inside the caller's transaction. A bad record is skipped with a logged reason; an
    older version of an offer never replaces a newer one.
    """
    return store_catalogue(conn, check_catalogue(data, today))


def store_catalogue(
    conn: Connection, checked: CheckedCatalogue, while_writing: Callable[[], AbstractContextManager] = nullcontext
) -> LoadReport:
    """Store checked records inside the caller's transaction; an offer naming a provider or
    venue the store does not know is skipped with its reason.

    ``while_writing`` wraps each bulk insert, which SQLite runs without the GIL (the pull lets
    its checking thread run then, and only then).
    """
    report = checked.report
    for provider in checked.providers:
        for what in provider.repairs:
            report.repair("provider", provider.hub_id, what)
        _upsert_provider(conn, provider)
        report.providers += 1
    for venue in checked.venues:
        for what in venue.repairs:
            report.repair("venue", venue.hub_id, what)
        _upsert_venue(conn, venue)
        report.venues += 1

    # Read once per call, with the names the search index needs, straight from the driver: a
    # pull calls this for every page, and a city has a few thousand places.
    provider_rows = conn.exec_driver_sql("SELECT hub_id, id, name FROM provider").all()
    venue_rows = conn.exec_driver_sql("SELECT hub_id, id, name || ' ' || district FROM venue").all()
    providers = {hub_id: pid for hub_id, pid, _ in provider_rows}
    venues = {hub_id: vid for hub_id, vid, _ in venue_rows}
    names = ({pid: name for _, pid, name in provider_rows}, {vid: name for _, vid, name in venue_rows})
    seen: set[str] = set()

    def problem(record: OfferRecord) -> str | None:
        if record.hub_id in seen:
            return "offer id appears more than once in this catalogue; the first is kept"
        if record.provider_hub_id not in providers:
            return f"provider {record.provider_hub_id!r} is not in the catalogue"
        if record.venue_hub_id and record.venue_hub_id not in venues:
            return f"venue {record.venue_hub_id!r} is not in the catalogue"
        if record.format == "in_person" and not record.venue_hub_id:
            return "offer takes place in person but names no venue"
        for session in record.sessions:
            if session.venue_hub_id and session.venue_hub_id not in venues:
                record.repairs.append(
                    f"session {session.hub_id!r}: venue {session.venue_hub_id!r} is not in the "
                    "catalogue; the offer's venue is used"
                )
                session.venue_hub_id = None
        seen.add(record.hub_id)
        return None

    for chunk in _batches(zip(checked.offers, checked.prepared, strict=True), BATCH):
        usable: list[OfferRecord] = []
        prepared: dict[str, _Prepared] = {}
        for record, ready in chunk:
            if (reason := problem(record)) is None:
                usable.append(record)
                prepared[record.hub_id] = ready
            else:
                report.reject("offer", {"id": record.hub_id}, reason)
        _write_offers(conn, usable, prepared, providers, venues, names, report, while_writing)
    return report


def merge_search_index(conn: Connection) -> int:
    """After a bulk write, merge the search index's crowded levels a step at a time; returns the steps.

    The store lets up to 15 of the index's segments gather on a level before merging them
    (migration 0003: writing is quicker so), but every segment is one more place each search
    looks. This merges every level that holds four or more, as FTS5 would by default, in steps
    of MERGE_PAGES pages that commit one by one; after each it gives way to a citizen's save
    (kiosk.store.turns), which so waits for one step at most. A step that writes nothing (fewer
    than two changes) ends it. After
    loading 100k offers in 20 batches: 38 steps, 3.8 s, 2 segments left instead of 10 with
    FTS5's defaults, and search p95 (filtered, type-ahead) 1-2 ms quicker than on the store
    those defaults made (three alternating runs). Commits the caller's open transaction first.
    """
    if conn.in_transaction():
        conn.commit()
    raw = conn.connection.driver_connection
    steps = 0
    while True:
        before = raw.total_changes
        conn.exec_driver_sql("INSERT INTO offer_fts (offer_fts, rank) VALUES ('merge', ?)", (MERGE_PAGES,))
        conn.commit()
        give_way()
        steps += 1
        if raw.total_changes - before < 2:
            return steps


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
    values = {k: v for k, v in vars(rec).items() if k not in ("hub_id", "repairs")}
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


# Offers, their rows and their search row go in as one JSON array per table and page, which
# SQLite unpacks itself (json_each). executemany hands the GIL back after every row, and while
# the pull checks the next page in another thread each hand-back waits for that thread's switch
# interval: storing a page took up to a hundred times longer. One statement per table keeps the
# whole insert outside the GIL. The rows are already checked; values are stored exactly as the
# ORM stores them (see _when and _json), so the ORM reads them back unchanged.
_OFFER_COLUMNS = (
    "id", "hub_id", "provider_id", "venue_id", "topics", "level", "languages", "cost_cents", "format",
    "audience", "registration", "capacity", "prerequisites", "version", "updated_at",
)
_TEXT_COLUMNS = ("offer_id", "lang", "title", "description", "what_to_bring")
_TOPIC_COLUMNS = ("offer_id", "topic")
_LANGUAGE_COLUMNS = ("offer_id", "lang")
_SESSION_COLUMNS = (
    "hub_id", "offer_id", "venue_id", "starts_at", "ends_at", "cancelled", "seats_left", "seats_updated_at",
)
_FTS_COLUMNS = ("rowid", "title", "topics", "provider", "venue", "description", "facets")


def _insert_rows(conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple],
                 while_writing: Callable[[], AbstractContextManager] = nullcontext) -> None:
    """Insert ``rows`` (tuples of int, str or None in ``columns`` order) with one statement."""
    if not rows:
        return
    picks = ", ".join(f"value ->> {i}" for i in range(len(columns)))
    statement = f"INSERT INTO {table} ({', '.join(columns)}) SELECT {picks} FROM json_each(?)"
    values = json.dumps(rows, ensure_ascii=False)
    with while_writing():
        conn.exec_driver_sql(statement, (values,))


def _when(value: dt.datetime) -> str:
    """A naive datetime as SQLAlchemy's SQLite DateTime type stores it."""
    return value.isoformat(" ", "microseconds")


_json = json.dumps  # as SQLAlchemy's JSON type serialises (the engine sets no serializer of its own)


def _write_offers(conn, records: list[OfferRecord], prepared: dict[str, _Prepared], providers, venues,
                  names: tuple[dict[int, str], dict[int, str]], report: LoadReport,
                  while_writing: Callable[[], AbstractContextManager] = nullcontext) -> None:
    if not records:
        return
    existing = {
        hub_id: (oid, version)
        for hub_id, oid, version in conn.exec_driver_sql(
            "SELECT hub_id, id, version FROM offer WHERE hub_id IN (SELECT value FROM json_each(?))",
            (json.dumps([r.hub_id for r in records]),),
        )
    }
    fresh: list[OfferRecord] = []
    for rec in records:
        if rec.hub_id in existing and existing[rec.hub_id][1] > rec.version:
            report.stale += 1
            continue
        fresh.append(rec)
    delete_offers(conn, [existing[r.hub_id][0] for r in fresh if r.hub_id in existing])
    fresh = _without_taken_sessions(conn, fresh, report)
    for rec in fresh:
        for what in rec.repairs:
            report.repair("offer", rec.hub_id, what)
    if not fresh:
        return

    provider_names, venue_names = names
    folded_providers: dict[int, str] = {}  # many offers share a provider: fold its name once
    folded_venues: dict[tuple[int, ...], str] = {}
    now = _when(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    offer_rows, text_rows, topic_rows, lang_rows, session_rows, fts_rows = [], [], [], [], [], []
    next_id = (conn.execute(text("SELECT coalesce(max(id), 0) FROM offer")).scalar() or 0) + 1
    for rec in fresh:
        if rec.hub_id in existing:
            oid = existing[rec.hub_id][0]
        else:
            oid, next_id = next_id, next_id + 1
        provider_id = providers[rec.provider_hub_id]
        venue_id = venues.get(rec.venue_hub_id) if rec.venue_hub_id else None
        ready = prepared[rec.hub_id]
        offer_rows.append((
            oid, rec.hub_id, provider_id, venue_id, ready.topics_json, rec.level, ready.languages_json,
            rec.cost_cents, rec.format, rec.audience, rec.registration, rec.capacity,
            ready.prerequisites_json, rec.version, now,
        ))
        descriptions, bring = rec.descriptions, rec.what_to_bring
        for lang, title in rec.titles.items():
            text_rows.append((oid, lang, title, descriptions.get(lang, ""), bring.get(lang, "")))
        topic_rows.extend((oid, t) for t in dict.fromkeys(rec.topics))
        lang_rows.extend((oid, l) for l in dict.fromkeys(rec.languages))
        session_venues: set[int] = set()
        # Sessions dropped since checking (_without_taken_sessions) change the count: then the
        # times are worked out here.
        times = ready.times if len(ready.times) == len(rec.sessions) else [
            (_when(s.starts_at), _when(s.ends_at)) for s in rec.sessions]
        for s, (starts, ends) in zip(rec.sessions, times, strict=True):
            s_venue = venues.get(s.venue_hub_id) if s.venue_hub_id else venue_id
            if s_venue is not None:
                session_venues.add(s_venue)
            session_rows.append((
                s.hub_id, oid, s_venue, starts, ends, int(s.cancelled),
                s.seats_left, now if s.seats_left is not None else None,
            ))
        if venue_id is not None:
            session_venues.add(venue_id)
        places = tuple(sorted(session_venues))
        if (venue_words := folded_venues.get(places)) is None:
            venue_words = folded_venues[places] = fold(" ".join(venue_names.get(v, "") for v in places))
        if (provider_words := folded_providers.get(provider_id)) is None:
            provider_words = folded_providers[provider_id] = fold(provider_names.get(provider_id, ""))
        fts_rows.append((
            oid,
            ready.title,
            ready.topics,
            provider_words,
            venue_words,
            ready.description,
            with_places(ready.facets, session_venues),
        ))
    _insert_rows(conn, "offer", _OFFER_COLUMNS, offer_rows, while_writing)
    _insert_rows(conn, "offer_text", _TEXT_COLUMNS, text_rows, while_writing)
    _insert_rows(conn, "offer_topic", _TOPIC_COLUMNS, topic_rows, while_writing)
    _insert_rows(conn, "offer_language", _LANGUAGE_COLUMNS, lang_rows, while_writing)
    _insert_rows(conn, "session", _SESSION_COLUMNS, session_rows, while_writing)
    report.sessions += len(session_rows)
    _insert_rows(conn, "offer_fts", _FTS_COLUMNS, fts_rows, while_writing)
    report.offers += len(offer_rows)


def _without_taken_sessions(
    conn: Connection, records: list[OfferRecord], report: LoadReport
) -> list[OfferRecord]:
    """Drop sessions whose id already belongs to another offer (in the store or earlier here).

    Session ids are unique across the catalogue; a feed that reuses one for a second offer
    would otherwise abort the whole load on the database's unique constraint.
    """
    wanted = [s.hub_id for rec in records for s in rec.sessions]
    taken = set(conn.execute(
        text("SELECT hub_id FROM session WHERE hub_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(wanted)},
    ).scalars()) if wanted else set()
    kept: list[OfferRecord] = []
    for rec in records:
        had = len(rec.sessions)
        clashes = [s.hub_id for s in rec.sessions if s.hub_id in taken]
        if clashes:
            rec.sessions = [s for s in rec.sessions if s.hub_id not in taken]
            rec.repairs.append(
                f"{len(clashes)} session(s) skipped: id {clashes[0]!r} already belongs to another offer"
            )
        if had and not rec.sessions:
            report.reject("offer", {"id": rec.hub_id}, "all its session ids already belong to other offers")
            continue
        taken.update(s.hub_id for s in rec.sessions)
        kept.append(rec)
    return kept
