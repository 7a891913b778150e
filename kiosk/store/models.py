"""Typed SQLAlchemy models of everything the kiosk keeps: catalogue, citizens' data, outbox, sync state."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base; times are stored as naive datetimes (see each column for UTC or city-local)."""

    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


# --- the catalogue (mirrors the hub) ---------------------------------------------------------


class Provider(Base):
    """An organisation that runs offers: a library branch, adult-education centre, museum, ..."""

    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)

    offers: Mapped[list[Offer]] = relationship(back_populates="provider")


class Venue(Base):
    """A place where sessions happen, with the accessibility facts a citizen needs before going."""

    __tablename__ = "venue"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="", index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # Free text per language, e.g. {"en": "Mon-Fri 9:00-19:00", "de": "Mo-Fr 9-19 Uhr"}.
    opening_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    directions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    step_free: Mapped[bool] = mapped_column(Boolean, default=False)
    hearing_loop: Mapped[bool] = mapped_column(Boolean, default=False)
    accessible_toilet: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Offer(Base):
    """A learning offer: a course, workshop, café or event, run by a provider in one or more sessions."""

    __tablename__ = "offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64), unique=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("provider.id"), index=True)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"), index=True)
    topics: Mapped[list[str]] = mapped_column(default=list)
    level: Mapped[str] = mapped_column(String(20), default="all", index=True)
    languages: Mapped[list[str]] = mapped_column(default=list)
    cost_cents: Mapped[int] = mapped_column(Integer, default=0, index=True)
    format: Mapped[str] = mapped_column(String(20), default="in_person")
    audience: Mapped[str] = mapped_column(String(40), default="adults")
    registration: Mapped[str] = mapped_column(String(20), default="required")
    capacity: Mapped[int | None] = mapped_column(Integer)
    prerequisites: Mapped[list[str]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    provider: Mapped[Provider] = relationship(back_populates="offers")
    venue: Mapped[Venue | None] = relationship()
    texts: Mapped[list[OfferText]] = relationship(
        back_populates="offer", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="offer", cascade="all, delete-orphan", order_by="Session.starts_at"
    )


class OfferText(Base):
    """An offer's title, description and what-to-bring in one language."""

    __tablename__ = "offer_text"

    offer_id: Mapped[int] = mapped_column(
        ForeignKey("offer.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    what_to_bring: Mapped[str] = mapped_column(Text, default="")

    offer: Mapped[Offer] = relationship(back_populates="texts")


class OfferTopic(Base):
    """One topic of an offer, kept as rows so a topic filter can use an index."""

    __tablename__ = "offer_topic"

    offer_id: Mapped[int] = mapped_column(
        ForeignKey("offer.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)

    __table_args__ = (Index("ix_offer_topic_topic", "topic", "offer_id"),)


class OfferLanguage(Base):
    """One language of instruction of an offer, kept as rows for the language filter."""

    __tablename__ = "offer_language"

    offer_id: Mapped[int] = mapped_column(
        ForeignKey("offer.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)

    __table_args__ = (Index("ix_offer_language_lang", "lang", "offer_id"),)


class Session(Base):
    """One dated meeting of an offer. Times are the city's local wall-clock time."""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64), unique=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id", ondelete="CASCADE"))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    # As last heard from the hub; the UI says "as of <seats_updated_at>".
    seats_left: Mapped[int | None] = mapped_column(Integer)
    seats_updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    offer: Mapped[Offer] = relationship(back_populates="sessions")
    venue: Mapped[Venue | None] = relationship()

    __table_args__ = (
        # Covering what search reads of a session, so it never visits the row (migration 0002).
        Index("ix_session_offer_starts", "offer_id", "starts_at", "cancelled", "venue_id"),
        Index("ix_session_starts", "starts_at", "offer_id", "cancelled", "venue_id"),
        Index("ix_session_venue_starts", "venue_id", "starts_at", "cancelled", "offer_id"),
    )


# --- what citizens leave (personal data: purged once the hub has it) ---------------------------


def _uuid() -> str:
    return str(uuid_mod.uuid4())


class Learner(Base):
    """The minimum the kiosk keeps about a citizen: a name or nickname and one optional contact."""

    __tablename__ = "learner"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=_uuid)
    display_name: Mapped[str] = mapped_column(String(100))
    contact_kind: Mapped[str] = mapped_column(String(10), default="none")  # phone | email | none
    contact: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="en")
    staff_assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)  # UTC


class LearningGoal(Base):
    """What a citizen wants to learn, and the conditions a pathway must respect."""

    __tablename__ = "learning_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=_uuid)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id", ondelete="SET NULL"))
    aim: Mapped[str] = mapped_column(String(40))
    own_words: Mapped[str] = mapped_column(Text, default="")
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    days: Mapped[list[str]] = mapped_column(default=list)
    times_of_day: Mapped[list[str]] = mapped_column(default=list)
    budget: Mapped[str] = mapped_column(String(20), default="free")
    learn_language: Mapped[str | None] = mapped_column(String(8))
    max_distance_km: Mapped[float | None] = mapped_column(Float)
    access_needs: Mapped[list[str]] = mapped_column(default=list)
    claim_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)  # UTC


class SignUp(Base):
    """A citizen's request for a place on an offer; the hub decides confirmed or waitlisted."""

    __tablename__ = "sign_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=_uuid)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id", ondelete="SET NULL"))
    offer_hub_id: Mapped[str] = mapped_column(String(64))
    session_hub_id: Mapped[str | None] = mapped_column(String(64))
    # provisional (until the hub answers) | confirmed | waitlisted | rejected | cancelled
    status: Mapped[str] = mapped_column(String(20), default="provisional")
    reason: Mapped[str | None] = mapped_column(Text)
    staff_assisted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)  # UTC
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class OutboxItem(Base):
    """A message waiting for the hub; written in the same transaction as what it reports."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)  # UTC
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("kind", "entity_uuid", name="uq_outbox_kind_entity"),
        Index("ix_outbox_pending", "sent_at", "id"),
    )


class SyncState(Base):
    """Small key/value facts about syncing: the catalogue cursor, the last good sync, ..."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
