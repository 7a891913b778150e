"""The kiosk's top view-model: which screen shows, the citizen's language, and the store's state."""

from __future__ import annotations

import logging
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.gui.worker import StoreWorker

if TYPE_CHECKING:
    from kiosk.gui.basketvm import BasketViewModel
    from kiosk.gui.discovervm import DiscoverViewModel
    from kiosk.gui.goalvm import GoalViewModel
    from kiosk.gui.offerdetailvm import OfferDetailsViewModel
    from kiosk.gui.pathwayvm import PathwayViewModel
    from kiosk.gui.signupvm import SignUpViewModel

log = logging.getLogger(__name__)

# Each language by its own name: a citizen looks for the word they can read.
NATIVE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "el": "Ελληνικά",
    "ro": "Română",
    "tr": "Türkçe",
    "uk": "Українська",
    "ar": "العربية",
}
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
SCREENS = ("attract", "discover", "details", "signup", "goal", "basket", "pathway")
FORM_SCREENS = ("signup", "goal")  # typing and choosing take longer: the longer idle limit


class IdleLimits:
    """Seconds of inactivity per kind of screen and of the countdown (kiosk.toml; tests shorten)."""

    def __init__(self, browse: float = 90, form: float = 240, warning: float = 30) -> None:
        self.browse, self.form, self.warning = browse, form, warning

    @classmethod
    def from_settings(cls, settings) -> IdleLimits:
        """The operator's limits, never below what a citizen needs (WCAG 2.2.1: >= 20 s warning)."""
        from kiosk.gui.idle import MIN_WARNING_SECONDS

        return cls(
            browse=max(15, settings.idle_browse_seconds),
            form=max(30, settings.idle_form_seconds, settings.idle_browse_seconds),
            warning=max(MIN_WARNING_SECONDS, settings.idle_warning_seconds),
        )


