"""One kiosk's token can neither read nor change another kiosk's sign-ups or learning goals
(real hub over loopback HTTP, SQLite and PostgreSQL). See also test_app.py's first look at this."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from hub.models import LearningGoal, SignUp

NAME, PHONE, WORDS = "Ana Isolationtest", "+49 170 5550001", "Ana's own private words"


def _sign_up(name=NAME, contact=PHONE, offer="off-1", session="off-1-s0"):
    return {"offer": offer, "session": session,
            "learner": {"display_name": name, "contact_kind": "phone", "contact": contact, "language": "de"}}


def _goal(claim="QW7P-3MHR", words=WORDS, offer="off-1"):
    return {"claim_code": claim, "language": "de", "goal": {"aim": "digital_skills", "own_words": words},
            "pathway": [{"offer": offer}]}


def _leaks(response) -> bool:
    return any(secret in response.text for secret in ("Isolationtest", "5550001", "private words", "QW7P"))


def test_another_kiosk_can_neither_read_nor_change_a_sign_up_or_goal(hub) -> None:
    a, b = hub.client("kiosk-a"), hub.client("kiosk-b")
    sid, gid = str(uuid.uuid4()), str(uuid.uuid4())
    assert a.put(f"{hub.url}/v1/sign-ups/{sid}", json=_sign_up(), timeout=5).status_code == 201
    assert a.put(f"{hub.url}/v1/learning-goals/{gid}", json=_goal(), timeout=5).status_code == 201
    with hub.db.read() as s:
        before_su = s.scalar(select(SignUp).where(SignUp.uuid == sid))
        before = (before_su.display_name, before_su.contact, before_su.status, before_su.seq, before_su.kiosk_id)
        before_goal = s.scalar(select(LearningGoal).where(LearningGoal.uuid == gid))
        goal_before = (before_goal.goal, before_goal.pathway, before_goal.kiosk_id, before_goal.updated_at)

    answers = [
        b.get(f"{hub.url}/v1/sign-ups/{sid}", timeout=5),
        b.delete(f"{hub.url}/v1/sign-ups/{sid}", timeout=5),
        # The same body (a replay of A's request) and a different one: both refused.
        b.put(f"{hub.url}/v1/sign-ups/{sid}", json=_sign_up(), timeout=5),
        b.put(f"{hub.url}/v1/sign-ups/{sid}", json=_sign_up("Mallory", "+49 170 6660000", "off-2", "off-2-s0"),
              timeout=5),
        b.put(f"{hub.url}/v1/learning-goals/{gid}", json=_goal(), timeout=5),
        b.put(f"{hub.url}/v1/learning-goals/{gid}", json=_goal(words="overwritten", offer="off-2"), timeout=5),
        b.put(f"{hub.url}/v1/learning-goals/{gid}", json=_goal(claim="MM7P-3MHR", words="overwritten"), timeout=5),
    ]
    assert [r.status_code for r in answers] == [404, 404, 422, 422, 422, 422, 422]
    assert not any(_leaks(r) for r in answers), [r.text for r in answers if _leaks(r)]

    # B's own views never list A's sign-up, not even after A cancels it (a new decision).
    assert a.delete(f"{hub.url}/v1/sign-ups/{sid}", timeout=5).json()["status"] == "cancelled"
    feed = b.get(f"{hub.url}/v1/sign-ups", params={"after": "0", "limit": 500}, timeout=5)
    assert feed.status_code == 200 and feed.json()["items"] == [] and not _leaks(feed)
    changes = b.get(f"{hub.url}/v1/changes", params={"after": "0", "limit": 500}, timeout=5)
    assert changes.status_code == 200 and not _leaks(changes)

    with hub.db.read() as s:
        su = s.scalar(select(SignUp).where(SignUp.uuid == sid))
        assert (su.display_name, su.contact, su.kiosk_id) == before[:2] + before[4:]
        assert su.status == "cancelled"  # by A, its owner
        goal = s.scalar(select(LearningGoal).where(LearningGoal.uuid == gid))
        assert (goal.goal, goal.pathway, goal.kiosk_id, goal.updated_at) == goal_before
        assert s.scalar(select(SignUp.id).where(SignUp.display_name == "Mallory")) is None
    assert a.get(f"{hub.url}/v1/sign-ups/{sid}", timeout=5).json()["status"] == "cancelled"
    assert before[2] == "confirmed"


def test_a_kiosk_cannot_pass_for_another(hub) -> None:
    """Only the token says who a kiosk is: a header or query naming another kiosk changes nothing."""
    a = hub.client("kiosk-a")
    sid = str(uuid.uuid4())
    assert a.put(f"{hub.url}/v1/sign-ups/{sid}", json=_sign_up(), timeout=5).status_code == 201
    b = hub.client("kiosk-b")
    for extra in ({"X-Kiosk": "kiosk-a"}, {"X-Kiosk-Id": "1"}, {"X-Forwarded-User": "kiosk-a"}):
        r = b.get(f"{hub.url}/v1/sign-ups/{sid}", headers=extra, timeout=5)
        assert r.status_code == 404 and not _leaks(r)
    r = b.get(f"{hub.url}/v1/sign-ups", params={"after": "0", "kiosk": "kiosk-a", "kiosk_id": 1}, timeout=5)
    assert r.status_code in (200, 422) and not _leaks(r)
    if r.status_code == 200:
        assert r.json()["items"] == []
