"""Checks raw catalogue records (from the demo file, an import or the hub) and repairs or rejects them.

Every record that comes from outside passes through here before it touches the store. A record
that cannot be repaired is rejected with a reason the operator can act on; the rest still loads.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from dateutil.rrule import rrulestr

from kiosk.catalogue.text import plain

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


class Rejected(ValueError):
    """A record that cannot be used; the message says why, in words an operator understands."""


@dataclass
class ProviderRecord:
    hub_id: str
    name: str
    kind: str = "other"
    phone: str | None = None
    email: str | None = None
    version: int = 1


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


def _text(value: Any, limit: int, what: str, repairs: list[str] | None = None) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Rejected(f"{what} is not text")
    cleaned = plain(value, limit)
    if repairs is not None and len(value) > limit and cleaned.endswith("…"):
        repairs.append(f"{what} shortened from {len(value)} characters")
    return cleaned


def _id(value: Any, what: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not _ID.match(value):
        raise Rejected(f"{what} is missing or not a usable id ({str(value)[:40]!r})")
    return value


def _per_language(value: Any, limit: int, what: str, repairs: list[str]) -> dict[str, str]:
    """A {lang: text} mapping; a bare string is taken as English."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict):
        raise Rejected(f"{what} is neither text nor a per-language mapping")
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANG.match(lang):
            repairs.append(f"{what}: ignored unknown language key {str(lang)[:10]!r}")
            continue
        cleaned = _text(text, limit, f"{what} ({lang})", repairs)
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
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise Rejected(f"version {value!r} is not a positive whole number")
    return value


