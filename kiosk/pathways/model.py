"""The pathway the planner hands out: steps of real offers and sessions, reasons and alternatives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.pathways.reasons import Reason


@dataclass(frozen=True)
class Visit:
    """One session the citizen goes to."""

    session_hub_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_id: int | None

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class Choice:
    """An offer as placed in a pathway: which sessions, at what cost, and why it fits."""

    offer_id: int
    offer_hub_id: str
    title: str
    provider: str
    level: str
    cost_cents: int
    topics: tuple[str, ...]
    languages: tuple[str, ...]
    format: str
    registration: str
    visits: tuple[Visit, ...]  # the first is where the citizen starts; a course has the rest too
    reasons: tuple[Reason, ...] = ()

    @property
    def first(self) -> Visit:
        return self.visits[0]

    @property
    def last(self) -> Visit:
        return self.visits[-1]


@dataclass(frozen=True)
class Step:
    """One step of the pathway, with up to two offers that could take its place. A ``booked``
    step (the citizen signed up for it before planning) has none: it is a fact, not a suggestion."""

    number: int
    choice: Choice
    alternatives: tuple[Choice, ...] = ()
    booked: bool = False


@dataclass(frozen=True)
class Closest:
    """An offer that nearly fits, with what stops it, for an honest "we could not fill this"."""

    offer_hub_id: str
    title: str
    provider: str
    why_not: tuple[Reason, ...]
    offer_id: int = 0  # the store's id, so the screen can open the offer


@dataclass(frozen=True)
class Pathway:
    """The planner's answer. ``complete`` is False when fewer than MIN_STEPS fit; then
    ``shortfall`` says so, ``closest`` lists near misses and ``help`` points to a person.
    ``unchecked`` names the citizen's needs no offer says anything about (childcare…)."""

    steps: tuple[Step, ...]
    complete: bool
    notes: tuple[Reason, ...] = ()
    shortfall: Reason | None = None
    closest: tuple[Closest, ...] = ()
    help: Reason | None = None
    planned_at: dt.datetime | None = None
    total_cost_cents: int = 0
    venues: dict[int, VenueFacts] = field(default_factory=dict, hash=False)
    unchecked: Reason | None = None


@dataclass(frozen=True)
class VenueFacts:
    """What the pathway needs to know of a venue to judge distance and access."""

    id: int
    name: str
    latitude: float | None
    longitude: float | None
    step_free: bool
    hearing_loop: bool
    accessible_toilet: bool
