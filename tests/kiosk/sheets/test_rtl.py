"""The Arabic sheet read back with poppler: letters joined, lines set from the right, words in
reading order, every font embedded; and the bidi rules behind it on small cases."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from kiosk.sheets.rtl import direction, shape, visual
from kiosk.sheets.sample import SAMPLE_CLAIM_CODE, SAMPLE_WORDS, sample_content
from kiosk.sheets.strings import strings

from .test_sheet import HUB, TODAY, pdf_fonts, pdf_text, pytestmark, write  # noqa: F401  (the skip)

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_PAGE = re.compile(r"<page ")


def words_of(text: str) -> str:
    """Text as plain words: presentation forms back to letters (NFKC), no vowel marks, no punctuation
    (poppler puts a full stop on the wrong side of an Arabic word when it is drawn in another font)."""
    text = unicodedata.normalize("NFKC", text)
    kept = (" " if unicodedata.category(c)[0] in "PZC" or unicodedata.category(c) == "Sm" else c
            for c in text if not unicodedata.combining(c))
    return " ".join("".join(kept).split())


def reading_order(path: Path) -> str:
    """The words of each printed line from right to left, lines from top to bottom: what an Arabic
    reader reads. Words come from ``pdftotext -bbox`` as drawn (visual order), so each Arabic word
    is turned round; a sheet set left to right would come out backwards."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    lines: list[list[tuple[float, float, str]]] = []
    for page_no, page in enumerate(_PAGE.split(out)[1:]):
        found = []
        for x0, y0, x1, y1, word in _WORD.findall(page):
            word = word.replace("&amp;", "&")
            if any(unicodedata.bidirectional(c) in ("R", "AL") for c in word):
                word = word[::-1]  # before NFKC: a lam-alef ligature unfolds in reading order
            word = unicodedata.normalize("NFKC", word)
            found.append(((float(y0) + float(y1)) / 2 + page_no * 10_000, float(x1), word))
        for centre, right, word in sorted(found):
            if lines and abs(lines[-1][0][0] - centre) < 3:
                lines[-1].append((centre, right, word))
            else:
                lines.append([(centre, right, word)])
    def arabic(word: str) -> bool:
        return any(unicodedata.bidirectional(c) in ("R", "AL") for c in word)

    read: list[str] = []
    for line in lines:
        if not any(arabic(w) for _, _, w in line):  # a Latin line (a street, a web address)
            read.extend(w for _, _, w in sorted(line, key=lambda t: t[1]))
            continue
        ltr: list[str] = []  # a run of Latin words reads left to right within the line
        for _, _, word in sorted(line, key=lambda t: -t[1]):
            if arabic(word) or not any(c.isalpha() for c in word):  # a number beside Arabic: alone
                read.extend(reversed(ltr))
                ltr = []
                read.append(word)
            else:
                ltr.append(word)
        read.extend(reversed(ltr))
    return words_of(" ".join(read))


