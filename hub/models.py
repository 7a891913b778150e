"""Typed SQLAlchemy models of what the hub keeps: kiosks, the catalogue feed, seats, sign-ups, goals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def now() -> dt.datetime:
    """The hub's clock: naive UTC, as stored."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base; every time column is naive UTC."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Counter(Base):
    """The change sequence. Every write takes the next number under a row lock, so numbers commit
    in order and a reader's cursor can never skip a row that commits later."""

    __tablename__ = "hub_counter"

    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Kiosk(Base):
    """A kiosk allowed to talk to the hub; only the SHA-256 of its token is kept."""

    __tablename__ = "kiosk"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # The last heartbeat, shown to the city's staff.
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    app_version: Mapped[str | None] = mapped_column(String(40))
    last_sync: Mapped[dt.datetime | None] = mapped_column(DateTime)
    outbox_depth: Mapped[int | None] = mapped_column(Integer)
    printer_state: Mapped[str | None] = mapped_column(String(20))


class CatalogueEntry(Base):
    """One provider, venue or offer as the feed hands it out; ``deleted`` marks a tombstone."""

    __tablename__ = "catalogue_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # provider | venue | offer
    hub_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    record: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)

    __table_args__ = (UniqueConstraint("kind", "hub_id", name="uq_catalogue_kind_id"),)


class SeatSession(Base):
    """A session's seats: the hub is the only place that decides who gets one."""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64), unique=True)
    offer_hub_id: Mapped[str] = mapped_column(String(64), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)  # city wall-clock time
    capacity: Mapped[int | None] = mapped_column(Integer)  # None: no limit
    confirmed: Mapped[int] = mapped_column(Integer, default=0)
    # Removed from its offer, cancelled, or its offer deleted: no new sign-ups.
    gone: Mapped[bool] = mapped_column(Boolean, default=False)
    seats_seq: Mapped[int] = mapped_column(Integer, index=True)


class SignUp(Base):
    """A sign-up from a kiosk, keyed by the kiosk's own UUID, with the hub's decision."""

    __tablename__ = "sign_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosk.id"))
    request_sha256: Mapped[str] = mapped_column(String(64))
    offer_hub_id: Mapped[str] = mapped_column(String(64))
    session_hub_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))  # confirmed | waitlisted | rejected | cancelled
    reason: Mapped[str | None] = mapped_column(Text)
    display_name: Mapped[str] = mapped_column(String(100))
    contact_kind: Mapped[str] = mapped_column(String(10))
    contact: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    staff_assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    seq: Mapped[int] = mapped_column(Integer)
    # The answer to the first request, returned unchanged when the kiosk repeats it.
    first_answer: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_sign_up_kiosk_seq", "kiosk_id", "seq"),
        Index("ix_sign_up_session_status", "session_hub_id", "status", "id"),
    )


class LearningGoal(Base):
    """A citizen's learning goal and pathway, reached on the web by its claim code."""

    __tablename__ = "learning_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    kiosk_id: Mapped[int] = mapped_column(ForeignKey("kiosk.id"))
    claim_code: Mapped[str] = mapped_column(String(16), unique=True)
    request_sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    goal: Mapped[dict[str, Any]] = mapped_column(JSON)
    pathway: Mapped[list[Any]] = mapped_column(JSON)
    staff_assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
