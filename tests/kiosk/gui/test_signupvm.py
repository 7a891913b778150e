"""The sign-up view-model's standing sign-up: another try at the same offer that fails does not
undo the one that stands, but the hub turning that one down does (the pathway releases it)."""

from __future__ import annotations

from kiosk.gui.signupvm import SignUpViewModel
from kiosk.gui.worker import StoreWorker


def _attempt(vm: SignUpViewModel, attempt: str, status: str) -> None:
    """As a saved attempt at offer o7 (its status from the store or the hub)."""
    vm._offer, vm._step, vm._attempt = {"hubId": "o7"}, "done", attempt
    vm._set_status(status, "")


def test_a_failed_second_try_keeps_the_sign_up_that_stands_and_a_hub_rejection_does_not(qtbot) -> None:
    worker = StoreWorker()
    try:
        vm = SignUpViewModel(worker)
        _attempt(vm, "first", "confirmed")
        assert vm.standing() == ("o7", "confirmed")
        _attempt(vm, "second", "rejected")  # the citizen tried another date: full
        assert vm.standing() == ("o7", "confirmed")
        _attempt(vm, "first", "rejected")  # later the hub turned the first one down after all
        assert vm.standing() == ("o7", "rejected")
        _attempt(vm, "third", "provisional")
        vm.reset()  # the next citizen: nothing stands
        _attempt(vm, "fourth", "rejected")
        assert vm.standing() == ("o7", "rejected")
    finally:
        worker.stop()
