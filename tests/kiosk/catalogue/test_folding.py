"""fold(): case and accents fold the same way in every language the kiosk speaks."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalogue.folding import fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("καλημερα", "Καλημέρα"),  # Greek tonos, which SQLite's unicode61 keeps
        ("ΑΘΗΝΑ", "Αθήνα"),
        ("ΣΟΦΟΣ", "σοφός"),  # final sigma
        ("ΐ", "ι"),  # dialytika with tonos
        ("strasse", "Straße"),
        ("STRASSE", "straße"),
        ("ueber", "ueber"),
        ("uber", "Über"),
        ("scoala", "Școală"),  # Romanian comma below
        ("scoala", "Şcoală"),  # the cedilla form many keyboards still send
        ("tara", "Țară"),
        ("nandu", "Ñandú"),
        ("istanbul", "İstanbul"),  # Turkish dotted capital I
        ("kirmizi", "Kırmızı"),  # Turkish dotless i
        ("مدرسة", "مَدْرَسَة"),  # Arabic harakat
        ("їжак", "ЇЖАК"),  # Ukrainian case
        ("іжак", "їжак"),  # and the diaeresis, folded like any accent
        ("чаи", "ЧАЙ"),  # й is и with a breve, folded on both sides
        ("cafe", "Café"),
    ],
)
def test_typed_and_stored_forms_fold_alike(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    ("different", "other"),
    [("kurs", "kurz"), ("αθηνα", "αθηνε"), ("scoala", "scala"), ("мова", "нова")],
)
def test_different_words_stay_different(different: str, other: str) -> None:
    assert fold(different) != fold(other)


def test_fold_is_idempotent_and_lower_case() -> None:
    for word in ("Καλημέρα", "Școală", "İstanbul", "ЇЖАК", "Straße", "ASCII Only"):
        once = fold(word)
        assert fold(once) == once
        assert once == once.lower()


def test_ascii_fast_path_matches_the_general_path() -> None:
    assert fold("Computer KURS") == "computer kurs"
    assert fold("Computer KURS é") == "computer kurs e"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(list("aZ ßøłæœıİΆάΐЇжйمَ\u0301\u0308")), st.characters()),
               max_size=80))
def test_folding_only_the_non_ascii_runs_is_the_same_as_folding_everything(text: str) -> None:
    from kiosk.catalogue.folding import _TABLE

    everything = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text.casefold()).translate(_TABLE))
    assert fold(text) == (text.lower() if text.isascii() else everything)
