"""The kiosk's words in German: every string translated, the .qm built from the .ts, and the real
window switching its words when the citizen chooses a language (and back on Start over)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import assets_dir, ui_dir

from .qml_driver import item, settle, touch

TRANSLATIONS = assets_dir() / "translations"
SHIPPED = sorted(TRANSLATIONS.glob("kiosk_*.ts"))
TOOLS = Path(sys.executable).parent
_PLACEHOLDER = re.compile(r"%\d")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.find("translation")))
    return found


def _texts(translation: ET.Element) -> list[str]:
    """The words of a translation: its text, or each plural form of a %n message."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_german_is_shipped() -> None:
    assert TRANSLATIONS / "kiosk_de.ts" in SHIPPED


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_string_on_screen_is_translated(ts: Path, tmp_path: Path) -> None:
    """lupdate over today's QML finds nothing new and nothing gone, and every text has its words."""
    updated = tmp_path / ts.name
    shutil.copy(ts, updated)
    qml = sorted(str(p) for p in ui_dir().rglob("*.qml"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *qml, "-locations", "none", "-ts", str(updated)],
                   check=True, capture_output=True)
    messages = _messages(updated)
    assert len(messages) > 100
    unfinished = [(c, s, t.get("type")) for c, s, t in messages
                  if t.get("type") or not all(text.strip() for text in _texts(t))]
    assert unfinished == [], f"untranslated, new or vanished strings (run lupdate, translate, lrelease): {unfinished}"


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_translation_keeps_its_placeholders(ts: Path) -> None:
    wrong = [(c, s) for c, s, t in _messages(ts) for text in _texts(t)
             if sorted(_PLACEHOLDER.findall(s)) != sorted(_PLACEHOLDER.findall(text))]
    # A plural form says its number, but Arabic's forms for one and two say it in words.
    in_words = (1, 2) if ts.stem == "kiosk_ar" else ()
    wrong += [(c, s, i) for c, s, t in _messages(ts) if "%n" in s
              for i, text in enumerate(_texts(t)) if "%n" not in text and i not in in_words]
    assert wrong == []


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_the_shipped_qm_holds_what_the_ts_says(ts: Path, qapp) -> None:
    """A .qm not rebuilt after the .ts changed shows old (or no) words: compare every message."""
    from PySide6.QtCore import QTranslator

    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run pyside6-lrelease {ts}"
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = [(c, s) for c, s, t in _messages(ts)
             if (translator.translate(c, s) != t.text if not t.findall("numerusform")
                 else {translator.translate(c, s, None, n) for n in range(0, 111)} != set(_texts(t)))]
    assert stale == [], f"{qm.name} is out of date (run pyside6-lrelease): {stale}"


def _stems(text: str) -> set[str]:
    """The first four letters of each longer word: enough to see "Yolum" in "Öğrenme yolunuz"."""
    return {word[:4] for word in re.findall(r"\w+", text.casefold()) if len(word) >= 4 and not word.isdigit()}


@pytest.mark.parametrize("ts", [None, *SHIPPED], ids=lambda ts: "en" if ts is None else ts.stem)
def test_the_list_of_chosen_offers_is_not_named_like_the_planned_pathway(ts: Path | None) -> None:
    """The bar's button (on the pathway screen too) and the list's heading must not read as the
    pathway: a newcomer took "My pathway (1)" and "Your learning pathway" for one thing."""
    words = {(context, source): source for context, source, _ in _messages(SHIPPED[0])}
    if ts is not None:
        words = {(context, source): " ".join(_texts(tr)) for context, source, tr in _messages(ts)}
    pathway = _stems(words["PathwayScreen", "Your learning pathway"])
    assert pathway
    for key in (("NavBar", "My list (%1)"), ("BasketScreen", "My list"),
                ("DetailsScreen", "Add to my list"), ("DetailsScreen", "On my list")):
        assert not _stems(words[key]) & pathway, (key, words[key])


