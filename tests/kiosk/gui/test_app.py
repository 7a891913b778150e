"""The kiosk window starts on the attract screen and a touch (or a language) starts the Discover screen."""

from __future__ import annotations

import pytest
from .qml_driver import find, item, touch

pytestmark = pytest.mark.ui

LANGUAGE_NAMES = ["Deutsch", "English", "Español", "Ελληνικά", "Română", "Türkçe", "Українська", "العربية"]


def test_attract_screen_offers_every_language_by_its_own_name(kiosk_window) -> None:
    win = kiosk_window.window
    assert item(win, "attractScreen").isVisible()
    names = [item(win, f"language_{code}").property("text")
             for code in ("de", "en", "es", "el", "ro", "tr", "uk", "ar")]
    assert names == LANGUAGE_NAMES
    # The Discover screen and its view-model are made on the first touch, not at start.
    assert find(win, "discoverScreen") is None and kiosk_window.kiosk.discover is None


def test_choosing_a_language_starts_discover_in_it(qtbot, kiosk_window) -> None:
    win, kiosk = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_el")
    qtbot.waitUntil(lambda: kiosk.screen == "discover")
    assert kiosk.language == "el"
    assert item(win, "discoverScreen").isVisible()
    assert not item(win, "attractScreen").isVisible()


def test_touch_to_start_uses_the_default_language_and_start_over_returns(qtbot, kiosk_window) -> None:
    win, kiosk = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_ar")
    qtbot.waitUntil(lambda: kiosk.screen == "discover")
    assert kiosk.rightToLeft
    touch(qtbot, win, "startOverButton")
    qtbot.waitUntil(lambda: kiosk.screen == "attract")
    assert kiosk.language == "en" and not kiosk.rightToLeft
    touch(qtbot, win, "startButton")
    qtbot.waitUntil(lambda: kiosk.screen == "discover")
    assert kiosk.language == "en"


def test_full_screen_and_frameless_by_default_windowed_on_request(qtbot, store_path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QWindow

    from kiosk.gui.app import KioskWindow

    kiosk = KioskWindow(store_path, default_language="en")
    try:
        qtbot.waitExposed(kiosk.window)
        assert kiosk.window.visibility() == QWindow.Visibility.FullScreen
        assert kiosk.window.flags() & Qt.WindowType.FramelessWindowHint
    finally:
        kiosk.close()
    windowed = KioskWindow(store_path, full_screen=False, default_language="en")
    try:
        qtbot.waitExposed(windowed.window)
        assert windowed.window.visibility() == QWindow.Visibility.Windowed
        assert not windowed.window.flags() & Qt.WindowType.FramelessWindowHint
        width, height = windowed.window.width(), windowed.window.height()
        assert height > width  # portrait, like the kiosk's panel
    finally:
        windowed.close()
