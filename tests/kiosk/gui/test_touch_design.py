"""Touch design on every screen of the journey: targets of at least 9 mm, actions in reach."""

from __future__ import annotations

import pytest

from .qml_driver import find_all, item, settle, touch

pytestmark = pytest.mark.ui

MIN_MM = 9


def _too_small(win, px_per_mm: float) -> list[str]:
    """Visible touch targets (our buttons and touch areas, not the keyboard's keys) under 9 mm."""
    keyboard = item(win, "keyboard")
    small = []
    for it in find_all(win, ""):
        if not it.isVisible() or it.opacity() == 0:
            continue
        meta = it.metaObject()
        is_button = meta.indexOfSignal("clicked()") >= 0
        is_touch_area = meta.className() == "QQuickMouseArea" and it.isEnabled()
        if not (is_button or is_touch_area) or keyboard.isAncestorOf(it):
            continue
        if min(it.width(), it.height()) < MIN_MM * px_per_mm - 0.5:
            small.append(f"{it.objectName() or meta.className()} {it.width():.0f}x{it.height():.0f}px")
    return small


def test_every_touch_target_is_at_least_9_mm_on_every_screen(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    px_per_mm = win.width() / 275  # a windowed kiosk stands for a 275 mm wide panel (Main.qml)
    touch(qtbot, win, "language_en")
    qtbot.waitUntil(lambda: vm.discover.results.total > 0 and not vm.discover.results.loading)
    seen = {}
    settle(qtbot, win)
    seen["discover"] = _too_small(win, px_per_mm)
    touch(qtbot, win, "offerTile_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    settle(qtbot, win)
    seen["details"] = _too_small(win, px_per_mm)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_none")
    settle(qtbot, win)
    seen["signup"] = _too_small(win, px_per_mm)
    touch(qtbot, win, "goalButton")
    for step in range(8):
        settle(qtbot, win)
        seen[f"goal {vm.goal.step}"] = _too_small(win, px_per_mm)
        if step == 0:
            touch(qtbot, win, "aim_health")
        touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "basketButton")
    settle(qtbot, win)
    seen["basket"] = _too_small(win, px_per_mm)
    touch(qtbot, win, "languageButton")
    settle(qtbot, win)
    seen["language picker"] = _too_small(win, px_per_mm)
    assert {screen: small for screen, small in seen.items() if small} == {}
    assert len(seen) == 13  # every step of the goal was looked at


def test_primary_actions_sit_in_the_lower_two_thirds(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_en")
    qtbot.waitUntil(lambda: vm.discover.results.total > 0 and not vm.discover.results.loading)
    touch(qtbot, win, "offerTile_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    checks = [("signUpButton", None), ("addToPathwayButton", None), ("startOverButton", None),
              ("languageButton", None)]
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_none")
    checks += [("signUpNextButton", None)]
    settle(qtbot, win)
    for name, _ in checks:
        target = item(win, name)
        top = target.mapToScene(target.boundingRect().topLeft()).y()
        assert top >= win.height() / 3, name
    touch(qtbot, win, "goalButton")
    settle(qtbot, win)
    tile = item(win, "aim_find_job")
    assert tile.mapToScene(tile.boundingRect().topLeft()).y() >= win.height() / 3
