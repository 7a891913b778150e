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
