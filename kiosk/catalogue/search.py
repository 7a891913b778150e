"""Ranked, filtered, paged search over the catalogue: full text with folding, prefixes and filters.

Each search runs in two steps inside SQLite, straight on the driver: one page of offer ids,
then the list tiles of those ids only. With text, the FTS5 index drives (CROSS JOIN keeps the
planner from dropping it): the matches that pass the filters are collected newest first, up to
RANK_CAP, and ranked by bm25 - or, for a word so common that bm25's rarity count would cost
more than a keystroke may (IDF_CAP), ordered by the field it hits. Without text, filters the
index can pre-select (facets.py) narrow the offers first; otherwise offers come by their next
fitting session, walking the session index in time order and stopping after one page. However
many offers match, one page of rows reaches Python and the count stops at COUNT_CAP + 1.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from kiosk.catalogue.facets import TEXT_COLUMNS, filter_expression
from kiosk.catalogue.folding import fold
from kiosk.catalogue.topics import words_typed

TIMES_OF_DAY = {"morning": ("00:00", "12:00"), "afternoon": ("12:00", "17:00"), "evening": ("17:00", "24:00")}
WHEN = ("any", "today", "week", "day")
ACCESS_NEEDS = ("step_free", "hearing_loop", "accessible_toilet")
COUNT_CAP = 1000  # "1000+ offers" is all a citizen needs; counting further costs time
RANK_CAP = COUNT_CAP  # ranking is exact whenever the count is; see _text_page
IDF_CAP = 10_000  # a word in more offers than this is ordered by where it hits, not bm25
SORT_CAP = 4_000  # without text, up to this many pre-selected offers are sorted, more walked
MAX_LIMIT = 200
MAX_WORDS = 8  # a query longer than this is pasted text, not a search: its first words do
_WORD = re.compile(r"\w+", re.UNICODE)
# How SQLAlchemy stores DateTime on SQLite; bound values must compare as the same strings.
_STAMP = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class SearchQuery:
    """What the citizen asked for. Empty fields mean "any"."""

    text: str = ""
    topics: tuple[str, ...] = ()  # any of these topics
    when: str = "any"  # any | today | week (today and the next six days) | day
    day: dt.date | None = None  # with when == "day"
    time_of_day: str = ""  # morning | afternoon | evening
    district: str = ""
    venue_hub_id: str = ""
    free_only: bool = False
    languages: tuple[str, ...] = ()  # any of these languages of instruction
    level: str = ""  # offers for "all" levels match every level
    access: tuple[str, ...] = ()  # every one of these needs, at the session's venue


@dataclass(frozen=True)
class OfferSummary:
    """One result row: enough for a list tile, in the citizen's language where the offer has it."""

    id: int
    hub_id: str
    title: str
    provider: str
    venue: str
    district: str
    next_start: dt.datetime | None
    cost_cents: int
    level: str
    languages: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass
class SearchPage:
    items: list[OfferSummary] = field(default_factory=list)
    total: int = 0  # capped at COUNT_CAP + 1: show "1000+"
    offset: int = 0


def typed_words(user_text: str) -> list[str]:
    """The words a search looks for: folded, at most MAX_WORDS."""
    return _WORD.findall(fold(user_text))[:MAX_WORDS]


def match_terms(user_text: str) -> list[str]:
    """One FTS5 term per typed word: the word as a prefix, or, where it starts a word citizens
    use for a topic ("hijos", "Υπολογιστές"), that or the topic's key, which every offer on the
    topic has in its index text (topics.topic_search_words); a language's name in another
    language ("alemán") also finds its own ("deutsch").

    Each word is quoted, so nothing a citizen types ("AND", "NEAR(", "*", '"', "-", "^") is
    read as FTS5 syntax.
    """
    terms = []
    for word in typed_words(user_text):
        also = words_typed(word)
        either = [f'"{word}"*', *(f'"{other}"' for other in also)]
        terms.append(f"({' OR '.join(either)})" if also else either[0])
    return terms


def match_expression(user_text: str) -> str:
    """FTS5 MATCH text for what was typed: every word (see match_terms) required."""
    return " AND ".join(match_terms(user_text))


