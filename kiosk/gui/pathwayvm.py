"""The planned pathway for the pathway screen: planned off the GUI thread, then swapped, trimmed, signed up for."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.config import Settings
from kiosk.gui.worker import StoreWorker

log = logging.getLogger(__name__)
DEMO_HUB_URL = "https://hub.example.org"  # the sheet's QR target when kiosk.toml names no hub
SIGNED_UP = ("provisional", "confirmed", "waitlisted")


class PathwayViewModel(QObject):
    """The pathway for the learning goal just saved; ``reset`` forgets it for the next citizen.

    ``steps`` (list, in date order), each: {"number", "offerId", "hubId", "title", "provider",
    "when", "where", "reason", "status", "canSignUp", "canChange", "alternatives": [{"title",
    "provider", "when", "where", "reason"}]}; status: none | drop_in | provisional | confirmed |
    waitlisted | rejected. ``canChange`` is False for a step the citizen is signed up for: it
    cannot be swapped or removed (the sheet must show it, and nothing may take its time).

    The pathway is planned again when the basket changes, or when the citizen signs up for an
    offer that is not a step yet: the citizen's own offers are always steps.
    """

    changed = Signal()
    # The sign-up flow for a step: offer {"id", "hubId", "title", "provider"}, session
    # {"hubId", "day", "time", "full"} (the shapes kiosk.gui.signupvm takes).
    signUpWanted = Signal("QVariantMap", "QVariantMap")
    # Planning began for another learning goal (a new claim code): what was printed for the last
    # one (its status, its QR on screen) no longer applies.
    newGoal = Signal()

    def __init__(self, worker: StoreWorker, goal: QObject, basket: QObject, sign_up: QObject,
                 settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._goal, self._basket, self._sign_up = goal, basket, sign_up
        self._settings = settings or Settings()
        self._language = "en"
        goal.changed.connect(self._goal_changed)
        sign_up.statusChanged.connect(self._sign_up_changed)
        basket.itemsChanged.connect(self._own_changed)
        # One look once the event loop is back: a sign-up changes the list and the sign-up's
        # status in two signals, which would plan twice, the first time with half the news.
        self._own_check = QTimer(self)
        self._own_check.setSingleShot(True)
        self._own_check.setInterval(0)
        self._own_check.timeout.connect(self._check_own)
        self._clear()

    def _clear(self) -> None:
        self._state = "idle"  # idle | planning | ready | failed
        self._pathway = None
        self._planned_for = ""  # the claim code of the goal planned for
        self._request_aim = "other"
        self._signed: dict[str, str] = {}  # offer hub id -> status, for sign-ups made on this visit
        self._signed_sessions: dict[str, str] = {}  # offer hub id -> the session signed up for
        self._planned_basket: tuple = ()  # the basket (offer, session) the pathway was planned with
        self._planned_booked: frozenset[str] = frozenset()  # and the offers signed up for
        self._signing = ""  # the offer hub id of a sign-up started from this screen
        self._clash = -1
        self._undo = None  # the pathway before the last removal (a touch can miss)
        self._removed = ""
        self._request = 0

    # --- properties ----------------------------------------------------------------------------

    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=changed)

    def _get_available(self) -> bool:
        return self._state != "idle"

    # A goal is saved and its pathway planned (or being planned): the pathway screen has content.
    available = Property(bool, _get_available, notify=changed)

    def _get_steps(self) -> list[dict[str, Any]]:
        if self._pathway is None:
            return []
        return [self._shape_step(s) for s in self._pathway.steps]

    steps = Property(list, _get_steps, notify=changed)

    def _get_complete(self) -> bool:
        return self._pathway is None or self._pathway.complete

    complete = Property(bool, _get_complete, notify=changed)

    def _get_shortfall(self) -> str:
        p = self._pathway
        return p.shortfall.text(self._language) if p is not None and p.shortfall is not None else ""

    # The planner's honest "we could not fill a pathway" ("" when it is complete).
    shortfall = Property(str, _get_shortfall, notify=changed)

    def _get_closest(self) -> list[dict[str, str]]:
        p = self._pathway
        if p is None:
            return []
        return [{"offerId": c.offer_id, "title": c.title, "provider": c.provider,
                 "why": "; ".join(r.text(self._language) for r in c.why_not)} for c in p.closest]

    # Offers that nearly fit, each with what stops it: [{"offerId", "title", "provider", "why"}].
    closest = Property(list, _get_closest, notify=changed)

    def _get_help(self) -> str:
        return self._settings.help_desk_in(self._language)

    # Who helps when the pathway cannot be filled, in the citizen's language where kiosk.toml's
    # help_desk has it ("" = the screen's default).
    helpContact = Property(str, _get_help, notify=changed)

    def _get_notes(self) -> list[str]:
        p = self._pathway
        return [n.text(self._language) for n in p.notes] if p is not None else []

    # Offers from the basket that could not be fitted in, and why; that too few offers are taught
    # in the language the citizen learns best in.
    notes = Property(list, _get_notes, notify=changed)

    def _get_unchecked(self) -> str:
        p = self._pathway
        return p.unchecked.text(self._language) if p is not None and p.unchecked is not None else ""

    # The citizen's needs no offer says anything about (childcare, sign language, easy language),
    # named, with whom to ask ("" when there are none).
    uncheckedNeeds = Property(str, _get_unchecked, notify=changed)

    def _get_clash(self) -> int:
        return self._clash

    # The step (from 0) whose swap was refused because it clashes with another step; -1 none.
    clashStep = Property(int, _get_clash, notify=changed)

    def _get_removed(self) -> str:
        return self._removed if self._undo is not None else ""

    # The title of the step just removed, while the removal can be undone ("" otherwise).
    removedTitle = Property(str, _get_removed, notify=changed)

    def _get_signing(self) -> str:
        return self._signing

    # The offer of a sign-up started from the pathway screen ("" otherwise).
    signingUpFor = Property(str, _get_signing, notify=changed)

    def _get_claim_code(self) -> str:
        return self._planned_for

    claimCode = Property(str, _get_claim_code, notify=changed)

    # --- actions -------------------------------------------------------------------------------

    @Slot()
    def plan(self) -> None:
        """Plan (again) for the saved goal and the basket, on the store thread."""
        saved = dict(self._goal.saved)
        if not saved.get("claimCode"):
            return
        from kiosk.pathways.planner import plan
        from kiosk.pathways.request import PlanRequest

        goal = SimpleNamespace(
            aim=saved["aim"], own_words=saved.get("ownWords", ""), hours_per_week=saved.get("hoursPerWeek") or None,
            days=saved.get("days", []), times_of_day=saved.get("timesOfDay", []), budget=saved.get("budget", "free"),
            learn_language=saved.get("learnLanguage") or None, max_distance_km=saved.get("distanceKm") or None,
            access_needs=saved.get("accessNeeds", []),
        )
        basket = self._basket_now()
        booked = tuple(hub_id for hub_id, status in self._signed.items() if status in SIGNED_UP)
        sessions = tuple(dict([*basket, *((h, self._signed_sessions.get(h, "")) for h in booked)]).items())
        request = PlanRequest.from_goal(goal, tuple(hub_id for hub_id, _ in basket), booked=booked, sessions=sessions)
        self._planned_basket, self._planned_booked = basket, frozenset(booked)
        origin = self._origin()
        lang, help_desk = self._language, self._settings.help_desk_in(self._language)

        def job(engine: Any) -> Any:
            with engine.connect() as conn:
                return plan(conn, request, origin=origin, lang=lang, help_contact=help_desk)

        self._worker.forget(self._request)
        another = saved["claimCode"] != self._planned_for
        self._planned_for, self._request_aim = saved["claimCode"], request.aim
        self._state, self._clash, self._undo = "planning", -1, None
        self.changed.emit()
        self._request = self._worker.call(job, self._planned, self._not_planned)
        if another:
            self.newGoal.emit()

    @Slot(int, int)
    def swap(self, step: int, alternative: int) -> None:
        """Step ``step`` (from 0) for its alternative ``alternative``; the old one becomes an alternative."""
        from kiosk.pathways.edit import Clash, swap

        if not self._changeable(step) or not 0 <= alternative < len(self._pathway.steps[step].alternatives):
            return
        try:
            self._pathway = swap(self._pathway, step, alternative)
            self._clash, self._undo = -1, None
        except Clash:
            self._clash = step
        self.changed.emit()

    @Slot(int)
    def remove(self, step: int) -> None:
        from kiosk.pathways.edit import remove

        if self._changeable(step):
            self._undo, self._removed = self._pathway, self._pathway.steps[step].choice.title
            self._pathway, self._clash = remove(self._pathway, step), -1
            self.changed.emit()

    @Slot()
    def undoRemove(self) -> None:
        """The step removed last comes back (once)."""
        if self._undo is not None and self._state == "ready":
            self._pathway, self._undo, self._clash = self._undo, None, -1
            self.changed.emit()

    @Slot(int)
    def signUp(self, step: int) -> None:
        """Start the kiosk's sign-up flow for the step's first date."""
        if not self._editable(step):
            return
        from babel.dates import format_date, format_time

        choice = self._pathway.steps[step].choice
        first = choice.first
        offer = {"id": choice.offer_id, "hubId": choice.offer_hub_id, "title": choice.title, "provider": choice.provider}
        session = {
            "hubId": first.session_hub_id, "full": False,
            "day": format_date(first.starts_at.date(), "full", locale=self._locale()),
            "time": f"{format_time(first.starts_at, 'HH:mm', locale=self._locale())}–"
                    f"{format_time(first.ends_at, 'HH:mm', locale=self._locale())}",
        }
        self._signing = choice.offer_hub_id
        self.changed.emit()
        self.signUpWanted.emit(offer, session)

    def sheet_job(self) -> Any:
        """What kiosk.printing needs to print this pathway's sheet (None before a pathway)."""
        from kiosk.gui.printvm import SheetJob

        if self._pathway is None or not self._planned_for:
            return None
        from kiosk.sheets.content import sheet_content

        pathway, lang, claim = self._pathway, self._language, self._planned_for
        aim, own_words = self._request_aim, self._goal.saved.get("ownWords", "")
        hub_url = self._settings.hub_url or DEMO_HUB_URL
        help_desk, signed = self._settings.help_desk_in(lang), dict(self._signed)

        def content(engine: Any) -> Any:
            with engine.connect() as conn:
                known = {**signed, **_latest_statuses(conn, list(signed))}
                statuses = {hub_id: status for hub_id, status in known.items() if status in SIGNED_UP}
                return sheet_content(conn, pathway, lang=lang, aim=aim, own_words=own_words, claim_code=claim,
                                     hub_url=hub_url, statuses=statuses, help_contact=help_desk)

        return SheetJob(content, claim, f"{hub_url.rstrip('/')}/p/{claim}", lang)

    def set_language(self, lang: str) -> None:
        if lang == self._language:
            return
        self._language = lang
        self.changed.emit()  # reasons and dates at once; the titles follow from the store
        if self._pathway is not None and self._state == "ready":
            from kiosk.pathways.edit import all_choices
            from kiosk.pathways.planner import _names

            ids = [c.offer_id for c in all_choices(self._pathway)]

            def job(engine: Any) -> dict[int, tuple[str, str]]:
                with engine.connect() as conn:
                    return _names(conn, ids, lang)

            self._worker.forget(self._request)
            self._request = self._worker.call(job, lambda names: self._retitle(lang, names))
        elif self._state == "planning":
            self.plan()  # the plan on its way names the offers in the old language

    def _retitle(self, lang: str, names: dict[int, tuple[str, str]]) -> None:
        from kiosk.pathways.edit import retitled

        if lang == self._language and self._pathway is not None:
            self._pathway = retitled(self._pathway, names)  # the citizen's swaps and removals stay
            self.changed.emit()

    @Slot()
    def reset(self) -> None:
        self._worker.forget(self._request)
        self._clear()
        self.changed.emit()

    # --- internals -----------------------------------------------------------------------------

    def _goal_changed(self) -> None:
        saved = self._goal.saved
        if self._goal.step == "done" and saved.get("claimCode") and saved["claimCode"] != self._planned_for:
            self.plan()  # planned while the citizen reads the claim code: ready when they look

    def _sign_up_changed(self) -> None:
        standing = self._sign_up.standing()
        if standing is not None and self._signed.get(standing[0]) != standing[1]:
            self._signed[standing[0]] = standing[1]
            session = (self._sign_up.session or {}).get("hubId")
            if session:
                self._signed_sessions[standing[0]] = session
            if standing[1] not in SIGNED_UP and self._pathway is not None:
                from kiosk.pathways.edit import released

                self._pathway = released(self._pathway, standing[0])  # not booked after all
            self.changed.emit()
            self._own_changed()

    def _basket_now(self) -> tuple[tuple[str, str], ...]:
        return tuple((i["hubId"], i.get("sessionHubId") or "") for i in self._basket.items)

    def _own_changed(self) -> None:
        self._own_check.start()

    def _check_own(self) -> None:
        """Plan again when the citizen's own offers changed since the pathway was planned: the
        basket (an offer or its date), or a sign-up for an offer that is not a step. A sign-up
        for a step (from this screen) keeps the pathway and the citizen's swaps as they are."""
        if not self._planned_for:
            return
        steps = {s.choice.offer_hub_id for s in self._pathway.steps} if self._pathway is not None else set()
        booked = {hub_id for hub_id, status in self._signed.items() if status in SIGNED_UP}
        now, before = self._basket_now(), self._planned_basket
        # An offer signed up for joins the basket (basketvm): already a step, it changes nothing.
        added = {hub_id for hub_id, _ in set(now) - set(before)} - steps
        if set(before) - set(now) or added or booked - self._planned_booked - steps:
            self.plan()

    def _planned(self, pathway: Any) -> None:
        self._pathway, self._state = pathway, "ready"
        self.changed.emit()

    def _not_planned(self, _exc: Exception) -> None:
        self._state = "failed"
        self.changed.emit()

    def _editable(self, step: int) -> bool:
        return self._state == "ready" and self._pathway is not None and 0 <= step < len(self._pathway.steps)

    def _changeable(self, step: int) -> bool:
        """Swappable and removable: not a step the citizen is signed up for."""
        return self._editable(step) and not self._booked(self._pathway.steps[step])

    def _booked(self, step: Any) -> bool:
        return step.booked or self._signed.get(step.choice.offer_hub_id) in SIGNED_UP

    def _origin(self) -> tuple[float, float] | None:
        location = self._settings.kiosk_location
        return (float(location[0]), float(location[1])) if len(location) == 2 else None

    def _locale(self) -> str:
        from kiosk.locales import format_locale

        return format_locale(self._language)

    def _shape_step(self, step: Any) -> dict[str, Any]:
        shaped = self._shape_choice(step.choice)
        status = self._signed.get(step.choice.offer_hub_id) or ("drop_in" if step.choice.registration == "drop_in" else "none")
        shaped.update(number=step.number, status=status, canSignUp=status in ("none", "rejected"),
                      canChange=not self._booked(step), alternatives=[self._shape_choice(a) for a in step.alternatives])
        return shaped

    def _shape_choice(self, choice: Any) -> dict[str, Any]:
        from babel.dates import format_time

        from kiosk.locales import comma, long_day

        loc, first = self._locale(), choice.first
        when = (f"{long_day(first.starts_at.date(), self._language)}{comma(self._language)}"
                f"{format_time(first.starts_at, 'HH:mm', locale=loc)}–{format_time(first.ends_at, 'HH:mm', locale=loc)}")
        venue = self._pathway.venues.get(first.venue_id) if first.venue_id is not None else None
        # The reason in a few words, without what the "when" and "where" lines already say.
        skip = {"weekly", "once", "online"}
        reason = comma(self._language).join(
            filter(None, (r.text(self._language) for r in choice.reasons if r.key not in skip)))
        return {
            "offerId": choice.offer_id, "hubId": choice.offer_hub_id, "title": choice.title,
            "provider": choice.provider, "when": when, "dates": len(choice.visits),
            "where": venue.name if venue is not None else "", "online": venue is None, "reason": reason,
            "weekly": next((r.text(self._language) for r in choice.reasons if r.key == "weekly"), ""),
        }


def _latest_statuses(conn: Any, offer_hub_ids: list[str]) -> dict[str, str]:
    """The store's newest sign-up status for each offer (the hub may have decided since)."""
    from sqlalchemy import text

    out: dict[str, str] = {}
    for hub_id in offer_hub_ids:
        status = conn.execute(
            text("SELECT status FROM sign_up WHERE offer_hub_id = :h ORDER BY id DESC LIMIT 1"), {"h": hub_id}
        ).scalar()
        if status:
            out[hub_id] = status
    return out
