"""The seat authority: decides confirmed, waitlisted or rejected, and handles cancellations."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.db import next_seq
from hub.models import CatalogueEntry, SeatSession, SignUp, now
from hub.problems import ProblemError
from hub.schemas import SignUpRequest


def digest(payload: dict[str, Any]) -> str:
    """A fingerprint of a request's content, to tell a repeat from a different request."""
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def answer(su: SignUp) -> dict[str, Any]:
    return {
        "uuid": su.uuid, "offer": su.offer_hub_id, "session": su.session_hub_id,
        "status": su.status, "reason": su.reason,
        "decided_at": su.decided_at.isoformat(), "seq": su.seq,
    }


def _decide(session: Session, req: SignUpRequest) -> tuple[str, str | None]:
    offer = session.scalar(
        select(CatalogueEntry).where(CatalogueEntry.kind == "offer", CatalogueEntry.hub_id == req.offer)
    )
    if offer is None or offer.deleted:
        return "rejected", "This offer is no longer in the catalogue."
    if req.session is None:
        if (offer.record or {}).get("sessions"):
            return "rejected", "Please choose one of the offer's dates."
        return "confirmed", None
    seat = session.scalar(select(SeatSession).where(SeatSession.hub_id == req.session).with_for_update())
    if seat is None or seat.offer_hub_id != req.offer:
        return "rejected", "This date does not belong to the offer."
    if seat.gone:
        return "rejected", "This date has been cancelled."
    # Session times are the city's wall-clock time, like the hub's local clock.
    if seat.starts_at <= dt.datetime.now().replace(microsecond=0):
        return "rejected", "This date has already started."
    if seat.capacity is None:
        return "confirmed", None
    if seat.confirmed < seat.capacity:
        seat.confirmed += 1
        seat.seats_seq = next_seq(session)
        return "confirmed", None
    return "waitlisted", "All places are taken; you are on the waiting list."


def put_sign_up(session: Session, kiosk_id: int, uuid: str, req: SignUpRequest) -> tuple[dict[str, Any], bool]:
    """Create the sign-up, or return the first answer when the kiosk repeats the same request."""
    seq = next_seq(session)  # first: on PostgreSQL this queues writers behind one another
    fingerprint = digest(req.model_dump(mode="json"))
    existing = session.scalar(select(SignUp).where(SignUp.uuid == uuid))
    if existing is not None:
        if existing.kiosk_id != kiosk_id or existing.request_sha256 != fingerprint:
            raise ProblemError(422, "sign-up-id-reused",
                               "This sign-up id was already used for a different sign-up.")
        return existing.first_answer, False
    status, reason = _decide(session, req)
    stamp = now()
    su = SignUp(
        uuid=uuid, kiosk_id=kiosk_id, request_sha256=fingerprint, offer_hub_id=req.offer,
        session_hub_id=req.session, status=status, reason=reason,
        display_name=req.learner.display_name, contact_kind=req.learner.contact_kind,
        contact=req.learner.contact if req.learner.contact_kind != "none" else None,
        language=req.learner.language, staff_assisted=req.staff_assisted,
        created_at=stamp, decided_at=stamp, seq=seq, first_answer={},
    )
    su.first_answer = answer(su)
    session.add(su)
    return su.first_answer, True


def own_sign_up(session: Session, kiosk_id: int, uuid: str, lock: bool = False) -> SignUp:
    query = select(SignUp).where(SignUp.uuid == uuid, SignUp.kiosk_id == kiosk_id)
    su = session.scalar(query.with_for_update() if lock else query)
    if su is None:
        # The same answer whether it does not exist or belongs to another kiosk.
        raise ProblemError(404, "sign-up-not-found", "This kiosk has no sign-up with this id.")
    return su


def cancel_sign_up(session: Session, kiosk_id: int, uuid: str) -> dict[str, Any]:
    """Cancel a sign-up; a freed seat goes to the first on the waiting list."""
    seq = next_seq(session)
    su = own_sign_up(session, kiosk_id, uuid, lock=True)
    if su.status in ("cancelled", "rejected"):
        return answer(su)
    if su.status == "confirmed" and su.session_hub_id:
        seat = session.scalar(
            select(SeatSession).where(SeatSession.hub_id == su.session_hub_id).with_for_update()
        )
        if seat is not None and seat.capacity is not None:
            seat.confirmed = max(seat.confirmed - 1, 0)
            waiting = session.scalar(
                select(SignUp).where(SignUp.session_hub_id == su.session_hub_id,
                                     SignUp.status == "waitlisted").order_by(SignUp.id).limit(1)
                .with_for_update()
            )
            if waiting is not None and not seat.gone:
                waiting.status, waiting.reason = "confirmed", None
                waiting.decided_at, waiting.seq = now(), next_seq(session)
                seat.confirmed += 1
            seat.seats_seq = next_seq(session)
    su.status, su.reason, su.decided_at, su.seq = "cancelled", None, now(), seq
    return answer(su)
