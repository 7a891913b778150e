"""Picks a bounded set of candidate offers for a pathway with indexed SQL, never the whole catalogue."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from kiosk.catalogue.folding import fold
from kiosk.pathways.model import VenueFacts, Visit
from kiosk.pathways.request import AIM_WORDS, LEVELS, PlanRequest

HORIZON = dt.timedelta(weeks=12)  # a pathway is planned for the next three months
_WORD = re.compile(r"\w{3,}", re.UNICODE)
# Everyday words that say nothing about a subject ("with" would find "German – with childcare").
# Folded, four letters and up (shorter words are skipped anyway).
STOP_WORDS = frozenset("""
want would like with from that this have more about learn learning better some into your just
will also when what them they then than very much make need help feel home
mochte moechte mochten mich mein meine meiner meinen einen einem einer eine nicht auch noch
oder aber fur fuer und mehr lernen besser sein haben werden wird will kann konnen immer
vreau doresc pentru care este sunt mult foarte despre invat invata
θελω θελα θα ηθελα για και στον στην στο μου τον την απο να με
""".split())


@dataclass
class Candidate:
    """An offer that could become a step, with its upcoming sessions."""

    id: int
    hub_id: str
    provider_id: int
    venue_id: int | None
    level: str
    cost_cents: int
    format: str
    registration: str
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    prerequisites: tuple[str, ...]
    audience: str = "adults"
    words_match: bool = False  # its title (or topics) hold the citizen's own words
    aim_match: bool = False  # its title holds the aim's words, and it is on the aim's topics
    in_basket: bool = False  # the citizen's own: in the basket or booked
    visits: list[Visit] = field(default_factory=list)


_COLUMNS = (
    "o.id, o.hub_id, o.provider_id, o.venue_id, o.level, o.cost_cents, o.format, "
    "o.registration, o.topics, o.languages, o.prerequisites, o.audience"
)
# How many candidates each source may bring: offers hit by the citizen's own words, by the
# aim's words, offers on the aim's main topic, and on each further topic. Each source is a
# streaming query that stops at its limit, so a broad topic with 30,000 offers costs no more
# than a narrow one.
TEXT_LIMIT, PRIMARY_LIMIT, SECONDARY_LIMIT = 80, 120, 40
PROBE = 20_000  # index rows counted at most when choosing which index to walk


def venue_facts(conn: Connection, ids: set[int]) -> dict[int, VenueFacts]:
    """Position and access facts of the given venues."""
    if not ids:
        return {}
    rows = conn.execute(
        text(
            "SELECT id, name, latitude, longitude, step_free, hearing_loop, accessible_toilet "
            "FROM venue WHERE id IN (SELECT value FROM json_each(:ids))"
        ),
        {"ids": json.dumps(sorted(ids))},
    )
    return {
        r.id: VenueFacts(r.id, r.name, r.latitude, r.longitude, bool(r.step_free),
                         bool(r.hearing_loop), bool(r.accessible_toilet))
        for r in rows
    }


def distance_km(origin: tuple[float, float] | None, venue: VenueFacts | None) -> float | None:
    """Great-circle distance; None when either end has no position."""
    if origin is None or venue is None or venue.latitude is None or venue.longitude is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (origin[0], origin[1], venue.latitude, venue.longitude))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def venue_fits(request: PlanRequest, origin: tuple[float, float] | None, venue: VenueFacts | None) -> bool:
    if venue is None:
        return True  # online: no way to get there, no steps to climb
    if any(not getattr(venue, need) for need in request.access_needs):
        return False
    if request.max_distance_km is not None and origin is not None:
        km = distance_km(origin, venue)
        return km is not None and km <= request.max_distance_km
    return True


def allowed_venues(
    conn: Connection, request: PlanRequest, origin: tuple[float, float] | None
) -> list[int] | None:
    """Venue ids near enough and accessible enough; None when every venue will do."""
    by_distance = request.max_distance_km is not None and origin is not None
    if not request.access_needs and not by_distance:
        return None
    where = [f"{need} = 1" for need in request.access_needs]
    params: dict = {}
    if by_distance:
        # A box around the kiosk first (cheap), the exact distance in Python after.
        dlat = request.max_distance_km / 111.0
        dlon = dlat / max(0.01, math.cos(math.radians(origin[0])))
        where.append("latitude BETWEEN :lat0 AND :lat1 AND longitude BETWEEN :lon0 AND :lon1")
        params.update(lat0=origin[0] - dlat, lat1=origin[0] + dlat, lon0=origin[1] - dlon, lon1=origin[1] + dlon)
    ids = set(conn.execute(text(f"SELECT id FROM venue WHERE {' AND '.join(where)}"), params).scalars())
    facts = venue_facts(conn, ids)
    return sorted(vid for vid, v in facts.items() if venue_fits(request, origin, v))


def words_query(request: PlanRequest) -> str:
    """An FTS5 query for the citizen's own words (whole words) over titles; empty when there are
    none. With no aim to go by, topic words count too, so "computer" finds the digital offers."""
    own = [w for w in _WORD.findall(fold(request.own_words)) if len(w) >= 4 and w not in STOP_WORDS]
    terms = [f'"{w}"' for w in dict.fromkeys(own[:10])]
    if not terms:
        return ""
    columns = "{title topics}" if not request.topics else "title"
    return f"{columns}: (" + " OR ".join(terms) + ")"


def aim_query(request: PlanRequest) -> str:
    """An FTS5 query for the aim's words as prefixes over titles ("deutsch" finds "Deutschkurs")."""
    terms = [f'"{fold(w)}"*' for w in AIM_WORDS.get(request.aim, ())]
    return "title: (" + " OR ".join(terms) + ")" if terms else ""


