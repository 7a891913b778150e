"""The sign-up form says, before anything is typed, what is kept, who gets it and for how long,
and it agrees with the consent step and the pathway sheet's own note."""

from __future__ import annotations

import pytest

from kiosk.sheets.strings import strings

from .conftest import WINDOW_SIZE
from .qml_driver import item, open_offer, touch, type_text

pytestmark = pytest.mark.ui


def _to_form(qtbot, win, vm) -> None:
    touch(qtbot, win, "language_en")
    touch(qtbot, win, "searchField")
    type_text(win, "conversation")
    qtbot.waitUntil(lambda: vm.discover.text == "conversation" and not vm.discover.searchPending
                    and not vm.discover.results.loading and vm.discover.results.total == 1)
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    assert vm.signUp.step == "form"


@pytest.mark.parametrize("hours", [0, 48])
def test_the_form_says_what_is_kept_who_gets_it_and_for_how_long(qtbot, store_path, tmp_path, hours) -> None:
    from kiosk.gui.app import KioskWindow, prepare_environment

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en",
                        retention_hours=hours)
    try:
        win, vm = kiosk.window, kiosk.kiosk
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: vm.storeState == "ready", timeout=15000)
        _to_form(qtbot, win, vm)
        notice = item(win, "privacyNotice")
        assert notice.isVisible() and vm.signUp.name == ""  # before a single letter is typed
        words = notice.property("text")
        assert "only this name and the one contact you choose" in words  # what
        assert "learning hub passes them to this offer's provider, for this offer only" in words  # who
        when = (f"deletes them {hours} hours after the hub has them" if hours
                else "deletes them as soon as the hub has them")
        assert when in words  # how long
        assert "printed sheet carries no name or contact" in words
        win.grabWindow().save(str(tmp_path / f"signup-form-{hours}h.png"))

        touch(qtbot, win, "signUpName")
        type_text(win, "Ana")
        touch(qtbot, win, "contact_none")
        touch(qtbot, win, "signUpNextButton")
        consent = item(win, "consentText").property("text")
        assert when in consent and "for this offer only" in consent  # the consent step says the same
        assert not notice.isVisible()
    finally:
        kiosk.close()
    # The sheet says what the screen promises: no name, no contact on it.
    assert "no name or contact" in strings("en")["privacy"]
