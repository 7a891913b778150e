"""How long to wait before trying the hub again: full-jitter exponential backoff and Retry-After."""

from __future__ import annotations

import datetime as dt
import email.utils
import random

MAX_RETRY_AFTER = 3600.0


def full_jitter(attempt: int, base: float = 1.0, cap: float = 300.0, rng: random.Random | None = None) -> float:
    """A random wait in [0, min(cap, base * 2**attempt)] (AWS "full jitter"): many kiosks coming
    back after an outage spread out instead of all hitting the hub at once."""
    ceiling = min(cap, base * 2 ** min(attempt, 30))
    return (rng or random).uniform(0, ceiling)


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = (when - (now or dt.datetime.now(dt.UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)
