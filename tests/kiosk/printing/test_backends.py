"""The folder backend, the choice of backend from settings, the paper size sent, and kept problems."""

from __future__ import annotations

import sys

from kiosk.config import Settings
from kiosk.printing.choose import Unavailable, backend_from_settings, default_backend_name
from kiosk.printing.cups import CupsBackend
from kiosk.printing.folder import FolderBackend
from kiosk.printing.media import cups_media
from kiosk.printing.problems import last_problem, remember
from kiosk.printing.result import DONE, PROBLEM, PrintResult
from kiosk.sheets.content import SheetContent
from kiosk.sheets.render import build_sheet


def _sheet(layout: str) -> bytes:
    return build_sheet(SheetContent(lang="en", aim="digital", own_words="", steps=(), claim_code="AB12-CD34",
                                    hub_url="https://hub.example.org", complete=False), layout)


def test_the_folder_backend_files_each_sheet_whole(tmp_path) -> None:
    backend = FolderBackend(tmp_path / "printed")
    first, second = backend.print_pdf(b"%PDF-1 one", "a"), backend.print_pdf(b"%PDF-1 two", "b")
    assert first.state == second.state == DONE and first.job != second.job
    files = sorted((tmp_path / "printed").iterdir())  # names sort in the order printed
    assert [f.read_bytes() for f in files] == [b"%PDF-1 one", b"%PDF-1 two"]
    assert all(f.name.startswith("pathway-") and f.suffix == ".pdf" for f in files)


def test_the_folder_backend_reports_a_folder_it_cannot_use(tmp_path) -> None:
    blocker = tmp_path / "printed"
    blocker.write_text("a file where the folder should be")
    result = FolderBackend(blocker).print_pdf(b"%PDF", "x")
    assert result.state == PROBLEM and "cannot file the sheet" in result.message


def test_settings_choose_the_backend(tmp_path) -> None:
    assert default_backend_name() == ("qt" if sys.platform == "win32" else "cups")
    cups = backend_from_settings(Settings(print_backend="cups", printer="Front"))
    assert isinstance(cups, CupsBackend) and cups.printer == "Front"
    folder = backend_from_settings(Settings(print_backend="folder", print_folder=str(tmp_path)))
    assert isinstance(folder, FolderBackend) and folder.folder == tmp_path
    # The core has no Qt: asking it for "qt" says where that backend lives instead of crashing.
    qt = backend_from_settings(Settings(print_backend="qt"))
    assert isinstance(qt, Unavailable) and qt.print_pdf(b"", "x").state == PROBLEM
    odd = backend_from_settings(Settings(print_backend="fax")).print_pdf(b"", "x")
    assert odd.state == PROBLEM and "unknown print_backend 'fax'" in odd.message


def test_the_paper_size_goes_with_the_sheet() -> None:
    assert cups_media(_sheet("a4")) == "A4"
    roll = cups_media(_sheet("80mm"))
    assert roll.startswith("Custom.80x") and roll.endswith("mm")
    assert cups_media(b"not a pdf") is None


def test_a_problem_is_kept_for_staff_and_logged(engine, caplog) -> None:
    with engine.begin() as conn:
        assert last_problem(conn) is None
        remember(conn, "cups", PrintResult(DONE, "fine"))
        assert last_problem(conn) is None
        remember(conn, "cups", PrintResult(PROBLEM, "printer Front is stopped (out of paper)", "Front-7"))
        remember(conn, "cups", PrintResult(PROBLEM, "printer Front is stopped (paper jam)", "Front-8"))
    with engine.connect() as conn:
        kept = last_problem(conn)
    assert kept["message"] == "printer Front is stopped (paper jam)" and kept["job"] == "Front-8"
    assert "paper jam" in caplog.text