class KioskViewModel(QObject):
    """One per kiosk window; the screens read it and call its slots."""

    screenChanged = Signal()
    languageChanged = Signal()
    storeStateChanged = Signal()
    discoverChanged = Signal()
    journeyChanged = Signal()  # the journey's view-models were made (on the first touch)
    historyChanged = Signal()
    languagePickerChanged = Signal()
    defaultLanguageChanged = Signal()

    def __init__(
        self,
        worker: StoreWorker,
        languages: list[str] | None = None,
        default_language: str = "de",
        parent: QObject | None = None,
        idle: IdleLimits | None = None,
        retention_hours: int = 0,
        settings=None,  # kiosk.config.Settings: printing and pathways read theirs (None: defaults)
    ) -> None:
        super().__init__(parent)
        codes = [c for c in (languages or list(NATIVE_NAMES)) if c in NATIVE_NAMES] or ["en"]
        self._languages = [{"code": c, "name": NATIVE_NAMES[c]} for c in codes]
        self._default_language = default_language if default_language in codes else codes[0]
        self._language = self._default_language
        self._screen = "attract"
        self._store_state = "opening"  # opening | ready | failed
        self._offer_count = 0
        self._worker = worker
        # Made on the first touch, like the Discover screen: not on the way to the first frame.
        self._discover: DiscoverViewModel | None = None
        self._details: OfferDetailsViewModel | None = None
        self._sign_up: SignUpViewModel | None = None
        self._goal: GoalViewModel | None = None
        self._basket: BasketViewModel | None = None
        self._pathway: PathwayViewModel | None = None
        self._settings = settings
        self._history: list[str] = []
        self._language_picker = False
        self._limits = idle or IdleLimits()
        self._retention_hours = max(0, retention_hours)
        from kiosk.gui.idle import IdleWatcher

        self._idle = IdleWatcher(self._limits.warning, self)
        self._idle.expired.connect(self._idle_expired)
        from kiosk.gui.lockdown import Lockdown

        # The window's close guard (KioskWindow installs it); the staff screen's way out.
        self._lockdown = Lockdown(self)
        from kiosk.gui.accessvm import AccessViewModel
        from kiosk.gui.readaloudvm import ReadAloudViewModel

        # Easy-read, large text, high contrast (this citizen's only) and the speaker button.
        self._access = AccessViewModel(self)
        self._read_aloud = ReadAloudViewModel(self)
        from kiosk.gui.syncvm import SyncViewModel

        # The hub sync's state (kiosk/gui/syncvm.py); app.py connects it to the sync loop.
        self._sync = SyncViewModel(self._language, self)
        from kiosk.gui.staffvm import StaffViewModel

        # Staff mode: the PIN pad behind the hidden corner, the banner and the staff screen.
        self._staff = StaffViewModel(self, worker, self)
        from kiosk.gui.printvm import PrintViewModel

        # Printing the pathway sheet (kiosk/gui/printvm.py); the staff screen reprints through it.
        self._printing = PrintViewModel(worker, settings, self)
        self._printing.on_printer_state = self._sync.set_printer_state
        self._printing.large_print = lambda: self._access.fontScale > 1  # large text: a large-print sheet
        worker.opened.connect(self._store_opened)
        worker.failed.connect(self._store_failed)

    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=screenChanged)

    def _get_language(self) -> str:
        return self._language

    language = Property(str, _get_language, notify=languageChanged)

    def _get_format_locale(self) -> str:
        from kiosk.locales import format_locale

        return format_locale(self._language)

    # The locale QML writes dates and prices in (Qt.locale(kiosk.formatLocale)): en_GB, ar_AE, ...
    formatLocale = Property(str, _get_format_locale, notify=languageChanged)

    def _get_right_to_left(self) -> bool:
        return self._language in RIGHT_TO_LEFT

    rightToLeft = Property(bool, _get_right_to_left, notify=languageChanged)

    def _get_list_separator(self) -> str:
        return "، " if self._language == "ar" else ", "

    # What joins a day and its time, or the items of a list, in running text (Arabic has its own comma).
    listSeparator = Property(str, _get_list_separator, notify=languageChanged)

    def _get_languages(self) -> list[dict[str, str]]:
        return list(self._languages)

    languages = Property(list, _get_languages, constant=True)

    def _get_store_state(self) -> str:
        return self._store_state

    storeState = Property(str, _get_store_state, notify=storeStateChanged)

    def _get_offer_count(self) -> int:
        return self._offer_count

    offerCount = Property(int, _get_offer_count, notify=storeStateChanged)

    def _get_discover(self) -> DiscoverViewModel | None:
        return self._discover

    discover = Property(QObject, _get_discover, notify=discoverChanged)

    def _get_details(self) -> OfferDetailsViewModel | None:
        return self._details

    details = Property(QObject, _get_details, notify=journeyChanged)

    def _get_sign_up(self) -> SignUpViewModel | None:
        return self._sign_up

    signUp = Property(QObject, _get_sign_up, notify=journeyChanged)

    def _get_goal(self) -> GoalViewModel | None:
        return self._goal

    goal = Property(QObject, _get_goal, notify=journeyChanged)

    def _get_basket(self) -> BasketViewModel | None:
        return self._basket

    basket = Property(QObject, _get_basket, notify=journeyChanged)

    def _get_retention_hours(self) -> int:
        return self._retention_hours

    # Hours a citizen's name and contact stay on the kiosk after the hub has them (kiosk.toml).
    retentionHours = Property(int, _get_retention_hours, constant=True)

    def _get_idle(self) -> QObject:
        return self._idle

    idle = Property(QObject, _get_idle, constant=True)

    def _get_lockdown(self) -> QObject:
        return self._lockdown

    # kiosk.lockdown.exitToDesktop() is the only way out of the window (kiosk/gui/lockdown.py).
    lockdown = Property(QObject, _get_lockdown, constant=True)

    def _get_access(self) -> QObject:
        return self._access

    access = Property(QObject, _get_access, constant=True)

    def _get_read_aloud(self) -> QObject:
        return self._read_aloud

    readAloud = Property(QObject, _get_read_aloud, constant=True)

    def _get_sync(self) -> QObject:
        return self._sync

    # kiosk.sync.*: online, waiting, lastSyncClock, lastError, … and syncNow() (kiosk/gui/syncvm.py).
    sync = Property(QObject, _get_sync, constant=True)

    def _get_default_language(self) -> str:
        return self._default_language

    # The language a touch on the attract screen starts in (kiosk.toml; staff can change it).
    defaultLanguage = Property(str, _get_default_language, notify=defaultLanguageChanged)

    def set_default_language(self, language: str) -> bool:
        """Staff chose another default language (the staff view-model keeps it in kiosk.toml)."""
        if language not in [entry["code"] for entry in self._languages]:
            return False
        if language != self._default_language:
            self._default_language = language
            self.defaultLanguageChanged.emit()
            if self._screen == "attract":
                self._set_language(language)  # the attract screen speaks it from now on
        return True

    def _get_staff(self) -> QObject:
        return self._staff

    staff = Property(QObject, _get_staff, constant=True)

    def _get_pathway(self) -> PathwayViewModel | None:
        return self._pathway

    pathway = Property(QObject, _get_pathway, notify=journeyChanged)

    def _get_printing(self) -> QObject:
        return self._printing

    # kiosk.printing.*: state, message, errors, … printSheet(), reprintLast(), printTestPage().
    printing = Property(QObject, _get_printing, constant=True)

    def _get_can_go_back(self) -> bool:
        return bool(self._history)

    canGoBack = Property(bool, _get_can_go_back, notify=historyChanged)

    def _get_language_picker(self) -> bool:
        return self._language_picker

    def _set_language_picker(self, value: bool) -> None:
        if bool(value) != self._language_picker:
            self._language_picker = bool(value)
            self.languagePickerChanged.emit()

    # The language list over the current screen (from the language button on every screen).
    languagePicker = Property(bool, _get_language_picker, _set_language_picker, notify=languagePickerChanged)

    def _ensure_journey(self) -> None:
        if self._basket is not None:
            return
        from kiosk.gui.basketvm import BasketViewModel
        from kiosk.gui.goalvm import GoalViewModel
        from kiosk.gui.offerdetailvm import OfferDetailsViewModel
        from kiosk.gui.pathwayvm import PathwayViewModel
        from kiosk.gui.signupvm import SignUpViewModel

        self._sign_up = SignUpViewModel(self._worker, self)
        self._basket = BasketViewModel(self._sign_up, self)
        self._details = OfferDetailsViewModel(self._worker, self)
        self._goal = GoalViewModel(self._worker, self._basket.pathway, self)
        self._sign_up.staff_assisted = self._goal.staff_assisted = self._staff.is_active
        self._pathway = PathwayViewModel(self._worker, self._goal, self._basket, self._sign_up, self._settings, self)
        self._pathway.set_language(self._language)
        self._pathway.signUpWanted.connect(self._sign_up_from_pathway)
        self._printing.source = self._pathway.sheet_job
        self._pathway.newGoal.connect(self._printing.reset)
        for vm in (self._details, self._goal):
            vm.set_language(self._language)
        for vm in (self._sign_up, self._goal):
            self._wake_sync_when_saved(vm)
        self.journeyChanged.emit()

    def _wake_sync_when_saved(self, vm: QObject) -> None:
        """A sign-up or learning goal just reached "done" (stored with its outbox row): sync now."""
        done = [False]

        def changed() -> None:
            now = vm.step == "done"
            if now and not done[0]:
                self._sync.something_saved()
            done[0] = now

        vm.changed.connect(changed)

    def _ensure_discover(self) -> None:
        if self._discover is not None:
            return
        from kiosk.gui.discovervm import DiscoverViewModel

        self._discover = DiscoverViewModel(self._worker, self)
        self._discover.set_language(self._language)
        if self._store_state == "ready":
            self._discover.store_ready()
        self.discoverChanged.emit()

    @Slot(str)
    def start(self, language: str) -> None:
        """The citizen touched the attract screen (on a language, or anywhere: the default)."""
        codes = [entry["code"] for entry in self._languages]
        self._set_language(language if language in codes else self._default_language)
        self._ensure_discover()
        self._ensure_journey()
        self._history = []
        self._set_screen("discover")

    @Slot()
    def startOver(self) -> None:
        """Back to the attract screen with nothing of the last citizen left behind."""
        self._worker.forget_all()  # answers still on their way are for nobody now
        self._staff.lock()  # the next person at the kiosk is a citizen, not staff
        for vm in (self._discover, self._details, self._sign_up, self._goal, self._basket, self._pathway):
            if vm is not None:
                vm.reset()
        self._printing.reset()
        self._history = []
        self.historyChanged.emit()
        self._set_language_picker(False)
        self._read_aloud.reset()
        self._access.reset()
        self._set_language(self._default_language)
        self._set_screen("attract")

    @Slot(str)
    def setLanguage(self, language: str) -> None:
        """The language button on every screen: switch without losing the citizen's place."""
        if language in [entry["code"] for entry in self._languages]:
            self._set_language(language)
        self._set_language_picker(False)

    @Slot(int)
    def openOffer(self, offer_id: int) -> None:
        self._ensure_journey()
        assert self._details is not None
        self._details.show(offer_id)
        self._go("details")

    @Slot()
    def back(self) -> None:
        """One screen back; from the first screen after attract there is nowhere back to go."""
        if self._history:
            screen = self._history.pop()
            self.historyChanged.emit()
            self._set_screen(screen)

    @Slot()
    def openDiscover(self) -> None:
        self._go("discover")

    @Slot()
    def openBasket(self) -> None:
        self._ensure_journey()
        self._go("basket")

    @Slot()
    def addToPathway(self) -> None:
        """The offer on the details screen, with its chosen session, into the basket."""
        if self._details is not None and self._basket is not None and self._details.offer:
            self._basket.add(self._details.offer, self._details.selected)

    @Slot()
    def signUpForSelected(self) -> None:
        """Start a sign-up for the session chosen on the details screen (a fresh attempt)."""
        if self._details is None or self._sign_up is None or not self._details.offer:
            return
        self._sign_up.begin(self._details.offer, self._details.selected, self._language)
        self._go("signup")

    @Slot()
    def openPathway(self) -> None:
        """The pathway planned for the saved learning goal (planned again if it failed)."""
        self._ensure_journey()
        assert self._pathway is not None
        if self._pathway.state in ("idle", "failed"):
            self._pathway.plan()
        self._go("pathway")

    def _sign_up_from_pathway(self, offer: dict, session: dict) -> None:
        assert self._sign_up is not None
        self._sign_up.begin(offer, session, self._language)
        self._go("signup")

    @Slot()
    def startGoal(self) -> None:
        self._ensure_journey()
        assert self._goal is not None
        if self._goal.step == "done":
            self._goal.reset()
        self._go("goal")

    def _go(self, screen: str) -> None:
        if screen == self._screen or screen not in SCREENS:
            return
        if self._screen != "attract":
            # Back returns to where the citizen came from, and each screen is on the way back at
            # most once (an earlier visit of the new screen is cut): Back never goes round in circles.
            if screen in self._history:
                del self._history[self._history.index(screen):]
            if self._screen not in self._history:
                self._history.append(self._screen)
            self.historyChanged.emit()
        self._set_screen(screen)

    def _idle_limit(self) -> float | None:
        if self._screen == "attract":
            return None
        return self._limits.form if self._screen in FORM_SCREENS else self._limits.browse

    def _idle_expired(self) -> None:
        log.info("kiosk: idle limit reached on %s; starting over", self._screen)
        self.startOver()

    def open_store(self, path: Path, demo: bool) -> None:
        self._worker.open(path, demo)

    def _set_screen(self, screen: str) -> None:
        if screen in SCREENS and screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()
            self._idle.set_limit(self._idle_limit())

    def _set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            for vm in (self._discover, self._details, self._sign_up, self._goal, self._pathway):
                if vm is not None:
                    vm.set_language(language)
            self._sync.set_language(language)
            self.languageChanged.emit()

    def _store_opened(self, offers: int) -> None:
        self._store_state, self._offer_count = "ready", offers
        self.storeStateChanged.emit()
        if self._discover is not None:
            self._discover.store_ready()

    def _store_failed(self, message: str) -> None:
        log.error("store: %s", message)
        self._store_state = "failed"
        self.storeStateChanged.emit()
