"""The learning goal's guided steps: one small question per step, saved once, read back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.gui.worker import StoreWorker

# Same keys as kiosk.signup.save (kept here so the screen needs no core import; a test compares).
AIMS = (
    "find_job", "change_job", "learn_german", "other_language", "digital", "children",
    "health", "culture", "community", "other",
)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TIMES_OF_DAY = ("morning", "afternoon", "evening")
ACCESS_NEEDS = ("step_free", "hearing_loop", "accessible_toilet", "childcare", "sign_language", "easy_language")
HOURS = (1, 2, 4, 6, 10)
DISTANCES_KM = (1, 3, 5, 10, 0)  # 0: any distance
STEPS = ("aim", "words", "hours", "when", "budget", "language", "distance", "access", "review", "done")


class GoalViewModel(QObject):
    """The citizen's learning goal while it is being put together; ``reset`` forgets it."""

    changed = Signal()
    savingChanged = Signal()

    def __init__(self, worker: StoreWorker, pathway: Callable[[], list[dict[str, Any]]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._pathway = pathway  # the basket's offers, sent with the goal
        self._language = "en"
        # The kiosk points this at staff mode: a goal saved in it is staff-assisted.
        self.staff_assisted: Callable[[], bool] = lambda: False
        self._clear()

    def _clear(self) -> None:
        self._step = "aim"
        self._aim = ""
        self._own_words = ""
        self._hours = 0
        self._days: list[str] = []
        self._times: list[str] = []
        self._budget = ""
        self._learn_language = ""
        self._distance = -1
        self._access: list[str] = []
        self._attempt: str | None = None
        self._saving = False
        self._saved: dict[str, Any] = {}
        self._failed = False
        self._request = 0

    def _simple(attr: str, kind: type, notify: Signal):  # noqa: N805  (builds a read-write property)
        def get(self):
            value = getattr(self, attr)
            return list(value) if isinstance(value, list) else value

        def set_(self, value):
            if value != getattr(self, attr):
                setattr(self, attr, value)
                self.changed.emit()

        return Property(kind, get, set_, notify=notify)

    aim = _simple("_aim", str, changed)
    ownWords = _simple("_own_words", str, changed)
    hoursPerWeek = _simple("_hours", int, changed)
    budget = _simple("_budget", str, changed)
    learnLanguage = _simple("_learn_language", str, changed)
    distanceKm = _simple("_distance", int, changed)  # -1: not chosen, 0: any distance
    del _simple

    def _get_step(self) -> str:
        return self._step

    step = Property(str, _get_step, notify=changed)

    def _get_index(self) -> int:
        return STEPS.index(self._step)

    stepIndex = Property(int, _get_index, notify=changed)
    stepCount = Property(int, lambda self: len(STEPS) - 1, constant=True)  # the questions and the review

    def _get_days(self) -> list[str]:
        return list(self._days)

    days = Property(list, _get_days, notify=changed)

    def _get_times(self) -> list[str]:
        return list(self._times)

    timesOfDay = Property(list, _get_times, notify=changed)

    def _get_access(self) -> list[str]:
        return list(self._access)

    accessNeeds = Property(list, _get_access, notify=changed)

    aims = Property(list, lambda self: list(AIMS), constant=True)
    allDays = Property(list, lambda self: list(DAYS), constant=True)
    allTimes = Property(list, lambda self: list(TIMES_OF_DAY), constant=True)
    allAccessNeeds = Property(list, lambda self: list(ACCESS_NEEDS), constant=True)
    hourChoices = Property(list, lambda self: list(HOURS), constant=True)
    distanceChoices = Property(list, lambda self: list(DISTANCES_KM), constant=True)

    def _get_saving(self) -> bool:
        return self._saving

    saving = Property(bool, _get_saving, notify=savingChanged)

    def _get_saved(self) -> dict[str, Any]:
        return self._saved

    # The goal as read back from the store after saving (empty before).
    saved = Property("QVariantMap", _get_saved, notify=changed)

    def _get_failed(self) -> bool:
        return self._failed

    failed = Property(bool, _get_failed, notify=changed)

    def _get_can_go_on(self) -> bool:
        # Only the aim is needed; every other step can be skipped ("I don't know yet").
        return self._step != "aim" or bool(self._aim)

    canGoOn = Property(bool, _get_can_go_on, notify=changed)

    # --- actions -------------------------------------------------------------------------------

    @Slot(str)
    def toggleDay(self, day: str) -> None:
        self._toggle(self._days, day, DAYS)

    @Slot(str)
    def toggleTime(self, time: str) -> None:
        self._toggle(self._times, time, TIMES_OF_DAY)

    @Slot(str)
    def toggleAccess(self, need: str) -> None:
        self._toggle(self._access, need, ACCESS_NEEDS)

    @Slot()
    def next(self) -> None:
        i = STEPS.index(self._step)
        if self._get_can_go_on() and i < STEPS.index("review"):
            self._step = STEPS[i + 1]
            if self._step == "review":
                self._attempt = str(uuid.uuid4())  # one id per attempt: saving twice writes once
            self.changed.emit()

    @Slot()
    def previous(self) -> None:
        i = STEPS.index(self._step)
        if 0 < i <= STEPS.index("review") and not self._saving:
            self._step = STEPS[i - 1]
            self.changed.emit()

    @Slot(str)
    def goTo(self, step: str) -> None:
        """From the review: change one answer."""
        if step in STEPS[:STEPS.index("review")] and self._step == "review" and not self._saving:
            self._step = step
            self.changed.emit()

    @Slot()
    def save(self) -> None:
        if self._step != "review" or self._saving or self._attempt is None:
            return
        from kiosk.signup.save import GoalAttempt, save_learning_goal

        attempt = GoalAttempt(
            uuid=self._attempt, aim=self._aim, own_words=self._own_words,
            hours_per_week=self._hours or None, days=tuple(self._days), times_of_day=tuple(self._times),
            budget=self._budget or "free", learn_language=self._learn_language or None,
            max_distance_km=float(self._distance) if self._distance > 0 else None,
            access_needs=tuple(self._access), language=self._language,
            pathway=tuple(self._pathway()), staff_assisted=self.staff_assisted(),
        )
        self._failed = False
        self._set_saving(True)
        self.changed.emit()
        self._request = self._worker.call(lambda engine: save_learning_goal(engine, attempt), self._stored, self._not_stored)

    def _stored(self, goal: Any) -> None:
        self._set_saving(False)
        self._saved = {
            "claimCode": goal.claim_code, "aim": goal.aim, "ownWords": goal.own_words,
            "hoursPerWeek": goal.hours_per_week or 0, "days": list(goal.days),
            "timesOfDay": list(goal.times_of_day), "budget": goal.budget,
            "learnLanguage": goal.learn_language or "",
            "distanceKm": int(goal.max_distance_km or 0), "accessNeeds": list(goal.access_needs),
        }
        self._step = "done"
        self.changed.emit()

    def _not_stored(self, _exc: Exception) -> None:
        self._set_saving(False)
        self._failed = True
        self.changed.emit()

    def set_language(self, lang: str) -> None:
        self._language = lang

    @Slot()
    def reset(self) -> None:
        self._worker.forget(self._request)
        self._clear()
        self.changed.emit()
        self.savingChanged.emit()

    def _toggle(self, chosen: list[str], key: str, allowed: tuple[str, ...]) -> None:
        if key not in allowed:
            return
        if key in chosen:
            chosen.remove(key)
        else:
            chosen.append(key)
        chosen.sort(key=allowed.index)
        self.changed.emit()

    def _set_saving(self, value: bool) -> None:
        if value != self._saving:
            self._saving = value
            self.savingChanged.emit()
