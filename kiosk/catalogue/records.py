"""Checks raw catalogue records (from the demo file, an import or the hub) and repairs or rejects them.

Every record that comes from outside passes through here before it touches the store. A record
that cannot be repaired is rejected with a reason the operator can act on; the rest still loads.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from dateutil.rrule import rrulestr

from kiosk.catalogue.text import is_simple, plain, tidy, what_plain_removes

LEVELS = ("beginner", "intermediate", "advanced", "all")
FORMATS = ("in_person", "online", "hybrid")
TOPICS = (
    "language", "digital", "work", "health", "family", "culture",
    "making", "community", "nature", "money", "reading",
)
PROVIDER_KINDS = (
    "library", "adult_education", "museum", "community_centre", "makerspace",
    "language_cafe", "job_centre", "senior_club", "other",
)
TITLE_MAX = 200
DESCRIPTION_MAX = 4000
NAME_MAX = 200
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
MAX_SESSIONS_PER_OFFER = 400
MAX_SEATS = 100_000
MAX_LANGUAGES = 40  # texts per field: every language a city could reasonably translate into
MAX_PREREQUISITES = 20
MAX_VERSION = 2**31 - 1
# Session dates further than this from today are typos (year 2062 for 2026), not plans.
PLAUSIBLE_YEARS = 5
# A series without an end of its own stops here; the hub sends the next stretch in time.
SERIES_HORIZON_DAYS = 366
# Outside text is cut to this many characters before markup is stripped, so a megabyte of
# description costs no more than a page of it.
_PRECUT = 64_000
# Recurrence rules the kiosk expands. Every rule built from these parts has occurrences, so
# expansion stops at the horizon; an impossible rule (30 February) would instead make dateutil
# walk to the year 9999, which takes seconds per record.
_RRULE_FREQS = ("DAILY", "WEEKLY", "MONTHLY")
_RRULE_PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "WKST")
_BYDAY = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")


_TOPIC_SET = frozenset(TOPICS)
_ONE_HOUR = dt.timedelta(hours=1)
_TWO_WEEKS = dt.timedelta(days=14)


class Rejected(ValueError):
    """A record that cannot be used; the message says why, in words an operator understands."""


def show(value: Any, limit: int = 40) -> str:
    """A short, safe rendering of an outside value for a log line or a reason."""
    try:
        shown = repr(value)
    except ValueError:  # an int too long to print (Python's int-to-str limit)
        shown = f"<{type(value).__name__}>"
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


@dataclass
class ProviderRecord:
    hub_id: str
    name: str
    kind: str = "other"
    phone: str | None = None
    email: str | None = None
    version: int = 1
    repairs: list[str] = field(default_factory=list)


@dataclass
class VenueRecord:
    hub_id: str
    name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    district: str = ""
    latitude: float | None = None
    longitude: float | None = None
    opening_hours: dict[str, str] = field(default_factory=dict)
    directions: dict[str, str] = field(default_factory=dict)
    step_free: bool = False
    hearing_loop: bool = False
    accessible_toilet: bool = False
    version: int = 1
    repairs: list[str] = field(default_factory=list)


@dataclass
class SessionRecord:
    hub_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_hub_id: str | None = None
    cancelled: bool = False
    seats_left: int | None = None


@dataclass
class OfferRecord:
    hub_id: str
    provider_hub_id: str
    venue_hub_id: str | None
    titles: dict[str, str]
    descriptions: dict[str, str]
    what_to_bring: dict[str, str]
    topics: list[str]
    level: str
    languages: list[str]
    cost_cents: int
    format: str
    audience: str
    registration: str
    capacity: int | None
    prerequisites: list[str]
    sessions: list[SessionRecord]
    version: int = 1
    repairs: list[str] = field(default_factory=list)


# --- small checkers ------------------------------------------------------------------------------


def _text(
    value: Any, limit: int, what: str, repairs: list[str] | None = None, one_line: bool = False
) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Rejected(f"{what} is not text")
    if len(value) <= limit and is_simple(value):
        # The usual text: plain() would only tidy its spaces (leaving one line): nothing to note.
        return tidy(value, limit)
    cleaned = plain(value[:_PRECUT], limit)
    if one_line:  # titles and names sit on one line of a tile or the pathway sheet
        cleaned = " ".join(cleaned.split())
    if repairs is not None:
        if removed := what_plain_removes(value[:_PRECUT]):
            repairs.append(f"{what}: {removed} removed")
        if len(value) > limit and cleaned.endswith("…"):
            repairs.append(f"{what} shortened from {len(value)} characters")
    return cleaned


def _detail(value: Any, limit: int, what: str, repairs: list[str] | None = None) -> str:
    """A secondary text (street, phone, audience): a number is read as text, anything else
    unusable is dropped with a note, never a reason to lose the whole record."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 10**20:
        value = str(value)
    if value is not None and not isinstance(value, str):
        if repairs is not None:
            repairs.append(f"{what} is not text: ignored")
        return ""
    return _text(value, limit, what, repairs, one_line=True)


