"""Rules every QML file keeps: text is plain, never rich text or links."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "ui"
_TEXT_START = re.compile(r"^\s*(Text|Label)\s*\{", re.M)


def _block(source: str, start: int) -> str:
    """The QML object block opening at ``start`` (its braces balanced)."""
    depth, i = 0, source.index("{", start)
    for j in range(i, len(source)):
        depth += {"{": 1, "}": -1}.get(source[j], 0)
        if depth == 0:
            return source[i:j + 1]
    raise AssertionError("unbalanced braces")


def test_there_are_texts_to_check() -> None:
    assert sum(len(_TEXT_START.findall(p.read_text())) for p in UI.rglob("*.qml")) > 10


def test_every_text_is_plain_text() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.qml")):
        source = path.read_text(encoding="utf-8")
        for match in _TEXT_START.finditer(source):
            if "textFormat: Text.PlainText" not in _block(source, match.start()):
                offenders.append(f"{path.relative_to(UI)}:{source.count(chr(10), 0, match.start()) + 1}")
    assert offenders == [], f"Text without textFormat: Text.PlainText at {offenders}"


def test_no_links_or_rich_text_anywhere() -> None:
    for path in UI.rglob("*.qml"):
        source = path.read_text(encoding="utf-8")
        assert "RichText" not in source and "StyledText" not in source and "onLinkActivated" not in source, path


_LITERAL_TEXT = re.compile(r'\b(text|placeholderText|title):\s*"[^"]*[A-Za-z]{2}')


def test_every_word_on_screen_goes_through_qsTr() -> None:
    """A word shown as a bare string literal could never be translated."""
    offenders = []
    for path in sorted(UI.rglob("*.qml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _LITERAL_TEXT.search(line):
                offenders.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert offenders == []
