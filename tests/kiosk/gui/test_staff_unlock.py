"""Staff unlock on the real window: the hidden corner, the PIN pad, the lockout and the idle lock."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from kiosk.config import config_file, data_dir
from kiosk.staff.pin import hash_pin, write_pin_hash

from .qml_driver import find, item, settle, touch

pytestmark = pytest.mark.ui

PIN = "482913"
HOLD_MS = 3400  # the corner opens the pad after 3 s


@pytest.fixture
def staff_pin() -> str:
    """kiosk.toml (in this test's config folder) holds the staff PIN's hash."""
    write_pin_hash(config_file(), hash_pin(PIN))
    return PIN


def corner(window, name: str) -> QPoint:
    target = item(window, name)
    return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()


def hold(qtbot, window, pos: QPoint, ms: int) -> None:
    """A finger pressed at ``pos`` for ``ms`` milliseconds, then lifted."""
    settle(qtbot, window)
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(ms)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=pos)


def open_pad(qtbot, kiosk, name: str = "staffCornerLeft") -> None:
    hold(qtbot, kiosk.window, corner(kiosk.window, name), HOLD_MS)
    qtbot.waitUntil(lambda: kiosk.kiosk.staff.padState not in ("closed", "loading"), timeout=5000)


def type_pin(qtbot, window, pin: str) -> None:
    for digit in pin:
        touch(qtbot, window, f"pinDigit_{digit}")
    touch(qtbot, window, "pinEnter")


def message(window) -> str:
    return item(window, "pinMessage").property("text")


def test_holding_a_top_corner_on_the_attract_screen_opens_the_pad_and_starts_nothing(
        qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    assert item(win, "staffCornerLeft").property("visible")  # there, but draws nothing
    assert find(win, "pinPad") is None
    open_pad(qtbot, kiosk_window)
    assert item(win, "pinPad").isVisible()
    assert message(win) == "Type the staff PIN."
    qtbot.wait(300)
    # Letting go after the hold is not a touch on the attract screen: no journey started.
    assert vm.screen == "attract"
    touch(qtbot, win, "pinCancel")
    assert find(win, "pinPad") is None and vm.screen == "attract" and not vm.staff.active


def test_the_right_corner_works_on_a_journey_screen_too(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "startButton")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    open_pad(qtbot, kiosk_window, "staffCornerRight")
    assert item(win, "pinPad").isVisible() and vm.screen == "discover"


def test_a_short_touch_in_the_corner_opens_nothing_and_reaches_what_is_under_it(
        qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    # A tap in the corner goes through to the attract screen, which starts the journey.
    hold(qtbot, win, corner(win, "staffCornerLeft"), 150)
    qtbot.waitUntil(lambda: vm.screen == "discover")
    qtbot.wait(3200)  # past the three seconds a hold would have needed
    assert vm.staff.padState == "closed" and find(win, "pinPad") is None
    # A slow touch, held two seconds, opens nothing either.
    hold(qtbot, win, corner(win, "staffCornerRight"), 2000)
    qtbot.wait(1500)
    assert vm.staff.padState == "closed" and find(win, "pinPad") is None
    # Nor does a finger that moves (scrolling) while it is down for longer.
    start = corner(win, "staffCornerLeft")
    qtbot.mousePress(win, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(win, start + QPoint(0, 200))
    qtbot.wait(3500)
    qtbot.mouseRelease(win, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 200))
    assert vm.staff.padState == "closed" and find(win, "pinPad") is None


def test_the_right_pin_turns_staff_mode_on(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_pad(qtbot, kiosk_window)
    for digit in staff_pin[:3]:
        touch(qtbot, win, f"pinDigit_{digit}")
    assert vm.staff.pinLength == 3
    touch(qtbot, win, "pinDelete")
    assert vm.staff.pinLength == 2
    touch(qtbot, win, f"pinDigit_{staff_pin[2]}")
    for digit in staff_pin[3:]:
        touch(qtbot, win, f"pinDigit_{digit}")
    touch(qtbot, win, "pinEnter")
    qtbot.waitUntil(lambda: vm.staff.active, timeout=10000)
    assert find(win, "pinPad") is None
    assert item(win, "staffScreen").isVisible()
    touch(qtbot, win, "staffCloseButton")
    assert find(win, "staffScreen") is None
    assert item(win, "staffBanner").isVisible()
    assert item(win, "staffBannerText").property("text") == "Staff-assisted"
    # In staff mode the corner opens the staff screen again, without a PIN.
    hold(qtbot, win, corner(win, "staffCornerRight"), HOLD_MS)
    qtbot.waitUntil(lambda: find(win, "staffScreen") is not None)
    touch(qtbot, win, "staffScreenLockButton")
    assert not vm.staff.active and find(win, "staffBanner") is None and find(win, "staffScreen") is None


def test_five_wrong_pins_pause_the_pad_and_say_for_how_long(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_pad(qtbot, kiosk_window)
    for tries_left in (4, 3, 2, 1):
        type_pin(qtbot, win, "111222")
        qtbot.waitUntil(lambda: vm.staff.padState == "ready" and vm.staff.wrongPin, timeout=10000)
        expected = ("Wrong PIN. 1 more try, then the pad pauses." if tries_left == 1
                    else f"Wrong PIN. {tries_left} more tries, then the pad pauses.")
        assert message(win) == expected
    type_pin(qtbot, win, "111222")
    qtbot.waitUntil(lambda: vm.staff.padState == "locked", timeout=10000)
    assert message(win) in ("Too many wrong PINs. Try again in 30 seconds.",
                            "Too many wrong PINs. Try again in 29 seconds.")
    assert not item(win, "pinDigit_4").property("enabled")
    # Even the right PIN is not taken while paused (the key does nothing).
    touch(qtbot, win, "pinDigit_4")
    assert vm.staff.pinLength == 0
    # The lockout outlives the pad and the program: it is in the data folder.
    state = json.loads((data_dir() / "staff-lockout.json").read_text())
    assert state["failures"] == 5 and state["locked_until"] > 0
    touch(qtbot, win, "pinCancel")
    open_pad(qtbot, kiosk_window)
    assert vm.staff.padState == "locked" and message(win).startswith("Too many wrong PINs.")


def test_without_a_pin_the_pad_says_staff_mode_is_not_set_up(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_pad(qtbot, kiosk_window)
    assert vm.staff.padState == "notSetUp"
    assert message(win) == ("Staff mode is not set up on this kiosk. An administrator sets a PIN on "
                            "the kiosk's computer with the command: connect-kiosk set-staff-pin")
    assert not item(win, "pinKeys").isVisible()
    touch(qtbot, win, "pinCancel")
    assert find(win, "pinPad") is None


def enter_staff_mode(qtbot, kiosk) -> None:
    open_pad(qtbot, kiosk)
    type_pin(qtbot, kiosk.window, PIN)
    qtbot.waitUntil(lambda: kiosk.kiosk.staff.active, timeout=10000)


def test_staff_mode_locks_itself_after_its_idle_time(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    enter_staff_mode(qtbot, kiosk_window)
    assert vm.staff.idleSeconds == 120  # kiosk.toml's default
    vm.staff.set_idle_seconds(2.0)
    touch(qtbot, win, "staffHelpCitizenButton")  # staff help a citizen: the journey starts
    qtbot.waitUntil(lambda: vm.screen == "discover")
    # Touches keep it on...
    for _ in range(3):
        qtbot.wait(900)
        touch(qtbot, win, "filter_free")
    assert vm.staff.active
    # ...and without any it locks, leaving the citizen's screen as it was.
    qtbot.waitUntil(lambda: not vm.staff.active, timeout=5000)
    assert find(win, "staffBanner") is None
    assert vm.screen == "discover"


def test_start_over_locks_staff_mode(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    enter_staff_mode(qtbot, kiosk_window)
    touch(qtbot, win, "staffHelpCitizenButton")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    assert item(win, "staffBanner").isVisible()
    touch(qtbot, win, "startOverButton")
    qtbot.waitUntil(lambda: vm.screen == "attract")
    assert not vm.staff.active and find(win, "staffBanner") is None


def test_the_banner_opens_the_staff_menu_and_locks(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    enter_staff_mode(qtbot, kiosk_window)
    touch(qtbot, win, "staffHelpCitizenButton")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    # The banner pushes the screen down rather than covering it.
    banner = item(win, "staffBanner")
    assert item(win, "discoverScreen").mapToScene(QPointF(0, 0)).y() >= banner.height() - 1
    touch(qtbot, win, "staffMenuButton")
    qtbot.waitUntil(lambda: find(win, "staffScreen") is not None)
    assert item(win, "staffHelpCitizenButton").property("text") == "Back to the citizen's screen"
    touch(qtbot, win, "staffHelpCitizenButton")
    qtbot.waitUntil(lambda: find(win, "staffScreen") is None)
    assert vm.screen == "discover" and vm.staff.active
    touch(qtbot, win, "staffLockButton")
    assert not vm.staff.active and find(win, "staffBanner") is None and vm.screen == "discover"


def test_a_pad_left_alone_closes_itself(qtbot, kiosk_window, staff_pin) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    vm.staff.set_idle_seconds(1.5)  # the pad waits at most 30 s, or staff mode's limit if shorter
    open_pad(qtbot, kiosk_window)
    touch(qtbot, win, "pinDigit_4")
    qtbot.waitUntil(lambda: find(win, "pinPad") is None, timeout=5000)
    assert vm.staff.padState == "closed" and vm.staff.pinLength == 0 and not vm.staff.active


def _save_goal(qtbot, vm) -> None:
    vm.startGoal()
    vm.goal.aim = "digital"
    while vm.goal.step != "review":
        vm.goal.next()
    vm.goal.save()
    qtbot.waitUntil(lambda: vm.goal.step == "done", timeout=10000)


def test_a_learning_goal_saved_in_staff_mode_is_marked_for_the_hub(
        qtbot, kiosk_window, staff_pin, store_path) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from kiosk.store.engine import make_engine
    from kiosk.store.models import OutboxItem

    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "startButton")
    _save_goal(qtbot, vm)  # a citizen alone
    touch(qtbot, win, "startOverButton")
    enter_staff_mode(qtbot, kiosk_window)
    # The PIN was checked on the staff thread, not the GUI thread.
    from PySide6.QtCore import QCoreApplication

    assert vm.staff._job.thread() is not QCoreApplication.instance().thread()
    touch(qtbot, win, "staffHelpCitizenButton")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    _save_goal(qtbot, vm)  # staff on the citizen's behalf
    engine = make_engine(store_path)
    try:
        with Session(engine) as s:
            flags = [i.payload["staff_assisted"] for i in
                     s.scalars(select(OutboxItem).where(OutboxItem.kind == "learning_goal").order_by(OutboxItem.id))]
    finally:
        engine.dispose()
    assert flags == [False, True]


def test_after_a_pause_the_next_wrong_pin_pauses_the_pad_for_longer(qtbot, kiosk_window, staff_pin) -> None:
    import time

    win, vm = kiosk_window.window, kiosk_window.kiosk
    # Five wrong PINs were typed before the kiosk restarted; their pause ends soon after the
    # corner's three seconds.
    lockout = data_dir() / "staff-lockout.json"
    lockout.parent.mkdir(parents=True, exist_ok=True)
    lockout.write_text(json.dumps({"failures": 5, "locked_until": time.time() + HOLD_MS / 1000 + 2.5}))
    open_pad(qtbot, kiosk_window)
    assert vm.staff.padState == "locked"
    assert message(win) in ("Too many wrong PINs. Try again in 1 second.",
                            "Too many wrong PINs. Try again in 2 seconds.", "Too many wrong PINs. Try again in 3 seconds.")
    qtbot.waitUntil(lambda: vm.staff.padState == "ready", timeout=5000)
    assert message(win) == "Type the staff PIN. After a wrong one the pad pauses again, for longer."
    type_pin(qtbot, win, "111222")
    qtbot.waitUntil(lambda: vm.staff.padState == "locked", timeout=10000)
    assert message(win) in ("Too many wrong PINs. Try again in 1 min 0 s.",
                            "Too many wrong PINs. Try again in 59 seconds.")


def test_a_damaged_pin_hash_counts_as_no_pin_rather_than_locking_staff_out(qtbot, kiosk_window, caplog) -> None:
    config_file().parent.mkdir(parents=True, exist_ok=True)
    config_file().write_text('staff_pin_hash = "482913"\n', encoding="utf-8")  # a PIN typed in by hand
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_pad(qtbot, kiosk_window)
    assert vm.staff.padState == "notSetUp"
    assert message(win).startswith("Staff mode is not set up on this kiosk.")
    assert "not an argon2id hash" in caplog.text and "482913" not in caplog.text
