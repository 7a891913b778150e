"""Reasons in Turkish, Ukrainian, Arabic, Spanish, Greek and Romanian: every template, word and weekday, with the same blanks."""

from __future__ import annotations

import string

import pytest

from kiosk.pathways.reasons import TEMPLATES, WEEKDAYS_PLURAL, WORDS, Reason

LANGUAGES = ("tr", "uk", "ar", "es", "el", "ro")


def _blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_reason_has_its_words_and_the_same_blanks(lang) -> None:
    for key, templates in TEMPLATES.items():
        assert lang in templates, key
        assert _blanks(templates[lang]) == _blanks(templates["en"]), key
    assert all(lang in words for words in WORDS.values())
    assert len(WEEKDAYS_PLURAL[lang]) == 7


@pytest.mark.parametrize("lang, expected", [
    ("tr", "Salıları 10:00, Stadtbibliothek"),
    ("uk", "щовівторка о 10:00, Stadtbibliothek"),
    ("ar", "كل ثلاثاء الساعة 10:00، \u2068Stadtbibliothek\u2069"),
    ("es", "los martes a las 10:00, Stadtbibliothek"),
    ("el", "κάθε Τρίτη στις 10:00, Stadtbibliothek"),
    ("ro", "marțea la 10:00, Stadtbibliothek"),
])
def test_a_weekly_reason_reads_in_the_citizens_language(lang, expected) -> None:
    assert Reason("weekly", {"weekday": "tue", "time": "10:00", "venue": "Stadtbibliothek"}).text(lang) == expected


def test_distances_and_prices_follow_the_locale() -> None:
    assert Reason("near", {"km": 1.5}).text("uk") == "1,5 км звідси"
    assert Reason("near", {"km": 1.5}).text("ar") == "على بعد 1.5 كم من هنا"
    assert Reason("near", {"km": 1.5}).text("en") == "1.5 km from here"
    assert Reason("cost", {"cents": 1250}).text("tr") == "ücreti €12,50"


ALL_EIGHT = ("en", "de", "es", "el", "ro", "tr", "uk", "ar")


def test_every_key_speaks_all_eight_languages_with_the_english_blanks() -> None:
    for key, templates in TEMPLATES.items():
        assert set(templates) == set(ALL_EIGHT), key
        for lang in ALL_EIGHT:
            assert templates[lang].strip(), (key, lang)
            assert _blanks(templates[lang]) == _blanks(templates["en"]), (key, lang)
    for key, words in WORDS.items():
        assert set(words) == set(ALL_EIGHT) and all(w.strip() for w in words.values()), key
    assert set(WEEKDAYS_PLURAL) == set(ALL_EIGHT)


@pytest.mark.parametrize("lang", [code for code in ALL_EIGHT if code != "en"])
def test_no_sentence_is_left_in_english(lang) -> None:
    copied = [key for key, t in TEMPLATES.items() if t[lang] == t["en"] and len(t["en"].split()) > 1]
    assert copied == []


def test_a_language_the_kiosk_does_not_know_falls_back_to_english() -> None:
    assert Reason("cost", {"cents": 500}).text("fr") == Reason("cost", {"cents": 500}).text("en")
    assert Reason("level", {"level": "beginner"}).text("xx") == "beginner level"


@pytest.mark.parametrize("lang", ALL_EIGHT)
def test_every_reason_reads_without_a_leftover_blank(lang) -> None:
    params = {"level": "intermediate", "weekday": "wed", "time": "18:30", "venue": "VHS", "cents": 900,
              "topic": "digital", "step": 2, "km": 2.5, "need": "hearing_loop", "lang": "de", "langs": ["de", "en"],
              "found": 2, "title": "Yoga", "why": "why_far", "why_params": {"km": 9.0}, "contact": "Desk",
              "needs": ["childcare", "easy_language"]}
    for key in TEMPLATES:
        text = Reason(key, params).text(lang)
        assert text and "{" not in text and "}" not in text, (key, lang)


def test_a_builds_on_reason_whose_step_is_gone_says_nothing() -> None:
    assert Reason("builds_on", {"step": None, "offer": "pc-1"}).text("de") == ""
    assert Reason("builds_on", {"step": 3, "offer": "pc-1"}).text("de") == "baut auf Schritt 3 auf"
