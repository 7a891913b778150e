"""Backoff: full jitter stays within its growing ceiling; Retry-After is read in both forms."""

from __future__ import annotations

import datetime as dt
import random

from kiosk.sync.backoff import MAX_RETRY_AFTER, full_jitter, parse_retry_after


def test_full_jitter_spreads_within_a_growing_capped_ceiling() -> None:
    rng = random.Random(7)
    for attempt in range(12):
        samples = [full_jitter(attempt, base=1, cap=60, rng=rng) for _ in range(200)]
        ceiling = min(60, 2 ** attempt)
        assert all(0 <= x <= ceiling for x in samples)
        assert max(samples) > ceiling * 0.8 and min(samples) < ceiling * 0.2


def test_retry_after_seconds_and_http_dates() -> None:
    now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("7") == 7
    assert parse_retry_after("Sat, 28 Nov 2026 12:00:30 GMT", now) == 30
    assert parse_retry_after("Sat, 28 Nov 2026 11:00:00 GMT", now) == 0
    assert parse_retry_after("999999") == MAX_RETRY_AFTER
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
