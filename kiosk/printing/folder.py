"""A "printer" that files each sheet as a PDF in a folder: for trying a kiosk out without paper."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.printing.result import DONE, PROBLEM, PrintResult


@dataclass
class FolderBackend:
    folder: Path
    name: str = "folder"

    def print_pdf(self, pdf: bytes, title: str) -> PrintResult:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # sorts in the order printed
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Written under a temporary name and renamed, so nobody picks up half a sheet.
            fd, tmp = tempfile.mkstemp(prefix=f".pathway-{stamp}-", suffix=".pdf", dir=self.folder)
            with os.fdopen(fd, "wb") as out:
                out.write(pdf)
            final = Path(tmp).with_name(Path(tmp).name.lstrip("."))
            os.replace(tmp, final)
        except OSError as exc:
            return PrintResult(PROBLEM, f"cannot file the sheet in {self.folder}: {exc.strerror}")
        return PrintResult(DONE, f"sheet filed as {final}", str(final))