def _id(value: Any, what: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _ID.match(value):
        raise Rejected(f"{what} is missing or not a usable id ({show(value)})")
    return value


def _per_language(
    value: Any, limit: int, what: str, repairs: list[str], one_line: bool = False
) -> dict[str, str]:
    """A {lang: text} mapping; a bare string is taken as English."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict):
        raise Rejected(f"{what} is neither text nor a per-language mapping")
    out: dict[str, str] = {}
    items = value.items()
    if len(value) > MAX_LANGUAGES:
        repairs.append(f"{what}: only the first {MAX_LANGUAGES} of {len(value)} languages kept")
        items = list(items)[:MAX_LANGUAGES]
    for lang, text in items:
        if not isinstance(lang, str) or not _LANG.match(lang):
            repairs.append(f"{what}: ignored unknown language key {show(lang, 12)}")
            continue
        cleaned = _text(text, limit, f"{what} ({lang})", repairs, one_line)
        if cleaned:
            out[lang] = cleaned
    return out


def _bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "ja", "y")
    return bool(value)


def _version(value: Any) -> int:
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_VERSION:
        raise Rejected(f"version {show(value)} is not a positive whole number")
    return value


def _datetime(value: Any, what: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip()[:40])
        except ValueError:
            raise Rejected(f"{what} {show(value)} is not a date and time") from None
    else:
        raise Rejected(f"{what} is missing")
    # Sessions are kept in the city's wall-clock time; an offset from the hub is dropped
    # after converting to local time.
    if parsed.tzinfo is not None:
        try:
            parsed = parsed.astimezone().replace(tzinfo=None)
        except (OverflowError, ValueError):
            raise Rejected(f"{what} {show(value)} is out of range") from None
    return parsed.replace(microsecond=0) if parsed.microsecond else parsed


def _degrees(value: Any, bound: float) -> float | None:
    """A latitude or longitude within ±bound, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        degrees = float(value)
    except OverflowError:  # a 400-digit integer from JSON
        return None
    return degrees if math.isfinite(degrees) and -bound <= degrees <= bound else None


# --- records -------------------------------------------------------------------------------------


def check_provider(raw: Any) -> ProviderRecord:
    if not isinstance(raw, dict):
        raise Rejected("provider record is not an object")
    repairs: list[str] = []
    name = _text(raw.get("name"), NAME_MAX, "provider name", repairs, one_line=True)
    if not name:
        raise Rejected("provider has no name")
    kind = raw.get("kind") or "other"
    if kind not in PROVIDER_KINDS:
        repairs.append(f"unknown kind {show(kind, 20)} read as 'other'")
        kind = "other"
    return ProviderRecord(
        hub_id=_id(raw.get("id"), "provider id"),
        name=name,
        kind=kind,
        phone=_detail(raw.get("phone"), 40, "phone", repairs) or None,
        email=_detail(raw.get("email"), 200, "e-mail", repairs) or None,
        version=_version(raw.get("version")),
        repairs=repairs,
    )


def check_venue(raw: Any) -> VenueRecord:
    if not isinstance(raw, dict):
        raise Rejected("venue record is not an object")
    repairs: list[str] = []
    name = _text(raw.get("name"), NAME_MAX, "venue name", one_line=True)
    if not name:
        raise Rejected("venue has no name")
    raw_lat, raw_lon = raw.get("lat"), raw.get("lon")
    lat, lon = _degrees(raw_lat, 90), _degrees(raw_lon, 180)
    if (lat, lon) == (0, 0):
        lat = lon = None  # "null island": an unset position exported as zeros
    if (raw_lat is not None or raw_lon is not None) and (lat is None or lon is None):
        # Unknown position: still a venue, just not on the "near me" list.
        repairs.append(f"coordinates {show(raw_lat, 20)}, {show(raw_lon, 20)} ignored (not a place on Earth)")
        lat = lon = None
    return VenueRecord(
        hub_id=_id(raw.get("id"), "venue id"),
        name=name,
        street=_detail(raw.get("street"), 200, "street", repairs),
        postcode=_detail(raw.get("postcode"), 20, "postcode", repairs),
        city=_detail(raw.get("city"), 100, "city", repairs),
        district=_detail(raw.get("district"), 100, "district", repairs),
        latitude=lat,
        longitude=lon,
        opening_hours=_per_language(raw.get("opening_hours"), 300, "opening hours", repairs),
        directions=_per_language(raw.get("directions"), 600, "directions", repairs),
        step_free=_bool(raw.get("step_free")),
        hearing_loop=_bool(raw.get("hearing_loop")),
        accessible_toilet=_bool(raw.get("accessible_toilet")),
        version=_version(raw.get("version")),
        repairs=repairs,
    )


def _check_session(raw: Any, offer_id: str, index: int, today: dt.date) -> SessionRecord:
    if not isinstance(raw, dict):
        raise Rejected("session is not an object")
    starts = _datetime(raw.get("starts_at"), "session start")
    ends_raw = raw.get("ends_at")
    ends = _datetime(ends_raw, "session end") if ends_raw else starts + _ONE_HOUR
    if ends <= starts:
        raise Rejected(f"session ends ({ends:%Y-%m-%d %H:%M}) before it starts ({starts:%H:%M})")
    if ends - starts > _TWO_WEEKS:
        raise Rejected("session lasts more than two weeks")
    if abs(starts.year - today.year) > PLAUSIBLE_YEARS:
        raise Rejected(f"session date {starts:%Y-%m-%d} is not plausible")
    seats = raw.get("seats_left")
    if not isinstance(seats, int) or isinstance(seats, bool) or not 0 <= seats <= MAX_SEATS:
        seats = None
    venue = raw.get("venue")
    return SessionRecord(
        hub_id=_id(raw.get("id") or _session_id(offer_id, str(index)), "session id"),
        starts_at=starts,
        ends_at=ends,
        venue_hub_id=_id(venue, "session venue") if venue else None,
        cancelled=_bool(raw.get("cancelled")),
        seats_left=seats,
    )


def _session_id(offer_id: str, suffix: str) -> str:
    """A session id made from its offer's; ids have at most 64 characters, so long ones are hashed."""
    candidate = f"{offer_id}:{suffix}"
    if len(candidate) <= 64:
        return candidate
    return f"{hashlib.sha1(offer_id.encode()).hexdigest()[:20]}:{suffix}"


def _rrule_text(value: Any) -> str:
    """The rule if it only uses parts the kiosk expands safely; otherwise Rejected with the reason."""
    if not isinstance(value, str) or not value.strip():
        raise Rejected("recurrence has no rule")
    rule = value.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if len(rule) > 300 or "\n" in rule or "\r" in rule:
        raise Rejected("recurrence rule is not a single RRULE line")
    parts: dict[str, str] = {}
    for part in rule.split(";"):
        key, sep, val = part.partition("=")
        key = key.strip().upper()
        if not sep or not val.strip():
            raise Rejected(f"recurrence rule part {show(part, 20)} is not NAME=VALUE")
        if key not in _RRULE_PARTS:
            raise Rejected(f"recurrence rule part {show(key, 20)} is not supported")
        if key in parts:
            raise Rejected(f"recurrence rule names {key} twice")
        parts[key] = val.strip().upper()
    if parts.get("FREQ") not in _RRULE_FREQS:
        raise Rejected(f"recurrence frequency {show(parts.get('FREQ'), 20)} is not daily, weekly or monthly")
    if "COUNT" in parts and "UNTIL" in parts:
        raise Rejected("recurrence rule has both COUNT and UNTIL")
    if "BYDAY" in parts and "BYMONTHDAY" in parts:
        # Both together can describe a day that never comes (the fifth Monday that is the 1st).
        raise Rejected("recurrence rule combines BYDAY and BYMONTHDAY")
    for day in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else ():
        match = _BYDAY.match(day)
        if not match or (match.group(1) and parts["FREQ"] != "MONTHLY"):
            raise Rejected(f"recurrence day {show(day, 12)} is not a weekday")
    for key, low, high in (("INTERVAL", 1, 12), ("COUNT", 1, MAX_SESSIONS_PER_OFFER)):
        if key in parts and not (parts[key].isdigit() and low <= int(parts[key]) <= high):
            raise Rejected(f"recurrence {key} {show(parts[key], 12)} is not between {low} and {high}")
    return ";".join(f"{k}={v}" for k, v in parts.items())


def _expand_recurrence(raw: Any, offer_id: str, today: dt.date) -> list[dict[str, Any]]:
    """Expand a relative series (the demo catalogue's form) into dated sessions from ``today``.

    ``{"rrule": "FREQ=WEEKLY;BYDAY=TU;COUNT=8", "start": "10:00", "minutes": 90,
    "from_day": 2, "until_day": 55}`` means: starting ``from_day`` days after today, at 10:00,
    90 minutes long, and no session later than ``until_day`` days after today.
    """
    if not isinstance(raw, dict):
        raise Rejected("recurrence is not an object")
    try:
        hour, minute = (int(part) for part in str(raw.get("start", ""))[:10].split(":"))
        start_time = dt.time(hour, minute)
    except ValueError:
        raise Rejected(f"recurrence start {show(raw.get('start'), 12)} is not a time (HH:MM)") from None
    minutes = raw.get("minutes", 60)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 5 <= minutes <= 24 * 60:
        raise Rejected(f"recurrence length {show(minutes, 12)} minutes is not plausible")
    days = {}
    for key, default in (("from_day", 0), ("until_day", SERIES_HORIZON_DAYS)):
        value = raw.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= SERIES_HORIZON_DAYS:
            raise Rejected(f"recurrence {key} {show(value, 12)} is out of range")
        days[key] = value
    if days["until_day"] < days["from_day"]:
        raise Rejected("recurrence ends (until_day) before it starts (from_day)")
    first = dt.datetime.combine(today + dt.timedelta(days=days["from_day"]), start_time)
    last_day = today + dt.timedelta(days=days["until_day"])
    rule_text = _rrule_text(raw.get("rrule"))
    starts: list[dt.datetime] = []
    try:
        for when in rrulestr(rule_text, dtstart=first):
            if when.date() > last_day or len(starts) >= MAX_SESSIONS_PER_OFFER:
                break
            starts.append(when)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise Rejected(f"recurrence rule is not valid: {show(str(exc), 80)}") from None
    if not starts:
        raise Rejected("recurrence has no session between from_day and until_day")
    return [
        {
            "id": _session_id(offer_id, f"{when:%Y%m%dT%H%M}"),
            "starts_at": when.isoformat(),
            "ends_at": (when + dt.timedelta(minutes=minutes)).isoformat(),
            "venue": raw.get("venue"),
            "seats_left": raw.get("seats_left"),
        }
        for when in starts
    ]


def check_offer(raw: Any, today: dt.date | None = None) -> OfferRecord:
    """Check one offer; raises Rejected with the reason, or returns it with any repairs listed."""
    if not isinstance(raw, dict):
        raise Rejected("offer record is not an object")
    today = today or dt.date.today()
    repairs: list[str] = []
    hub_id = _id(raw.get("id"), "offer id")
    titles = _per_language(raw.get("title"), TITLE_MAX, "title", repairs, one_line=True)
    if not titles:
        raise Rejected("offer has no title in any language")
    descriptions = _per_language(raw.get("description"), DESCRIPTION_MAX, "description", repairs)
    topics_raw = raw.get("topics")
    if topics_raw is not None and not isinstance(topics_raw, list):
        repairs.append("topics is not a list: ignored")
        topics_raw = None
    topics = list(dict.fromkeys(t for t in topics_raw or [] if isinstance(t, str) and t in _TOPIC_SET))
    if topics_raw and len(topics) != len(topics_raw):
        repairs.append("unknown or repeated topics dropped")
    level = raw.get("level", "all")
    if not isinstance(level, str) or level not in LEVELS:
        repairs.append(f"unknown level {show(level, 20)} read as 'all'")
        level = "all"
    languages_raw = raw.get("languages") or []
    languages = list(dict.fromkeys(
        l for l in languages_raw if isinstance(l, str) and _LANG.match(l)
    )) if isinstance(languages_raw, list) else []
    if languages_raw and len(languages) != (len(languages_raw) if isinstance(languages_raw, list) else -1):
        repairs.append("unknown or repeated languages of instruction dropped")
    cost = raw.get("cost_cents", 0)
    if isinstance(cost, float) and cost.is_integer():
        cost = int(cost)
    if isinstance(cost, bool) or not isinstance(cost, int) or not 0 <= cost <= 1_000_000:
        raise Rejected(f"cost {show(cost, 20)} is not a price in cents")
    capacity = raw.get("capacity")
    if capacity is not None and (isinstance(capacity, bool) or not isinstance(capacity, int) or not 0 < capacity <= MAX_SEATS):
        repairs.append(f"capacity {show(capacity, 20)} ignored")
        capacity = None
    fmt = raw.get("format", "in_person")
    if not isinstance(fmt, str) or fmt not in FORMATS:
        repairs.append(f"unknown format {show(fmt, 20)} read as in person")
        fmt = "in_person"
    prereq_raw = raw.get("prerequisites") if isinstance(raw.get("prerequisites"), list) else []
    prerequisites = list(dict.fromkeys(p for p in prereq_raw if isinstance(p, str) and _ID.match(p) and p != hub_id))
    if len(prerequisites) > MAX_PREREQUISITES:
        repairs.append(f"only the first {MAX_PREREQUISITES} of {len(prerequisites)} prerequisites kept")
        prerequisites = prerequisites[:MAX_PREREQUISITES]
    registration = raw.get("registration", "required")
    if registration not in ("required", "drop_in"):
        repairs.append(f"unknown registration {show(registration, 20)} read as 'required'")
        registration = "required"

    session_raws: list[Any] = []
    if raw.get("sessions") is not None:
        if not isinstance(raw["sessions"], list):
            raise Rejected("sessions is not a list")
        if len(raw["sessions"]) > MAX_SESSIONS_PER_OFFER:
            repairs.append(
                f"only the first {MAX_SESSIONS_PER_OFFER} of {len(raw['sessions'])} sessions kept"
            )
        session_raws.extend(raw["sessions"][:MAX_SESSIONS_PER_OFFER])
    if raw.get("recurrence") is not None:
        session_raws.extend(_expand_recurrence(raw["recurrence"], hub_id, today))
    sessions: list[SessionRecord] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, session_raw in enumerate(session_raws):
        try:
            session = _check_session(session_raw, hub_id, index, today)
        except Rejected as exc:
            problems.append(f"session {index + 1} skipped: {exc}")
            continue
        if session.hub_id in seen:
            problems.append(f"session {index + 1} skipped: id {session.hub_id!r} appears twice")
            continue
        seen.add(session.hub_id)
        sessions.append(session)
    repairs.extend(problems[:5])
    if len(problems) > 5:
        repairs.append(f"... and {len(problems) - 5} more sessions skipped")
    if session_raws and not sessions:
        raise Rejected(f"none of the offer's sessions is usable ({problems[0]})")

    return OfferRecord(
        hub_id=hub_id,
        provider_hub_id=_id(raw.get("provider"), "provider of the offer"),
        venue_hub_id=_id(raw["venue"], "venue of the offer") if raw.get("venue") else None,
        titles=titles,
        descriptions=descriptions,
        what_to_bring=_per_language(raw.get("what_to_bring"), 600, "what to bring", repairs),
        topics=topics,
        level=level,
        languages=languages,
        cost_cents=cost,
        format=fmt,
        audience=_detail(raw.get("audience"), 40, "audience", repairs) or "adults",
        registration=registration,
        capacity=capacity,
        prerequisites=prerequisites,
        sessions=sessions,
        version=_version(raw.get("version")),
        repairs=repairs,
    )