def _filters(request: PlanRequest, now: dt.datetime, venue_ids: list[int] | None, any_level: bool) -> tuple[list[str], dict]:
    params: dict = {"now": now.isoformat(sep=" "), "horizon": (now + HORIZON).isoformat(sep=" ")}
    where: list[str] = []
    if request.audiences_left_out:
        where.append("lower(o.audience) NOT IN (SELECT value FROM json_each(:audiences))")
        params["audiences"] = json.dumps(list(request.audiences_left_out))
    if not any_level:
        levels = ["all"] + [LEVELS[r] for r in request.level_ranks]
        where.append("o.level IN (" + ", ".join(f"'{lvl}'" for lvl in levels) + ")")
    if request.offer_cap_cents is not None:
        where.append("o.cost_cents <= :cap")
        params["cap"] = request.offer_cap_cents
    if venue_ids is not None:
        where.append("(o.venue_id IS NULL OR o.venue_id IN (SELECT value FROM json_each(:venues)))")
        params["venues"] = json.dumps(venue_ids)
    # The language they learn best in is a preference, not a filter (the planner ranks by it): a
    # Greek speaker still gets a pathway from a catalogue taught in German. The "language"
    # source below brings in offers taught in it even where the topic's first rows are not.
    where.append(
        "EXISTS (SELECT 1 FROM session s WHERE s.offer_id = o.id AND s.cancelled = 0 "
        "AND s.starts_at > :now AND s.starts_at < :horizon)"
    )
    return where, params


def choose_driver(conn: Connection, request: PlanRequest, venue_ids: list[int] | None) -> str:
    """Which index the topic queries walk: the topic's own, or, when the citizen's conditions
    are narrow (three venues nearby), the venues'. A query that walks 30,000 topic rows to find
    the offers at three venues is the slow case. With "+language" added, the query for offers
    taught in the citizen's language walks that language's index (it is the smaller one)
    rather than the topic's."""
    if not request.topics:
        return "topic"
    raw = _raw(conn)

    def rows(sql: str, params: tuple) -> int:
        return raw.execute(f"SELECT count(*) FROM ({sql} LIMIT {PROBE})", params).fetchone()[0]

    sizes = {"topic": rows("SELECT 1 FROM offer_topic WHERE topic = ?", (request.topics[0],))}
    if venue_ids is not None:
        sizes["venue"] = rows(
            "SELECT 1 FROM offer WHERE venue_id IN (SELECT value FROM json_each(?))", (json.dumps(venue_ids),)
        ) + rows("SELECT 1 FROM offer WHERE venue_id IS NULL", ())
    # Switch only for a clear gain: walking the topic often stops early at its limit.
    best = min(sizes, key=sizes.get)
    driver = best if sizes[best] * 3 < sizes["topic"] else "topic"
    if _by_language(request) and rows("SELECT 1 FROM offer_language WHERE lang = ?",
                                       (request.learn_language,)) < sizes["topic"]:
        driver += "+language"
    return driver


