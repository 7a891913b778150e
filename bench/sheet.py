"""Building the pathway sheet (A4 and 80 mm roll) beside a bare reportlab document of the same text."""

from __future__ import annotations

import datetime as dt
import io
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

from bench.figures import Figure, percentile
from kiosk.sheets.fonts import register_fonts
from kiosk.sheets.render import build_sheet, geometry
from kiosk.sheets.sample import sample_content

TARGET = "<= 150 ms and <= 1.5x floor"


def _timed(call: Callable[[], object], runs: int) -> list[float]:
    call()  # warm: reportlab caches glyph widths per font on first use
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _text_of(pdf: bytes) -> list[str]:
    """The sheet's text as pdftotext reads it back: the floor sets exactly these words."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        out = subprocess.run(["pdftotext", f.name, "-"], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line.strip()]


def _bare(lines: list[str], layout: str) -> Callable[[], bytes]:
    """A plain reportlab document: the same lines as paragraphs in the same embedded font and page
    width, no tables, no QR code, no measuring."""
    regular, _ = register_fonts()
    geo = geometry(layout, False)
    style = ParagraphStyle("bare", fontName=regular, fontSize=geo.body, leading=geo.body * 1.28)
    height = geo.page_height or 2000.0

    def build() -> bytes:
        out = io.BytesIO()
        doc = SimpleDocTemplate(out, pagesize=(geo.page_width, height), leftMargin=geo.margin_x,
                                rightMargin=geo.margin_x, topMargin=geo.margin_y, bottomMargin=geo.margin_y,
                                initialFontName=regular, invariant=True)
        doc.build([Paragraph(escape(line), style) for line in lines])
        return out.getvalue()

    return build


def run(quick: bool) -> Iterator[Figure]:
    runs = 8 if quick else 30
    start = time.perf_counter()
    register_fonts()
    yield Figure("sheet", "register fonts (once per process)", (time.perf_counter() - start) * 1000, "ms")
    content = sample_content("de", today=dt.date.today())
    for layout in ("a4", "80mm"):
        pdf = build_sheet(content, layout)
        lines = _text_of(pdf)
        ours = _timed(lambda: build_sheet(content, layout), runs)
        floor = _timed(_bare(lines, layout), runs)
        extra = {"steps": len(content.steps), "lines": len(lines), "bytes": len(pdf), "runs": runs}
        yield Figure("sheet", f"build {layout} median", statistics.median(ours), "ms",
                     floor=statistics.median(floor), target=TARGET, extra=extra)
        yield Figure("sheet", f"build {layout} p95", percentile(ours, 95), "ms",
                     floor=percentile(floor, 95), target=TARGET, extra=extra)
    large = _timed(lambda: build_sheet(content, "a4", large_print=True), runs)
    yield Figure("sheet", "build a4 large print median", statistics.median(large), "ms", target="<= 150 ms")
