"""What the staff screen shows of the outbox: counts, kinds, ages and errors, never a person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from kiosk.store.models import OutboxItem

RECENT_ERRORS = 5


@dataclass(frozen=True)
class KindCount:
    kind: str  # sign_up | cancel_sign_up | learning_goal
    waiting: int
    oldest_minutes: int  # age of the oldest waiting message


@dataclass(frozen=True)
class OutboxError:
    kind: str
    attempts: int
    minutes_ago: int  # since the message was made (the outbox keeps no time of the last try)
    error: str  # as the sync loop stored it; the view-model cleans it before showing


@dataclass(frozen=True)
class OutboxSummary:
    waiting: int
    sent: int
    kinds: tuple[KindCount, ...]
    errors: tuple[OutboxError, ...]


def _minutes(since: dt.datetime, now: dt.datetime) -> int:
    return max(0, int((now - since).total_seconds() // 60))


def summarise_outbox(engine: Engine, now: dt.datetime | None = None) -> OutboxSummary:
    """Counts per kind and the latest errors; reads only kinds, times, attempts and error text
    (never the payload, which holds names and contacts)."""
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with Session(engine) as s:
        rows = s.execute(
            select(OutboxItem.kind, func.count(), func.min(OutboxItem.created_at))
            .where(OutboxItem.sent_at.is_(None)).group_by(OutboxItem.kind).order_by(OutboxItem.kind)
        ).all()
        sent = s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_not(None)))
        errors = s.execute(
            select(OutboxItem.kind, OutboxItem.attempts, OutboxItem.created_at, OutboxItem.last_error)
            .where(OutboxItem.last_error.is_not(None))
            .order_by(OutboxItem.id.desc()).limit(RECENT_ERRORS)
        ).all()
    kinds = tuple(KindCount(kind, count, _minutes(oldest, now)) for kind, count, oldest in rows)
    return OutboxSummary(
        waiting=sum(k.waiting for k in kinds), sent=sent or 0, kinds=kinds,
        errors=tuple(OutboxError(kind, attempts, _minutes(made, now), error or "")
                     for kind, attempts, made, error in errors),
    )
