"""Inactivity: warn with a countdown, let the citizen ask for more time, then wipe and start over."""

from __future__ import annotations

from PySide6.QtCore import Property, QElapsedTimer, QEvent, QObject, QTimer, Signal, Slot

MIN_WARNING_SECONDS = 20  # WCAG 2.2.1: at least 20 s to extend with one simple action
_TOUCHES = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Wheel,
    QEvent.Type.KeyPress, QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Watches the window's input; ``set_limit`` says how long the screen showing may stay untouched.

    While the warning shows, a touch on the overlay's button (``moreTime``) restarts the limit;
    touches elsewhere do too, since the overlay covers the screen only to catch them.
    """

    warningChanged = Signal()
    secondsLeftChanged = Signal()
    expired = Signal()  # time is up: wipe and start over

    # A signal rather than a callback: no reference cycle to the kiosk view-model, so nothing of
    # a closed window waits for Python's cycle collector (which may run on the store thread).
    def __init__(self, warning_seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit: float | None = None  # seconds for the screen now showing; None: no limit
        self._warning_seconds = warning_seconds
        self._warning = False
        self._seconds_left = 0
        self._extensions = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._warn)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count_down)
        self._since_warning = QElapsedTimer()

    def _get_warning(self) -> bool:
        return self._warning

    warning = Property(bool, _get_warning, notify=warningChanged)

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    secondsLeft = Property(int, _get_seconds_left, notify=secondsLeftChanged)

    def _get_extensions(self) -> int:
        return self._extensions

    extensions = Property(int, _get_extensions, notify=warningChanged)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() in _TOUCHES and not self._warning:
            self.restart()
        return False

    def set_limit(self, seconds: float | None) -> None:
        """A new screen: its limit (None: none, as on the attract screen), counted from now."""
        self._limit = seconds
        self._end_warning()
        self.restart()

    @Slot()
    def restart(self) -> None:
        """Start the current screen's limit afresh (a touch, or a new screen)."""
        if self._limit is None:
            self._idle.stop()
        else:
            self._idle.start(max(1, round(self._limit * 1000)))

    @Slot()
    def moreTime(self) -> None:  # noqa: N802  (called from QML)
        if self._warning:
            self._extensions += 1
            self._end_warning()
            self.restart()

    def stop(self) -> None:
        self._idle.stop()
        self._end_warning()

    def _warn(self) -> None:
        self._warning = True
        self._since_warning.start()
        self._seconds_left = max(1, round(self._warning_seconds))
        self.warningChanged.emit()
        self.secondsLeftChanged.emit()
        self._tick.start()

    def _count_down(self) -> None:
        left = self._warning_seconds - self._since_warning.elapsed() / 1000
        if left <= 0:
            self._end_warning()
            self._extensions = 0
            self.expired.emit()
            return
        seconds = int(left) + (left % 1 > 0)
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.secondsLeftChanged.emit()

    def _end_warning(self) -> None:
        self._tick.stop()
        if self._warning:
            self._warning = False
            self.warningChanged.emit()
