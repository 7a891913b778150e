"""The outbox against the real hub: sign-ups commit with their message, reach the hub once, and
the hub's decision comes back."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from hub.models import LearningGoal as HubGoal
from hub.models import SignUp as HubSignUp
from kiosk.store.models import Learner, LearningGoal, OutboxItem, SignUp
from kiosk.sync.client import HubClient
from kiosk.sync.outbox import new_claim_code, push_outbox, record_cancellation, record_learning_goal, record_sign_up


def sign_up(store, offer="off-1", session="off-1-s0", name="Ana"):
    with Session(store) as s, s.begin():
        su = record_sign_up(s, offer_hub_id=offer, session_hub_id=session, display_name=name,
                            contact_kind="email", contact="ana@example.org", language="de")
        uuid = su.uuid
    return uuid


def hub_sign_ups(hub) -> dict[str, str]:
    with hub.db.read() as s:
        return {r.uuid: r.status for r in s.scalars(select(HubSignUp))}


def test_a_sign_up_and_its_outbox_message_commit_together_or_not_at_all(store) -> None:
    with pytest.raises(RuntimeError):
        with Session(store) as s, s.begin():
            record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana")
            raise RuntimeError("power cut before commit")
    with Session(store) as s:
        assert s.scalar(select(func.count()).select_from(SignUp)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxItem)) == 0
    uuid = sign_up(store)
    with Session(store) as s:
        item = s.scalar(select(OutboxItem))
        assert (item.kind, item.entity_uuid, item.sent_at) == ("sign_up", uuid, None)
        assert s.scalar(select(SignUp.status)) == "provisional"


def test_push_sends_in_order_and_writes_the_decisions_back(hub, store, client) -> None:
    ids = [sign_up(store, name=f"Citizen {n}") for n in range(3)]
    assert push_outbox(store, client) == 3
    with Session(store) as s:
        statuses = dict(s.execute(select(SignUp.uuid, SignUp.status)).all())
        assert s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None))) == 0
    assert [statuses[i] for i in ids] == ["confirmed", "confirmed", "waitlisted"]
    assert hub_sign_ups(hub) == statuses


def test_sending_again_after_a_crash_before_marking_sent_duplicates_nothing(hub, store, client) -> None:
    uuid = sign_up(store)
    push_outbox(store, client)
    with store.begin() as conn:  # as if the kiosk died after the hub answered, before storing it
        conn.execute(update(OutboxItem).values(sent_at=None))
        conn.execute(update(SignUp).values(status="provisional"))
    assert push_outbox(store, client) == 1
    assert hub_sign_ups(hub) == {uuid: "confirmed"}
    with Session(store) as s:
        assert s.scalar(select(SignUp.status)) == "confirmed"


def test_a_message_the_hub_refuses_is_marked_and_the_queue_moves_on(hub, store, client) -> None:
    bad = sign_up(store)
    with store.begin() as conn:  # content the hub's checks refuse
        conn.execute(update(OutboxItem).values(payload={"offer": "off-1", "learner": {"display_name": ""}}))
    good = sign_up(store, name="Ben")
    assert push_outbox(store, client) == 2
    with Session(store) as s:
        rows = {r.uuid: r for r in s.scalars(select(SignUp))}
        refused = s.scalar(select(OutboxItem).where(OutboxItem.entity_uuid == bad))
    assert rows[bad].status == "rejected" and rows[bad].reason
    assert refused.last_error.startswith("refused by the hub")
    assert rows[good].status == "confirmed"
    assert hub_sign_ups(hub) == {good: "confirmed"}


def test_a_wrong_token_stops_the_push_and_keeps_everything(hub, store) -> None:
    from kiosk.sync.client import HubUnauthorised

    sign_up(store)
    wrong = HubClient(hub.url, "wrong-token")
    with pytest.raises(HubUnauthorised):
        push_outbox(store, wrong)
    with Session(store) as s:
        item = s.scalar(select(OutboxItem))
        assert item.sent_at is None and item.attempts == 1 and item.last_error
    assert hub_sign_ups(hub) == {}


def test_cancellation_follows_its_sign_up(hub, store, client) -> None:
    uuid = sign_up(store)
    with Session(store) as s, s.begin():
        record_cancellation(s, uuid)
    push_outbox(store, client)
    assert hub_sign_ups(hub) == {uuid: "cancelled"}
    with Session(store) as s:
        assert s.scalar(select(SignUp.status)) == "cancelled"


def test_learning_goal_reaches_the_hub_and_its_page(hub, store, client) -> None:
    import requests

    with Session(store) as s, s.begin():
        learner = Learner(display_name="Ana")
        s.add(learner)
        s.flush()
        goal = LearningGoal(learner_id=learner.id, aim="digital_skills", own_words="video calls", days=["tue"])
        s.add(goal)
        record_learning_goal(s, goal, [{"offer": "off-2", "session": "off-2-s1", "note": None}], language="de")
        code = goal.claim_code
    assert code and len(code) == 9 and new_claim_code() != code
    assert push_outbox(store, client) == 1
    page = requests.get(f"{hub.url}/p/{code}", timeout=5)
    assert page.status_code == 200 and "Kurs Nummer 2" in page.text
    # An update is queued again and upserted.
    with Session(store) as s, s.begin():
        goal = s.scalar(select(LearningGoal))
        record_learning_goal(s, goal, [{"offer": "off-3"}], language="de")
    assert push_outbox(store, client) == 1
    assert "Kurs Nummer 3" in requests.get(f"{hub.url}/p/{code}", timeout=5).text


def test_every_answer_the_goal_screen_offers_is_accepted_by_the_hub(hub, store, client) -> None:
    """A goal with "a small fee is fine" was refused by the hub (the contract says "low"), while
    the citizen's screen said it was saved: every choice of every step must pass the contract."""
    from kiosk.gui.goalvm import ACCESS_NEEDS, AIMS, DAYS, DISTANCES_KM, HOURS, TIMES_OF_DAY
    from kiosk.locales import FORMAT_LOCALES
    from kiosk.pathways.request import BUDGETS

    goals = [dict(aim=aim) for aim in AIMS]
    goals += [dict(aim="digital", budget=budget) for budget in BUDGETS]
    goals += [dict(aim="digital", learn_language=lang) for lang in FORMAT_LOCALES]
    goals += [dict(aim="digital", hours_per_week=h, max_distance_km=km or None) for h, km in zip(HOURS, DISTANCES_KM)]
    goals += [dict(aim="digital", days=list(DAYS), times_of_day=list(TIMES_OF_DAY), access_needs=list(ACCESS_NEEDS))]
    codes = []
    with Session(store) as s, s.begin():
        for values in goals:
            learner = Learner(display_name="Ana")
            s.add(learner)
            s.flush()
            goal = LearningGoal(learner_id=learner.id, **values)
            s.add(goal)
            record_learning_goal(s, goal, [{"offer": "off-2"}], language="de")
            codes.append(goal.claim_code)
    assert push_outbox(store, client) == len(goals)
    with Session(store) as s:
        refused = s.scalars(select(OutboxItem.last_error).where(OutboxItem.last_error.is_not(None))).all()
    assert refused == []
    with hub.db.read() as s:
        assert set(s.scalars(select(HubGoal.claim_code))) == set(codes)
