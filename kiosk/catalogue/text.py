"""Makes outside text safe to show: plain text only, no markup, no control or bidi-override characters."""

from __future__ import annotations

import html
import re
import unicodedata

# A tag starts like one ("<b", "</p", "<!--"), so "x < y and a > b" stays text; stopping at
# the next "<" keeps every pattern here linear in the text's length, whatever it holds.
_TAG = re.compile(r"<[/!?]?[A-Za-z!-][^<>]{0,2000}>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_BREAK_TAGS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6])\s*/?\s*>", re.IGNORECASE)
_SCRIPT_OPEN = re.compile(r"<\s*(script|style)\b", re.IGNORECASE)
_SCRIPT_CLOSE = {
    name: re.compile(rf"<\s*/\s*{name}\s*>", re.IGNORECASE) for name in ("script", "style")
}
# Line and paragraph breaks in their many spellings become "\n"; tabs become spaces.
_LAYOUT = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\t": " ", "\x0b": " ", "\x0c": " "})
# Joiners are format characters too, but Arabic, Persian and emoji sequences need them.
_KEEP = frozenset("\n\u200c\u200d")
_SPACES = re.compile(r"[ \u00a0\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def is_simple(text: str) -> bool:
    """True for the usual text: no markup, nothing hidden, one line; plain() only tidies its spaces."""
    return "<" not in text and "&" not in text and text.isprintable()


def plain(text: str, limit: int) -> str:
    """Strip tags and entities, drop control and bidi-override characters, cap at ``limit`` chars.

    The UI also shows everything as PlainText; this keeps the stored text clean for the sheet
    and for search, and stops a 1 MB description from bloating the store.
    """
    if is_simple(text):
        # The usual title or name: one line, no markup, nothing hidden; skip the full pass.
        return tidy(text, limit)
    return _cap(_full_pass(text), limit)


def _full_pass(text: str) -> str:
    text = _without_scripts(text)
    text = _BREAK_TAGS.sub("\n", text)
    text = _TAG.sub(" ", text)
    # Bidi embeddings, overrides and isolates can make text read differently from how it
    # is stored ("Trojan Source"); they are category Cf, so _visible drops them.
    text = html.unescape(text.replace("\r\n", "\n")).translate(_LAYOUT)
    text = unicodedata.normalize("NFC", "\n".join(map(_visible, text.split("\n"))))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def tidy(text: str, limit: int) -> str:
    """plain() for text that is_simple() already passed: only spacing, NFC and the cap to do."""
    # Printable text holds no whitespace but the ASCII space, so split() collapses exactly
    # what _SPACES would (and is several times faster).
    return _cap(" ".join(unicodedata.normalize("NFC", text).split()), limit)


def _cap(text: str, limit: int) -> str:
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit - 1)
        text = text[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"
    return text


def _visible(line: str) -> str:
    """Drop category C: controls, formats, surrogates (a lone "\\ud800" from JSON cannot even be
    stored as UTF-8), private use and unassigned code points."""
    if line.isprintable():  # the usual case, checked in C; only odd lines pay per character
        return line
    return "".join(ch for ch in line if ch in _KEEP or unicodedata.category(ch)[0] != "C")


_ALLOWED_HIDDEN = frozenset("\n\r\t\u200c\u200d")


def what_plain_removes(text: str) -> str | None:
    """Say what plain() would take out of ``text`` beyond spacing, for a repair note; None if nothing."""
    if is_simple(text):
        return None
    found = []
    if _TAG.search(text) or _ENTITY.search(text):
        found.append("markup")
    for line in text.split("\n"):
        if not line.isprintable() and any(
            ch not in _ALLOWED_HIDDEN and unicodedata.category(ch)[0] == "C" for ch in line
        ):
            found.append("control or direction characters")
            break
    return " and ".join(found) or None


def _without_scripts(text: str) -> str:
    """Drop <script> and <style> blocks with their content; an unclosed one runs to the end.

    A scan rather than one lazy regex: "<script" repeated without a closing tag would make a
    regex rescan the rest of the text for each occurrence (seconds on 64 kB).
    """
    parts: list[str] = []
    pos = 0
    while opening := _SCRIPT_OPEN.search(text, pos):
        parts.append(text[pos:opening.start()])
        parts.append(" ")
        closing = _SCRIPT_CLOSE[opening.group(1).lower()].search(text, opening.end())
        if closing is None:
            return "".join(parts)
        pos = closing.end()
    parts.append(text[pos:])
    return "".join(parts)