def _stamp(when: dt.datetime) -> str:
    return when.strftime(_STAMP)


class _Sql:
    """Collects conditions and their bound values under unique names."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def bind_list(self, values: tuple[str, ...]) -> str:
        return ", ".join(self.bind(v) for v in values)


def _session_window(q: SearchQuery, now: dt.datetime) -> tuple[dt.datetime, dt.datetime | None]:
    """The span in which a session must start: from now, up to the end of the asked day or week."""
    midnight = dt.datetime.combine(now.date(), dt.time())
    if q.when == "today":
        return now, midnight + dt.timedelta(days=1)
    if q.when == "week":
        return now, midnight + dt.timedelta(days=7)
    if q.when == "day" and q.day is not None:
        day = dt.datetime.combine(q.day, dt.time())
        return max(now, day), day + dt.timedelta(days=1)
    return now, None


def _venue_ids(q: SearchQuery, sql: _Sql) -> str | None:
    """A subquery for the venues that fit the place and access filters, or None for any venue."""
    needs = [n for n in q.access if n in ACCESS_NEEDS]
    if not (q.district or q.venue_hub_id or needs):
        return None
    conds = []
    if q.district:
        conds.append(f"district = {sql.bind(q.district)}")
    if q.venue_hub_id:
        conds.append(f"hub_id = {sql.bind(q.venue_hub_id)}")
    conds.extend(f"{need} = 1" for need in needs)
    return f"SELECT id FROM venue WHERE {' AND '.join(conds)}"


def _session_conditions(alias: str, q: SearchQuery, now: dt.datetime, sql: _Sql) -> list[str]:
    """Conditions on session ``alias``: upcoming, not cancelled, in the asked span, time and place."""
    start, end = _session_window(q, now)
    conds = [f"{alias}.cancelled = 0", f"{alias}.starts_at >= {sql.bind(_stamp(start))}"]
    if end is not None:
        conds.append(f"{alias}.starts_at < {sql.bind(_stamp(end))}")
    venues = _venue_ids(q, sql)
    if venues:
        # The loader gives every session of an in-person offer its venue (the offer's, unless the
        # session names another), so an online session never matches a place or access filter.
        # The subquery does not depend on the row: SQLite builds its list once per search.
        # Checked before the time of day: SQLite tests terms in this order, and one list lookup
        # turns most sessions away for less than the text cuts below.
        conds.append(f"{alias}.venue_id IN ({venues})")
    if q.time_of_day in TIMES_OF_DAY:
        lo, hi = TIMES_OF_DAY[q.time_of_day]
        # Every stored start has a time from "00:00" to "23:59", so a bound at either end is
        # always true and only costs a substr per session.
        if lo != "00:00":
            conds.append(f"substr({alias}.starts_at, 12, 5) >= {sql.bind(lo)}")
        if hi != "24:00":
            conds.append(f"substr({alias}.starts_at, 12, 5) < {sql.bind(hi)}")
    return conds


def _offer_conditions(offer_id: str, q: SearchQuery, sql: _Sql, facets: str = "") -> tuple[list[str], bool]:
    """Conditions on the offer with id ``offer_id``; the flag says whether they need the offer row.

    None when the statement matches ``facets``: their words for topics, languages, level and
    cost are exact (facets.py), so checking the tables again would only cost probes.
    """
    conds: list[str] = []
    needs_row = False
    if facets:
        return conds, needs_row
    if q.topics:
        conds.append(
            f"EXISTS (SELECT 1 FROM offer_topic t WHERE t.offer_id = {offer_id} "
            f"AND t.topic IN ({sql.bind_list(q.topics)}))"
        )
    if q.languages:
        conds.append(
            f"EXISTS (SELECT 1 FROM offer_language l WHERE l.offer_id = {offer_id} "
            f"AND l.lang IN ({sql.bind_list(q.languages)}))"
        )
    if q.free_only:
        conds.append("o.cost_cents = 0")
        needs_row = True
    if q.level:
        conds.append(f"o.level IN ({sql.bind(q.level)}, 'all')")
        needs_row = True
    return conds, needs_row


_BM25 = re.compile(r"^bm25\(\s*(\d+(\.\d+)?\s*(,\s*\d+(\.\d+)?\s*)*)?\)$")


def _rank_expression(db: sqlite3.Connection) -> str:
    """The ranking the store is configured with (migration 0001), called directly.

    bm25(offer_fts, ...) gives the same order as the ``rank`` column but skips parsing the
    configured expression for every row: about a third faster.
    """
    found = _rows(db, "SELECT v FROM offer_fts_config WHERE k = 'rank'", {})
    configured = found[0][0] if found else None
    if isinstance(configured, str) and _BM25.match(configured.strip()):
        args = configured.strip()[len("bm25("):-1].strip()
        return f"bm25(offer_fts{', ' + args if args else ''})"
    return "offer_fts.rank"


def _broad(db: sqlite3.Connection, terms: list[str]) -> bool:
    """Whether any typed word (a prefix, or its topic: see match_terms) is in more than IDF_CAP offers.

    bm25 weighs each word by how rare it is, and FTS5 finds that out by reading the word's whole
    list: for "c" at 100,000 offers that alone costs 10-20 ms. Counting up to IDF_CAP and
    stopping costs far less.
    """
    for term in terms:
        [(n,)] = _rows(db, f"SELECT count(*) FROM (SELECT 1 FROM offer_fts WHERE offer_fts MATCH :w LIMIT {IDF_CAP + 1})", {"w": term})
        if n > IDF_CAP:
            return True
    return False


def _starts_a_word(column: str, word: str, sql: _Sql) -> str:
    return f"instr(' ' || {column}, {sql.bind(' ' + word)}) > 0"


def _text_page(
    db: sqlite3.Connection, q: SearchQuery, terms: list[str], facets: str, now: dt.datetime, offset: int, limit: int
) -> tuple[list[int], int]:
    sql = _Sql()
    offer_conds, needs_row = _offer_conditions("offer_fts.rowid", q, sql, facets)
    session_conds = _session_conditions("s", q, now, sql)
    # CROSS JOIN keeps offer_fts as the outer loop: the planner may not start from offer and
    # probe the index once per offer (the FTS5 pitfall that turns milliseconds into seconds).
    source = "offer_fts CROSS JOIN offer o ON o.id = offer_fts.rowid" if needs_row else "offer_fts"
    text_match = f"{TEXT_COLUMNS} : ({' AND '.join(terms)})"
    where = " AND ".join([
        f"offer_fts MATCH {sql.bind(' AND '.join(filter(None, (text_match, facets))))}",
        *offer_conds,
        f"EXISTS (SELECT 1 FROM session s WHERE s.offer_id = offer_fts.rowid AND {' AND '.join(session_conds)})",
    ])
    # Ranking scores every match, 1-2 us each: the 100,000 matches of "c" would cost far more
    # than a type-ahead may. So the matches that pass the filters are first collected newest
    # first, capped (FTS5 reads them in rowid order and stops early). Up to RANK_CAP of them
    # are all ranked; beyond that only the RANK_CAP newest are, the citizen sees "1000+" and
    # narrows the search. One statement, so each match's filters are checked once.
    hits = (
        f"WITH hits AS MATERIALIZED (SELECT offer_fts.rowid AS id FROM {source} WHERE {where} "
        f"ORDER BY offer_fts.rowid DESC LIMIT {RANK_CAP + 1}), "
        f"ranked AS MATERIALIZED (SELECT id FROM hits ORDER BY id DESC LIMIT {RANK_CAP}) "
    )
    window = "offer_fts.rowid >= (SELECT min(id) FROM ranked)"
    if _broad(db, terms):
        # Order by where the words hit, as bm25's weights would (title, then topics, provider
        # and venue, then description), newest first within each. Read from the index's own
        # folded text of at most RANK_CAP offers: a word hits when its prefix starts a word.
        # offer_fts_content is FTS5's table of that text (c0 title, c1 topics, c2 provider,
        # c3 venue); read directly it costs a third of a lookup through offer_fts.
        typed = typed_words(q.text)
        title = " AND ".join(_starts_a_word("f.c0", w, sql) for w in typed)
        near = " AND ".join(_starts_a_word("f.c1 || ' ' || f.c2 || ' ' || f.c3", w, sql) for w in typed)
        page = (
            f"SELECT r.id, (SELECT count(*) FROM hits) FROM ranked r CROSS JOIN offer_fts_content f ON f.id = r.id "
            f"ORDER BY ({title}) DESC, ({near}) DESC, r.id DESC LIMIT {limit} OFFSET {offset}"
        )
    else:
        # bm25 on the typed words only: facet words would cost their own rarity count.
        page = (
            f"SELECT offer_fts.rowid, (SELECT count(*) FROM hits) FROM offer_fts "
            f"WHERE offer_fts MATCH {sql.bind(text_match)} AND {window} AND +offer_fts.rowid IN ranked "
            f"ORDER BY {_rank_expression(db)}, offer_fts.rowid LIMIT {limit} OFFSET {offset}"
        )
    rows = _rows(db, hits + page, sql.params)
    if rows:
        total = rows[0][1]
    else:  # no match, or paged past the end: the count alone
        [(total,)] = _rows(
            db, f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT {COUNT_CAP + 1})", sql.params
        )
    return [row[0] for row in rows], min(total, COUNT_CAP + 1)


def _facet_page(db: sqlite3.Connection, q: SearchQuery, facets: str, now: dt.datetime, offset: int, limit: int) -> tuple[list[int], int]:
    """No text but filters the index can pre-select: a few thousand are sorted, more are walked."""
    sql = _Sql()
    facets_param = sql.bind(facets)
    # The facet words for topics, languages, level and cost are exact (facets.py): only the
    # sessions are left to check.
    fits = " AND ".join(_session_conditions("s", q, now, sql))
    # The index is read once, up to SORT_CAP + 1 offers (rowid order, so a later count can go
    # on after the last of them). Up to SORT_CAP, each one's next fitting session is found (one
    # probe each) and the page sorted by it. More than that: the page comes from the walk in
    # time order, and the same candidates are counted, stopping after COUNT_CAP + 1 fits.
    few = f"(SELECT count(*) FROM cand) <= {SORT_CAP}"
    rows = _rows(
        db,
        f"WITH cand AS MATERIALIZED (SELECT offer_fts.rowid AS id FROM offer_fts "
        f"WHERE offer_fts MATCH {facets_param} ORDER BY offer_fts.rowid LIMIT {SORT_CAP + 1}), "
        f"timed AS MATERIALIZED (SELECT c.id AS id, "
        f"(SELECT min(s.starts_at) FROM session s WHERE s.offer_id = c.id AND {fits}) AS next_start "
        f"FROM cand c WHERE {few}), "
        f"counted AS MATERIALIZED (SELECT 1 FROM cand c WHERE NOT {few} "
        f"AND EXISTS (SELECT 1 FROM session s WHERE s.offer_id = c.id AND {fits}) LIMIT {COUNT_CAP + 1}) "
        f"SELECT (SELECT count(*) FROM cand), (SELECT max(id) FROM cand), "
        f"(SELECT count(next_start) FROM timed) + (SELECT count(*) FROM counted) "
        f"UNION ALL SELECT * FROM (SELECT id, NULL, NULL FROM timed WHERE next_start IS NOT NULL "
        f"ORDER BY next_start, id LIMIT {limit} OFFSET {offset})",
        sql.params,
    )
    candidates, last, total = rows[0]
    if candidates <= SORT_CAP:
        return [row[0] for row in rows[1:]], min(total, COUNT_CAP + 1)
    # Many offers fit: the walk in time order finds a page of them after a few hundred sessions.
    ids, _ = _browse_page(db, q, now, offset, limit, count=False)
    if total <= COUNT_CAP:  # the first candidates held too few fits: count on past them
        [(more,)] = _rows(
            db,
            f"SELECT count(*) FROM (SELECT 1 FROM offer_fts WHERE offer_fts MATCH {facets_param} "
            f"AND offer_fts.rowid > {int(last)} AND EXISTS (SELECT 1 FROM session s "
            f"WHERE s.offer_id = offer_fts.rowid AND {fits}) LIMIT {COUNT_CAP + 1 - total})",
            sql.params,
        )
        total += more
    return ids, total


def _first_session(q: SearchQuery, now: dt.datetime, sql: _Sql) -> str:
    """Session s is its offer's next one that fits the filters: no earlier fitting session exists."""
    earlier = _session_conditions("e", q, now, sql)
    return (
        "NOT EXISTS (SELECT 1 FROM session e WHERE e.offer_id = s.offer_id "
        f"AND {' AND '.join(earlier)} "
        "AND e.starts_at <= s.starts_at AND (e.starts_at < s.starts_at OR e.id < s.id))"
    )


