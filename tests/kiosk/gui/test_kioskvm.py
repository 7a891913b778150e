"""The kiosk view-model without QML: languages, screens, Start over, and a store that fails."""

from __future__ import annotations

from pathlib import Path

from kiosk.gui.kioskvm import KioskViewModel
from kiosk.gui.worker import StoreWorker


def test_languages_come_from_the_settings_by_native_name(qtbot) -> None:
    worker = StoreWorker()
    vm = KioskViewModel(worker, languages=["el", "xx", "de"], default_language="de")
    assert vm.languages == [{"code": "el", "name": "Ελληνικά"}, {"code": "de", "name": "Deutsch"}]
    vm.start("xx")
    assert (vm.screen, vm.language) == ("discover", "de")
    worker.stop()


def test_start_over_returns_to_the_attract_screen_in_the_default_language(qtbot) -> None:
    worker = StoreWorker()
    vm = KioskViewModel(worker, default_language="en")
    vm.start("ar")
    assert vm.rightToLeft and vm.language == "ar"
    vm.discover.text = "ders"
    vm.startOver()
    assert (vm.screen, vm.language, vm.discover.text, vm.rightToLeft) == ("attract", "en", "", False)
    worker.stop()


def test_a_store_that_cannot_open_is_reported(qtbot, tmp_path: Path) -> None:
    worker = StoreWorker()
    vm = KioskViewModel(worker)
    broken = tmp_path / "kiosk.sqlite"
    broken.write_bytes(b"not a database" * 100)
    with qtbot.waitSignal(vm.storeStateChanged, timeout=15000):
        vm.open_store(broken, demo=False)
    assert vm.storeState == "failed"
    worker.stop()
