"""The transactional outbox: what the kiosk records for the hub, and pushing it in order.

A sign-up and its outbox row are written in the caller's transaction, so both survive a power
cut or neither does. Pushing sends the oldest message first and marks it sent in the same
transaction that stores the hub's answer; a message sent twice is answered the same way twice
(the hub keys everything by the kiosk's UUID), so a crash between the two loses nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from typing import Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from kiosk.store.models import LearningGoal, Learner, OutboxItem, SignUp
from kiosk.sync.client import Decision, HubClient, HubRefused

log = logging.getLogger(__name__)
SIGN_UP, CANCEL, GOAL = "sign_up", "cancel_sign_up", "learning_goal"
CLAIM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by hand


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_claim_code() -> str:
    """A claim code like ``KX7P-3MHQ``: 40 random bits, easy to read off a sheet."""
    chars = "".join(secrets.choice(CLAIM_ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def record_sign_up(
    session: Session, *, offer_hub_id: str, session_hub_id: str | None, display_name: str,
    contact_kind: str = "none", contact: str | None = None, language: str = "en",
    staff_assisted: bool = False, learner: Learner | None = None, uuid: str | None = None,
) -> SignUp:
    """Add a provisional sign-up, its learner and its outbox message to ``session``.

    The caller commits (``with Session(engine) as s, s.begin(): record_sign_up(s, ...)``); the
    UI calls this off the GUI thread. Returns the sign-up (status ``provisional``). ``uuid`` is
    the client's id for this attempt (the UI makes one per attempt so a repeat is recognised).
    """
    if learner is None:
        learner = Learner(display_name=display_name, contact_kind=contact_kind, contact=contact,
                          language=language, staff_assisted=staff_assisted)
        session.add(learner)
        session.flush()
    sign_up = SignUp(learner_id=learner.id, offer_hub_id=offer_hub_id, session_hub_id=session_hub_id,
                     status="provisional", staff_assisted=staff_assisted)
    if uuid is not None:
        sign_up.uuid = uuid
    session.add(sign_up)
    session.flush()
    session.add(OutboxItem(kind=SIGN_UP, entity_uuid=sign_up.uuid, payload={
        "offer": offer_hub_id,
        "session": session_hub_id,
        "learner": {"display_name": display_name, "contact_kind": contact_kind,
                    "contact": contact if contact_kind != "none" else None, "language": language},
        "staff_assisted": staff_assisted,
    }))
    return sign_up


def record_cancellation(session: Session, sign_up_uuid: str) -> None:
    """Queue a cancellation; it goes after the sign-up itself because the outbox keeps order."""
    sign_up = session.scalar(select(SignUp).where(SignUp.uuid == sign_up_uuid))
    if sign_up is None:
        raise LookupError("no such sign-up on this kiosk")
    sign_up.status = "cancelled"
    if session.scalar(select(OutboxItem.id).where(OutboxItem.kind == CANCEL,
                                                  OutboxItem.entity_uuid == sign_up_uuid)) is None:
        session.add(OutboxItem(kind=CANCEL, entity_uuid=sign_up_uuid, payload={}))


# The goal screen's "a small fee is fine" is the contract's "low" (docs/hub-api.openapi.json).
HUB_BUDGETS = {"small_fee": "low"}


def record_learning_goal(session: Session, goal: LearningGoal, pathway: list[dict[str, Any]],
                         language: str = "en", staff_assisted: bool = False) -> None:
    """Queue a learning goal and its pathway (steps: ``{"offer", "session", "note"}``); an
    update of a goal already queued or sent is queued again and upserted by the hub."""
    if not goal.claim_code:
        goal.claim_code = new_claim_code()
    session.flush()
    payload = {
        "claim_code": goal.claim_code,
        "language": language,
        "goal": {
            "aim": goal.aim, "own_words": goal.own_words or "", "hours_per_week": goal.hours_per_week,
            "days": list(goal.days or []), "times_of_day": list(goal.times_of_day or []),
            "budget": HUB_BUDGETS.get(goal.budget, goal.budget), "learn_language": goal.learn_language,
            "max_distance_km": goal.max_distance_km, "access_needs": list(goal.access_needs or []),
        },
        "pathway": [{k: v for k, v in step.items() if k in ("offer", "session", "note") and v is not None}
                    for step in pathway],
        "staff_assisted": staff_assisted,
    }
    # A new row (not an update of the old one): a push already holding the old row then marks
    # a row that no longer exists, and the new content still goes out.
    session.execute(delete(OutboxItem).where(OutboxItem.kind == GOAL, OutboxItem.entity_uuid == goal.uuid))
    session.add(OutboxItem(kind=GOAL, entity_uuid=goal.uuid, payload=payload))


def waiting(engine: Engine) -> int:
    """How many messages have not reached the hub yet."""
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.sent_at.is_(None)))


def _apply_decision(s: Session, decision: Decision) -> None:
    sign_up = s.scalar(select(SignUp).where(SignUp.uuid == decision.uuid))
    if sign_up is None:
        return
    if sign_up.status == "cancelled" and decision.status != "cancelled":
        return  # the citizen cancelled here; the cancellation is on its way
    sign_up.status, sign_up.reason = decision.status, decision.reason
    sign_up.decided_at = decision.decided_at or _now()


def _send(client: HubClient, item: OutboxItem) -> Decision | None:
    if item.kind == SIGN_UP:
        return client.put_sign_up(item.entity_uuid, item.payload)
    if item.kind == CANCEL:
        return client.cancel_sign_up(item.entity_uuid)
    if item.kind == GOAL:
        client.put_learning_goal(item.entity_uuid, item.payload)
        return None
    raise HubRefused(0, f"unknown outbox message kind {item.kind!r}")


def _store(engine: Engine, done: list[tuple[OutboxItem, Decision | HubRefused | None]],
           failed: OutboxItem | None = None, error: Exception | None = None) -> None:
    """Write the hub's answers (and a failed try) in one transaction."""
    with Session(engine) as s, s.begin():
        for item, outcome in done:
            mark = update(OutboxItem).where(OutboxItem.id == item.id, OutboxItem.sent_at.is_(None))
            if isinstance(outcome, HubRefused):
                s.execute(mark.values(sent_at=_now(), last_error=f"refused by the hub: {outcome}",
                                      attempts=OutboxItem.attempts + 1))
                if item.kind == SIGN_UP:
                    s.execute(update(SignUp).where(SignUp.uuid == item.entity_uuid).values(
                        status="rejected", reason=str(outcome), decided_at=_now()))
                continue
            if outcome is not None:
                _apply_decision(s, outcome)
            s.execute(mark.values(sent_at=_now(), last_error=None))
        if failed is not None:
            s.execute(update(OutboxItem).where(OutboxItem.id == failed.id).values(
                attempts=OutboxItem.attempts + 1, last_error=str(error)[:300]))


