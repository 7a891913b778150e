"""Picks the print backend the kiosk's settings ask for (CUPS on Linux, Qt on Windows by default)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import PRINT_BACKENDS, Settings, data_dir
from kiosk.printing.cups import CupsBackend
from kiosk.printing.folder import FolderBackend
from kiosk.printing.result import PROBLEM, PrintBackend, PrintResult

BACKENDS = PRINT_BACKENDS


def default_backend_name() -> str:
    return "qt" if sys.platform == "win32" else "cups"


@dataclass
class Unavailable:
    """Stands in for a backend that cannot work here, so the kiosk reports it instead of crashing."""

    reason: str
    name: str = "unavailable"

    def print_pdf(self, pdf: bytes, title: str) -> PrintResult:
        return PrintResult(PROBLEM, self.reason)


def backend_from_settings(
    settings: Settings, extra: dict[str, Callable[[Settings], PrintBackend]] | None = None
) -> PrintBackend:
    """The configured backend. ``extra`` adds backends that live outside the core: the GUI
    passes {"qt": ...} (kiosk.gui.printing_qt), since the core never imports Qt."""
    name = settings.print_backend or default_backend_name()
    if extra and name in extra:
        return extra[name](settings)
    if name == "cups":
        return CupsBackend(printer=settings.printer)
    if name == "folder":
        return FolderBackend(Path(settings.print_folder) if settings.print_folder else data_dir() / "printed")
    if name == "qt":
        return Unavailable("Qt printing works only inside the kiosk app (kiosk.gui.printing_qt)")
    return Unavailable(f"unknown print_backend {name!r} in the settings; use one of {', '.join(BACKENDS)}")
