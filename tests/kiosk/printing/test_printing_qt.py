"""Qt's print system backend: no dialog, every page rasterised and painted, the QR still readable."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kiosk.config import Settings
from kiosk.printing.result import DONE, PROBLEM
from kiosk.sheets.content import SheetContent
from kiosk.sheets.render import build_sheet

pytest.importorskip("PySide6.QtPdf", reason="PySide6-Pdf is not installed (pyproject lists it)")
from kiosk.gui.printing_qt import QtPrintBackend, print_backend  # noqa: E402

URL = "https://hub.example.org/p/QT12-PRNT"


def _content() -> SheetContent:
    return SheetContent(lang="el", aim="health", own_words="Θέλω να περπατώ περισσότερο", steps=(),
                        claim_code="QT12-PRNT", hub_url="https://hub.example.org", complete=False,
                        closest=("Γιόγκα",))


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_qt_prints_every_page_with_a_readable_qr(qapp, tmp_path, layout) -> None:
    sheet = build_sheet(_content(), layout)
    out = tmp_path / "qt.pdf"
    result = QtPrintBackend(output_file=str(out), dpi=200).print_pdf(sheet, "Pathway")
    assert result.state == DONE, result.message
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    images = [str(p) for p in sorted(tmp_path.glob("page*.png"))]
    decoded = subprocess.run(["zbarimg", "-q", "--raw", *images], capture_output=True, text=True).stdout.split()
    assert decoded == [URL]


def test_qt_reports_a_printer_that_does_not_exist(qapp) -> None:
    result = QtPrintBackend(printer="No Such Printer").print_pdf(build_sheet(_content(), "80mm"), "x")
    assert result.state == PROBLEM and "No Such Printer" in result.message


def test_qt_reports_a_file_that_is_not_a_pdf(qapp, tmp_path) -> None:
    result = QtPrintBackend(output_file=str(tmp_path / "x.pdf")).print_pdf(b"not a pdf", "x")
    assert result.state == PROBLEM and "could not read" in result.message


def test_the_gui_offers_qt_as_a_backend(qapp) -> None:
    backend = print_backend(Settings(print_backend="qt", printer="Front desk"))
    assert isinstance(backend, QtPrintBackend) and backend.printer == "Front desk"


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")
def test_qt_prints_a_multi_page_sheet_whole(qapp, tmp_path) -> None:
    from kiosk.sheets.sample import sample_content
    import datetime as dt

    content = sample_content("en", today=dt.date(2026, 3, 2))
    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(build_sheet(content, "a4"))
    out = tmp_path / "qt.pdf"
    assert QtPrintBackend(output_file=str(out), dpi=150).print_pdf(sheet.read_bytes(), "x").state == DONE

    def pages(path) -> str:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return next(line for line in info.splitlines() if line.startswith("Pages"))

    assert pages(out) == pages(sheet) != "Pages:           1"
