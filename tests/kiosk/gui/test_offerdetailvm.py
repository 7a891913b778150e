"""The details view-model's words for languages: the citizen's name for it, then its own."""

from __future__ import annotations

import pytest

from kiosk.gui.offerdetailvm import language_label


@pytest.mark.parametrize(("code", "lang", "label"), [
    ("de", "en", "German (Deutsch)"),
    ("de", "de", "Deutsch"),  # the citizen's own language: once
    ("en", "en", "English"),  # not QLocale's "American English"
    ("ar", "uk", "арабська (العربية)"),
    ("de", "ar", "الألمانية (Deutsch)"),
    ("rom", "de", "Romani"),  # no name of its own in CLDR: no "(rom)"
    ("ku", "de", "Kurdisch (kurdî)"),  # its own name without brackets inside the brackets
    ("xx", "de", "xx"),  # unknown: the code, as the catalogue gave it
])
def test_a_language_is_named_for_the_citizen_then_in_itself(code: str, lang: str, label: str) -> None:
    assert language_label(code, lang) == label