def bbox_words(path: Path) -> list[tuple[float, float, float, str]]:
    """(xMin, xMax, vertical centre, word NFKC) for every word on the first page."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return [(float(x0), float(x1), (float(y0) + float(y1)) / 2, unicodedata.normalize("NFKC", w[::-1]))
            for x0, y0, x1, y1, w in _WORD.findall(out)]


@pytest.fixture(scope="module")
def arabic():
    return sample_content("ar", today=TODAY, hub_url=HUB, help_contact="Lernberatung, 1. Stock")


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_the_arabic_sheet_is_joined_and_reads_right_to_left(arabic, tmp_path, layout) -> None:
    path = write(tmp_path, arabic, layout)
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    # Joined letters are printed as their contextual forms (U+FE70..FEFF), lam-alef as one glyph.
    assert sum(0xFE70 <= ord(c) <= 0xFEFF for c in raw) > 300
    assert "\ufef7" in raw or "\ufef8" in raw  # لأ in the citizen's own words
    read = reading_order(path)
    words = strings("ar")
    for key in ("title", "goal", "aim_digital", "project", "scan", "code", "help", "privacy_title", "privacy",
                "step_free", "status_confirmed", "status_waitlisted", "status_provisional", "when", "where"):
        assert words_of(words[key]) in read, key
    assert words_of(SAMPLE_WORDS["ar"]) in read
    # Titles (in Arabic where the catalogue has them), venues, the help desk read in order too;
    # the code and its address stand on lines of their own.
    for step in arabic.steps:
        assert words_of(step.title) in read
        assert words_of(words[f"status_{step.status}"]) in read
        if step.venue is not None:
            assert words_of(step.venue.name) in read
    assert words_of("Lernberatung, 1. Stock") in read
    text = pdf_text(path)
    assert SAMPLE_CLAIM_CODE in text and f"{HUB}/p/{SAMPLE_CLAIM_CODE}" in text


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_arabic_lines_end_at_the_right_margin_and_labels_stand_right_of_their_values(arabic, tmp_path, layout) -> None:
    from kiosk.sheets.render import geometry

    geo = geometry(layout, False)
    right_margin = geo.page_width - geo.margin_x
    found = bbox_words(write(tmp_path, arabic, layout))
    title = [w for w in found if w[3] in ("مساري", "التعليمي")][:2]
    assert {w[3] for w in title} == {"مساري", "التعليمي"}
    first, second = sorted(title, key=lambda w: -w[1])
    assert (first[3], second[3]) == ("مساري", "التعليمي")  # read from the right
    assert abs(first[1] - right_margin) < 1.0  # aligned right
    label = next(w for w in found if w[3].rstrip(":") == "متى" or w[3].lstrip(":") == "متى")
    same_line = [w for w in found if abs(w[2] - label[2]) < 3 and w is not label]
    assert same_line and all(w[1] < label[0] for w in same_line)
    assert abs(label[1] - right_margin) < 1.0
    assert min(w[0] for w in found) >= geo.margin_x - 0.5 and max(w[1] for w in found) <= right_margin + 0.5


@pytest.mark.parametrize("layout, large", [("a4", False), ("80mm", False), ("a4", True), ("80mm", True)])
def test_every_font_of_the_arabic_sheet_is_embedded(arabic, tmp_path, layout, large) -> None:
    fonts = pdf_fonts(write(tmp_path, arabic, layout, large))
    names = [row[0] for row in fonts]
    assert any("Arabic" in n for n in names) and any("DejaVuSans" in n or "NotoSans-" in n for n in names)
    for row in fonts:
        assert "Helvetica" not in row[0]
        assert row[-5] == "yes", f"{row[0]} is not embedded"


def test_large_print_arabic_is_larger(arabic, tmp_path) -> None:
    from .test_sheet import pdf_info

    normal = float(re.findall(r"[\d.]+", pdf_info(write(tmp_path, arabic, "80mm"))["Page size"])[1])
    large = float(re.findall(r"[\d.]+", pdf_info(write(tmp_path, arabic, "80mm", True))["Page size"])[1])
    assert large > 1.3 * normal


def test_direction_follows_the_first_letter() -> None:
    assert direction("مساري التعليمي") == "R"
    assert direction("«Hauptstraße 5» مساري") == "L"
    assert direction("12:30 – 14:00") == "R"  # no letters: the sheet's own direction


def test_a_line_is_drawn_from_the_right_with_numbers_and_latin_kept_left_to_right() -> None:
    line = visual(shape("الخطوة 1: Introduction to 3D printing (للمبتدئين)"))
    arabic_step, arabic_level = shape("الخطوة")[::-1], shape("للمبتدئين")[::-1]
    assert line.endswith(arabic_step)  # the first word read stands at the right
    assert line.startswith("(" + arabic_level + ")")  # brackets mirrored round the last word
    assert "Introduction to 3D printing :1" in line
    assert visual(shape("من 18:00 إلى 20:00")).count("18:00") == 1  # digits never turned round


def test_a_line_of_latin_alone_in_an_arabic_paragraph_keeps_the_styles_leading() -> None:
    from reportlab.lib.styles import ParagraphStyle

    from kiosk.sheets.fonts import register_fonts
    from kiosk.sheets.rtl import RtlParagraph

    regular, _ = register_fonts()
    style = ParagraphStyle("body", fontName=regular, fontSize=10, leading=12.2, wordWrap="RTL")
    latin = RtlParagraph("Bildungszentrum Haidhausen\nEinsteinstraße 30, 81675 München", style)
    arabic = RtlParagraph("مدخل بلا درجات\nحلقة سمعية", style)
    mixed = RtlParagraph("مدخل بلا درجات\nEinsteinstraße 30, 81675 München", style)
    assert latin.wrap(400, 1000)[1] == pytest.approx(2 * 12.2)
    assert arabic.wrap(400, 1000)[1] == pytest.approx(2 * 14.5)  # Arabic letters reach further
    assert mixed.wrap(400, 1000)[1] == pytest.approx(14.5 + 12.2)  # the gap below Arabic stays tall
    # An Arabic label beside a Latin value: the value's lines keep the style's leading, and the
    # row only ends tall when nothing of the value follows under it (the label needs the room).
    labelled = ParagraphStyle("fact", style, bulletFontName=regular, bulletFontSize=10, leftIndent=90)
    assert RtlParagraph("Werkstatt Westend", labelled, "أين", ends_row=False).wrap(400, 1000)[1] == pytest.approx(12.2)
    assert RtlParagraph("Werkstatt Westend", labelled, "أين").wrap(400, 1000)[1] == pytest.approx(14.5)
    # Split where it fits: the part kept on this page is never taller than the room it was given.
    long = RtlParagraph("\n".join(["مدخل بلا درجات", "Einsteinstraße 30", "München"] * 4), style)
    height = long.wrap(400, 1000)[1]
    first, rest = long.split(400, height / 2)
    assert first.wrap(400, 1000)[1] <= height / 2
    assert len(first._lines) + len(rest._lines) == 12


@pytest.mark.parametrize("lang, day", [
    ("ar", dt.date(2026, 12, 11)), ("ar", dt.date(2026, 12, 15)), ("ar", dt.date(2026, 12, 21)),
    ("ar", dt.date(2026, 12, 23)), ("ar", dt.date(2026, 12, 25)),
    ("el", dt.date(2026, 12, 15)), ("el", dt.date(2026, 12, 25)),
])
def test_six_steps_that_ran_onto_a_third_page_now_fit_two(tmp_path, lang, day) -> None:
    # On these dates a step one line too long for page two started a page of its own.
    content = sample_content(lang, today=day, hub_url=HUB)
    assert len(content.steps) == 6
    path = write(tmp_path, content, "a4")
    assert int(subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
               .stdout.split("Pages:")[1].split()[0]) == 2
