"""The learning goal's view-model: its keys match the core's, steps go on only with an aim."""

from __future__ import annotations

from kiosk.gui import goalvm
from kiosk.gui.goalvm import GoalViewModel
from kiosk.gui.worker import StoreWorker
from kiosk.signup import save


def test_the_screens_keys_are_the_cores() -> None:
    assert goalvm.AIMS == save.AIMS
    assert goalvm.DAYS == save.DAYS
    assert goalvm.TIMES_OF_DAY == save.TIMES_OF_DAY
    assert goalvm.ACCESS_NEEDS == save.ACCESS_NEEDS


def test_steps_need_an_aim_then_go_on_and_back_and_reset(qtbot) -> None:
    worker = StoreWorker()
    try:
        vm = GoalViewModel(worker, lambda: [])
        vm.next()
        assert vm.step == "aim"  # the one answer that cannot be skipped
        vm.aim = "health"
        vm.next()
        vm.toggleDay("fri")
        vm.toggleDay("mon")
        vm.toggleDay("someday")
        assert vm.step == "words" and vm.days == ["mon", "fri"]
        vm.previous()
        assert vm.step == "aim"
        for _ in range(20):
            vm.next()
        assert vm.step == "review"
        vm.goTo("budget")
        assert vm.step == "budget"
        vm.reset()
        assert (vm.step, vm.aim, vm.days) == ("aim", "", [])
    finally:
        worker.stop()
