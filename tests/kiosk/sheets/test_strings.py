"""The sheet's words: every language has every entry with the same {blanks}, and the privacy note
says what is kept, who gets it and when the kiosk deletes it (as the sign-up screen does)."""

from __future__ import annotations

import re
import string

import pytest

from kiosk.sheets.strings import EN, LOCALES, TABLES

LANGUAGES = ("en", "de", "es", "el", "ro", "tr", "uk", "ar")


def _blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_sheet_speaks_the_kiosks_eight_languages() -> None:
    assert set(TABLES) == set(LANGUAGES) == set(LOCALES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_there_in_every_language_with_the_same_blanks(lang) -> None:
    table = TABLES[lang]
    assert set(table) == set(EN)
    for key, text in table.items():
        assert text.strip(), key
        assert _blanks(text) == _blanks(EN[key]), key


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_sentences_are_translated_not_copied_from_english(lang) -> None:
    # Short labels may be the same word ("Online"); a sentence copied from English is untranslated.
    copied = [key for key, text in TABLES[lang].items() if text == EN[key] and len(text.split()) > 2]
    assert copied == []


# What the note must say, in each language's own words: (no name on the sheet, what is kept,
# who gets it: the hub and the offer's provider, deleted from the kiosk after the hub has it).
PRIVACY_WORDS = {
    "en": ("no name", "your name and the one contact", "learning hub", "provider", "deletes them after the hub has"),
    "de": ("weder Name", "Namen und den einen Kontakt", "Lernplattform der Stadt", "Anbieter", "löscht sie, nachdem"),
    "el": ("δεν έχει όνομα", "όνομά σας και τον έναν τρόπο επικοινωνίας", "πλατφόρμα μάθησης", "διοργανωτή",
           "σβήνει αφού τα λάβει"),
    "ro": ("nu conține nume", "numele dumneavoastră și contactul", "Platforma de învățare", "organizatorului",
           "le șterge după ce"),
    "es": ("ningún nombre", "su nombre y el contacto", "plataforma de aprendizaje", "organizador",
           "los borra una vez que"),
    "tr": ("ad veya iletişim bilgisi yoktur", "adınızı ve seçtiğiniz tek iletişim", "öğrenme platformu", "düzenleyen",
           "aldıktan sonra siler"),
    "uk": ("немає імені", "ваше ім’я та один контакт", "платформ",  # платформа, платформі "організатору",
           "видаляє їх після того"),
    "ar": ("لا تحمل هذه الورقة اسمًا", "اسمك ووسيلة التواصل الواحدة", "منصة التعلّم", "للجهة المنظمة",
           "يحذفها الجهاز بعد"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_privacy_note_says_what_is_kept_who_gets_it_and_for_how_long(lang) -> None:
    note = TABLES[lang]["privacy"]
    for words in PRIVACY_WORDS[lang]:
        assert words in note, words
    # The hub is named as the scan line names it, so the citizen meets one name for it.
    assert PRIVACY_WORDS[lang][2].lower() in TABLES[lang]["scan"].lower()


def test_romanian_uses_the_comma_below_letters() -> None:
    romanian = " ".join(TABLES["ro"].values())
    assert not re.search("[şţŞŢ]", romanian)  # cedilla forms: wrong letters in Romanian
    assert "ș" in romanian and "ț" in romanian
