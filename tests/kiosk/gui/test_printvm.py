"""kiosk.printing for the staff screen: a test page, a reprint, and what is kept of a problem."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.gui.printvm import PrintViewModel
from kiosk.gui.worker import StoreWorker
from kiosk.sheets.sample import SAMPLE_CLAIM_CODE


@pytest.fixture
def worker(qtbot):
    worker = StoreWorker()
    yield worker
    worker.stop()


def make(worker, tmp_path: Path, folder: Path) -> tuple[PrintViewModel, list[str]]:
    vm = PrintViewModel(worker, Settings(print_backend="folder", print_folder=str(folder), sheet_layout="80mm"))
    states: list[str] = []
    vm.on_printer_state = states.append
    return vm, states


def test_a_test_page_is_a_sample_sheet_and_needs_no_citizen(qtbot, worker, tmp_path) -> None:
    vm, states = make(worker, tmp_path, tmp_path / "printed")
    assert vm.backend == "folder" and vm.state == "idle" and not vm.reprintLast()
    vm.printTestPage()
    assert vm.state == "printing"
    qtbot.waitUntil(lambda: vm.state == "done", timeout=20000)
    (sheet,) = (tmp_path / "printed").glob("*.pdf")
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True).stdout
    assert SAMPLE_CLAIM_CODE in text
    assert states == ["ready"] and vm.errors == [] and vm.lastError == ""
    assert vm.claimCode == "" and vm.qrImage == ""  # nothing of a citizen's on screen
    vm.stop()


def test_a_problem_is_kept_for_staff_with_the_printer_words_and_the_hub_hears_of_it(qtbot, worker, tmp_path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    vm, states = make(worker, tmp_path, blocked)
    vm.printTestPage()
    qtbot.waitUntil(lambda: vm.state == "problem", timeout=20000)
    assert vm.message.startswith(f"cannot file the sheet in {blocked}")
    (error,) = vm.errors
    assert error["backend"] == "folder" and error["message"] == vm.message
    assert vm.lastError == f"{error['at']} {vm.message}"
    assert states == ["error"]
    vm.reset()  # the next citizen: the state goes, the errors stay for staff
    assert vm.state == "idle" and vm.message == "" and len(vm.errors) == 1
    vm.stop()


def test_a_sheet_finishing_after_start_over_shows_nothing_to_the_next_citizen(qtbot, worker, tmp_path, store_path) -> None:
    from kiosk.gui.printvm import SheetJob
    from kiosk.sheets.sample import sample_content

    with qtbot.waitSignal(worker.opened, timeout=15000):
        worker.open(store_path)
    folder = tmp_path / "printed"
    vm, states = make(worker, tmp_path, folder)
    content = sample_content("en")
    vm.source = lambda: SheetJob(lambda engine: content, SAMPLE_CLAIM_CODE, content.project_url, "en")
    vm.printSheet()
    assert vm.state == "printing" and vm.claimCode == SAMPLE_CLAIM_CODE
    vm.reset()  # "Start over" while the sheet is on its way
    qtbot.waitUntil(lambda: states == ["ready"], timeout=20000)
    assert len(list(folder.glob("*.pdf"))) == 1  # it did print (the citizen may still take it)
    assert (vm.state, vm.claimCode, vm.projectUrl, vm.qrImage) == ("idle", "", "", "")
    assert vm.canReprint  # staff can, for a few minutes
    vm.stop()
