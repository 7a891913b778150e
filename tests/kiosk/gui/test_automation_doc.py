"""docs/automation.md and the QML agree: every documented objectName exists, every one is documented."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DOC = REPO / "docs" / "automation.md"
UI = REPO / "ui"

# `objectName: "name"` or `objectName: "prefix_" + something`
_QML_NAME = re.compile(r'\bobjectName:\s*"([^"]*)"(\s*\+)?')
_DOC_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|[^|]*\|[^|]*\|\s*(stable|internal)\s*\|\s*$", re.M)


def _qml_names() -> dict[str, list[str]]:
    """Name (a prefix ends in '*') -> the QML files that set it."""
    names: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.qml")):
        for literal, plus in _QML_NAME.findall(path.read_text(encoding="utf-8")):
            names.setdefault(literal + ("*" if plus else ""), []).append(str(path.relative_to(REPO)))
    return names


def _doc_names() -> dict[str, str]:
    """Name (a `<placeholder>` becomes '*') -> stable | internal."""
    return {re.sub(r"<[^>]+>$", "*", name): status for name, status in _DOC_ROW.findall(DOC.read_text(encoding="utf-8"))}


def test_the_doc_lists_the_names_selftest_relies_on() -> None:
    doc = _doc_names()
    for name in ("attractScreen", "startButton", "discoverScreen", "searchField", "resultCount",
                 "offerTitle", "startOverButton", "language_*"):
        assert doc.get(name) == "stable", name


def test_every_documented_name_exists_in_the_qml() -> None:
    missing = sorted(set(_doc_names()) - set(_qml_names()))
    assert missing == [], f"listed in docs/automation.md but set by no QML file: {missing}"


def test_every_name_in_the_qml_is_documented() -> None:
    undocumented = {name: files for name, files in _qml_names().items() if name not in _doc_names()}
    assert undocumented == {}, f"add these to docs/automation.md (stable or internal): {undocumented}"
