"""Sign-ups and learning goals saved in staff mode reach the real hub marked staff-assisted;
those a citizen makes alone do not."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hub.models import LearningGoal as HubGoal
from hub.models import SignUp as HubSignUp
from kiosk.signup.save import GoalAttempt, SignUpAttempt, save_learning_goal, save_sign_up
from kiosk.sync.client import HubClient
from kiosk.sync.outbox import push_outbox


def _sign_up(engine, assisted: bool) -> str:
    attempt = SignUpAttempt(uuid=str(uuid.uuid4()), offer_hub_id="off-1", session_hub_id="off-1-s0",
                            name="Ana", contact_kind="none", contact="", language="en",
                            staff_assisted=assisted)
    return save_sign_up(engine, attempt).uuid


def _goal(engine, assisted: bool) -> str:
    attempt = GoalAttempt(uuid=str(uuid.uuid4()), aim="digital", pathway=({"offer": "off-2"},),
                          staff_assisted=assisted)
    return save_learning_goal(engine, attempt).uuid


def test_the_hub_records_who_was_helped_by_staff(hub, engine) -> None:
    helped, alone = _sign_up(engine, True), _sign_up(engine, False)
    helped_goal, alone_goal = _goal(engine, True), _goal(engine, False)
    client = HubClient(hub.url, hub.tokens["kiosk-a"], connect_timeout=2, read_timeout=5)
    try:
        assert push_outbox(engine, client) == 4
    finally:
        client.close()
    with hub.db.read() as s:
        sign_ups = {r.uuid: r.staff_assisted for r in s.scalars(select(HubSignUp))}
        goals = {r.uuid: r.staff_assisted for r in s.scalars(select(HubGoal))}
    assert sign_ups == {helped: True, alone: False}
    assert goals == {helped_goal: True, alone_goal: False}
