"""plain(): outside text becomes plain text, with no markup, controls or bidi overrides."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalogue.text import plain


def test_markup_is_removed_and_script_content_dropped() -> None:
    raw = '<p>Hello <b>world</b></p><script>alert("x")</script><a href="https://evil.example">click</a>'
    assert plain(raw, 200) == "Hello world\nclick"


def test_entities_become_characters_but_never_markup_again() -> None:
    # An escaped tag stays visible text: the UI shows it as PlainText, it is never interpreted.
    assert plain("Fish &amp; chips &lt;b&gt;", 100) == "Fish & chips <b>"


def test_control_characters_go_tabs_and_line_breaks_become_plain() -> None:
    assert plain("a\x00b\x07c\td\r\ne\rf\u2028g", 100) == "abc d\ne\nf\ng"


def test_bidi_overrides_are_dropped_but_arabic_joiners_kept() -> None:
    assert plain("abc\u202edcba\u2066x\u2069", 100) == "abcdcbax"
    assert plain("می\u200cخواهم", 100) == "می\u200cخواهم"  # ZWNJ is part of the spelling


def test_lone_surrogate_from_json_is_dropped() -> None:
    cleaned = plain("ok\ud800ok", 100)
    assert cleaned == "okok"
    cleaned.encode("utf-8")


def test_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    cleaned = plain("word " * 1000, 50)
    assert len(cleaned) <= 50 and cleaned.endswith("…")
    assert "wor…" not in cleaned


def test_blank_lines_collapse_and_text_is_nfc() -> None:
    assert plain("a\n\n\n\n\nb  c", 100) == "a\n\nb c"
    assert plain("Cafe\u0301", 100) == "Café"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=2, max_value=500))
def test_any_text_comes_out_short_storable_and_without_controls(text: str, limit: int) -> None:
    cleaned = plain(text, limit)
    assert len(cleaned) <= limit
    cleaned.encode("utf-8")
    for ch in cleaned:
        assert ch in "\n\u200c\u200d" or unicodedata.category(ch)[0] != "C"
    assert "\u202e" not in cleaned and "\u2066" not in cleaned


def test_what_plain_removes_names_markup_and_hidden_characters_but_not_ordinary_text() -> None:
    from kiosk.catalogue.text import what_plain_removes

    assert what_plain_removes("Deutsch A1 – „Alltag“ & mehr\r\n\tZeile 2 می\u200cخواهم") is None
    assert what_plain_removes("x < y and a > b") is None
    assert what_plain_removes("<i>x</i>") == "markup"
    assert what_plain_removes("Fish &amp; chips") == "markup"
    assert what_plain_removes("a\x00b") == "control or direction characters"
    assert what_plain_removes("<b>a\u202eb</b>") == "markup and control or direction characters"


def test_comparisons_are_text_not_tags() -> None:
    assert plain("x < y and a > b", 100) == "x < y and a > b"
    assert plain("a <!-- hidden --> b <style>p{}</style>c", 100) == "a b c"


def test_an_unclosed_script_hides_the_rest_and_hostile_repetitions_come_out_clean() -> None:
    assert plain("before <script>alert(1); still script", 100) == "before"
    assert plain("<script" * 9000, 100) == ""
    assert plain("<script>" * 8000 + "</script>after", 100) == "after"
    assert plain("<" * 64000, 100) == "<" * 99 + "…"  # not tags: text, cut like any long text


# Letters, digits, punctuation and symbols from several scripts, ASCII spaces, combining marks,
# and a few characters that must send text down the full pass (non-breaking and ideographic
# spaces, a tab, a bidi override, "<", "&").
_MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("aZ9 .,;–„“«»ßİıŞşΆάΐЇжمَ你")),
        st.characters(categories=("L", "M", "N", "P", "S", "Zs", "Cc", "Cf")),
    ),
    max_size=120,
)


@settings(max_examples=400, deadline=None)
@given(_MIXED, st.integers(min_value=2, max_value=150))
def test_the_fast_path_gives_exactly_what_the_full_pass_gives(text: str, limit: int) -> None:
    from kiosk.catalogue.text import _cap, _full_pass, is_simple, tidy

    if is_simple(text):
        assert tidy(text, limit) == _cap(_full_pass(text), limit)
    assert plain(text, limit) == _cap(_full_pass(text), limit)