def test_only_languages_with_a_qm_count_as_translated() -> None:
    """A language without a .qm shows English: see the window tests below."""
    from kiosk.gui.translations import has_translation

    assert has_translation("de") and has_translation("en")
    assert has_translation("tr") and has_translation("uk") and has_translation("ar")
    assert not has_translation("fr")


def _text(window, name: str) -> str:
    return item(window, name).property("text")


def test_choosing_deutsch_shows_german_and_start_over_english(qtbot, kiosk_window) -> None:
    window, vm = kiosk_window.window, kiosk_window.kiosk
    assert _text(window, "startButton") == "Touch to start"
    touch(qtbot, window, "language_de")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    settle(qtbot, window)
    assert _text(window, "startOverButton") == "Neu beginnen"
    touch(qtbot, window, "startOverButton")
    qtbot.waitUntil(lambda: vm.screen == "attract")
    settle(qtbot, window)
    assert vm.language == "en"
    assert _text(window, "startButton") == "Touch to start"


@pytest.mark.parametrize("lang, start_over, right_to_left", [
    ("tr", "Baştan başla", False),
    ("uk", "Почати спочатку", False),
    ("ar", "البدء من جديد", True),
])
def test_turkish_ukrainian_and_arabic_show_their_words_and_arabic_mirrors(
        qtbot, kiosk_window, lang, start_over, right_to_left) -> None:
    """Arabic reads from the right: Start over, first in the bar, sits at the right-hand end."""
    from PySide6.QtCore import QPointF

    window, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, window, f"language_{lang}")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    settle(qtbot, window)
    button = item(window, "startOverButton")
    assert button.property("text") == start_over
    assert vm.rightToLeft is right_to_left
    centre = button.mapToScene(QPointF(button.width() / 2, 0)).x()
    assert (centre > window.width() / 2) is right_to_left


@pytest.mark.parametrize("lang, start_over", [("es", "Reiniciar"), ("el", "Από την αρχή"), ("ro", "De la început")])
def test_spanish_greek_and_romanian_show_their_words(qtbot, kiosk_window, lang, start_over) -> None:
    window, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, window, f"language_{lang}")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    settle(qtbot, window)
    assert _text(window, "startOverButton") == start_over
    assert vm.rightToLeft is False


def test_romanian_writes_s_and_t_with_a_comma_below() -> None:
    """ş and ţ with a cedilla are Turkish letters: wrong in Romanian, and read aloud wrongly."""
    texts = [t.text or "" for _, _, t in _messages(TRANSLATIONS / "kiosk_ro.ts")]
    assert [t for t in texts if set(t) & set("şţŞŢ")] == []
    assert any("ș" in t for t in texts) and any("ț" in t for t in texts)


def _shown_texts(window) -> list[str]:
    """The text of every visible item in the window."""
    found, todo = [], [window.contentItem()]
    while todo:
        current = todo.pop()
        if not current.isVisible():
            continue
        text = current.property("text")
        if isinstance(text, str) and text:
            found.append(text)
        todo.extend(current.childItems())
    return found


@pytest.mark.parametrize("lang, weekdays", [
    ("ar", ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اليوم", "غدًا")),
    ("es", ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "Hoy", "Mañana")),
])
def test_dates_on_the_offer_list_and_details_are_in_the_citizens_form(qtbot, kiosk_window, lang, weekdays) -> None:
    """Arabic with one kind of digit (0-9, as on the bus and the phone number), weekdays written out."""
    window, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, window, f"language_{lang}")
    results = vm.discover.results
    qtbot.waitUntil(lambda: vm.screen == "discover" and results.total > 0 and not results.loading)
    settle(qtbot, window)
    assert vm.formatLocale == {"ar": "ar_AE", "es": "es_ES"}[lang]
    listed = _shown_texts(window)
    assert any(day in text for text in listed for day in weekdays), listed
    touch(qtbot, window, "offerTile_0")
    qtbot.waitUntil(lambda: vm.details.state == "ready")
    settle(qtbot, window)
    shown = listed + _shown_texts(window)
    assert not [t for t in shown if any("\u0660" <= c <= "\u0669" for c in t)]
    assert any(day in text for text in _shown_texts(window) for day in weekdays[:7])
    # A session's day and time are joined by the language's own comma (Arabic's is ،).
    sessions = [t for t in _shown_texts(window) if t[:2] in ("● ", "○ ")]
    assert sessions
    assert all({"ar": "، ", "es": ", "}[lang] in t for t in sessions), sessions
    assert lang != "ar" or not [t for t in sessions if ", " in t], sessions


