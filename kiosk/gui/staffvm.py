"""Staff mode for QML: the PIN pad behind the hidden corner, staff mode's idle lock, the staff screen.

Exposed on the kiosk's view-model as ``kiosk.staff``. The PIN is checked on a thread of its own
(argon2 is slow on purpose); the digits typed so far stay here, never in QML. The settings the
pad and the staff screen need (the PIN hash, the idle limit, the venue, the development-only
TLS switch) are read afresh from kiosk.toml on that thread each time the pad opens, so
``connect-kiosk set-staff-pin`` takes effect without a restart.
"""

from __future__ import annotations

import logging
import time
import weakref
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

MIN_IDLE_SECONDS = 15
PAD_IDLE_SECONDS = 30  # a PIN pad nobody touches goes away (a citizen must not meet it)
MAX_DIGITS = 12
_TOUCHES = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.InputMethod,
}
_ERROR_KINDS = {"sign_up": "signUp", "cancel_sign_up": "cancellation", "learning_goal": "learningGoal"}


@dataclass(frozen=True)
class StaffSetup:
    """What the pad and the staff screen need from kiosk.toml and the lockout file."""

    configured: bool
    locked_for_s: float
    tries_left: int
    idle_seconds: int
    venue: str
    tls_unverified: bool  # the development-only switch that skips the hub's certificate check
    printer: str = ""  # the print queue named in kiosk.toml ("": the system's default)


@dataclass(frozen=True)
class PinAnswer:
    accepted: bool
    locked_for_s: float
    tries_left: int
    setup: StaffSetup


class _PinJob(QObject):
    """Lives on the staff thread: reads the settings and checks PINs there."""

    looked = Signal(object)  # StaffSetup
    checked = Signal(object)  # PinAnswer
    saved = Signal(bool)  # a setting written to kiosk.toml (or not)

    def __init__(self) -> None:
        super().__init__()
        self._guard: Any = None
        self._hash = ""

    def _setup(self) -> StaffSetup:
        from kiosk.config import data_dir, load_settings
        from kiosk.staff.pin import FREE_TRIES, PinGuard

        settings, _ = load_settings()
        if settings.staff_pin_hash != self._hash or self._guard is None:
            self._hash = settings.staff_pin_hash
            # Anything but an argon2id hash (hand-edited, cut short) would refuse every PIN and
            # lock staff out for good: treat it as no PIN, so the pad says how to set one.
            usable = self._hash.startswith("$argon2id$")
            if self._hash and not usable:
                log.warning("staff: staff_pin_hash in kiosk.toml is not an argon2id hash; "
                            "set the PIN again with connect-kiosk set-staff-pin")
            # The count of wrong PINs lives in a file: pulling the plug does not reset it.
            self._guard = PinGuard(self._hash, data_dir() / "staff-lockout.json") if usable else None
        guard = self._guard
        return StaffSetup(
            configured=guard is not None,
            locked_for_s=guard.locked_for() if guard else 0.0,
            tries_left=guard.tries_left() if guard else FREE_TRIES,
            idle_seconds=max(MIN_IDLE_SECONDS, settings.staff_idle_seconds),
            venue=settings.venue_name,
            tls_unverified=settings.tls_verification_off,
            printer=settings.printer,
        )

    @Slot()
    def look(self) -> None:
        try:
            self.looked.emit(self._setup())
        except Exception:  # a broken kiosk.toml must not leave the pad waiting forever
            log.exception("staff: cannot read the settings")
            self.looked.emit(StaffSetup(False, 0.0, 0, 120, "", False))

    @Slot(str, str)
    def save(self, key: str, literal: str) -> None:
        from kiosk.config import config_file
        from kiosk.staff.settings_file import write_setting

        try:
            write_setting(config_file(), key, literal)
        except OSError:
            log.exception("staff: %s could not be written to kiosk.toml", key)
            self.saved.emit(False)
            return
        log.info("staff: %s changed in kiosk.toml", key)
        self.saved.emit(True)

    @Slot(str)
    def check(self, pin: str) -> None:
        try:
            setup = self._setup()
            if self._guard is None:
                self.checked.emit(PinAnswer(False, 0.0, 0, setup))
                return
            attempt = self._guard.try_pin(pin)
            setup = self._setup()  # the lockout as it is after this try
        except Exception:
            log.exception("staff: the PIN could not be checked")
            self.checked.emit(PinAnswer(False, 0.0, 0, StaffSetup(False, 0.0, 0, 120, "", False)))
            return
        log.info("staff: PIN %s", "accepted" if attempt.accepted else "refused")
        self.checked.emit(PinAnswer(attempt.accepted, attempt.locked_for_s, attempt.tries_left, setup))


