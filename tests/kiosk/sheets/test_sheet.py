"""The pathway sheet read back with poppler and zbar: text in four languages, embedded fonts, the QR."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.pathways.model import Visit
from kiosk.sheets.content import SheetContent, StepLines, VenueLines
from kiosk.sheets.render import build_sheet
from kiosk.sheets.sample import SAMPLE_CLAIM_CODE, SAMPLE_WORDS, sample_content
from kiosk.sheets.strings import languages, strings

TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "pdfinfo", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="poppler-utils and zbar-tools are not installed (tools/setup installs them)",
)
TODAY = dt.date(2026, 3, 2)
HUB = "https://hub.lernstadt.example"


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())  # paragraphs wrap anywhere; compare word runs


def pdf_fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def qr_codes(path: Path, tmp: Path) -> list[str]:
    prefix = tmp / path.stem
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(prefix)], check=True)
    pages = sorted(tmp.glob(f"{path.stem}*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", *map(str, pages)], capture_output=True, text=True).stdout
    return out.split()


@pytest.fixture(scope="module")
def contents() -> dict[str, SheetContent]:
    """The sample pathway on the demo catalogue, gathered once per language."""
    return {
        lang: sample_content(lang, today=TODAY, hub_url=HUB, help_contact="Lernberatung, 1. Stock")
        for lang in ("en", "de", "el", "ro", "es", "tr", "uk")  # Arabic: test_rtl.py
    }


def write(tmp_path: Path, content: SheetContent, layout: str, large: bool = False) -> Path:
    path = tmp_path / f"sheet-{content.lang}-{layout}{'-large' if large else ''}.pdf"
    path.write_bytes(build_sheet(content, layout=layout, large_print=large))
    return path


@pytest.mark.parametrize("layout", ["a4", "80mm"])
@pytest.mark.parametrize("lang, must_read", [
    ("en", ["My learning pathway", "Your code", "Need help?", "Sign-up"]),
    ("de", ["Mein Lernweg", "Anmeldung", "Straße", "Behördengänge in meiner Straße", "Brauchen Sie Hilfe?"]),
    ("el", ["Η διαδρομή μάθησής μου", "Ο στόχος μου", "Θέλω να νιώθω σίγουρος", "Χρειάζεστε βοήθεια;"]),
    ("ro", ["Parcursul meu de învățare", "să învăț să folosesc calculatorul și", "Înscriere", "Aveți nevoie de ajutor?"]),
    ("es", ["Mi itinerario de aprendizaje", "Inscripción", "Su código", "¿Necesita ayuda?", "Impreso el"]),
    ("tr", ["Öğrenme yolum", "Hedefim", "İnternetten randevu almayı", "şifrelerimi", "Yardıma mı ihtiyacınız var?"]),
    ("uk", ["Мій навчальний шлях", "Моя мета", "комп’ютером і телефоном", "Ваш код", "Потрібна допомога?"]),
])
def test_the_sheet_reads_back_in_the_citizens_language(contents, tmp_path, layout, lang, must_read) -> None:
    content = contents[lang]
    assert content.complete and len(content.steps) >= 3
    text = pdf_text(write(tmp_path, content, layout))
    for phrase in must_read:
        assert phrase in text, phrase
    words = strings(lang)
    for step in content.steps:
        assert " ".join(step.title.split()) in text
        assert words[f"status_{step.status}"] in text
        if step.venue is not None:
            assert step.venue.name in text
    assert SAMPLE_CLAIM_CODE in text and f"{HUB}/p/{SAMPLE_CLAIM_CODE}" in text
    assert "Lernberatung, 1. Stock" in text
    assert words["privacy"] in text
    own_words = SAMPLE_WORDS.get(lang, SAMPLE_WORDS["en"])  # a language without sample words quotes English
    assert " ".join(words["quote"].format(text=own_words).split()) in text  # „…“ in German, «…» in Greek


def test_sample_shows_each_sign_up_status(contents, tmp_path) -> None:
    text = pdf_text(write(tmp_path, contents["en"], "a4"))
    for status in ("confirmed", "waitlisted", "provisional"):
        assert strings("en")[f"status_{status}"] in text


@pytest.mark.parametrize("layout, large", [("a4", False), ("80mm", False), ("a4", True), ("80mm", True)])
def test_every_font_is_embedded_and_none_is_helvetica(contents, tmp_path, layout, large) -> None:
    fonts = pdf_fonts(write(tmp_path, contents["el"], layout, large))
    assert fonts, "no fonts at all?"
    for row in fonts:
        name, emb = row[0], row[-5]
        assert "Helvetica" not in name
        assert emb == "yes", f"{name} is not embedded"


@pytest.mark.parametrize("layout, large", [("a4", False), ("80mm", False), ("80mm", True)])
def test_the_qr_code_leads_to_the_learning_project(contents, tmp_path, layout, large) -> None:
    path = write(tmp_path, contents["de"], layout, large)
    assert qr_codes(path, tmp_path) == [f"{HUB}/p/{SAMPLE_CLAIM_CODE}"]


def test_the_roll_is_one_80mm_page_printed_inside_the_72mm_a_thermal_head_reaches(contents, tmp_path) -> None:
    for lang in ("en", "de", "el"):
        path = write(tmp_path, contents[lang], "80mm")
        info = pdf_info(path)
        assert info["Pages"].strip() == "1"
        width, height = map(float, re.findall(r"[\d.]+", info["Page size"])[:2])
        assert round(width / 72 * 25.4) == 80 and height > width
        bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True).stdout
        xs = [(float(a), float(b)) for a, b in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', bbox)]
        assert len(xs) > 200
        left, right = 4 / 25.4 * 72, 76 / 25.4 * 72  # 576 dots at 203 dpi, centred on the roll
        assert min(x0 for x0, _ in xs) >= left - 0.5 and max(x1 for _, x1 in xs) <= right + 0.5
        # Body text runs to about 48 characters a line, as on a receipt.
        lines = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        lengths = sorted(len(line.strip()) for line in lines.splitlines() if line.strip())
        assert 40 <= lengths[len(lengths) * 9 // 10] <= 54


def test_large_print_is_larger(contents, tmp_path) -> None:
    def roll_height(large: bool) -> float:
        info = pdf_info(write(tmp_path, contents["en"], "80mm", large))
        return float(re.findall(r"[\d.]+", info["Page size"])[1])

    assert roll_height(True) > 1.3 * roll_height(False)
    normal = int(pdf_info(write(tmp_path, contents["en"], "a4"))["Pages"])
    large = int(pdf_info(write(tmp_path, contents["en"], "a4", True))["Pages"])
    assert large > normal


def _handmade(**overrides) -> SheetContent:
    start = dt.datetime(2026, 3, 3, 10, 0)
    step = StepLines(
        number=1, title="Tom & Jerry <b>not bold</b> café", level="beginner", provider="Library & friends",
        provider_phone="", visits=(Visit("s1", start, start + dt.timedelta(minutes=90), 1),),
        venue=VenueLines("Hall <1>", "Hauptstraße 1, 50667 Köln", "Tram 5 & bus 12", False, False, False),
        cost_cents=1250, what_to_bring="Pen & paper", status="none",
    )
    values = dict(lang="en", aim="other", own_words="I <3 learning", steps=(step,), claim_code="AB12-CD34",
                  hub_url=HUB, printed_at=start)
    values.update(overrides)
    return SheetContent(**values)


def test_outside_text_prints_as_plain_text_never_as_markup(tmp_path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(build_sheet(_handmade(), "a4"))
    text = pdf_text(path)
    assert "Tom & Jerry <b>not bold</b> café" in text
    assert "Hall <1>" in text and "Pen & paper" in text and "I <3 learning" in text
    assert "Not step-free (there are steps)" in text and "€12.50" in text


def test_an_unfilled_pathway_says_so_and_names_the_closest_offers(tmp_path) -> None:
    path = tmp_path / "short.pdf"
    path.write_bytes(build_sheet(_handmade(lang="de", complete=False, closest=("Yoga am Morgen",)), "80mm"))
    text = pdf_text(path)
    assert strings("de")["incomplete"] in text
    assert "Angebote, die fast passen: • Yoga am Morgen" in text
    path.write_bytes(build_sheet(_handmade(lang="de", complete=False, closest=("Yoga — VHS\nzu teuer",)), "a4"))
    assert "• Yoga — VHS zu teuer" in pdf_text(path)
    assert strings("de")["help_default"] in text  # no desk configured: still someone to ask


@pytest.mark.parametrize("layout", ["a4", "80mm"])
def test_a_pathway_with_no_step_prints_the_near_offers_what_stops_each_who_helps_and_the_code(
        engine, tmp_path, layout) -> None:
    # With no step the pathway screen had no print button: the citizen left with nothing in hand.
    from kiosk.catalogue.load import load_catalogue, read_catalogue_file
    from kiosk.pathways.planner import plan
    from kiosk.pathways.request import PlanRequest
    from kiosk.paths import demo_catalogue_path
    from kiosk.sheets.content import sheet_content

    with engine.begin() as conn:
        load_catalogue(conn, read_catalogue_file(demo_catalogue_path()), TODAY)
    request = PlanRequest(aim="digital", days=("sun",), budget="free", unchecked_needs=("childcare",))
    with engine.connect() as conn:
        pathway = plan(conn, request, now=dt.datetime.combine(TODAY, dt.time(9)), lang="de")
        content = sheet_content(conn, pathway, lang="de", aim="digital", own_words="", claim_code="AB12-CD34",
                                hub_url=HUB, help_contact="Lernberatung, 1. Stock")
    assert pathway.steps == () and pathway.closest
    path = tmp_path / f"none-{layout}.pdf"
    path.write_bytes(build_sheet(content, layout))
    text = pdf_text(path)
    for near in pathway.closest:
        why = "; ".join(r.text("de") for r in near.why_not)
        assert f"• {near.title} — {near.provider} {why}" in text
    assert strings("de")["incomplete"] in text and "Lernberatung, 1. Stock" in text
    assert "AB12-CD34" in text and qr_codes(path, tmp_path) == [f"{HUB}/p/AB12-CD34"]
    assert "Das kann der Kiosk nicht für Sie prüfen: Kinderbetreuung." in text


def test_unknown_layout_is_refused_plainly() -> None:
    with pytest.raises(ValueError, match="unknown sheet layout 'a5'"):
        build_sheet(_handmade(), "a5")


def test_missing_fonts_give_a_clear_message(monkeypatch, tmp_path) -> None:
    from kiosk.sheets import fonts

    monkeypatch.setattr(fonts, "search_dirs", lambda: [tmp_path])
    with pytest.raises(fonts.FontsMissing, match="fonts-dejavu-core"):
        fonts.find_font_files()


def test_font_folder_override_is_searched_first(monkeypatch, tmp_path) -> None:
    from kiosk.sheets import fonts

    regular, bold = fonts.find_font_files()
    shutil.copy(regular, tmp_path / regular.name)
    shutil.copy(bold, tmp_path / bold.name)
    monkeypatch.setenv("CONNECT_KIOSK_FONT_DIR", str(tmp_path))
    assert fonts.find_font_files() == (tmp_path / regular.name, tmp_path / bold.name)


def test_sample_sheet_command_writes_a_pdf(tmp_path) -> None:
    out = tmp_path / "sample.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "sample-sheet", "--lang", "ro", "--layout", "80mm",
         "--output", str(out), "--large-print"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Parcursul meu de învățare" in pdf_text(out)
    assert "alembic" not in result.stderr  # the scratch store's migrations are not the operator's news
    helped = subprocess.run([sys.executable, "-m", "kiosk.cli", "sample-sheet", "--help"],
                            capture_output=True, text=True, timeout=120)
    assert set(languages()) <= set(re.findall(r"\b[a-z]{2}\b", helped.stdout))  # it names every sheet language
    refused = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "sample-sheet", "--lang", "xx", "--output", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert refused.returncode == 2 and f"choose one of {', '.join(languages())}" in refused.stderr


def test_cyrillic_titles_print_and_read_back(tmp_path) -> None:
    path = tmp_path / "uk.pdf"
    step = _handmade().steps[0]
    ukrainian = SheetContent(**{**_handmade().__dict__, "own_words": "Хочу вивчити німецьку мову",
                                "steps": (StepLines(**{**step.__dict__, "title": "Основи роботи з комп'ютером"}),)})
    path.write_bytes(build_sheet(ukrainian, "80mm"))
    text = pdf_text(path)
    assert "Хочу вивчити німецьку мову" in text and "Основи роботи з комп'ютером" in text
    assert all(row[-5] == "yes" and "Helvetica" not in row[0] for row in pdf_fonts(path))


@pytest.mark.parametrize("lang", languages())
def test_the_sample_a4_sheet_fits_two_pages_in_every_language(contents, tmp_path, lang) -> None:
    # The longest privacy note once pushed itself onto a third page of its own.
    content = contents.get(lang) or sample_content(lang, today=TODAY, hub_url=HUB,
                                                   help_contact="Lernberatung, 1. Stock")
    path = write(tmp_path, content, "a4")
    assert int(pdf_info(path)["Pages"]) <= 2
    assert "Lernberatung, 1. Stock" in pdf_text(path)  # the sheet's last words are still on it


@pytest.mark.parametrize("lang", ["en", "de", "el"])
def test_who_to_ask_is_on_the_first_page_and_never_alone_on_a_page(tmp_path, lang) -> None:
    # After six steps "Need help?" was often the only thing on a third page (24 of 57 sample
    # sheets in en, de and el over eight weeks of dates); on A4 it now sits on page one.
    words = strings(lang)
    for offset in range(0, 56, 3):
        content = sample_content(lang, today=TODAY + dt.timedelta(days=offset), hub_url=HUB,
                                 help_contact="Lernberatung, 1. Stock")
        path = write(tmp_path, content, "a4")
        first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(path), "-"],
                               capture_output=True, text=True, check=True).stdout
        assert words["help"] in first and "Lernberatung, 1. Stock" in first, offset
        pages = int(pdf_info(path)["Pages"])
        last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        last = " ".join(last.split())
        assert any(words[f"status_{s}"] in last for s in ("confirmed", "waitlisted", "provisional", "none", "drop_in")), \
            f"day +{offset}: the last page holds no step"


def test_large_print_keeps_its_spacing_even_on_its_fourth_page(contents) -> None:
    # Closer lines are for a regular sheet one step too long for two pages; large print's
    # readers need the space most, so it is never set closer (it was, to save a fourth page).
    from kiosk.sheets.render import _build, _Styles, geometry

    geo = geometry("a4", True)
    for lang in ("en", "de"):
        normal, pages = _build(contents[lang], "a4", geo, _Styles(geo.body))
        assert pages > 2
        assert build_sheet(contents[lang], "a4", large_print=True) == normal