def test_switching_to_a_language_without_words_shows_english(qtbot, kiosk_window, monkeypatch, tmp_path) -> None:
    """Every configured language now ships its words: take Ukrainian's .qm away to see the fallback."""
    from kiosk.gui import translations

    shipped = translations.translation_file
    monkeypatch.setattr(translations, "translation_file",
                        lambda lang: tmp_path / "missing.qm" if lang == "uk" else shipped(lang))
    window, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, window, "language_de")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    touch(qtbot, window, "languageButton")
    touch(qtbot, window, "switchLanguage_uk")
    qtbot.waitUntil(lambda: vm.language == "uk")
    settle(qtbot, window)
    assert _text(window, "startOverButton") == "Start over"


@pytest.fixture
def german_kiosk(qtbot, store_path: Path):
    """The real window of a kiosk whose default language is German."""
    from kiosk.gui.app import KioskWindow, prepare_environment

    from .conftest import WINDOW_SIZE, wait_for_store

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="de")
    yield wait_for_store(qtbot, kiosk)
    kiosk.close()


def test_a_german_kiosk_greets_in_german_and_starts_over_in_german(qtbot, german_kiosk) -> None:
    window, vm = german_kiosk.window, german_kiosk.kiosk
    assert _text(window, "startButton") == "Zum Starten berühren"
    touch(qtbot, window, "language_en")
    qtbot.waitUntil(lambda: vm.screen == "discover")
    settle(qtbot, window)
    assert _text(window, "startOverButton") == "Start over"
    touch(qtbot, window, "startOverButton")
    qtbot.waitUntil(lambda: vm.screen == "attract")
    settle(qtbot, window)
    assert _text(window, "startButton") == "Zum Starten berühren"


def test_arabic_keeps_outside_text_in_its_own_direction() -> None:
    """Catalogue text, names and phone numbers put into an Arabic sentence sit in a bidi isolate:
    otherwise "030 1234567" shows as "1234567 030" and a Latin sentence's full stop jumps to its start."""
    arabic = {(c, s): t.text for c, s, t in _messages(TRANSLATIONS / "kiosk_ar.ts")}
    for context, source, slot in [
        ("DetailsScreen", "How to get there: %1", "%1"), ("DetailsScreen", "By %1", "%1"),
        ("SignUpScreen", " and your phone number %1", "%1"), ("SignUpScreen", "%1: %2", "%2"),
        ("SignUpScreen", "Name: %1", "%1"), ("SignUpScreen", "We save your name: %1", "%1"),
        ("SignUpScreen", "We save your phone number: %1", "%1"),
        ("SignUpScreen", "We save your e-mail address: %1", "%1"),
        ("SignUpScreen", "The hub gives them to %1, only for this offer.", "%1"),
    ]:
        assert f"\u2068{slot}\u2069" in arabic[(context, source)], source
    # Phone numbers read left to right as a whole: a left-to-right isolate.
    for source in ("For example: %1", "Fine: %1 (%2)", "Fine: %1"):
        assert "\u2066%1\u2069" in arabic[("SignUpScreen", source)], source


def test_arabic_says_one_hour_two_hours_and_more_in_their_own_forms(qapp) -> None:
    """Six plural forms: "about 2 (hours a week)" was the workaround for having one."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kiosk_ar.qm"))
    said = {n: translator.translate("GoalScreen", "About %n h a week", None, n) for n in (1, 2, 4, 6)}
    assert said == {1: "نحو ساعة واحدة في الأسبوع", 2: "نحو ساعتين في الأسبوع",
                    4: "نحو %n ساعات في الأسبوع", 6: "نحو %n ساعات في الأسبوع"}