def push_outbox(engine: Engine, client: HubClient, limit: int | None = None, batch: int = 50) -> int:
    """Send waiting messages oldest first until none is left; returns how many were sent.

    Answers are stored every ``batch`` messages (one commit, one fsync, instead of one each): a
    crash before that commit only means those messages are sent again, and the hub answers a
    repeat with its first answer. A HubError other than HubRefused stops the push (the caller
    backs off) with the message left in place; HubRefused marks that one message as refused so
    the queue moves on.
    """
    sent = 0
    while limit is None or sent < limit:
        size = batch if limit is None else min(batch, limit - sent)
        with Session(engine, expire_on_commit=False) as s:
            items = s.scalars(select(OutboxItem).where(OutboxItem.sent_at.is_(None))
                              .order_by(OutboxItem.id).limit(size)).all()
        if not items:
            return sent
        done: list[tuple[OutboxItem, Decision | HubRefused | None]] = []
        for item in items:
            try:
                done.append((item, _send(client, item)))
            except HubRefused as exc:
                log.warning("sync: the hub refused outbox message %d (%s): %s", item.id, item.kind, exc)
                done.append((item, exc))
            except Exception as exc:
                _store(engine, done, item, exc)
                raise
        _store(engine, done)
        sent += len(done)
    return sent