def _datetime(value: Any, what: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise Rejected(f"{what} {value[:40]!r} is not a date and time") from None
    else:
        raise Rejected(f"{what} is missing")
    # Sessions are kept in the city's wall-clock time; an offset from the hub is dropped
    # after converting to local time.
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(microsecond=0)


# --- records -------------------------------------------------------------------------------------


def check_provider(raw: Any) -> ProviderRecord:
    if not isinstance(raw, dict):
        raise Rejected("provider record is not an object")
    name = _text(raw.get("name"), NAME_MAX, "provider name")
    if not name:
        raise Rejected("provider has no name")
    kind = raw.get("kind") if raw.get("kind") in PROVIDER_KINDS else "other"
    return ProviderRecord(
        hub_id=_id(raw.get("id"), "provider id"),
        name=name,
        kind=kind,
        phone=_text(raw.get("phone"), 40, "phone") or None,
        email=_text(raw.get("email"), 200, "e-mail") or None,
        version=_version(raw.get("version")),
    )


def check_venue(raw: Any) -> VenueRecord:
    if not isinstance(raw, dict):
        raise Rejected("venue record is not an object")
    repairs: list[str] = []
    name = _text(raw.get("name"), NAME_MAX, "venue name")
    if not name:
        raise Rejected("venue has no name")
    lat, lon = raw.get("lat"), raw.get("lon")
    if not (
        isinstance(lat, (int, float)) and isinstance(lon, (int, float))
        and math.isfinite(lat) and math.isfinite(lon)
        and -90 <= lat <= 90 and -180 <= lon <= 180
    ):
        lat = lon = None  # unknown position: still a venue, just not on the "near me" list
    return VenueRecord(
        hub_id=_id(raw.get("id"), "venue id"),
        name=name,
        street=_text(raw.get("street"), 200, "street"),
        postcode=_text(raw.get("postcode"), 20, "postcode"),
        city=_text(raw.get("city"), 100, "city"),
        district=_text(raw.get("district"), 100, "district"),
        latitude=float(lat) if lat is not None else None,
        longitude=float(lon) if lon is not None else None,
        opening_hours=_per_language(raw.get("opening_hours"), 300, "opening hours", repairs),
        directions=_per_language(raw.get("directions"), 600, "directions", repairs),
        step_free=_bool(raw.get("step_free")),
        hearing_loop=_bool(raw.get("hearing_loop")),
        accessible_toilet=_bool(raw.get("accessible_toilet")),
        version=_version(raw.get("version")),
    )


def _check_session(raw: Any, offer_id: str, index: int) -> SessionRecord:
    if not isinstance(raw, dict):
        raise Rejected("session is not an object")
    starts = _datetime(raw.get("starts_at"), "session start")
    ends = _datetime(raw.get("ends_at"), "session end") if raw.get("ends_at") else None
    if ends is None:
        ends = starts + dt.timedelta(hours=1)
    if ends <= starts:
        raise Rejected(f"session ends ({ends:%Y-%m-%d %H:%M}) before it starts ({starts:%H:%M})")
    if ends - starts > dt.timedelta(days=14):
        raise Rejected("session lasts more than two weeks")
    seats = raw.get("seats_left")
    if not isinstance(seats, int) or isinstance(seats, bool) or seats < 0:
        seats = None
    venue = raw.get("venue")
    return SessionRecord(
        hub_id=_id(raw.get("id") or f"{offer_id}:{index}", "session id"),
        starts_at=starts,
        ends_at=ends,
        venue_hub_id=_id(venue, "session venue") if venue else None,
        cancelled=_bool(raw.get("cancelled")),
        seats_left=seats,
    )


def _expand_recurrence(raw: Any, offer_id: str, today: dt.date) -> list[dict[str, Any]]:
    """Expand a relative series (the demo catalogue's form) into dated sessions from ``today``.

    ``{"rrule": "FREQ=WEEKLY;BYDAY=TU;COUNT=8", "start": "10:00", "minutes": 90,
    "from_day": 2}`` means: starting ``from_day`` days after today, at 10:00, 90 minutes long.
    """
    if not isinstance(raw, dict):
        raise Rejected("recurrence is not an object")
    try:
        hour, minute = (int(part) for part in str(raw.get("start", "")).split(":"))
        start_time = dt.time(hour, minute)
    except ValueError:
        raise Rejected(f"recurrence start {str(raw.get('start'))[:10]!r} is not a time (HH:MM)") from None
    minutes = raw.get("minutes", 60)
    if not isinstance(minutes, int) or not 5 <= minutes <= 24 * 60:
        raise Rejected(f"recurrence length {minutes!r} minutes is not plausible")
    from_day = raw.get("from_day", 0)
    if not isinstance(from_day, int) or not 0 <= from_day <= 366:
        raise Rejected(f"recurrence from_day {from_day!r} is out of range")
    first = dt.datetime.combine(today + dt.timedelta(days=from_day), start_time)
    try:
        rule = rrulestr(str(raw.get("rrule", "")), dtstart=first)
        starts = []
        for when in rule:
            starts.append(when)
            if len(starts) >= MAX_SESSIONS_PER_OFFER:
                break
    except (ValueError, TypeError) as exc:
        raise Rejected(f"recurrence rule is not valid: {exc}") from None
    return [
        {
            "id": f"{offer_id}:{when:%Y%m%dT%H%M}",
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
    repairs: list[str] = []
    hub_id = _id(raw.get("id"), "offer id")
    titles = _per_language(raw.get("title"), TITLE_MAX, "title", repairs)
    if not titles:
        raise Rejected("offer has no title in any language")
    descriptions = _per_language(raw.get("description"), DESCRIPTION_MAX, "description", repairs)
    topics = [t for t in raw.get("topics") or [] if t in TOPICS] if isinstance(raw.get("topics"), list) else []
    if isinstance(raw.get("topics"), list) and len(topics) != len(raw["topics"]):
        repairs.append("unknown topics dropped")
    level = raw.get("level", "all")
    if level not in LEVELS:
        repairs.append(f"unknown level {str(level)[:20]!r} read as 'all'")
        level = "all"
    languages_raw = raw.get("languages") or []
    languages = [l for l in languages_raw if isinstance(l, str) and _LANG.match(l)] if isinstance(languages_raw, list) else []
    cost = raw.get("cost_cents", 0)
    if isinstance(cost, bool) or not isinstance(cost, int) or not 0 <= cost <= 1_000_000:
        raise Rejected(f"cost {str(cost)[:20]!r} is not a price in cents")
    capacity = raw.get("capacity")
    if capacity is not None and (isinstance(capacity, bool) or not isinstance(capacity, int) or not 0 < capacity <= 100_000):
        repairs.append(f"capacity {str(capacity)[:20]!r} ignored")
        capacity = None
    fmt = raw.get("format", "in_person")
    if fmt not in FORMATS:
        repairs.append(f"unknown format {str(fmt)[:20]!r} read as in person")
        fmt = "in_person"
    prerequisites = [p for p in raw.get("prerequisites") or [] if isinstance(p, str) and _ID.match(p)]

    session_raws: list[Any] = []
    if raw.get("sessions") is not None:
        if not isinstance(raw["sessions"], list):
            raise Rejected("sessions is not a list")
        session_raws.extend(raw["sessions"][:MAX_SESSIONS_PER_OFFER])
    if raw.get("recurrence") is not None:
        session_raws.extend(_expand_recurrence(raw["recurrence"], hub_id, today or dt.date.today()))
    sessions: list[SessionRecord] = []
    problems: list[str] = []
    for index, session_raw in enumerate(session_raws):
        try:
            sessions.append(_check_session(session_raw, hub_id, index))
        except Rejected as exc:
            problems.append(f"session {index + 1} skipped: {exc}")
    repairs.extend(problems)
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
        audience=_text(raw.get("audience"), 40, "audience") or "adults",
        registration=raw.get("registration") if raw.get("registration") in ("required", "drop_in") else "required",
        capacity=capacity,
        prerequisites=prerequisites,
        sessions=sessions,
        version=_version(raw.get("version")),
        repairs=repairs,
    )
