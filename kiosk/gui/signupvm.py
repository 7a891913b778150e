"""The sign-up flow's view-model: name and one contact checked as typed, consent, one save."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.gui.worker import StoreWorker
from kiosk.signup.contact import NAME_MAX

STEPS = ("form", "consent", "done", "failed")
CONTACT_KINDS = ("phone", "email", "none")
TYPED_KINDS = ("phone", "email")  # the kinds with a text of their own
STATUS_POLL_MS = 3000  # how often the confirmation looks whether the hub has decided


class SignUpViewModel(QObject):
    """One citizen's sign-up for one session; ``reset`` forgets every bit of it.

    What the citizen typed (the name, and a text for each contact kind) stays across Back and
    other offers, so a slow typist does not lose it; it goes once the sign-up is saved and on
    ``reset`` (Start over, the idle timeout). Only the chosen kind's text is ever saved.
    """

    changed = Signal()  # any field, check or step
    savingChanged = Signal()
    statusChanged = Signal()

    def __init__(self, worker: StoreWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._poll = QTimer(self)
        self._poll.setInterval(STATUS_POLL_MS)
        self._poll.timeout.connect(self._ask_status)
        self._language = "en"
        self._request = 0  # the store request for the save or the status
        self._refresh = 0  # the one re-reading the offer in another language
        # The kiosk points this at staff mode: a sign-up submitted in it is staff-assisted.
        self.staff_assisted: Callable[[], bool] = lambda: False
        self._clear()

    def _clear(self) -> None:
        self._forget_typed()
        self._clear_attempt()
        # offer hub id -> (attempt, status) of the attempt that stands this visit (provisional,
        # confirmed or waitlisted): a later try at the same offer that fails does not undo it.
        self._stood: dict[str, tuple[str, str]] = {}
        self._offer: dict[str, Any] = {}
        self._session: dict[str, Any] = {}

    def _forget_typed(self) -> None:
        """The citizen's name and contacts: kept until a sign-up is saved, or reset."""
        self._name = ""
        self._contact_kind = ""
        self._contacts = dict.fromkeys(TYPED_KINDS, "")  # each kind's text, kept while switching

    def _clear_attempt(self) -> None:
        """Everything about one attempt at one offer (not what the citizen typed)."""
        self._poll.stop()
        self._worker.forget(self._request)
        self._worker.forget(self._refresh)
        self._consent = False
        self._step = "form"
        self._saving = False
        self._attempt: str | None = None
        self._saved: dict[str, Any] = {}
        self._status = ""
        self._reason = ""
        self._request = 0

    # --- properties ----------------------------------------------------------------------------

    def _get_offer(self) -> dict[str, Any]:
        return self._offer

    offer = Property("QVariantMap", _get_offer, notify=changed)

    def _get_session(self) -> dict[str, Any]:
        return self._session

    session = Property("QVariantMap", _get_session, notify=changed)

    def _get_name(self) -> str:
        return self._name

    def _set_name(self, value: str) -> None:
        if value != self._name:
            self._name = value
            self.changed.emit()

    name = Property(str, _get_name, _set_name, notify=changed)

    def _get_name_max_length(self) -> int:
        return NAME_MAX

    # The name rule's limit (kiosk.signup.contact): the field stops there.
    nameMaxLength = Property(int, _get_name_max_length, constant=True)

    def _get_contact_kind(self) -> str:
        return self._contact_kind

    def _set_contact_kind(self, value: str) -> None:
        if value in CONTACT_KINDS and value != self._contact_kind:
            self._contact_kind = value  # the other kind's text stays, for switching back
            self.changed.emit()

    contactKind = Property(str, _get_contact_kind, _set_contact_kind, notify=changed)

    def _get_contact(self) -> str:
        return self._contacts.get(self._contact_kind, "")

    def _set_contact(self, value: str) -> None:
        if self._contact_kind in TYPED_KINDS and value != self._contacts[self._contact_kind]:
            self._contacts[self._contact_kind] = value
            self.changed.emit()

    # The chosen kind's text ("" for none): the only contact shown for consent, saved and sent.
    contact = Property(str, _get_contact, _set_contact, notify=changed)

    def _check(self, which: str) -> Any:
        from kiosk.signup.contact import Check, check_contact, check_name

        if which == "name":
            return check_name(self._name)
        if not self._contact_kind:
            return Check("incomplete", "contact.choose", "Please choose how we can reach you.")
        return check_contact(self._contact_kind, self._get_contact())

    def _get_name_check(self) -> dict[str, str]:
        c = self._check("name")
        return {"state": c.state, "reason": c.reason, "message": c.message}

    # {"state": ok | incomplete | invalid, "reason": a key for the screen to translate, "message"};
    # contactCheck adds, for a good phone number, "number" in full and its "country".
    nameCheck = Property("QVariantMap", _get_name_check, notify=changed)

    def _get_contact_check(self) -> dict[str, str]:
        c = self._check("contact")
        shown = {"state": c.state, "reason": c.reason, "message": c.message, "number": "", "country": ""}
        if c.ok and self._contact_kind == "phone":
            from kiosk.signup.contact import phone_as_read

            shown["number"], shown["country"] = phone_as_read(c.value, self._language)
        return shown

    contactCheck = Property("QVariantMap", _get_contact_check, notify=changed)

    def _get_can_continue(self) -> bool:
        return self._check("name").ok and self._check("contact").ok

    canContinue = Property(bool, _get_can_continue, notify=changed)

    def _get_consent(self) -> bool:
        return self._consent

    def _set_consent(self, value: bool) -> None:
        if bool(value) != self._consent:
            self._consent = bool(value)
            self.changed.emit()

    consent = Property(bool, _get_consent, _set_consent, notify=changed)

    def _get_step(self) -> str:
        return self._step

    step = Property(str, _get_step, notify=changed)

    def _get_saving(self) -> bool:
        return self._saving

    saving = Property(bool, _get_saving, notify=savingChanged)

    def _get_saved(self) -> dict[str, Any]:
        return self._saved

    # What was stored: {"name", "contactKind", "contact", "reference"} (empty until saved).
    saved = Property("QVariantMap", _get_saved, notify=changed)

    def _get_status(self) -> str:
        return self._status

    status = Property(str, _get_status, notify=statusChanged)

    def _get_reason(self) -> str:
        return self._reason

    reason = Property(str, _get_reason, notify=statusChanged)

    def standing(self) -> tuple[str, str] | None:
        """(offer hub id, status) of this sign-up once it is saved; None before. Others that
        show it (the pathway, the basket) ask this on ``statusChanged``."""
        offer = self._offer.get("hubId", "")
        if not (offer and self._status and self._step == "done"):
            return None
        stood = self._stood.get(offer)
        if self._status == "rejected" and stood is not None and stood[0] != self._attempt:
            return offer, stood[1]  # another try that failed: the one that stands is the answer
        return offer, self._status

    # --- actions -------------------------------------------------------------------------------

    def begin(self, offer: dict[str, Any], session: dict[str, Any], language: str) -> None:
        """A new sign-up for ``session`` of ``offer``: nothing of an earlier attempt is kept but
        the name and contacts typed since the last saved sign-up."""
        self._clear_attempt()
        self._offer, self._session, self._language = dict(offer), dict(session), language
        self.changed.emit()
        self.savingChanged.emit()
        self.statusChanged.emit()

    def set_language(self, language: str) -> None:
        """The citizen switched language: the offer's title and date are read again in it (as
        the details screen does), and the sign-up is made in it."""
        if language == self._language:
            return
        self._language = language
        offer_id, session_id = self._offer.get("id"), self._session.get("hubId")
        if not offer_id:
            return
        from kiosk.catalogue.details import offer_details  # the core loads with the store

        def read(engine: Any) -> Any:
            with engine.connect() as conn:
                return offer_details(conn, offer_id, language)

        self._worker.forget(self._refresh)
        self._refresh = self._worker.call(read, lambda details: self._read_again(details, offer_id, session_id, language))

    def _read_again(self, details: Any, offer_id: int, session_id: str | None, language: str) -> None:
        if details is None or self._offer.get("id") != offer_id or language != self._language:
            return  # gone from the catalogue, or the citizen moved on: the last words stay
        from kiosk.gui.offerdetailvm import shape  # the details screen's words for the same dates

        offer = shape(details, language, {})
        self._offer.update(title=offer["title"], provider=offer["provider"])
        session = next((s for s in offer["sessions"] if s["hubId"] == session_id), None)
        if session is not None:  # started since, or beyond the listed dates: the last words stay
            self._session.update(day=session["day"], time=session["time"])
        self.changed.emit()

    @Slot()
    def toConsent(self) -> None:
        if self._step == "form" and self._get_can_continue():
            self._step, self._consent = "consent", False
            self._attempt = str(uuid.uuid4())  # one id per attempt: a repeated submit is the same
            self.changed.emit()

    @Slot()
    def back(self) -> None:
        if self._step == "consent" and not self._saving:
            self._step, self._consent, self._attempt = "form", False, None
            self.changed.emit()

    @Slot()
    def submit(self) -> None:
        """Save once: while saving, and after, further presses do nothing."""
        if self._step != "consent" or not self._consent or self._saving or self._attempt is None:
            return
        from kiosk.signup.save import SignUpAttempt, save_sign_up

        attempt = SignUpAttempt(
            uuid=self._attempt, offer_hub_id=self._offer.get("hubId", ""),
            session_hub_id=self._session.get("hubId") or None, name=self._name,
            # The chosen kind's text only: what was typed for another kind is never saved.
            contact_kind=self._contact_kind, contact=self._get_contact(), language=self._language,
            staff_assisted=self.staff_assisted(),
        )
        self._set_saving(True)
        self._request = self._worker.call(lambda engine: save_sign_up(engine, attempt), self._saved_ok, self._save_failed)

    def _saved_ok(self, saved: Any) -> None:
        self._set_saving(False)
        from kiosk.signup.contact import shown_phone

        # As the citizen writes it ("030 1234567"), not as the hub gets it ("+49301234567").
        contact = shown_phone(saved.contact) if saved.contact_kind == "phone" else saved.contact
        self._saved = {
            "name": saved.name, "contactKind": saved.contact_kind, "contact": contact,
            "reference": saved.uuid[:8].upper(),
        }
        self._step = "done"
        # Saved: the moment a citizen is most likely to walk away without Start over. The next
        # sign-up starts empty, so the next person never finds this one's name and number.
        self._forget_typed()
        self.changed.emit()
        self._set_status(saved.status, "")
        self._poll.start()

    def _save_failed(self, _exc: Exception) -> None:
        self._set_saving(False)
        self._step = "failed"  # the consent step can be tried again with the same attempt id
        self.changed.emit()

    @Slot()
    def retry(self) -> None:
        if self._step == "failed":
            self._step = "consent"
            self.changed.emit()
            self.submit()

    def _ask_status(self) -> None:
        if not self._attempt or self._step != "done":
            self._poll.stop()
            return
        from kiosk.signup.save import sign_up_status

        attempt = self._attempt
        self._request = self._worker.call(lambda engine: sign_up_status(engine, attempt), self._status_read)

    def _status_read(self, status_reason: tuple[str, str]) -> None:
        status, reason = status_reason
        if status:
            self._set_status(status, reason)
        if status not in ("", "provisional"):
            self._poll.stop()

    def stop(self) -> None:
        """The window closes: no more asking the store whether the hub has decided."""
        self._poll.stop()

    @Slot()
    def reset(self) -> None:
        """Forget the citizen's name, contacts and everything about this sign-up."""
        self._clear()
        self.changed.emit()
        self.savingChanged.emit()
        self.statusChanged.emit()

    def _set_saving(self, value: bool) -> None:
        if value != self._saving:
            self._saving = value
            self.savingChanged.emit()

    def _set_status(self, status: str, reason: str) -> None:
        if (status, reason) != (self._status, self._reason):
            self._status, self._reason = status, reason
            offer, stood = self._offer.get("hubId", ""), self._stood.get(self._offer.get("hubId", ""))
            if offer and self._attempt and status in ("provisional", "confirmed", "waitlisted"):
                self._stood[offer] = (self._attempt, status)
            elif stood is not None and stood[0] == self._attempt:
                del self._stood[offer]  # the hub turned down the sign-up that stood
            self.statusChanged.emit()
