"""Printing pathway sheets through a real CUPS server and its cups-pdf queue."""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid

import pytest

from kiosk.printing.cups import CupsBackend
from kiosk.printing.result import DONE, PROBLEM
from kiosk.sheets.render import build_sheet
from kiosk.sheets.sample import SAMPLE_CLAIM_CODE, sample_content

HUB = "https://hub.lernstadt.example"


@pytest.fixture(scope="module")
def content():
    return sample_content("de", today=dt.date(2026, 3, 2), hub_url=HUB)


def pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split(":")[1] for line in out.splitlines() if line.startswith("Pages")))


def qr(path, tmp_path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "printed")], check=True)
    images = sorted(str(p) for p in tmp_path.glob("printed*.png"))
    return subprocess.run(["zbarimg", "-q", "--raw", *images], capture_output=True, text=True).stdout.split()


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_a_sheet_comes_out_of_the_cups_pdf_queue_whole(cups_server, content, tmp_path, layout) -> None:
    sheet = tmp_path / "sent.pdf"
    sheet.write_bytes(build_sheet(content, layout))
    before, token = cups_server.outputs(), uuid.uuid4().hex[:10]
    result = CupsBackend(printer=cups_server.queue, env=cups_server.env).print_pdf(sheet.read_bytes(), f"Lernweg-{token}")
    assert result.state == DONE, result.message
    assert result.job.startswith(f"{cups_server.queue}-")
    printed = cups_server.wait_for_new_output(before, token)
    # cups-pdf re-renders through Ghostscript (text comes back garbled): check pages and the QR.
    assert pages(printed) == pages(sheet)
    assert qr(printed, tmp_path) == [f"{HUB}/p/{SAMPLE_CLAIM_CODE}"]


def test_a_stopped_printer_is_a_problem_for_staff(cups_server, content) -> None:
    assert cups_server.run("cupsdisable", "-r", "out of paper", cups_server.queue).returncode == 0
    try:
        result = CupsBackend(printer=cups_server.queue, env=cups_server.env).print_pdf(
            build_sheet(content, "80mm"), "Lernweg")
    finally:
        assert cups_server.run("cupsenable", cups_server.queue).returncode == 0
    assert result.state == PROBLEM
    assert f"printer {cups_server.queue} is stopped" in result.message and "out of paper" in result.message


def test_an_unknown_queue_is_a_problem_not_a_crash(cups_server) -> None:
    result = CupsBackend(printer="NoSuchPrinter", env=cups_server.env).print_pdf(b"%PDF-1.4\n", "x")
    assert result.state == PROBLEM and "printer NoSuchPrinter refused the sheet" in result.message


def test_without_the_lp_command_staff_are_told_what_to_install(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no lp on this "machine"
    result = CupsBackend(printer="any").print_pdf(b"%PDF-1.4\n", "x")
    assert result.state == PROBLEM and "cups-client" in result.message


QT_PRINT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.gui.printing_qt import QtPrintBackend
result = QtPrintBackend(printer=sys.argv[1], dpi=150).print_pdf(open(sys.argv[2], "rb").read(), sys.argv[3])
print(result.state, result.message)
"""


def test_qt_printing_reaches_the_same_real_queue(cups_server, content, tmp_path) -> None:
    """Qt's print system (the Windows default) through CUPS here: in its own process, because
    libcups reads CUPS_SERVER once per process."""
    import os
    import sys

    pytest.importorskip("PySide6.QtPdf")
    sheet = tmp_path / "sent.pdf"
    sheet.write_bytes(build_sheet(content, "80mm"))
    before, token = cups_server.outputs(), uuid.uuid4().hex[:10]
    done = subprocess.run(
        [sys.executable, "-c", QT_PRINT, cups_server.queue, str(sheet), f"Qt-{token}"],
        env={**os.environ, **cups_server.env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0 and done.stdout.startswith("done"), done.stdout + done.stderr[-2000:]
    printed = cups_server.wait_for_new_output(before, token)
    assert pages(printed) == 1
    assert qr(printed, tmp_path) == [f"{HUB}/p/{SAMPLE_CLAIM_CODE}"]
