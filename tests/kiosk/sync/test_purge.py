"""Personal data leaves the kiosk once the hub has acknowledged it (after the retention)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.store.models import Learner, OutboxItem, SignUp
from kiosk.sync.outbox import push_outbox, record_sign_up
from kiosk.sync.purge import purge_personal_data


def _count(store, model) -> int:
    with Session(store) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_nothing_is_purged_before_the_hub_has_it(store) -> None:
    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana",
                       contact_kind="phone", contact="+49 170 1234")
    assert purge_personal_data(store) == 0
    assert _count(store, Learner) == 1


def test_acknowledged_personal_data_goes_at_once_by_default(hub, store, client) -> None:
    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana",
                       contact_kind="phone", contact="+49 170 1234")
    push_outbox(store, client)
    assert purge_personal_data(store) == 1
    assert _count(store, Learner) == 0
    with Session(store) as s:
        assert s.scalar(select(OutboxItem.payload)) == {}
        su = s.scalar(select(SignUp))
        assert su.status == "confirmed" and su.learner_id is None  # the decision stays to show


def test_a_retention_keeps_data_until_it_has_passed(hub, store, client) -> None:
    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana")
    push_outbox(store, client)
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert purge_personal_data(store, dt.timedelta(hours=2), now=later + dt.timedelta(hours=1)) == 0
    assert _count(store, Learner) == 1
    assert purge_personal_data(store, dt.timedelta(hours=2), now=later + dt.timedelta(hours=3)) == 1
    assert _count(store, Learner) == 0


def test_a_learner_with_something_still_waiting_is_kept(hub, store, client) -> None:
    with Session(store) as s, s.begin():
        first = record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana")
        learner_id = first.learner_id
    push_outbox(store, client)
    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-2", session_hub_id="off-2-s0", display_name="Ana",
                       learner=s.get(Learner, learner_id))
    assert purge_personal_data(store) == 0
    push_outbox(store, client)
    assert purge_personal_data(store) == 1
