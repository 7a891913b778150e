"""The QR code of a learning project's address as rows of dark/light modules (for the sheet and the screen)."""

from __future__ import annotations

import segno

BORDER = 4  # modules of quiet zone around the code, as the QR standard asks


def qr_rows(value: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, row by row, True for dark; quiet zone not included.

    Error correction M survives a crease or a smudge on a thermal roll. segno encodes about
    2.5x faster than reportlab's pure-Python qrencoder (which was a fifth of a sheet's build).
    Not cached: every sheet has its own claim code, and a cache would flatter bench/sheet.py.
    """
    code = segno.make(value, error="m", micro=False, boost_error=False)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)
