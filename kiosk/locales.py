"""The CLDR locale each kiosk language writes dates, times, numbers and prices in (Babel and Qt alike)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# English as written in Europe ("Tuesday 3 March 2026", 24-hour clock), not the US default.
# Arabic with the digits 0-9 a citizen in a German city sees on every bus, phone number and door
# (Qt's plain "ar" is Egyptian Arabic with Arabic-Indic digits, which would put two kinds of digits
# on one screen: counts and phone numbers come in 0-9); ar_AE has these digits and the
# يناير/فبراير/مارس month names of Modern Standard Arabic.
FORMAT_LOCALES = {
    "en": "en_GB", "de": "de_DE", "es": "es_ES", "el": "el_GR", "ro": "ro_RO",
    "tr": "tr_TR", "uk": "uk_UA", "ar": "ar_AE",
}


def format_locale(lang: str) -> str:
    """``lang``'s locale for dates and money; a language the kiosk does not know formats as English."""
    return FORMAT_LOCALES.get(lang, "en_GB")


@lru_cache(maxsize=1024)
def long_day(day: dt.date, lang: str) -> str:
    """A day in full, in the language's own order: "Tuesday 3 March", "martes, 3 de marzo",
    "3 Mart Salı", "الثلاثاء، 3 مارس". CLDR's day-and-month pattern with the weekday written out
    (abbreviated weekdays collide with months in Spanish and Romanian: "mar 3 mar")."""
    from babel import Locale
    from babel.dates import format_date, match_skeleton

    loc = Locale.parse(format_locale(lang))
    pattern = loc.datetime_skeletons[match_skeleton("MMMMEd", loc.datetime_skeletons)].pattern
    return format_date(day, re.sub(r"E{1,4}|c{1,4}", "EEEE", pattern), locale=loc)


def money(cents: int, lang: str) -> str:
    """A price in the language's form with the € sign a citizen sees on the screen ("12,50 €",
    "€12,50"): CLDR writes "EUR" in Romanian and Ukrainian, where Qt's screen shows "€"."""
    from babel.numbers import format_currency

    return format_currency(cents / 100, "EUR", locale=format_locale(lang)).replace("EUR", "€")


def comma(lang: str) -> str:
    """What separates the items of a list: Arabic has its own comma (،)."""
    return "، " if lang == "ar" else ", "