def _by_language(request: PlanRequest) -> bool:
    """Whether to look for offers in the citizen's language on their own: not for German
    learners, for whom German courses (nearly all of them) suit as well."""
    return bool(request.learn_language and request.topics and "de" not in request.instruction_languages)


def candidate_queries(
    request: PlanRequest, now: dt.datetime, venue_ids: list[int] | None,
    any_level: bool = False, scale: float = 1.0, driver: str = "topic",
) -> list[tuple[str, str, dict]]:
    """The bounded candidate queries as (source, sql, params): offers hit by the citizen's own
    words, by the aim's words, on the aim's topics in the language the citizen learns best in,
    then offers on each of the aim's topics, each passing every hard condition SQL can check
    with an index. CROSS JOIN keeps SQLite walking the driver's index,
    not the offer table."""
    where, params = _filters(request, now, venue_ids, any_level)
    conditions = " AND ".join(where)
    queries = []

    def by_words(source: str, match: str, extra: str = "", **more) -> None:
        queries.append((source, (
            f"SELECT {_COLUMNS} FROM offer_fts f CROSS JOIN offer o ON o.id = f.rowid "
            f"WHERE offer_fts MATCH :match AND {extra}{conditions} LIMIT {int(TEXT_LIMIT * scale)}"
        ), {**params, "match": match, **more}))

    if words_query(request):
        by_words("words", words_query(request))
    on_aim_topics = ("EXISTS (SELECT 1 FROM offer_topic a WHERE a.offer_id = o.id "
                     "AND a.topic IN (SELECT value FROM json_each(:aim_topics)))")
    if aim_query(request) and request.topics:
        # The aim's words only rank offers on its topics higher: "German" in a title also finds
        # "The German health system" and "Greek-German story time", which teach no German.
        by_words("aim", aim_query(request), f"{on_aim_topics} AND ", aim_topics=json.dumps(list(request.topics)))
    if _by_language(request):
        # Offers on the aim's topics taught in the language the citizen learns best in: the
        # planner ranks them first, so they must be among the candidates even when the topic's
        # first rows (below) are all taught in German. A few dozen are plenty for six steps.
        if driver.endswith("+language"):
            source = ("offer_language d CROSS JOIN offer o ON o.id = d.offer_id "
                      f"WHERE d.lang = :learn AND {on_aim_topics}")
        else:
            source = ("offer_topic d CROSS JOIN offer o ON o.id = d.offer_id "
                      "WHERE d.topic IN (SELECT value FROM json_each(:aim_topics)) AND EXISTS "
                      "(SELECT 1 FROM offer_language l WHERE l.offer_id = o.id AND l.lang = :learn)")
        queries.append(("language", (
            f"SELECT {_COLUMNS} FROM {source} AND {conditions} LIMIT {max(1, int(SECONDARY_LIMIT * scale))}"
        ), {**params, "learn": request.learn_language, "aim_topics": json.dumps(list(request.topics))}))
    if driver.startswith("venue") and venue_ids is not None:
        source = ("(SELECT id FROM offer WHERE venue_id IN (SELECT value FROM json_each(:venues)) "
                  "UNION ALL SELECT id FROM offer WHERE venue_id IS NULL) d CROSS JOIN offer o ON o.id = d.id")
        on_topic = "EXISTS (SELECT 1 FROM offer_topic t WHERE t.offer_id = o.id AND t.topic = :topic)"
    else:
        source = "offer_topic t0 CROSS JOIN offer o ON o.id = t0.offer_id"
        on_topic = "t0.topic = :topic"
    for i, topic in enumerate(request.topics):
        limit = int((PRIMARY_LIMIT if i == 0 else SECONDARY_LIMIT) * scale)
        queries.append((f"topic:{topic}", (
            f"SELECT {_COLUMNS} FROM {source} WHERE {on_topic} AND {conditions} LIMIT {max(1, limit)}"
        ), {**params, "topic": topic}))
    return queries


