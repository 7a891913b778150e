"""A sign-up made on the real window reaches the demo hub over loopback and the screen shows its
decision (the kiosk's sync loop and the reference hub, both real)."""

from __future__ import annotations

import pytest

from .conftest import WINDOW_SIZE
from .qml_driver import item, open_offer, sign_up_without_contact, touch, type_text

pytestmark = pytest.mark.ui


def test_the_hubs_decision_reaches_the_confirmation_screen(qtbot, tmp_path) -> None:
    from kiosk.gui.app import KioskWindow, prepare_environment
    from kiosk.sync.demo_hub import start_demo_sync

    store = tmp_path / "data" / "demo.sqlite"
    store.parent.mkdir()
    prepare_environment(headless=True)
    kiosk = KioskWindow(store, demo=True, full_screen=False, size=WINDOW_SIZE, default_language="en")
    demo = None
    try:
        demo = start_demo_sync(store)
        win, vm = kiosk.window, kiosk.kiosk
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: vm.storeState == "ready", timeout=30000)
        qtbot.waitUntil(lambda: demo.loop is not None and demo.loop.status.online, timeout=60000)
        touch(qtbot, win, "language_en")
        touch(qtbot, win, "searchField")
        type_text(win, "computer basics")  # a demo offer that takes sign-ups (not drop-in)
        qtbot.waitUntil(lambda: vm.discover.text == "computer basics" and not vm.discover.searchPending
                        and not vm.discover.results.loading and vm.discover.results.total > 0)
        open_offer(qtbot, win, vm)
        touch(qtbot, win, "signUpButton")
        sign_up_without_contact(qtbot, win, vm, "Ana")
        assert item(win, "signUpStatus").property("text") == "Your place is provisional."
        demo.loop.wake()  # rather than wait for the next round
        qtbot.waitUntil(lambda: vm.signUp.status in ("confirmed", "waitlisted"), timeout=60000)
        assert item(win, "signUpStatus").property("text") in (
            "Your place is confirmed.", "You are on the waiting list.")
    finally:
        try:
            if demo is not None:
                demo.stop()
        finally:
            kiosk.close()
