"""Ranked, filtered, paged search over the catalogue: full text with folding, prefixes and filters."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from kiosk.catalogue.folding import fold

TIMES_OF_DAY = {"morning": ("00:00", "12:00"), "afternoon": ("12:00", "17:00"), "evening": ("17:00", "24:00")}
ACCESS_NEEDS = ("step_free", "hearing_loop", "accessible_toilet")
COUNT_CAP = 1000  # "1000+ offers" is all a citizen needs; counting further costs time
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchQuery:
    """What the citizen asked for. Empty fields mean "any"."""

    text: str = ""
    topics: tuple[str, ...] = ()
    when: str = "any"  # any | today | week | day
    day: dt.date | None = None  # with when == "day"
    time_of_day: str = ""  # morning | afternoon | evening
    district: str = ""
    venue_hub_id: str = ""
    free_only: bool = False
    languages: tuple[str, ...] = ()
    level: str = ""
    access: tuple[str, ...] = ()


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


def match_expression(user_text: str) -> str:
    """FTS5 MATCH text for what was typed: every word folded and prefix-matched, all required."""
    words = _WORD.findall(fold(user_text))
    return " ".join(f'"{w}"*' for w in words)


def _filters(q: SearchQuery, now: dt.datetime) -> tuple[list[str], dict]:
    where: list[str] = []
    params: dict = {}
    # Sessions: upcoming, and inside the asked day/week and time of day.
    start, end = now, None
    if q.when == "today":
        end = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    elif q.when == "week":
        end = dt.datetime.combine(now.date() + dt.timedelta(days=7), dt.time())
    elif q.when == "day" and q.day is not None:
        start = max(now, dt.datetime.combine(q.day, dt.time()))
        end = dt.datetime.combine(q.day + dt.timedelta(days=1), dt.time())
    session_cond = ["s.offer_id = o.id", "s.cancelled = 0", "s.starts_at >= :start"]
    params["start"] = start.isoformat(sep=" ")
    if end is not None:
        session_cond.append("s.starts_at < :end")
        params["end"] = end.isoformat(sep=" ")
    if q.time_of_day in TIMES_OF_DAY:
        lo, hi = TIMES_OF_DAY[q.time_of_day]
        session_cond.append("substr(s.starts_at, 12, 5) >= :tod_lo AND substr(s.starts_at, 12, 5) < :tod_hi")
        params.update(tod_lo=lo, tod_hi=hi)
    if q.district or q.venue_hub_id or q.access:
        venue_cond = ["v.id = coalesce(s.venue_id, o.venue_id)"]
        if q.district:
            venue_cond.append("v.district = :district")
            params["district"] = q.district
        if q.venue_hub_id:
            venue_cond.append("v.hub_id = :venue")
            params["venue"] = q.venue_hub_id
        for need in q.access:
            if need in ACCESS_NEEDS:
                venue_cond.append(f"v.{need} = 1")
        session_cond.append(f"EXISTS (SELECT 1 FROM venue v WHERE {' AND '.join(venue_cond)})")
    where.append(f"EXISTS (SELECT 1 FROM session s WHERE {' AND '.join(session_cond)})")
    for i, topic in enumerate(q.topics):
        where.append(f"EXISTS (SELECT 1 FROM offer_topic t WHERE t.offer_id = o.id AND t.topic = :topic{i})")
        params[f"topic{i}"] = topic
    if q.languages:
        names = [f":lang{i}" for i in range(len(q.languages))]
        where.append(f"EXISTS (SELECT 1 FROM offer_language l WHERE l.offer_id = o.id AND l.lang IN ({', '.join(names)}))")
        params.update({f"lang{i}": lang for i, lang in enumerate(q.languages)})
    if q.free_only:
        where.append("o.cost_cents = 0")
    if q.level:
        where.append("o.level IN (:level, 'all')")
        params["level"] = q.level
    return where, params


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
    where, params = _filters(q, now)
    match = match_expression(q.text)
    next_start = (
        "(SELECT min(s2.starts_at) FROM session s2 WHERE s2.offer_id = o.id "
        "AND s2.cancelled = 0 AND s2.starts_at >= :now)"
    )
    params["now"] = now.isoformat(sep=" ")
    if match:
        source = "(SELECT rowid AS id, rank FROM offer_fts WHERE offer_fts MATCH :match) AS hits JOIN offer o ON o.id = hits.id"
        order = "hits.rank, o.id"
        params["match"] = match
    else:
        source = "offer o"
        order = "next_start, o.id"
    where_sql = " AND ".join(where) if where else "1"
    rows = conn.execute(
        text(
            f"SELECT o.id, o.hub_id, o.cost_cents, o.level, o.languages, o.topics, "
            f"{next_start} AS next_start, p.name AS provider, v.name AS venue, v.district "
            f"FROM {source} JOIN provider p ON p.id = o.provider_id "
            f"LEFT JOIN venue v ON v.id = o.venue_id "
            f"WHERE {where_sql} ORDER BY {order} LIMIT :limit OFFSET :offset"
        ),
        {**params, "limit": limit, "offset": offset},
    ).all()
    total = conn.execute(
        text(f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where_sql} LIMIT {COUNT_CAP + 1})"),
        params,
    ).scalar_one()
    titles = _titles(conn, [r.id for r in rows], lang)
    return SearchPage(
        items=[
            OfferSummary(
                id=r.id, hub_id=r.hub_id, title=titles.get(r.id, ""), provider=r.provider,
                venue=r.venue or "", district=r.district or "",
                next_start=dt.datetime.fromisoformat(r.next_start) if r.next_start else None,
                cost_cents=r.cost_cents, level=r.level,
                languages=tuple(_json_list(r.languages)), topics=tuple(_json_list(r.topics)),
            )
            for r in rows
        ],
        total=total,
        offset=offset,
    )


def _json_list(value) -> list[str]:
    import json

    return json.loads(value) if isinstance(value, str) else list(value or [])


def _titles(conn: Connection, ids: list[int], lang: str) -> dict[int, str]:
    """Title per offer in ``lang``, else English, else German, else whatever it has."""
    if not ids:
        return {}
    preference = {"de": 2, "en": 1, lang: 0}  # later keys win: the citizen's language first
    best: dict[int, tuple[int, str]] = {}
    rows = conn.execute(
        text(f"SELECT offer_id, lang, title FROM offer_text WHERE offer_id IN ({', '.join(map(str, ids))})")
    )
    for offer_id, text_lang, title in rows:
        score = preference.get(text_lang, 9)
        if offer_id not in best or score < best[offer_id][0]:
            best[offer_id] = (score, title)
    return {k: v[1] for k, v in best.items()}
