"""Right-to-left paragraphs for the sheet: Arabic joined (presentation forms), lines broken in
reading order, then each line put in visual order by the bidi algorithm and set from the right."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from kiosk.sheets.fonts import register_arabic_fonts

# Harakat (short-vowel marks) are left out: a sheet set without GPOS cannot place them over
# their letters, and everyday Arabic print is written without them.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": True, "support_ligatures": True})
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def is_arabic(char: str) -> bool:
    code = ord(char)
    return (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
            or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)


def direction(text: str) -> str:
    """'L' or 'R' by the first letter with a direction (rule P2): catalogue text in English or
    German reads left to right even on an Arabic sheet; Arabic, and text without letters, right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return "R"


def visual(line: str, base: str = "R") -> str:
    """One line (reading order, joined forms) as drawn from left to right: the Unicode bidi
    algorithm, brackets and quotes mirrored where they read right to left (python-bidi)."""
    return get_display(line, base_dir=base)


def shape(text: str) -> str:
    """Arabic letters in their joined forms (still in reading order); other text unchanged."""
    return _RESHAPER.reshape(_BIDI_CONTROLS.sub("", text))


@dataclass(frozen=True)
class _Fonts:
    latin: str
    arabic: str


@cache
def _fonts(latin: str) -> _Fonts:
    regular, bold = register_arabic_fonts()
    return _Fonts(latin, bold if "Bold" in latin else regular)


def _runs(word: str, fonts: _Fonts) -> list[tuple[str, str]]:
    """(text, font) pieces: Arabic from the Arabic font, the rest (Latin, digits, €) from the sheet's."""
    arabic = getFont(fonts.arabic).face.charToGlyph
    pieces: list[tuple[str, str]] = []
    for char in word:
        font = fonts.arabic if is_arabic(char) and ord(char) in arabic else fonts.latin
        if pieces and pieces[-1][1] == font:
            pieces[-1] = (pieces[-1][0] + char, font)
        else:
            pieces.append((char, font))
    return pieces


def _line_width(text: str, fonts: _Fonts, size: float) -> float:
    return sum(stringWidth(piece, font, size) for piece, font in _runs(text, fonts))


def _draw_visual(canvas, x: float, y: float, text: str, fonts: _Fonts, size: float) -> None:
    for piece, font in _runs(text, fonts):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, font, size)


def draw_width(text: str, font: str, size: float) -> float:
    """The width of one unbroken right-to-left line, as draw_line sets it."""
    return _line_width(" ".join(shape(text).split()), _fonts(font), size)


