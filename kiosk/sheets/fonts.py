"""Finds and registers the sheet's embeddable fonts: DejaVu Sans or Noto Sans, and Noto Sans Arabic for Arabic."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD = "SheetSans", "SheetSans-Bold"
# (regular, bold) file names per family, best first; both cover ș ț ß, Greek and Cyrillic.
FAMILIES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
)


class FontsMissing(RuntimeError):
    """No usable font file was found; the message says what to install and where we looked."""


def search_dirs() -> list[Path]:
    """Where fonts live: an operator's override first, then the usual system folders."""
    dirs = [Path(p) for p in os.environ.get("CONNECT_KIOSK_FONT_DIR", "").split(os.pathsep) if p]
    if sys.platform == "win32":
        dirs += [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
                 Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
    dirs += [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/noto"),
             Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/dejavu"), Path("/usr/share/fonts/noto"),
             Path("/usr/local/share/fonts"), Path.home() / ".local" / "share" / "fonts",
             Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return dirs


def find_font_files() -> tuple[Path, Path]:
    """The first family whose regular and bold files both exist."""
    dirs = [d for d in search_dirs() if d.is_dir()]
    for regular, bold in FAMILIES:
        found = [next((d / name for d in dirs if (d / name).is_file()), None) for name in (regular, bold)]
        if found[0] and found[1]:
            return found[0], found[1]
    raise FontsMissing(
        "No font for the pathway sheet: install DejaVu Sans or Noto Sans "
        "(Debian/Ubuntu: apt-get install fonts-dejavu-core fonts-noto-core), or point "
        "CONNECT_KIOSK_FONT_DIR at a folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf. "
        f"Looked in: {', '.join(str(d) for d in search_dirs())}"
    )


@cache
def register_fonts() -> tuple[str, str]:
    """Register the sheet's fonts with reportlab once per process; returns (regular, bold) names.
    TTF fonts are embedded as subsets with a Unicode map, so pdftotext can read the sheet back."""
    regular, bold = find_font_files()
    pdfmetrics.registerFont(TTFont(REGULAR, str(regular)))
    pdfmetrics.registerFont(TTFont(BOLD, str(bold)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


ARABIC_REGULAR, ARABIC_BOLD = "SheetArabic", "SheetArabic-Bold"
# Arabic letters (the Latin ones stay with the family above); Debian: fonts-noto-core.
ARABIC_FAMILIES = (
    ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),  # has the joined forms too, if plainer
)


@cache
def register_arabic_fonts() -> tuple[str, str]:
    """Register the font for the Arabic sheet's Arabic letters once; returns (regular, bold) names."""
    dirs = [d for d in search_dirs() if d.is_dir()]
    for regular, bold in ARABIC_FAMILIES:
        found = [next((d / name for d in dirs if (d / name).is_file()), None) for name in (regular, bold)]
        if found[0] and found[1]:
            pdfmetrics.registerFont(TTFont(ARABIC_REGULAR, str(found[0])))
            pdfmetrics.registerFont(TTFont(ARABIC_BOLD, str(found[1])))
            return ARABIC_REGULAR, ARABIC_BOLD
    raise FontsMissing(
        "No Arabic font for the pathway sheet: install Noto Sans Arabic "
        "(Debian/Ubuntu: apt-get install fonts-noto-core), or put NotoSansArabic-Regular.ttf and "
        "NotoSansArabic-Bold.ttf in CONNECT_KIOSK_FONT_DIR. "
        f"Looked in: {', '.join(str(d) for d in search_dirs())}"
    )