def basket_ids(conn: Connection, hub_ids: tuple[str, ...]) -> dict[str, int]:
    if not hub_ids:
        return {}
    rows = conn.execute(
        text("SELECT hub_id, id FROM offer WHERE hub_id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(list(hub_ids))},
    )
    return dict(rows.all())


def _candidate(r) -> Candidate:
    """From a row of _COLUMNS (a SQLAlchemy row or a plain tuple)."""
    oid, hub_id, provider_id, venue_id, level, cost, fmt, registration, topics, languages, prerequisites, audience = r
    return Candidate(
        id=oid, hub_id=hub_id, provider_id=provider_id, venue_id=venue_id,
        level=level, cost_cents=cost, format=fmt, registration=registration,
        topics=tuple(_json(topics)), languages=tuple(_json(languages)),
        prerequisites=tuple(_json(prerequisites)), audience=(audience or "").lower(),
    )


def _raw(conn: Connection):
    """The sqlite3 connection under ``conn`` (same transaction): hundreds of small rows come back
    several times faster without SQLAlchemy's row objects."""
    return conn.connection.driver_connection


def select_candidates(
    conn: Connection, request: PlanRequest, now: dt.datetime, venue_ids: list[int] | None,
) -> list[Candidate]:
    """Candidates for ``request`` from every source, the citizen's own offers included, with sessions."""
    found: dict[int, Candidate] = {}
    raw = _raw(conn)
    driver = choose_driver(conn, request, venue_ids)
    for source, sql, params in candidate_queries(request, now, venue_ids, driver=driver):
        for r in raw.execute(sql, params):
            _mark(found.setdefault(r[0], _candidate(r)), source)
    # The citizen's own offers (booked, in the basket) come in even when a hard condition rules
    # them out: they are steps whatever the conditions say (kiosk.pathways.planner).
    basket = basket_ids(conn, request.own)
    missing = [oid for oid in basket.values() if oid not in found]
    if missing:
        for r in conn.execute(
            text(f"SELECT {_COLUMNS} FROM offer o WHERE o.id IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(missing)},
        ):
            found[r.id] = _candidate(r)
    in_basket = set(basket.values())
    for c in found.values():
        c.in_basket = c.id in in_basket
    candidates = sorted(found.values(), key=lambda c: c.id)
    attach_visits(conn, candidates, now)
    return candidates


def attach_visits(conn: Connection, candidates: list[Candidate], now: dt.datetime) -> None:
    """Give each candidate its upcoming, not cancelled sessions inside the planning horizon."""
    by_id = {c.id: c for c in candidates}
    if not by_id:
        return
    rows = _raw(conn).execute(
        "SELECT s.offer_id, s.hub_id, s.starts_at, s.ends_at, s.venue_id FROM session s "
        "WHERE s.offer_id IN (SELECT value FROM json_each(:ids)) AND s.cancelled = 0 "
        "AND s.starts_at > :now AND s.starts_at < :horizon ORDER BY s.offer_id, s.starts_at, s.hub_id",
        {"ids": json.dumps(sorted(by_id)), "now": now.isoformat(sep=" "),
         "horizon": (now + HORIZON).isoformat(sep=" ")},
    )
    for offer_id, hub_id, starts, ends, venue_id in rows:
        candidate = by_id[offer_id]
        candidate.visits.append(Visit(
            hub_id, _datetime(starts), _datetime(ends),
            venue_id if venue_id is not None else candidate.venue_id,
        ))


def near_misses(conn: Connection, request: PlanRequest, now: dt.datetime, exclude: set[int], limit: int = 3) -> list[Candidate]:
    """Offers on the goal's topics or words, ignoring the citizen's conditions: what nearly fits."""
    relaxed = PlanRequest(aim=request.aim, own_words=request.own_words, level=request.level, budget="any")
    found: dict[int, Candidate] = {}
    for source, sql, params in candidate_queries(relaxed, now, None, any_level=True, scale=0.1):
        for r in conn.execute(text(sql), params):
            if r.id not in exclude:
                _mark(found.setdefault(r.id, _candidate(r)), source)
    candidates = sorted(found.values(), key=lambda c: (not (c.words_match or c.aim_match), c.id))
    candidates = candidates[:limit]
    attach_visits(conn, candidates, now)
    return candidates


def _mark(candidate: Candidate, source: str) -> None:
    """Note which words found the candidate: only the citizen's own may be called what they wrote."""
    if source == "words":
        candidate.words_match = True
    elif source == "aim":
        candidate.aim_match = True


def _json(value) -> list[str]:
    return json.loads(value) if isinstance(value, str) else list(value or [])


def _datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
