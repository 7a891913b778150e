"""After the hub has a sign-up and the purge ran, the citizen's name and contact are nowhere in
the store's files: not in the database (free pages included), not in its WAL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import Learner, LearningGoal
from kiosk.sync.client import HubClient
from kiosk.sync.outbox import push_outbox, record_learning_goal, record_sign_up
from kiosk.sync.purge import purge_personal_data

NAME = "Qwertzuiop Purgetest"
PHONE = "+4915198765432"
WORDS = "Qwertzuiop wants to learn pottery"
NEEDLES = (b"qwertzuiop", b"purgetest", b"15198765432")


def store_bytes(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes().lower() for p in path.parent.glob(path.name + "*")}


def hits(path: Path) -> list[str]:
    return [f"{name}: {needle!r}" for name, data in store_bytes(path).items() for needle in NEEDLES if needle in data]


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)  # the kiosk's store is what is looked at
def test_purged_names_leave_no_trace_in_the_database_or_its_wal(hub, tmp_path) -> None:
    path = tmp_path / "data" / "kiosk.sqlite"
    store = make_engine(path)
    upgrade(store)
    with Session(store) as s, s.begin():
        sign_up = record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name=NAME,
                                 contact_kind="phone", contact=PHONE)
        goal = LearningGoal(aim="other", own_words=WORDS, learner_id=sign_up.learner_id)
        s.add(goal)
        record_learning_goal(s, goal, [], "en")
    assert hits(path), "the test's needles must be found before the purge, or it proves nothing"
    client = HubClient(hub.url, hub.tokens["kiosk-a"])
    try:
        push_outbox(store, client)
    finally:
        client.close()
    assert purge_personal_data(store) == 1
    with Session(store) as s:
        assert s.scalar(select(func.count()).select_from(Learner)) == 0
    assert hits(path) == []
    store.dispose()
    assert hits(path) == []


def test_nothing_acknowledged_nothing_purged_and_the_name_stays(tmp_path) -> None:
    """The other side: a sign-up the hub has not got is kept whole (it must still be sent)."""
    path = tmp_path / "kiosk.sqlite"
    store = make_engine(path)
    upgrade(store)
    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name=NAME)
    assert purge_personal_data(store) == 0
    with Session(store) as s:
        assert s.scalar(select(Learner.display_name)) == NAME
    store.dispose()