def draw_line(canvas, x_right: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one unbroken line of right-to-left text ending at ``x_right``; returns its width."""
    fonts = _fonts(font)
    joined = " ".join(shape(text).split())
    line = visual(joined, direction(joined))
    width = _line_width(line, fonts, size)
    _draw_visual(canvas, x_right - width, y, line, fonts, size)
    return width


class RtlParagraph(Flowable):
    """A plain-text paragraph set right to left, aligned right (or centred), in a ParagraphStyle.

    A bullet (the bold label of a fact) stands at the right edge, as the label column of a
    left-to-right sheet stands at the left; ``leftIndent`` is kept free on the right for it.
    """

    def __init__(self, text: str, style: ParagraphStyle, bulletText: str | None = None,
                 _lines: list[tuple[str, list[str]]] | None = None, ends_row: bool = True) -> None:
        super().__init__()
        self.text, self.style, self.bulletText, self.ends_row = text, style, bulletText, ends_row
        self._fonts = _fonts(style.fontName)
        self._space = stringWidth(" ", style.fontName, style.fontSize)
        # Arabic letters reach further above and below the line than Latin ones; a line of Latin
        # text alone (an address, a German course title) between two others keeps the style's.
        self.leading = max(style.leading, style.fontSize * 1.45)
        self._lines = _lines or []
        self._heights: list[float] = []  # each line's own: tall where it holds Arabic
        self._gaps: list[float] = []  # from each line's baseline to the next one's
        self._fixed = _lines is not None
        self._wrapped_for: float | None = None

    def _first_indent(self) -> float:
        """How far from the right edge the first line starts: past the label column, or the label."""
        indent = self.style.leftIndent
        if self.bulletText:
            label = draw_width(self.bulletText, self.style.bulletFontName, self.style.bulletFontSize)
            indent = max(indent, self.style.bulletIndent + label + self._space)
        return indent

    def _break(self, first: float, width: float) -> list[tuple[str, list[str]]]:
        """(direction, words) per line: words in reading order, broken where the width is full
        (``first`` for the first line, beside the label)."""
        lines: list[tuple[str, list[str]]] = []
        size = self.style.fontSize
        for hard in shape(self.text).split("\n"):
            base = direction(hard)
            line: list[str] = []
            used = 0.0
            for word in hard.split():
                w = _line_width(word, self._fonts, size)
                if line and used + self._space + w > (width if lines else first):
                    lines.append((base, line))
                    line, used = [], 0.0
                used += (self._space if line else 0) + w
                line.append(word)
            lines.append((base, line))
        return lines

    def wrap(self, available_width, available_height):
        # A part made by split keeps its lines; the whole paragraph breaks them once per width.
        if not self._fixed and self._wrapped_for != available_width:
            free = available_width - self.style.rightIndent
            self._lines = self._break(free - self._first_indent(), free - self.style.leftIndent)
            self._wrapped_for = available_width
            self._heights = []
        if not self._heights and self._lines:
            self._measure_lines()
        self.width = available_width
        self.height = sum(self._gaps) + (self._heights[-1] if self._heights else 0)
        return self.width, self.height

    def _measure_lines(self) -> None:
        """Each line's height and the gaps between baselines: tall only where Arabic is.

        Only the text counts: the label stands in its own column beside line one, with nothing
        under it in that column - unless the row ends with that line, where an Arabic label
        would reach down to the next row's (``ends_row``: no more lines of the value follow).
        """
        own = [self.leading if any(map(is_arabic, "".join(words))) else self.style.leading
               for _, words in self._lines]
        self._gaps = [max(a, b) for a, b in zip(own, own[1:])]
        self._heights = own
        if len(own) == 1 and self.ends_row and self.bulletText and any(map(is_arabic, self.bulletText)):
            self._heights = [self.leading]

    def _lines_within(self, height: float) -> int:
        """How many of the lines (from the top) fit in ``height``."""
        fit, above = 0, 0.0
        while fit < len(self._heights) and above + self._heights[fit] <= height:
            above += self._gaps[fit] if fit < len(self._gaps) else 0.0
            fit += 1
        return fit

    def split(self, available_width, available_height):
        self.wrap(available_width, available_height)
        fit = self._lines_within(available_height)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        first = RtlParagraph(self.text, self.style, self.bulletText, self._lines[:fit], ends_row=False)
        rest = RtlParagraph(self.text, self.style, None, self._lines[fit:], ends_row=self.ends_row)
        return [first, rest]

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        size = style.fontSize
        right = self.width - (self._first_indent() if self.bulletText else self.style.leftIndent)
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        y = self.height - size  # the first baseline, where reportlab's Paragraph puts it
        if self.bulletText:
            draw_line(canvas, self.width - style.bulletIndent, y, self.bulletText,
                      style.bulletFontName, style.bulletFontSize)
        for index, (base, words) in enumerate(self._lines):
            line = visual(" ".join(words), base)
            width = _line_width(line, self._fonts, size)
            x = (self.width - width) / 2 if style.alignment == TA_CENTER else right - width
            _draw_visual(canvas, x, y, line, self._fonts, size)
            if index < len(self._gaps):
                y -= self._gaps[index]
            right = self.width - self.style.leftIndent
        canvas.restoreState()

