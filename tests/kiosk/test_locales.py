"""Dates and prices in each kiosk language's own form (CLDR through Babel), Arabic with 0-9."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date, format_time

from kiosk.locales import FORMAT_LOCALES, comma, format_locale, long_day, money

TUESDAY = dt.date(2026, 3, 3)


@pytest.mark.parametrize("lang, day", [
    ("en", "Tuesday 3 March"),
    ("de", "Dienstag, 3. März"),
    ("es", "martes, 3 de marzo"),
    ("el", "Τρίτη 3 Μαρτίου"),
    ("ro", "marți, 3 martie"),
    ("tr", "3 Mart Salı"),
    ("uk", "вівторок, 3 березня"),
    ("ar", "الثلاثاء، 3 مارس"),
])
def test_a_day_is_written_in_full_in_the_languages_own_order(lang, day) -> None:
    assert long_day(TUESDAY, lang) == day


@pytest.mark.parametrize("lang, price", [
    ("en", "€12.50"), ("de", "12,50\xa0€"), ("es", "12,50\xa0€"), ("el", "12,50\xa0€"),
    ("ro", "12,50\xa0€"), ("tr", "€12,50"), ("uk", "12,50\xa0€"), ("ar", "\u200f12.50\xa0€"),
])
def test_a_price_is_in_the_languages_form_with_the_euro_sign(lang, price) -> None:
    assert money(1250, lang) == price


def test_every_kiosk_language_has_a_format_locale_and_others_format_as_english() -> None:
    from kiosk.gui.kioskvm import NATIVE_NAMES

    assert set(NATIVE_NAMES) <= set(FORMAT_LOCALES)
    assert format_locale("fr") == "en_GB"


def test_arabic_writes_dates_times_and_prices_with_the_digits_0_to_9() -> None:
    """One kind of digit on a screen: counts, phone numbers and bus lines come in 0-9."""
    loc = format_locale("ar")
    written = (format_date(dt.date(2026, 12, 24), "full", locale=loc) + format_time(dt.time(18, 30), "HH:mm", locale=loc)
               + money(123456, "ar") + long_day(dt.date(2026, 12, 24), "ar"))
    assert not any("\u0660" <= c <= "\u0669" or "\u06f0" <= c <= "\u06f9" for c in written)
    assert "24" in written and "18:30" in written and "1,234.56" in written


def test_arabic_lists_take_the_arabic_comma() -> None:
    assert comma("ar").join(["مجانًا", "مدخل بلا درجات"]) == "مجانًا، مدخل بلا درجات"
    assert comma("tr") == comma("en") == ", "
