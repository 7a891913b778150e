"""Makes outside text safe to show: plain text only, no markup, no control or bidi-override characters."""

from __future__ import annotations

import html
import re
import unicodedata

_TAG = re.compile(r"<[^>]{0,2000}>")
_BREAK_TAGS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6])\s*/?\s*>", re.IGNORECASE)
_SCRIPT = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
# Bidi overrides and isolates can make text read differently from how it is stored.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def plain(text: str, limit: int) -> str:
    """Strip tags and entities, drop control and bidi-override characters, cap at ``limit`` chars.

    The UI also shows everything as PlainText; this keeps the stored text clean for the sheet
    and for search, and stops a 1 MB description from bloating the store.
    """
    text = _SCRIPT.sub(" ", text)
    text = _BREAK_TAGS.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text).translate(_BIDI)
    text = "".join(
        ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C"
    )
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit - 1)
        text = text[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"
    return text
