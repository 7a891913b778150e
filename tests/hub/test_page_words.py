"""The public page's words: every key in all eight languages, with the same placeholders."""

from __future__ import annotations

import string

from hub.page_words import FALLBACK, LOCALES, WORDS, page_language, words
from kiosk.pathways.request import AIM_ALIASES as KIOSK_ALIASES
from kiosk.pathways.request import AIMS as KIOSK_AIMS
from kiosk.sheets.strings import languages as sheet_languages

LANGUAGES = ("en", "de", "es", "el", "ro", "tr", "uk", "ar")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_page_speaks_the_kiosks_eight_languages() -> None:
    assert set(WORDS) == set(LANGUAGES) == set(LOCALES) == set(sheet_languages())


def test_every_key_is_in_every_language_with_the_same_placeholders() -> None:
    english = WORDS[FALLBACK]
    for lang in LANGUAGES:
        table = WORDS[lang]
        assert set(table) == set(english), lang
        for key, text in table.items():
            assert text.strip(), (lang, key)
            assert _placeholders(text) == _placeholders(english[key]), (lang, key)
    assert _placeholders(english["page_title"]) == {"code"}


def test_every_aim_the_kiosk_sends_has_a_name() -> None:
    for aim in (*KIOSK_AIMS, *KIOSK_ALIASES):
        assert "aim_" + KIOSK_ALIASES.get(aim, aim) in WORDS["en"], aim


def test_other_languages_fall_back_to_english() -> None:
    assert page_language("fr") == "en" and words("fr") is WORDS["en"]
    assert page_language("uk") == "uk" and words("ar")["code"] == "رمزك"