def _indexed_by(db: sqlite3.Connection, index: str) -> str:
    """The planner is told to walk ``index``, but only while it exists: an empty store's first
    pull builds it at the end (kiosk/store/bulk.py), and meanwhile SQLite would refuse the query."""
    return f" INDEXED BY {index}" if _rows(
        db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name", {"name": index}) else ""


def _browse_page(
    db: sqlite3.Connection, q: SearchQuery, now: dt.datetime, offset: int, limit: int, count: bool = True
) -> tuple[list[int], int]:
    """Offers by their next fitting session, soonest first (and their count, unless not asked: 0)."""
    sql = _Sql()
    offer_conds, needs_row = _offer_conditions("s.offer_id", q, sql)
    here = _session_conditions("s", q, now, sql)
    where = " AND ".join([*here, _first_session(q, now, sql), *offer_conds])
    join = " CROSS JOIN offer o ON o.id = s.offer_id" if needs_row else ""
    if q.district or q.venue_hub_id:
        # A place filter over many venues: start from those venues' sessions, then sort them.
        source = f"session s{_indexed_by(db, 'ix_session_venue_starts')}{join}"
    else:
        # Walk sessions in time order; each one that stands for its offer is a result, and
        # LIMIT ends the walk after one page: no sort of every offer.
        source = f"session s{_indexed_by(db, 'ix_session_starts')}{join}"
    ids = [
        row[0]
        for row in _rows(
            db,
            f"SELECT s.offer_id FROM {source} WHERE {where} "
            f"ORDER BY s.starts_at, s.offer_id, s.id LIMIT {limit} OFFSET {offset}",
            sql.params,
        )
    ]
    if not count:
        return ids, 0
    if not offer_conds and _venue_ids(q, _Sql()):
        # Only place or access filters: the walk reads sessions cheaply and most of them fit;
        # offer by offer, each probe would read all of an offer's sessions to find one that fits.
        [(total,)] = _rows(
            db, f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT {COUNT_CAP + 1})", sql.params
        )
        return ids, total
    # Otherwise counted offer by offer, one index probe each.
    fits = f"EXISTS (SELECT 1 FROM session s WHERE s.offer_id = o.id AND {' AND '.join(_session_conditions('s', q, now, sql))})"
    count_conds, _ = _offer_conditions("o.id", q, sql)
    count_source, count_where = "offer o", [fits, *count_conds]
    [(total,)] = _rows(
        db,
        f"SELECT count(*) FROM (SELECT 1 FROM {count_source} WHERE {' AND '.join(count_where)} LIMIT {COUNT_CAP + 1})",
        sql.params,
    )
    return ids, total


