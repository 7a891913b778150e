"""Saving what the citizen gave (a sign-up, a learning goal) with its outbox row, once per attempt."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kiosk.signup.contact import check_contact, check_name
from kiosk.store.models import LearningGoal, SignUp
from kiosk.store.turns import citizen_write
from kiosk.sync.outbox import record_learning_goal, record_sign_up

AIMS = (
    "find_job", "change_job", "learn_german", "other_language", "digital", "children",
    "health", "culture", "community", "other",
)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TIMES_OF_DAY = ("morning", "afternoon", "evening")
BUDGETS = ("free", "small_fee")
ACCESS_NEEDS = ("step_free", "hearing_loop", "accessible_toilet", "childcare", "sign_language", "easy_language")


class Invalid(ValueError):
    """What the citizen gave does not pass the checks the form showed (a reason key)."""


@dataclass(frozen=True)
class SignUpAttempt:
    """One press of "Sign me up": ``uuid`` is made once per attempt, so repeats are the same."""

    uuid: str
    offer_hub_id: str
    session_hub_id: str | None
    name: str
    contact_kind: str
    contact: str
    language: str
    staff_assisted: bool = False  # made in staff mode, on the citizen's behalf


@dataclass(frozen=True)
class SavedSignUp:
    uuid: str
    status: str  # provisional until the hub decides; then confirmed | waitlisted | rejected
    name: str
    contact_kind: str
    contact: str  # as stored (+E.164 phone, normalised e-mail), "" for none
    repeated: bool  # this attempt had already been saved: nothing new was written


def save_sign_up(engine: Engine, attempt: SignUpAttempt) -> SavedSignUp:
    """Check again, then write the sign-up and its outbox row in one transaction (idempotent)."""
    name = check_name(attempt.name)
    if not name.ok:
        raise Invalid(name.reason)
    contact = check_contact(attempt.contact_kind, attempt.contact)
    if not contact.ok:
        raise Invalid(contact.reason)
    with citizen_write(), Session(engine) as s, s.begin():
        existing = s.scalar(select(SignUp).where(SignUp.uuid == attempt.uuid))
        if existing is not None:
            return SavedSignUp(existing.uuid, existing.status, name.value, attempt.contact_kind, contact.value, True)
        sign_up = record_sign_up(
            s, offer_hub_id=attempt.offer_hub_id, session_hub_id=attempt.session_hub_id,
            display_name=name.value, contact_kind=attempt.contact_kind,
            contact=contact.value or None, language=attempt.language, uuid=attempt.uuid,
            staff_assisted=attempt.staff_assisted,
        )
        return SavedSignUp(sign_up.uuid, sign_up.status, name.value, attempt.contact_kind, contact.value, False)


def sign_up_status(engine: Engine, uuid: str) -> tuple[str, str]:
    """The sign-up's status and the hub's reason (both "" when it is gone, e.g. purged)."""
    with Session(engine) as s:
        row = s.execute(select(SignUp.status, SignUp.reason).where(SignUp.uuid == uuid)).first()
    return (row[0], row[1] or "") if row else ("", "")


@dataclass(frozen=True)
class GoalAttempt:
    """The learning goal as the guided steps collected it; ``uuid`` is made once per attempt."""

    uuid: str
    aim: str
    own_words: str = ""
    hours_per_week: int | None = None
    days: tuple[str, ...] = ()
    times_of_day: tuple[str, ...] = ()
    budget: str = "free"
    learn_language: str | None = None
    max_distance_km: float | None = None
    access_needs: tuple[str, ...] = ()
    language: str = "en"
    pathway: tuple[dict, ...] = field(default_factory=tuple)  # {"offer", "session", "note"}
    staff_assisted: bool = False  # made in staff mode, on the citizen's behalf


@dataclass(frozen=True)
class SavedGoal:
    """The goal as stored, read back from the store for the confirmation screen."""

    uuid: str
    claim_code: str
    aim: str
    own_words: str
    hours_per_week: int | None
    days: tuple[str, ...]
    times_of_day: tuple[str, ...]
    budget: str
    learn_language: str | None
    max_distance_km: float | None
    access_needs: tuple[str, ...]


OWN_WORDS_MAX = 300


def save_learning_goal(engine: Engine, attempt: GoalAttempt) -> SavedGoal:
    """Write the goal and its outbox row in one transaction; the same attempt twice writes once."""
    if attempt.aim not in AIMS:
        raise Invalid("goal.aim")
    if attempt.budget not in BUDGETS:
        raise Invalid("goal.budget")
    own_words = " ".join(attempt.own_words.split())[:OWN_WORDS_MAX]
    with citizen_write(), Session(engine) as s, s.begin():
        goal = s.scalar(select(LearningGoal).where(LearningGoal.uuid == attempt.uuid))
        if goal is None:
            goal = LearningGoal(
                uuid=attempt.uuid, aim=attempt.aim, own_words=own_words,
                hours_per_week=attempt.hours_per_week,
                days=[d for d in DAYS if d in attempt.days],
                times_of_day=[t for t in TIMES_OF_DAY if t in attempt.times_of_day],
                budget=attempt.budget, learn_language=attempt.learn_language,
                max_distance_km=attempt.max_distance_km,
                access_needs=[a for a in ACCESS_NEEDS if a in attempt.access_needs],
            )
            s.add(goal)
            record_learning_goal(s, goal, [dict(step) for step in attempt.pathway], attempt.language,
                                 staff_assisted=attempt.staff_assisted)
    return read_learning_goal(engine, attempt.uuid)


def read_learning_goal(engine: Engine, uuid: str) -> SavedGoal:
    """The goal as the store holds it (what the confirmation screen reads back)."""
    with Session(engine) as s:
        goal = s.scalar(select(LearningGoal).where(LearningGoal.uuid == uuid))
        if goal is None:
            raise LookupError("no such learning goal on this kiosk")
        return SavedGoal(
            goal.uuid, goal.claim_code or "", goal.aim, goal.own_words or "", goal.hours_per_week,
            tuple(goal.days or ()), tuple(goal.times_of_day or ()), goal.budget, goal.learn_language,
            goal.max_distance_km, tuple(goal.access_needs or ()),
        )
