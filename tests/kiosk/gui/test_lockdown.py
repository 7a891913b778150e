"""Lockdown of the real window: closing keys and close requests are refused until staff allow it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtTest import QTest

from .qml_driver import item, touch

pytestmark = pytest.mark.ui

CLOSING_KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
]


def test_closing_keys_and_close_requests_do_nothing(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_en")
    assert vm.screen == "discover"
    for key, modifiers in CLOSING_KEYS:
        QTest.keyClick(win, key, modifiers)
    # What a window manager sends for Alt+F4 or a close button, and what code would call.
    event = QCloseEvent()
    QGuiApplication.sendEvent(win, event)
    assert not event.isAccepted()
    assert win.close() is False
    qtbot.wait(50)
    assert win.isVisible() and vm.screen == "discover"
    assert vm.lockdown.refused == len(CLOSING_KEYS) + 2
    assert vm.lockdown.closeAllowed is False


def test_ordinary_keys_still_reach_the_search_field(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_en")
    touch(qtbot, win, "searchField")
    QTest.keyClick(win, Qt.Key.Key_Q)  # q without Ctrl is a letter
    QTest.keyClick(win, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: vm.discover.text == "qw")
    assert vm.lockdown.refused == 0


def test_once_staff_allow_it_the_window_closes(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    with qtbot.waitSignal(vm.lockdown.closeAllowedChanged):
        vm.lockdown.allowClose()
    assert vm.lockdown.closeAllowed is True
    assert win.close() is True
    assert not win.isVisible()


EXIT_SCRIPT = """
import logging, sys
import kiosk.gui
logging.basicConfig(level=logging.INFO)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from kiosk.gui.app import KioskWindow, prepare_environment

prepare_environment(headless=True)
app = QGuiApplication(sys.argv[:1])
kiosk = KioskWindow(__import__("pathlib").Path(sys.argv[1]), full_screen=True)
steps = []

def refuse():
    steps.append(f"close {kiosk.window.close()}")
    kiosk.window.showNormal()  # as a compositor might: it goes back to full screen
    QGuiApplication.quit()  # asks the window first: refused, the loop goes on

def leave():
    frameless = bool(kiosk.window.flags() & Qt.WindowType.FramelessWindowHint)
    steps.append(f"still running, {kiosk.window.visibility().name}, frameless {frameless}")
    kiosk.kiosk.lockdown.exitToDesktop()

QTimer.singleShot(500, refuse)
QTimer.singleShot(1500, leave)
QTimer.singleShot(20000, lambda: (steps.append("stuck"), app.exit(3)))
code = app.exec()
print(code, "|", "; ".join(steps), flush=True)
kiosk.close()
"""


def test_quit_is_refused_and_exit_to_desktop_leaves(tmp_path) -> None:
    """In a process of its own, full screen and frameless: QGuiApplication.quit() is refused by
    the window, which also goes back to full screen when taken out of it; the staff screen's
    exitToDesktop() ends the event loop with 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    done = subprocess.run([sys.executable, "-c", EXIT_SCRIPT, str(tmp_path / "kiosk.sqlite")],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0 | close False; still running, FullScreen, frameless True", done.stdout + done.stderr[-2000:]
    assert "lockdown: closing the window is allowed now" in done.stderr


def _menus_open(win) -> list[str]:
    """Qt's text-editing menu opens as a window of its own (Popup.Window) off Wayland, or as an
    item in the window's overlay: look for both."""
    windows = [w.metaObject().className() for w in QGuiApplication.topLevelWindows() if w is not win and w.isVisible()]
    todo, items = [win.contentItem()], []
    while todo:
        current = todo.pop()
        name = current.metaObject().className()
        if current.isVisible() and ("Popup" in name or "Menu" in name):
            items.append(name)
        todo.extend(current.childItems())
    return windows + items


def test_text_fields_show_no_context_menu(qtbot, kiosk_window) -> None:
    """Right-click, the menu key, a context-menu event and press-and-hold on the search field
    open nothing (Qt 6.9+ TextField would show cut/copy/paste; see ui/controls/SearchField.qml)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QContextMenuEvent

    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_en")
    touch(qtbot, win, "searchField")
    field = item(win, "searchField")
    # The keyboard slides up and the screen above it moves: touch the field where it settled.
    places = []

    def settled() -> bool:
        places.append(field.mapToScene(QPointF(field.width() / 2, field.height() / 2)).toPoint())
        return len(places) >= 4 and len(set(places[-4:])) == 1 and QGuiApplication.inputMethod().isVisible()

    qtbot.waitUntil(settled, timeout=10000)
    centre = places[-1]
    opened = {}
    QTest.mouseClick(win, Qt.MouseButton.RightButton, pos=centre)
    qtbot.wait(200)
    opened["right-click"] = _menus_open(win)
    QTest.keyClick(win, Qt.Key.Key_Menu)
    qtbot.wait(200)
    opened["menu key"] = _menus_open(win)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, win.mapToGlobal(centre))
    QGuiApplication.sendEvent(win, event)
    qtbot.wait(200)
    opened["context-menu event"] = _menus_open(win)
    QTest.mousePress(win, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(1500)  # longer than any press-and-hold threshold
    opened["press and hold"] = _menus_open(win)
    QTest.mouseRelease(win, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.wait(200)
    opened["after the hold"] = _menus_open(win)
    assert opened == dict.fromkeys(opened, [])
    assert field.mapToScene(QPointF(field.width() / 2, field.height() / 2)).toPoint() == centre
    assert vm.screen == "discover" and win.isVisible()
