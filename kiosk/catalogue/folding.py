"""Folds text for search: case, accents and Greek tonos, the same way on the index and query side."""

from __future__ import annotations

import re
import sys
import unicodedata

# Letters that NFD does not split into base + mark but that citizens type without the accent.
_EXTRA = {"ß": "ss", "ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe"}
# Every combining mark (accents, tonos, dialytika, Arabic harakat, Hebrew points, ...) maps to
# nothing. A translate table runs in C: folding the whole catalogue at load time stays cheap.
_TABLE = {
    cp: None
    for cp in range(0x300, min(sys.maxunicode, 0x1FFFF) + 1)
    if unicodedata.combining(chr(cp))
}
_TABLE.update({ord(k): v for k, v in _EXTRA.items()})
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Lower-case, strip combining marks (é→e, ș→s, ά→α, ΐ→ι), map ß→ss and final sigma to σ.

    SQLite's unicode61 tokenizer folds Latin accents but not Greek tonos, so everything that
    enters or queries the index goes through here first.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text.casefold())
    # translate() costs the same for every character it sees; a catalogue's text is mostly
    # ASCII between a few accented letters, so only the runs of other characters pay.
    return unicodedata.normalize("NFC", _NOT_ASCII.sub(_strip_marks, decomposed))


def _strip_marks(run: re.Match[str]) -> str:
    return run.group().translate(_TABLE)
