"""Saving sign-ups and learning goals on a real store: one transaction, once per attempt."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.signup.save import (
    GoalAttempt, Invalid, SignUpAttempt, read_learning_goal, save_learning_goal, save_sign_up, sign_up_status,
)
from kiosk.store.models import LearningGoal, Learner, OutboxItem, SignUp


def _count(engine, model) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def _attempt(**kw) -> SignUpAttempt:
    base = dict(uuid=str(uuid.uuid4()), offer_hub_id="o1", session_hub_id="o1-s0", name="  Ana  Lopez ",
                contact_kind="phone", contact="030 1234567", language="es")
    return SignUpAttempt(**{**base, **kw})


def test_a_sign_up_is_stored_with_its_outbox_row_and_cleaned_values(engine) -> None:
    saved = save_sign_up(engine, _attempt())
    assert saved.status == "provisional" and not saved.repeated
    assert saved.name == "Ana Lopez" and saved.contact == "+49301234567"
    with Session(engine) as s:
        item = s.scalar(select(OutboxItem))
        assert item.kind == "sign_up" and item.entity_uuid == saved.uuid
        assert item.payload["learner"]["contact"] == "+49301234567"
        assert s.scalar(select(Learner.display_name)) == "Ana Lopez"
    assert sign_up_status(engine, saved.uuid) == ("provisional", "")


def test_the_same_attempt_twice_writes_once(engine) -> None:
    attempt = _attempt()
    first, again = save_sign_up(engine, attempt), save_sign_up(engine, attempt)
    assert again.repeated and again.uuid == first.uuid
    assert (_count(engine, SignUp), _count(engine, Learner), _count(engine, OutboxItem)) == (1, 1, 1)
    save_sign_up(engine, _attempt())  # a new attempt is a new sign-up
    assert _count(engine, SignUp) == 2


def test_no_contact_is_allowed_and_bad_input_writes_nothing(engine) -> None:
    assert save_sign_up(engine, _attempt(contact_kind="none", contact="ignored")).contact == ""
    with pytest.raises(Invalid, match="phone"):
        save_sign_up(engine, _attempt(contact="12"))
    with pytest.raises(Invalid, match="name.empty"):
        save_sign_up(engine, _attempt(name="  "))
    assert _count(engine, SignUp) == 1 and _count(engine, OutboxItem) == 1


def test_a_learning_goal_is_stored_once_and_read_back(engine) -> None:
    attempt = GoalAttempt(
        uuid=str(uuid.uuid4()), aim="digital", own_words="  e-mails to my   grandson ", hours_per_week=3,
        days=("sat", "mon", "xyz"), times_of_day=("evening",), budget="small_fee", learn_language="uk",
        max_distance_km=5.0, access_needs=("step_free",), language="uk",
        pathway=({"offer": "o1", "session": "o1-s0", "note": None},),
    )
    saved = save_learning_goal(engine, attempt)
    assert save_learning_goal(engine, attempt) == saved
    assert saved.own_words == "e-mails to my grandson" and saved.days == ("mon", "sat")
    assert saved.budget == "small_fee" and saved.hours_per_week == 3 and len(saved.claim_code) == 9
    assert read_learning_goal(engine, attempt.uuid) == saved
    assert _count(engine, LearningGoal) == 1
    with Session(engine) as s:
        item = s.scalar(select(OutboxItem))
        assert item.kind == "learning_goal" and item.payload["pathway"] == [{"offer": "o1", "session": "o1-s0"}]
    with pytest.raises(Invalid):
        save_learning_goal(engine, GoalAttempt(uuid=str(uuid.uuid4()), aim="world_domination"))