def _place_ids(db: sqlite3.Connection, q: SearchQuery) -> list[int] | None:
    """Ids of the venues the place filter allows (None: no place filter)."""
    if not (q.district or q.venue_hub_id):
        return None
    sql = _Sql()
    conds = []
    if q.district:
        conds.append(f"district = {sql.bind(q.district)}")
    if q.venue_hub_id:
        conds.append(f"hub_id = {sql.bind(q.venue_hub_id)}")
    return [row[0] for row in _rows(db, f"SELECT id FROM venue WHERE {' AND '.join(conds)}", sql.params)]


def _facet_expression(db: sqlite3.Connection, q: SearchQuery, now: dt.datetime) -> str | None:
    """FTS5 words that pre-select offers for the filters; "" when none applies, None when nothing can fit."""
    places = _place_ids(db, q)
    if places == []:
        return None
    start, end = _session_window(q, now)
    days = None
    if end is not None:
        if end <= start:
            return None  # a day already over
        days, day = [], start.date()
        while dt.datetime.combine(day, dt.time()) < end:
            days.append(day)
            day += dt.timedelta(days=1)
    part = {"morning": "m", "afternoon": "a", "evening": "e"}.get(q.time_of_day, "")
    return filter_expression(q.topics, q.languages, q.level, q.free_only, places, days, part)


