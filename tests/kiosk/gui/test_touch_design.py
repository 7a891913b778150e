"""Touch design on every screen: targets of at least 9 mm with an accessible name and role in the
citizen's language, actions in reach."""

from __future__ import annotations

import pytest

from .qml_driver import find, find_all, item, open_discover, open_offer, settle, touch
from .test_staff_unlock import PIN, open_pad, staff_pin, type_pin  # noqa: F401  (staff_pin: a fixture)

pytestmark = pytest.mark.ui

MIN_MM = 9
# Roles a screen reader announces as something to act on (a bare Client or Pane is not named).
_CONTROL_ROLES = {"Button", "CheckBox", "RadioButton", "ListItem", "EditableText", "Link", "MenuItem",
                  "PageTab", "Slider", "SpinBox", "ComboBox", "ButtonMenu", "Cell", "StaticText"}


def _too_small(win, px_per_mm: float) -> list[str]:
    """Visible touch targets (our buttons and touch areas, not the keyboard's keys) under 9 mm."""
    keyboard = find(win, "keyboard")  # loaded with the first screen after attract
    small = []
    for it in find_all(win, ""):
        if not it.isVisible() or it.opacity() == 0:
            continue
        meta = it.metaObject()
        is_button = meta.indexOfSignal("clicked()") >= 0
        is_touch_area = meta.className() == "QQuickMouseArea" and it.isEnabled()
        if not (is_button or is_touch_area) or (keyboard is not None and keyboard.isAncestorOf(it)):
            continue
        if min(it.width(), it.height()) < MIN_MM * px_per_mm - 0.5:
            small.append(f"{it.objectName() or meta.className()} {it.width():.0f}x{it.height():.0f}px")
    return small