class StaffViewModel(QObject):
    """``kiosk.staff``: the pad's state, staff mode itself and what the staff screen shows.

    ``padState``: ``closed`` | ``loading`` (reading the settings) | ``notSetUp`` (no PIN in
    kiosk.toml) | ``ready`` | ``checking`` | ``locked`` (too many wrong PINs; ``lockedSeconds``
    counts down). ``wrongPin`` is true after a refused PIN, with ``triesLeft``.
    """

    changed = Signal()  # pad, mode and screen state
    pinChanged = Signal()
    lockedSecondsChanged = Signal()
    outboxChanged = Signal()
    printerChanged = Signal()  # kiosk.printing changed, or time passed (the kept sheet expires)
    activated = Signal()  # staff mode went on (the right PIN)
    _lookRequested = Signal()
    _checkRequested = Signal(str)
    _saveRequested = Signal(str, str)

    def __init__(self, kiosk: QObject, worker: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kiosk = weakref.ref(kiosk)  # no reference cycle with the kiosk's view-model
        self._worker = worker
        self._pin = ""
        self._pad_state = "closed"
        self._active = False
        self._screen_open = False
        self._wrong = False
        self._tries_left = 5
        self._locked_until = 0.0  # time.monotonic()
        self._locked_seconds = 0
        self._setup = StaffSetup(False, 0.0, 5, 120, "", False)
        self._idle_override: float | None = None
        self._outbox: dict[str, Any] = {"waiting": 0, "sent": 0, "kinds": [], "errors": [], "read": False}
        self._outbox_request = 0
        self._printing_connected = False
        self._setting_state = ""  # "" | saving | saved | failed: the last change staff made
        # While the staff screen shows, the clock moves on: "reprint" expires, ages grow.
        self._screen_tick = QTimer(self)
        self._screen_tick.setInterval(5000)
        self._screen_tick.timeout.connect(self._screen_clock_ticked)
        self.changed.connect(self._screen_clock)
        self._thread: QThread | None = None
        self._job: _PinJob | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_expired)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count_down)

    # --- the staff thread ----------------------------------------------------------------------

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("staff")
        self._job = _PinJob()
        self._job.moveToThread(self._thread)
        self._lookRequested.connect(self._job.look)
        self._checkRequested.connect(self._job.check)
        self._saveRequested.connect(self._job.save)
        self._job.saved.connect(self._setting_saved)
        self._job.looked.connect(self._looked)
        self._job.checked.connect(self._checked)
        self._thread.start()

    def stop(self) -> None:
        """The window closes: no more timers, no digits kept, and the staff thread ends (a check
        under way finishes first; its answer goes nowhere)."""
        self._idle.stop()
        self._tick.stop()
        self._screen_tick.stop()
        self._pin = ""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._job = None

    # --- properties ----------------------------------------------------------------------------

    def _get_pad_state(self) -> str:
        return self._pad_state

    padState = Property(str, _get_pad_state, notify=changed)

    def _get_pad_open(self) -> bool:
        return self._pad_state != "closed"

    padOpen = Property(bool, _get_pad_open, notify=changed)

    def _get_active(self) -> bool:
        return self._active

    def is_active(self) -> bool:
        """For the journey's view-models: a sign-up or goal saved now is staff-assisted."""
        return self._active

    # Staff mode is on: the banner shows and sign-ups are marked staff-assisted.
    active = Property(bool, _get_active, notify=changed)

    def _get_screen_open(self) -> bool:
        return self._screen_open

    screenOpen = Property(bool, _get_screen_open, notify=changed)

    def _get_pin_length(self) -> int:
        return len(self._pin)

    pinLength = Property(int, _get_pin_length, notify=pinChanged)

    def _get_wrong(self) -> bool:
        return self._wrong

    wrongPin = Property(bool, _get_wrong, notify=changed)

    def _get_tries_left(self) -> int:
        return self._tries_left

    triesLeft = Property(int, _get_tries_left, notify=changed)

    def _get_locked_seconds(self) -> int:
        return self._locked_seconds

    lockedSeconds = Property(int, _get_locked_seconds, notify=lockedSecondsChanged)

    def _get_venue(self) -> str:
        return self._setup.venue

    venue = Property(str, _get_venue, notify=changed)

    def _get_tls_unverified(self) -> bool:
        return self._setup.tls_unverified

    # kiosk.toml has hub_insecure_skip_tls_verify_for_development_only = true: the staff screen warns.
    tlsUnverified = Property(bool, _get_tls_unverified, notify=changed)

    def _get_idle_seconds(self) -> int:
        return round(self._idle_seconds())

    idleSeconds = Property(int, _get_idle_seconds, notify=changed)

    def _get_version(self) -> str:
        from kiosk import __version__

        return __version__

    version = Property(str, _get_version, constant=True)

    def _get_outbox(self) -> dict[str, Any]:
        return self._outbox

    # {"read": bool, "failed": bool (the store could not be read), "waiting", "sent",
    #  "kinds": [{"kind", "waiting", "oldestMinutes"}],
    #  "errors": [{"kind", "attempts", "minutesAgo", "error"}]}; kinds: signUp | cancellation | learningGoal
    outbox = Property("QVariantMap", _get_outbox, notify=outboxChanged)

    # --- the printer: a thin adapter over kiosk.printing (kiosk/gui/printvm.py) ------------------

    def _printing(self) -> Any:
        kiosk = self._kiosk()
        printing = getattr(kiosk, "printing", None) if kiosk is not None else None
        if printing is not None and not self._printing_connected:
            self._printing_connected = True
            printing.changed.connect(self.printerChanged)
        return printing

    def _get_printer_state(self) -> str:
        printing = self._printing()
        return printing.state if printing is not None else "none"

    # idle (nothing printed since the last citizen) | printing | done | problem | none (no printing)
    printerState = Property(str, _get_printer_state, notify=printerChanged)

    def _get_printer_message(self) -> str:
        printing = self._printing()
        return printing.message if printing is not None else ""

    # The last outcome in the backend's words for staff ("job 12 printed on KioskPDF").
    printerMessage = Property(str, _get_printer_message, notify=printerChanged)

    def _get_printer_errors(self) -> list:
        printing = self._printing()
        return printing.errors[:3] if printing is not None else []

    # The newest kept problems: [{"at", "date", "backend", "message"}] (printer words only).
    printerErrors = Property(list, _get_printer_errors, notify=printerChanged)

    def _get_printer_backend(self) -> str:
        printing = self._printing()
        return printing.backend if printing is not None else ""

    printerBackend = Property(str, _get_printer_backend, notify=printerChanged)

    def _get_printer_name(self) -> str:
        return self._setup.printer

    printerName = Property(str, _get_printer_name, notify=changed)

    def _get_can_print_test_page(self) -> bool:
        printing = self._printing()
        return self._active and printing is not None and printing.state != "printing"

    canPrintTestPage = Property(bool, _get_can_print_test_page, notify=printerChanged)

    def _get_can_reprint(self) -> bool:
        printing = self._printing()
        return self._active and printing is not None and printing.state != "printing" and printing.canReprint

    # Only in staff mode, and only while the last sheet is kept (a few minutes after printing).
    canReprint = Property(bool, _get_can_reprint, notify=printerChanged)

    @Slot()
    def printTestPage(self) -> None:
        printing = self._printing()
        if self._active and printing is not None:
            log.info("staff: test page")
            printing.printTestPage()

    @Slot()
    def reprintLast(self) -> None:
        printing = self._printing()
        if self._active and printing is not None:
            log.info("staff: reprint of the last sheet")
            printing.reprintLast()

    # --- the pad -------------------------------------------------------------------------------

    @Slot()
    def openPad(self) -> None:
        """The hidden corner was held: the pad (or, in staff mode, the staff screen) opens."""
        if self._active:
            self.openScreen()
            return
        if self._pad_state != "closed":
            return
        self._pin, self._wrong = "", False
        self._pad_state = "loading"
        self.changed.emit()
        self.pinChanged.emit()
        self._restart_idle()
        self._ensure_thread()
        self._lookRequested.emit()

    @Slot()
    def closePad(self) -> None:
        if self._pad_state == "closed":
            return
        self._pin, self._wrong = "", False
        self._pad_state = "closed"
        self._tick.stop()
        self.changed.emit()
        self.pinChanged.emit()
        self._restart_idle()

    @Slot(str)
    def addDigit(self, digit: str) -> None:
        if self._pad_state == "ready" and len(digit) == 1 and digit.isdigit() and len(self._pin) < MAX_DIGITS:
            self._pin += digit  # "wrong PIN, N more tries" stays up while the next one is typed
            self.pinChanged.emit()

    @Slot()
    def removeDigit(self) -> None:
        if self._pin and self._pad_state == "ready":
            self._pin = self._pin[:-1]
            self.pinChanged.emit()

    @Slot()
    def enterPin(self) -> None:
        """Check the digits typed (off the GUI thread); the pad waits for the answer."""
        if self._pad_state != "ready" or not self._pin:
            return
        pin, self._pin = self._pin, ""
        self._pad_state = "checking"
        self.changed.emit()
        self.pinChanged.emit()
        self._ensure_thread()
        self._checkRequested.emit(pin)

    def _looked(self, setup: StaffSetup) -> None:
        if self._pad_state != "loading":
            return
        self._apply_setup(setup, setup.locked_for_s, setup.tries_left)
        self.changed.emit()

    def _checked(self, answer: PinAnswer) -> None:
        if self._pad_state != "checking":
            return  # the pad was closed meanwhile: the answer opens nothing
        if answer.accepted:
            self._setup = answer.setup
            self._pad_state = "closed"
            self._wrong = False
            self._active = True
            self._screen_open = True
            self.changed.emit()
            self._restart_idle()
            self.activated.emit()
            self.refreshOutbox()
            return
        self._wrong = answer.setup.configured
        self._apply_setup(answer.setup, answer.locked_for_s, answer.tries_left)
        self.changed.emit()

    def _apply_setup(self, setup: StaffSetup, locked_for_s: float, tries_left: int) -> None:
        self._setup = setup
        self._tries_left = tries_left
        if not setup.configured:
            self._pad_state = "notSetUp"
        elif locked_for_s > 0:
            self._pad_state = "locked"
            self._locked_until = time.monotonic() + locked_for_s
            self._count_down()
            self._tick.start()
        else:
            self._pad_state = "ready"

    def _count_down(self) -> None:
        left = self._locked_until - time.monotonic()
        seconds = max(0, int(left) + (left % 1 > 0))
        if seconds != self._locked_seconds:
            self._locked_seconds = seconds
            self.lockedSecondsChanged.emit()
        if left <= 0:
            self._tick.stop()
            if self._pad_state == "locked":
                self._pad_state = "ready"
                self._wrong = False
                self.changed.emit()

    # --- staff mode ----------------------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Staff mode off (the Lock button, Start over, or staff mode's idle limit)."""
        was = self._active or self._screen_open or self._pad_state != "closed"
        self._active = False
        self._screen_open = False
        self._pin, self._wrong = "", False
        self._pad_state = "closed"
        self._setting_state = ""
        self._tick.stop()
        self._idle.stop()
        if self._worker is not None:
            self._worker.forget(self._outbox_request)
        if was:
            self.changed.emit()
            self.pinChanged.emit()

    @Slot()
    def openScreen(self) -> None:
        if self._active and not self._screen_open:
            self._screen_open = True
            self.changed.emit()
            self.refreshOutbox()

    @Slot()
    def closeScreen(self) -> None:
        """Back to the kiosk's screens, still in staff mode (the banner stays)."""
        if self._screen_open:
            self._screen_open = False
            self.changed.emit()

    @Slot()
    def helpCitizen(self) -> None:
        """Staff start (or carry on with) a journey on a citizen's behalf, in staff mode."""
        if not self._active:
            return
        self.closeScreen()
        kiosk = self._kiosk()
        if kiosk is not None and kiosk.property("screen") == "attract":
            kiosk.start("")

    @Slot()
    def exitToDesktop(self) -> None:
        """The staff screen's way out: the window lets itself be closed and the app quits."""
        if not self._active:
            return
        log.info("staff: exit to the desktop")
        lockdown = getattr(self._kiosk(), "lockdown", None)
        if lockdown is not None:
            lockdown.exitToDesktop()
        else:
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.quit()

    def _get_setting_state(self) -> str:
        return self._setting_state

    # The default language staff chose: saving | saved (in kiosk.toml) | failed | "" (no change yet).
    settingState = Property(str, _get_setting_state, notify=changed)

    @Slot(str)
    def setDefaultLanguage(self, language: str) -> None:
        """Staff choose the language the attract screen starts in; it is kept in kiosk.toml."""
        kiosk = self._kiosk()
        if not self._active or kiosk is None or not kiosk.set_default_language(language):
            return
        from kiosk.staff.settings_file import toml_string

        self._setting_state = "saving"
        self.changed.emit()
        self._ensure_thread()
        self._saveRequested.emit("default_language", toml_string(language))

    def _setting_saved(self, ok: bool) -> None:
        self._setting_state = "saved" if ok else "failed"
        self.changed.emit()

    @Slot()
    def refreshOutbox(self) -> None:
        """Read the outbox's counts and errors on the store thread (the staff screen shows them)."""
        if not self._active or self._worker is None:
            return
        from kiosk.staff.outbox_summary import summarise_outbox

        self._worker.forget(self._outbox_request)
        self._outbox_request = self._worker.call(summarise_outbox, self._outbox_read, self._outbox_failed)

    def _outbox_read(self, summary: Any) -> None:
        from kiosk.gui.syncvm import plain_error

        self._outbox = {
            "read": True, "waiting": summary.waiting, "sent": summary.sent,
            "kinds": [{"kind": _ERROR_KINDS.get(k.kind, "other"), "waiting": k.waiting,
                       "oldestMinutes": k.oldest_minutes} for k in summary.kinds],
            "errors": [{"kind": _ERROR_KINDS.get(e.kind, "other"), "attempts": e.attempts,
                        "minutesAgo": e.minutes_ago, "error": plain_error(e.error)} for e in summary.errors],
        }
        self.outboxChanged.emit()

    def _outbox_failed(self, _exc: Exception) -> None:
        self._outbox = {"waiting": 0, "sent": 0, "kinds": [], "errors": [], "read": False, "failed": True}
        self.outboxChanged.emit()

    def _screen_clock(self) -> None:
        if self._screen_open and not self._screen_tick.isActive():
            self._screen_tick.start()
        elif not self._screen_open:
            self._screen_tick.stop()
        self.printerChanged.emit()  # canReprint and canPrintTestPage follow staff mode

    def _screen_clock_ticked(self) -> None:
        self.printerChanged.emit()
        self.refreshOutbox()

    # --- idle ----------------------------------------------------------------------------------

    def set_idle_seconds(self, seconds: float | None) -> None:
        """Tests shorten staff mode's idle limit (None: the one in kiosk.toml)."""
        self._idle_override = seconds
        self._restart_idle()

    def _idle_seconds(self) -> float:
        return self._idle_override if self._idle_override is not None else self._setup.idle_seconds

    def _restart_idle(self) -> None:
        if self._active:
            self._idle.start(max(1, round(self._idle_seconds() * 1000)))
        elif self._pad_state != "closed":
            self._idle.start(max(1, round(min(PAD_IDLE_SECONDS, self._idle_seconds()) * 1000)))
        else:
            self._idle.stop()

    def _idle_expired(self) -> None:
        if self._active:
            log.info("staff: idle limit reached; staff mode locked")
            self.lock()
        else:
            self.closePad()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() in _TOUCHES and (self._active or self._pad_state != "closed"):
            self._restart_idle()
        return False