def _index_match(user_text: str, facets: str) -> str:
    words = match_expression(user_text)
    return " AND ".join(([f"{TEXT_COLUMNS} : ({words})"] if words else []) + ([facets] if facets else []))


def index_match(conn: Connection | sqlite3.Connection, q: SearchQuery, now: dt.datetime) -> str | None:
    """The FTS5 MATCH text search() hands the index for ``q`` ("" none, None: nothing can fit).

    For the benchmark's floor: the bare FTS5 query a search wraps.
    """
    db = conn if isinstance(conn, sqlite3.Connection) else conn.connection.driver_connection
    facets = _facet_expression(db, q, now.replace(microsecond=0))
    return None if facets is None else _index_match(q.text, facets)


def search(
    conn: Connection,
    q: SearchQuery,
    lang: str = "en",
    offset: int = 0,
    limit: int = 50,
    now: dt.datetime | None = None,
) -> SearchPage:
    """One page of offers for ``q``, best first (by text rank, else by the next session)."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    offset = max(0, int(offset))
    limit = max(0, min(int(limit), MAX_LIMIT))
    # Straight to the driver: one page of plain tuples, no ORM rows or statement compiling.
    db = conn.connection.driver_connection
    facets = _facet_expression(db, q, now)
    if facets is None:
        return SearchPage(offset=offset)
    terms = match_terms(q.text)
    if terms:
        ids, total = _text_page(db, q, terms, facets, now, offset, limit)
    elif facets:
        ids, total = _facet_page(db, q, facets, now, offset, limit)
    else:
        ids, total = _browse_page(db, q, now, offset, limit)
    return SearchPage(items=_summaries(db, ids, q, lang, now), total=total, offset=offset)


def _summaries(db: sqlite3.Connection, ids: list[int], q: SearchQuery, lang: str, now: dt.datetime) -> list[OfferSummary]:
    """List tiles for one page of offer ids, in the order given."""
    if not ids:
        return []
    sql = _Sql()
    next_start = (
        "(SELECT min(s.starts_at) FROM session s WHERE s.offer_id = o.id AND "
        f"{' AND '.join(_session_conditions('s', q, now, sql))})"
    )
    # The citizen's language first, then English, then German, then whatever the offer has.
    title = (
        "(SELECT t.title FROM offer_text t WHERE t.offer_id = o.id ORDER BY "
        f"CASE t.lang WHEN {sql.bind(lang)} THEN 0 WHEN 'en' THEN 1 WHEN 'de' THEN 2 ELSE 3 END, t.lang LIMIT 1)"
    )
    rows = {
        r[0]: r
        for r in _rows(
            db,
            f"SELECT o.id, o.hub_id, {title}, p.name, v.name, v.district, {next_start}, "
            f"o.cost_cents, o.level, o.languages, o.topics "
            f"FROM offer o JOIN provider p ON p.id = o.provider_id LEFT JOIN venue v ON v.id = o.venue_id "
            f"WHERE o.id IN (SELECT value FROM json_each({sql.bind(json.dumps(ids))}))",
            sql.params,
        )
    }
    return [
        OfferSummary(
            id=oid, hub_id=hub_id, title=title or "", provider=provider, venue=venue or "",
            district=district or "",
            next_start=dt.datetime.fromisoformat(starts) if starts else None,
            cost_cents=cost, level=level,
            languages=tuple(_json_list(languages)), topics=tuple(_json_list(topics)),
        )
        for oid, hub_id, title, provider, venue, district, starts, cost, level, languages, topics in (
            rows[i] for i in ids if i in rows
        )
    ]


def _json_list(value: Any) -> list[str]:
    return json.loads(value) if isinstance(value, str) else list(value or [])


def _rows(db: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[tuple]:
    cursor = db.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()
