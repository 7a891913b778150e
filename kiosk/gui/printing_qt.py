"""Prints the pathway sheet through Qt's print system (the Windows default), never showing a dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.config import Settings
from kiosk.printing.choose import backend_from_settings
from kiosk.printing.result import DONE, PROBLEM, PrintBackend, PrintResult


@dataclass
class QtPrintBackend:
    """Rasterises each page (Qt cannot pass a PDF through) at ``dpi`` and paints it on the printer.
    ``output_file`` makes Qt write a PDF instead of printing: for trying it out and for tests.
    Painting on a QPrinter is allowed off the GUI thread, which is where this must run."""

    printer: str = ""
    dpi: int = 300
    output_file: str = ""
    name: str = "qt"

    def print_pdf(self, pdf: bytes, title: str) -> PrintResult:
        data = QByteArray(pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            return PrintResult(PROBLEM, f"Qt could not read the sheet ({document.error().name})")
        printer = self._printer(title)
        if isinstance(printer, PrintResult):
            return printer
        painter = QPainter()
        first = document.pagePointSize(0)
        printer.setPageLayout(_layout(first))
        if not painter.begin(printer):
            return PrintResult(PROBLEM, f"Qt could not start a job on {self._where()}")
        try:
            for index in range(document.pageCount()):
                size = document.pagePointSize(index)
                if index:
                    printer.setPageLayout(_layout(size))
                    printer.newPage()
                pixels = QSize(round(size.width() * self.dpi / 72), round(size.height() * self.dpi / 72))
                image = document.render(index, pixels)
                target = painter.viewport()
                painter.setWindow(target)
                painter.drawImage(QRectF(target), image)
        finally:
            painter.end()
        where = self.output_file or self._where()
        return PrintResult(DONE, f"{document.pageCount()} page(s) sent to {where}", where)

    def _printer(self, title: str) -> QPrinter | PrintResult:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title[:60])
        printer.setFullPage(True)
        printer.setResolution(self.dpi)
        if self.output_file:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.output_file)
            return printer
        if self.printer:
            if self.printer not in QPrinterInfo.availablePrinterNames():
                return PrintResult(PROBLEM, f"printer {self.printer} is not known to this computer")
            printer.setPrinterName(self.printer)
        elif QPrinterInfo.defaultPrinterName() == "":
            return PrintResult(PROBLEM, "no default printer is set up on this computer")
        if not printer.isValid():
            return PrintResult(PROBLEM, f"{self._where()} is not usable")
        return printer

    def _where(self) -> str:
        return f"printer {self.printer}" if self.printer else "the default printer"


def _layout(points: QSizeF) -> QPageLayout:
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def print_backend(settings: Settings) -> PrintBackend:
    """The backend the settings choose, with Qt's print system available as "qt"."""
    return backend_from_settings(settings, {"qt": lambda s: QtPrintBackend(printer=s.printer)})
