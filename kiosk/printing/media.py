"""The paper a PDF asks for, as a CUPS media name, so a roll is not shrunk onto A4."""

from __future__ import annotations

import re

_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_MM = 25.4 / 72
A4_MM = (210, 297)


def first_page_mm(pdf: bytes) -> tuple[float, float] | None:
    """Width and height of the first page in millimetres (None if the PDF does not say plainly)."""
    match = _MEDIABOX.search(pdf)
    if not match:
        return None
    x0, y0, x1, y1 = (float(v) for v in match.groups())
    return abs(x1 - x0) * _MM, abs(y1 - y0) * _MM


def cups_media(pdf: bytes) -> str | None:
    """"A4" for an A4 sheet, "Custom.80x602mm" for a roll; None when unknown."""
    size = first_page_mm(pdf)
    if size is None:
        return None
    width, height = size
    if abs(width - A4_MM[0]) < 2 and abs(height - A4_MM[1]) < 2:
        return "A4"
    return f"Custom.{round(width)}x{round(height)}mm"
