"""Printing the pathway sheet for the screens and for staff: off the GUI thread, never a dialog.

Exposed as ``kiosk.printing`` on the kiosk's view-model (a public contract: the pathway screen
and the staff screen use it). Every property notifies with ``changed``.

=============  ======  ========================================================================
property       type    meaning
=============  ======  ========================================================================
state          string  ``idle`` | ``printing`` (building the sheet or waiting for the printer)
                       | ``done`` (the sheet came out, or was filed) | ``problem``
message        string  the last outcome in plain words for staff, from the print backend
                       ("job KioskPDF-12 printed on KioskPDF", "printer X is stopped (out of
                       paper)"); "" while idle. The citizen's words come from the screen
                       ("Printing…", "Done — please take your sheet", "Printer problem")
lastError      string  the newest kept problem, "HH:MM message"; "" when there was none
errors         list    the kept problems, newest first (at most 10, since the kiosk started):
                       ``[{"at": "HH:MM", "date": "YYYY-MM-DD", "backend": "cups",
                       "message": ...}]`` — printer words only, never personal data
canReprint     bool    a sheet printed in the last few minutes is kept (in memory) to reprint
claimCode      string  the claim code of the sheet being printed (for the screen on a problem)
projectUrl     string  the learning project's address on the hub (the QR code's target)
qrImage        string  that QR code as a ``data:image/png;base64,…`` URL for an ``Image``;
                       "" until a sheet is printed
backend        string  the print backend in use: ``cups`` | ``folder`` | ``qt``
=============  ======  ========================================================================

Slots: ``printSheet()`` (the citizen's pathway sheet, from the pathway screen),
``reprintLast()`` (staff: the kept sheet again; returns false when none is kept),
``printTestPage()`` (staff: a sample sheet from the demo catalogue, in the kiosk's default
language), ``reset()`` (the next
citizen: forgets the state and the QR, keeps the errors and the kept sheet for staff).

The sheet's content is read on the store thread; the PDF is built and printed on this
view-model's own printing thread, since a CUPS job is followed for up to 20 s.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QBuffer, QByteArray, QIODevice, QObject, Signal, Slot

from kiosk.config import Settings
from kiosk.gui.worker import StoreWorker
from kiosk.printing.journal import PrintJournal, heartbeat_state
from kiosk.printing.result import DONE, PRINTING, PROBLEM, PrintResult

log = logging.getLogger(__name__)
SHEET_TITLE = "pathway-sheet"  # the job's title in the print queue: never a name
QR_PIXELS_PER_MODULE = 10


@dataclass(frozen=True)
class SheetJob:
    """What the pathway screen hands over: ``content(engine)`` reads the sheet's content on the
    store thread; the claim code and address are known before, for the screen on a problem."""

    content: Callable[[Any], Any]  # engine -> kiosk.sheets.content.SheetContent
    claim_code: str
    project_url: str
    lang: str


class PrintViewModel(QObject):
    """One per kiosk; ``source`` is set by the kiosk to the pathway's ``sheet_job``."""

    changed = Signal()
    _finished = Signal(int, object, str)  # request, PrintResult, QR data URL (from the printing thread)

    def __init__(self, worker: StoreWorker, settings: Settings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._settings = settings or Settings()
        self._journal = PrintJournal()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="printing")
        self._backend = None  # made on the printing thread at the first print
        self.source: Callable[[], SheetJob | None] = lambda: None
        self.on_printer_state: Callable[[str], None] = lambda state: None  # the sync heartbeat's
        self.large_print: Callable[[], bool] = lambda: False
        self._finished.connect(self._done)
        self._request = 0
        self._clear()

    def _clear(self) -> None:
        self._state = "idle"
        self._message = ""
        self._claim_code = ""
        self._project_url = ""
        self._qr = ""

    # --- properties ----------------------------------------------------------------------------

    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=changed)

    def _get_message(self) -> str:
        return self._message

    message = Property(str, _get_message, notify=changed)

    def _get_errors(self) -> list[dict[str, str]]:
        return [{"at": f"{e.at:%H:%M}", "date": e.at.date().isoformat(), "backend": e.backend,
                 "message": e.message} for e in self._journal.errors()]

    errors = Property(list, _get_errors, notify=changed)

    def _get_last_error(self) -> str:
        errors = self._journal.errors()
        return f"{errors[0].at:%H:%M} {errors[0].message}" if errors else ""

    lastError = Property(str, _get_last_error, notify=changed)

    def _get_can_reprint(self) -> bool:
        return self._journal.last_sheet() is not None

    canReprint = Property(bool, _get_can_reprint, notify=changed)

    def _get_claim_code(self) -> str:
        return self._claim_code

    claimCode = Property(str, _get_claim_code, notify=changed)

    def _get_project_url(self) -> str:
        return self._project_url

    projectUrl = Property(str, _get_project_url, notify=changed)

    def _get_qr(self) -> str:
        return self._qr

    qrImage = Property(str, _get_qr, notify=changed)

    def _get_backend(self) -> str:
        return self._settings.print_backend or _default_backend()

    backend = Property(str, _get_backend, constant=True)

    @property
    def journal(self) -> PrintJournal:
        return self._journal

    # --- actions -------------------------------------------------------------------------------

    @Slot()
    def printSheet(self) -> None:
        """Print the citizen's pathway sheet; a second press while printing does nothing."""
        job = self.source()
        if job is None or self._state == "printing":
            return
        self._claim_code, self._project_url = job.claim_code, job.project_url
        self._set_state("printing", "")
        request = self._next_request()
        large = bool(self.large_print())
        self._worker.call(job.content, lambda content: self._submit(request, self._build_and_print, content, large),
                          lambda exc: self._done(request, PrintResult(PROBLEM, f"the sheet's content could not be "
                                                                      f"read from the store ({type(exc).__name__})"),
                                                 _qr_data_url(job.project_url)))

    @Slot(result=bool)
    def reprintLast(self) -> bool:
        """Staff: the kept sheet once more (for a few minutes after it was printed)."""
        kept = self._journal.last_sheet()
        if kept is None or self._state == "printing":
            self.changed.emit()  # canReprint may just have turned false
            return False
        self._set_state("printing", "")
        self._submit(self._next_request(), self._print_kept, kept)
        return True

    @Slot()
    def printTestPage(self) -> None:
        """Staff: a sample sheet from the demo catalogue, in the kiosk's layout (no citizen's data)."""
        if self._state == "printing":
            return
        self._set_state("printing", "")
        self._submit(self._next_request(), self._print_test_page)

    @Slot()
    def reset(self) -> None:
        """The next citizen: no state, claim code or QR of the last one (staff keep the rest)."""
        self._request += 1  # an answer still on its way is for nobody now
        self._clear()
        self.changed.emit()

    def stop(self) -> None:
        """Before the window goes: wait for a job in hand (its answer is dropped)."""
        self._request += 1
        self._pool.shutdown(wait=True, cancel_futures=True)

    # --- on the printing thread ----------------------------------------------------------------

    def _submit(self, request: int, work: Callable[..., tuple[PrintResult, str]], *args: Any) -> None:
        def run() -> None:
            try:
                result, qr = work(*args)
            except Exception as exc:  # a broken font or backend must reach the screen, not kill the thread
                log.exception("printing failed")
                result, qr = PrintResult(PROBLEM, f"the sheet could not be made ({type(exc).__name__}: {exc})"), ""
            self._finished.emit(request, result, qr)

        self._pool.submit(run)

    def _backend_here(self):
        if self._backend is None:
            from kiosk.printing.choose import backend_from_settings

            def qt(settings: Settings):
                from kiosk.gui.printing_qt import QtPrintBackend

                return QtPrintBackend(printer=settings.printer)

            self._backend = backend_from_settings(self._settings, {"qt": qt})
        return self._backend

    def _build_and_print(self, content: Any, large_print: bool) -> tuple[PrintResult, str]:
        from kiosk.sheets.render import build_sheet

        qr = _qr_data_url(content.project_url)  # first: the screen needs it if anything below fails
        pdf = build_sheet(content, layout=self._layout(), large_print=large_print)
        self._journal.keep(pdf, SHEET_TITLE)
        return self._print(pdf, SHEET_TITLE), qr

    def _print_kept(self, kept: Any) -> tuple[PrintResult, str]:
        return self._print(kept.pdf, kept.title), ""

    def _print_test_page(self) -> tuple[PrintResult, str]:
        from kiosk.sheets.sample import sample_sheet

        origin = tuple(self._settings.kiosk_location) if len(self._settings.kiosk_location) == 2 else None
        # In the kiosk's default language: staff see its fonts and words come out right.
        pdf = sample_sheet(self._settings.default_language, self._layout(), hub_url=self._settings.hub_url,
                           help_contact=self._settings.help_desk_in(self._settings.default_language),
                           origin=origin)
        return self._print(pdf, "test-page"), ""

    def _print(self, pdf: bytes, title: str) -> PrintResult:
        backend = self._backend_here()
        result = backend.print_pdf(pdf, title)
        self._journal.record(backend.name, result)  # logged with the store's copy (problems.remember)
        return result

    def _layout(self) -> str:
        return self._settings.sheet_layout if self._settings.sheet_layout in ("a4", "80mm") else "a4"

    # --- back on the GUI thread ----------------------------------------------------------------

    def _done(self, request: int, result: PrintResult, qr: str) -> None:
        self.on_printer_state(heartbeat_state(result))
        if result.state == PROBLEM:
            self._keep_for_staff(result)
        if request != self._request:
            self.changed.emit()  # the citizen started over: only staff's view changes
            return
        if qr:
            self._qr = qr
        # A CUPS job still queued after the wait is on its way: the citizen may take it soon.
        state = "done" if result.state in (DONE, PRINTING) else "problem"
        self._set_state(state, result.message)

    def _keep_for_staff(self, result: PrintResult) -> None:
        """The problem also goes into the store (kiosk.printing.problems), where it outlives a restart."""
        from kiosk.printing.problems import remember

        backend = self._get_backend()

        def job(engine: Any) -> None:
            with engine.begin() as conn:
                remember(conn, backend, result)

        self._worker.call(job, lambda _: None)

    def _next_request(self) -> int:
        self._request += 1
        return self._request

    def _set_state(self, state: str, message: str) -> None:
        self._state, self._message = state, message
        self.changed.emit()


def _default_backend() -> str:
    from kiosk.printing.choose import default_backend_name

    return default_backend_name()


def _qr_data_url(value: str) -> str:
    """The QR code as a PNG data URL, black on white with its quiet zone (crisp: one pixel
    block per module, scaled without smoothing on screen)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from kiosk.sheets.qr import BORDER, qr_rows

    if not value:
        return ""
    rows = qr_rows(value)
    side = (len(rows) + 2 * BORDER) * QR_PIXELS_PER_MODULE
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    black = QColor("black")
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect((c + BORDER) * QR_PIXELS_PER_MODULE, (r + BORDER) * QR_PIXELS_PER_MODULE,
                                 QR_PIXELS_PER_MODULE, QR_PIXELS_PER_MODULE, black)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")