def _accessible(it) -> tuple[str, str]:
    """The item's accessible name and role, as assistive technology gets them."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(it)
    if iface is None or not iface.isValid():
        return "", "NoRole"
    return iface.text(QAccessible.Text.Name).strip(), iface.role().name


def _ignored(it) -> bool:
    """Accessible.ignored: true marks a touch area that is not a control (a blocker behind a
    panel, or a second way to a named control), so assistive technology skips it."""
    for child in it.children():
        if child.metaObject().className() == "QQuickAccessibleAttached":
            return bool(child.property("ignored"))
    return False


def _interactive(win) -> list:
    """Visible, enabled things a finger can act on: buttons, touch areas, pointer handlers (tap,
    point, drag), text fields."""
    keyboard = find(win, "keyboard")
    found = []
    for it in find_all(win, ""):
        if not it.isVisible() or not it.isEnabled() or it.opacity() == 0:
            continue
        if keyboard is not None and keyboard.isAncestorOf(it):
            continue
        if (it.metaObject().indexOfSignal("clicked()") >= 0
                or any(it.inherits(kind) for kind in ("QQuickMouseArea", "QQuickTextInput", "QQuickTextEdit"))
                or any(c.inherits("QQuickPointerHandler") for c in it.children())):
            found.append(it)
    return found


def _unnamed(win) -> list[str]:
    """Controls with no accessible name or no control role (a touch area may lend its control's)."""
    bad = []
    for it in _interactive(win):
        if _ignored(it):
            continue
        name, role = _accessible(it)
        kind = it.metaObject().className()
        if (not name or role not in _CONTROL_ROLES) and it.inherits("QQuickMouseArea") and it.parentItem() is not None:
            name, role = _accessible(it.parentItem())  # the MouseArea inside a KioskButton
        if not name or role not in _CONTROL_ROLES:
            bad.append(f"{it.objectName() or kind} (in {it.parentItem().objectName() or it.parentItem().metaObject().className()})"
                       f" name={name!r} role={role}")
    return bad


def _check(win, px_per_mm: float) -> list[str]:
    return _too_small(win, px_per_mm) + _unnamed(win)


@pytest.mark.parametrize("language, switches", [
    ("en", ()),
    # Right to left, with every switch on: larger text and targets, pictograms, fewer chips.
    ("ar", ("easyReadSwitch", "largeTextSwitch", "highContrastSwitch")),
], ids=["en", "ar-easy-large-contrast"])
def test_every_control_is_named_and_at_least_9_mm_on_every_screen(
        qtbot, kiosk_window, staff_pin, language: str, switches: tuple[str, ...]) -> None:  # noqa: F811
    """Every screen the kiosk has (kioskvm.SCREENS: a new one fails here until it is walked) and
    every overlay, reached through the real window by touch; names checked in German too."""
    from kiosk.gui.kioskvm import SCREENS

    win, vm = kiosk_window.window, kiosk_window.kiosk
    px_per_mm = win.width() / 275  # a windowed kiosk stands for a 275 mm wide panel (Main.qml)
    seen: dict[str, list[str]] = {}
    screens = set()

    def look(name: str) -> None:
        settle(qtbot, win)
        seen[name] = _check(win, px_per_mm)
        screens.add(vm.screen)

    vm.readAloud.use_engine("mock")  # Qt's own test engine (English voices only): no speech daemon
    for switch in switches:
        touch(qtbot, win, switch)
    look("attract")
    touch(qtbot, win, "attractReadAloudButton")
    look("attract read-aloud")
    touch(qtbot, win, "readAloudCloseMessage" if vm.readAloud.state == "noVoice" else "readAloudClose")
    open_discover(qtbot, win, vm, language)
    look("discover")
    touch(qtbot, win, "readAloudButton")
    look("discover read-aloud")
    touch(qtbot, win, "readAloudCloseMessage" if vm.readAloud.state == "noVoice" else "readAloudClose")
    open_offer(qtbot, win, vm)
    look("details")
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_none")
    look("signup")
    touch(qtbot, win, "goalButton")
    for step in range(8):
        look(f"goal {vm.goal.step}")
        if step == 0:
            touch(qtbot, win, "aim_health")
        touch(qtbot, win, "goalNextButton")
    look(f"goal {vm.goal.step}")
    touch(qtbot, win, "goalSaveButton")
    qtbot.waitUntil(lambda: vm.goal.step == "done", timeout=10000)
    look("goal done")
    touch(qtbot, win, "goalPathwayButton")
    qtbot.waitUntil(lambda: vm.screen == "pathway" and vm.pathway.state in ("ready", "failed"), timeout=15000)
    look("pathway")
    touch(qtbot, win, "basketButton")
    look("basket")
    touch(qtbot, win, "languageButton")
    look("language picker")
    touch(qtbot, win, "switchLanguage_de")
    vm.idle._warn()  # the warning as it shows when the idle limit runs out
    look("idle warning (de)")
    touch(qtbot, win, "moreTimeButton")
    look(f"{vm.screen} (de)")
    touch(qtbot, win, "startOverButton")
    open_pad(qtbot, kiosk_window)
    look("PIN pad")
    type_pin(qtbot, win, PIN)
    qtbot.waitUntil(lambda: vm.staff.active, timeout=10000)
    look("staff screen")
    touch(qtbot, win, "staffScreenLockButton")
    qtbot.waitUntil(lambda: find(win, "staffScreen") is None)
    problems = {screen: bad for screen, bad in seen.items() if bad}
    assert problems == {}, "\n".join(f"{screen}: {bad}" for screen, bad in problems.items())
    assert screens >= set(SCREENS), f"walk these screens too: {set(SCREENS) - screens}"
    assert len(seen) >= 23


def test_names_follow_the_citizens_language(qtbot, kiosk_window) -> None:
    from PySide6.QtCore import QCoreApplication

    win = kiosk_window.window
    touch(qtbot, win, "language_de")
    settle(qtbot, win)
    german = QCoreApplication.translate("NavBar", "Start over")
    assert german != "Start over"  # the German words are installed
    assert _accessible(item(win, "startOverButton")) == (german, "Button")
    assert _accessible(item(win, "searchField"))[0] == QCoreApplication.translate(
        "DiscoverScreen", "Search: a topic, a place, a word…")


def test_primary_actions_sit_in_the_lower_two_thirds(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "en")
    open_offer(qtbot, win, vm)
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
