"""Removes citizens' personal data from the kiosk once the hub has it (after a set retention)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, and_, delete, or_, select, update

from kiosk.store.models import LearningGoal, Learner, OutboxItem, SignUp
from kiosk.sync.outbox import GOAL, SIGN_UP


def purge_personal_data(engine: Engine, retention: dt.timedelta = dt.timedelta(0),
                        now: dt.datetime | None = None) -> int:
    """Delete learners whose every sign-up and goal the hub acknowledged at least ``retention``
    ago, empty those outbox messages and goals' own words; returns how many learners went."""
    cutoff = (now or dt.datetime.now(dt.UTC).replace(tzinfo=None)) - retention
    acknowledged = and_(OutboxItem.sent_at.is_not(None), OutboxItem.sent_at <= cutoff)
    pending = or_(OutboxItem.sent_at.is_(None), OutboxItem.sent_at > cutoff)

    def owners(model, kind, condition):
        return (select(model.learner_id)
                .join(OutboxItem, and_(OutboxItem.kind == kind, OutboxItem.entity_uuid == model.uuid))
                .where(model.learner_id.is_not(None), condition))

    with engine.begin() as conn:
        done = owners(SignUp, SIGN_UP, acknowledged).union(owners(LearningGoal, GOAL, acknowledged))
        waiting = owners(SignUp, SIGN_UP, pending).union(owners(LearningGoal, GOAL, pending))
        gone = conn.execute(
            delete(Learner).where(Learner.id.in_(done), Learner.id.not_in(waiting))
        ).rowcount
        emptied = conn.execute(
            update(OutboxItem).where(acknowledged, OutboxItem.payload != {}).values(payload={})).rowcount
        acked_goals = select(OutboxItem.entity_uuid).where(OutboxItem.kind == GOAL, acknowledged)
        emptied += conn.execute(
            update(LearningGoal).where(LearningGoal.uuid.in_(acked_goals), LearningGoal.own_words != "")
            .values(own_words="")).rowcount
    key = str(engine.url)
    if gone or emptied or key in _cut_owed:
        # The old pages (with the names) are still in the WAL until it is checkpointed and cut
        # back; secure_delete (kiosk/store/engine.py) has already zeroed them in the file itself.
        with engine.connect() as conn:
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()[0]
        if busy:  # a reader held an old snapshot: try again after the next round
            _cut_owed.add(key)
        else:
            _cut_owed.discard(key)
    return gone


_cut_owed: set[str] = set()  # stores whose WAL still holds purged pages
