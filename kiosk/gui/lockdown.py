"""Keeps the kiosk's window shut to escapes: it refuses to close, and closing keys do nothing.

The window refuses every close request (a compositor's or window manager's Alt+F4, a close
button, ``QWindow.close()``, ``QGuiApplication.quit()``) and swallows the keys that close
windows in desktop programs (Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+F4, Escape), and a full-screen window
taken out of full screen goes back to it, until staff let it go:

* the staff screen's "exit to the desktop" calls ``kiosk.lockdown.exitToDesktop()`` (a slot, also
  callable from QML as ``kiosk.lockdown.exitToDesktop()``), which allows closing and quits;
* ``allowClose()`` only allows it (``closeAllowed`` then reads true), for a caller that closes
  the window itself;
* a supervisor's SIGTERM ends the event loop with ``exit()``, which asks no window (see app.py).

Being in staff mode alone opens nothing: the keys stay dead there too, the exit is the button.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow

log = logging.getLogger(__name__)

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
# (key, the modifiers that make it a closing key); Escape closes with any modifiers.
CLOSING_KEYS = (
    (Qt.Key.Key_F4, _ALT),
    (Qt.Key.Key_F4, _CTRL),
    (Qt.Key.Key_Q, _CTRL),
    (Qt.Key.Key_W, _CTRL),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
)
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)


def is_closing_key(event: QKeyEvent) -> bool:
    key = event.key()
    mods = event.modifiers() & (_CTRL | _ALT | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.MetaModifier)
    for closing, needed in CLOSING_KEYS:
        if key == closing and (needed == Qt.KeyboardModifier.NoModifier or mods & needed):
            return True
    return False


class Lockdown(QObject):
    """An event filter for the kiosk's window (installed by KioskWindow) and the one way out."""

    closeAllowedChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close_allowed = False
        self.refused = 0  # close requests and closing keys refused so far (for tests and logs)

    def _get_close_allowed(self) -> bool:
        return self._close_allowed

    closeAllowed = Property(bool, _get_close_allowed, notify=closeAllowedChanged)

    @Slot()
    def allowClose(self) -> None:  # noqa: N802  (a QML slot)
        """From now on the window closes when asked (only the staff screen calls this)."""
        if not self._close_allowed:
            log.info("lockdown: closing the window is allowed now")
            self._close_allowed = True
            self.closeAllowedChanged.emit()

    @Slot()
    def exitToDesktop(self) -> None:  # noqa: N802  (a QML slot)
        """Staff leave the kiosk: allow closing, then quit (run_kiosk then closes the store)."""
        self.allowClose()
        QGuiApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if self._close_allowed:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close:
            event.ignore()
            self._refuse("a request to close the window")
            return True
        if kind == QEvent.Type.WindowStateChange and watched.property("fullScreen") is True:
            # Something (a compositor, a key it handles) took the kiosk out of full screen: back.
            if watched.visibility() != QWindow.Visibility.FullScreen:
                self._refuse("leaving full screen")
                QTimer.singleShot(0, watched.showFullScreen)
            return False
        if kind in _KEY_EVENTS and is_closing_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # no Shortcut anywhere in the window gets to act on it
            if kind == QEvent.Type.KeyPress:
                self._refuse("a closing key")
            return True
        return False

    def _refuse(self, what: str) -> None:
        self.refused += 1
        log.info("lockdown: ignored %s", what)
