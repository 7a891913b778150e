"""Idle handling through the real QML window: warning, more time, and a wipe that leaves nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import Settings

from .conftest import WINDOW_SIZE, wait_for_store
from .qml_driver import find_all, item, open_discover, open_offer, touch, type_text

pytestmark = pytest.mark.ui

NAME, PHONE, WORDS = "Zoltana", "0301234567", "Quixotic dream"


def _idle_window(qtbot, store_path: Path, browse: float, form: float, warning: float) -> Any:
    from kiosk.gui.app import KioskWindow, prepare_environment
    from kiosk.gui.kioskvm import IdleLimits

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en",
                        idle=IdleLimits(browse=browse, form=form, warning=warning))
    return wait_for_store(qtbot, kiosk)


@pytest.fixture
def quick_idle(qtbot, store_path) -> Iterator[Any]:
    kiosk = _idle_window(qtbot, store_path, browse=3, form=3, warning=1.5)
    yield kiosk
    kiosk.close()


def _texts_in_window(win) -> list[str]:
    """Every piece of text any item in the window holds: shown, typed, pre-edited or hinted."""
    found = []
    for it in find_all(win, ""):
        meta = it.metaObject()
        for prop in ("text", "displayText", "preeditText", "placeholderText", "title"):
            # Only ask items that have the property: reading a missing one upsets PySide's refcounts.
            if meta.indexOfProperty(prop) >= 0:
                value = it.property(prop)
                if isinstance(value, str) and value:
                    found.append(value)
    return found


def _reachable_strings(obj: Any, seen: set[int] | None = None, depth: int = 0) -> Iterator[str]:
    """Strings reachable from a Python object's attributes (lists, dicts, nested objects)."""
    seen = seen if seen is not None else set()
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from _reachable_strings(key, seen, depth + 1)
            yield from _reachable_strings(value, seen, depth + 1)
    elif isinstance(obj, (list, tuple, set)):
        for value in obj:
            yield from _reachable_strings(value, seen, depth + 1)
    elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("kiosk."):
        for value in vars(obj).values():
            yield from _reachable_strings(value, seen, depth + 1)


def test_idle_warns_then_wipes_everything_the_citizen_typed(qtbot, quick_idle) -> None:
    win, vm = quick_idle.window, quick_idle.kiosk
    open_discover(qtbot, win, vm, "en")
    touch(qtbot, win, "searchField")
    type_text(win, "conversation")
    qtbot.waitUntil(lambda: vm.discover.results.total == 1 and not vm.discover.results.loading)
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "goalButton")
    touch(qtbot, win, "aim_digital")
    touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "goalOwnWords")
    type_text(win, WORDS)
    touch(qtbot, win, "basketButton")
    touch(qtbot, win, "basketItem_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "signUpName")
    type_text(win, NAME)
    touch(qtbot, win, "contact_phone")
    touch(qtbot, win, "signUpContact")
    type_text(win, PHONE[:4])  # half typed, the keyboard still up
    everything = " ".join(_texts_in_window(win))
    assert NAME in everything and PHONE[:4] in everything and "conversation" in everything

    qtbot.waitUntil(lambda: item(win, "idleOverlay").isVisible(), timeout=10000)
    assert item(win, "idleCountdown").property("text").startswith("Seconds left: ")
    qtbot.waitUntil(lambda: vm.screen == "attract", timeout=10000)

    qtbot.wait(100)
    leftovers = [t for t in _texts_in_window(win) if any(s in t for s in (NAME, PHONE[:4], WORDS, "conversation"))]
    assert leftovers == []
    assert not item(win, "keyboard").property("active")
    assert (vm.signUp.name, vm.signUp.contact, vm.signUp.contactKind, vm.signUp.saved) == ("", "", "", {})
    assert (vm.goal.aim, vm.goal.ownWords, vm.basket.count, vm.discover.text) == ("", "", 0, "")
    assert vm.details.offer == {} and not vm.canGoBack and vm.language == "en"
    python_side = set(_reachable_strings(vm))
    assert not [s for s in python_side if any(x in s for x in (NAME, PHONE[:4], WORDS, "conversation"))]
    # The journey's screens are gone; the next citizen starts from the beginning.
    for screen in ("signUpScreen", "goalScreen", "basketScreen", "detailsScreen"):
        assert find_all(win, screen) == [], screen
    touch(qtbot, win, "startButton")
    assert vm.screen == "discover" and item(win, "searchField").property("text") == ""


def test_more_time_can_be_asked_for_again_and_again(qtbot, store_path) -> None:
    kiosk = _idle_window(qtbot, store_path, browse=0.3, form=0.3, warning=3)
    try:
        win, vm = kiosk.window, kiosk.kiosk
        open_discover(qtbot, win, vm, "en")
        touch(qtbot, win, "searchField")
        type_text(win, "knit")
        for _ in range(12):
            qtbot.waitUntil(lambda: item(win, "idleOverlay").isVisible(), timeout=5000)
            touch(qtbot, win, "moreTimeButton")
            qtbot.waitUntil(lambda: not vm.idle.warning)
        assert vm.idle.extensions == 12
        assert vm.screen == "discover" and vm.discover.text == "knit"
    finally:
        kiosk.close()


def test_the_attract_screen_has_no_limit(qtbot, store_path) -> None:
    kiosk = _idle_window(qtbot, store_path, browse=0.2, form=0.2, warning=0.2)
    try:
        qtbot.wait(800)
        assert kiosk.kiosk.screen == "attract" and not kiosk.kiosk.idle.warning
    finally:
        kiosk.close()


def test_limits_from_settings_never_go_below_a_citizens_needs() -> None:
    from kiosk.gui.kioskvm import IdleLimits

    limits = IdleLimits.from_settings(Settings(idle_browse_seconds=5, idle_form_seconds=10, idle_warning_seconds=3))
    assert (limits.browse, limits.form, limits.warning) == (15, 30, 20)
    limits = IdleLimits.from_settings(Settings())
    assert (limits.browse, limits.form, limits.warning) == (90, 240, 30)
