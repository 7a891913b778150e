"""Folds text for search: case, accents and Greek tonos, the same way on the index and query side."""

from __future__ import annotations

import unicodedata

# Letters that NFD does not split into base + mark but that citizens type without the accent.
_EXTRA = str.maketrans({"ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case, strip combining marks (é→e, ș→s, ά→α, ΐ→ι), map ß→ss and final sigma to σ.

    SQLite's unicode61 tokenizer folds Latin accents but not Greek tonos, so everything that
    enters or queries the index goes through here first.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).translate(_EXTRA)
