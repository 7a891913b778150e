"""An offer's filter facts as words in the search index, so filters narrow the index before SQL checks them.

FTS5 intersects word lists quickly: "digital, German, free, a session this Tuesday morning" becomes
``xtdigital AND xlde AND xfree AND xd20261201m`` in the hidden ``facets`` column. Words for the
offer's own facts (topics, languages, level, free) are exact: they are rewritten with the offer.
Words about sessions and places only pre-select; search.py checks those exactly in SQL (cancelled
sessions, times already past, venue accessibility), so they may be generous but never missing.

Migration 0002 builds the same words in SQL for offers loaded before it; a test keeps the two in
step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

PREFIX = "x"  # no citizen's word starts a facet: the text match is limited to the text columns
TEXT_COLUMNS = "{title topics provider venue description}"
MAX_PLACES = 64  # a place filter over more venues than this is left to SQL alone


def part_of_day(when: dt.datetime) -> str:
    """m(orning) before 12:00, a(fternoon) before 17:00, e(vening) after: as search.TIMES_OF_DAY."""
    return "m" if when.hour < 12 else "a" if when.hour < 17 else "e"


def offer_facets(
    topics: Iterable[str],
    languages: Iterable[str],
    level: str,
    cost_cents: int,
    venue_ids: Iterable[int],
    session_starts: Iterable[dt.datetime],
) -> str:
    """The facet words of one offer (all sessions count, cancelled or past: generous, never missing)."""
    return with_places(own_facets(topics, languages, level, cost_cents, session_starts), venue_ids)


def own_facets(
    topics: Iterable[str], languages: Iterable[str], level: str, cost_cents: int,
    session_starts: Iterable[dt.datetime],
) -> tuple[str, str]:
    """The facet words that need no store: the offer's own facts, and its sessions' days.

    A pull works these out while checking the next page; with_places() adds the venues' words,
    which need the store's venue ids.
    """
    words = [f"xt{t}" for t in topics] + [f"xl{lang}" for lang in languages] + [f"xv{level}"]
    if cost_cents == 0:
        words.append("xfree")
    days: list[str] = []
    for start in sorted(set(session_starts)):
        # Formatted from the parts: strftime cost a tenth of checking a page.
        day, part = f"xd{start.year:04}{start.month:02}{start.day:02}", part_of_day(start)
        days.extend((day, day + part, "xh" + part))
    return " ".join(dict.fromkeys(words)), " ".join(dict.fromkeys(days))


def with_places(own: tuple[str, str], venue_ids: Iterable[int]) -> str:
    """All facet words of an offer: its own (see own_facets) with a word for each venue."""
    facts, days = own
    places = " ".join(f"xp{v}" for v in sorted(set(venue_ids)))
    return " ".join(part for part in (facts, places, days) if part)


def _any(words: Iterable[str]) -> str:
    return "facets : (" + " OR ".join(words) + ")"


def filter_expression(
    topics: tuple[str, ...],
    languages: tuple[str, ...],
    level: str,
    free_only: bool,
    place_ids: list[int] | None,
    days: list[dt.date] | None,
    part: str,
) -> str:
    """The FTS5 expression that pre-selects offers for these filters, or "" when none applies.

    ``place_ids`` None means no place filter; ``days`` None means any day; ``part`` is m, a, e or
    "". Every value is reduced to letters and digits, so nothing here is read as FTS5 syntax.
    """
    groups: list[str] = []
    clean = lambda value: "".join(ch for ch in value.lower() if ch.isascii() and ch.isalnum())  # noqa: E731
    # A value that cleans to nothing still gets its group ("xt" alone is no offer's word): the
    # groups for topics, languages, level and cost are exact, and search relies on that.
    if topics:
        groups.append(_any(f"xt{clean(t)}" for t in topics))
    if languages:
        groups.append(_any(f"xl{clean(lang)}" for lang in languages))
    if level:
        groups.append(_any((f"xv{clean(level)}", "xvall")))
    if free_only:
        groups.append("facets : xfree")
    if place_ids is not None and len(place_ids) <= MAX_PLACES:
        groups.append(_any(f"xp{int(v)}" for v in place_ids) if place_ids else "facets : xp")
    if days is not None:
        groups.append(_any(f"xd{d:%Y%m%d}{part}" for d in days) if days else "facets : xd")
    elif part:
        groups.append(f"facets : xh{part}")
    return " AND ".join(groups)
