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


_EDITOR_START = re.compile(r"^\s*(TextField|TextArea|[A-Za-z.]*\.TextField|[A-Za-z.]*\.TextArea)\s*\{", re.M)
# Ways out of the kiosk or onto the desktop: native dialogs, the platform's menus, opening a
# URL in another program, quitting from QML, web content.
_FORBIDDEN = {
    "import QtQuick.Dialogs": "native dialogs",
    "import Qt.labs.platform": "native dialogs and menus",
    "openUrlExternally": "opening a browser or another program",
    "Qt.quit(": "quitting from QML (only kiosk.lockdown.exitToDesktop)",
    "Qt.exit(": "quitting from QML (only kiosk.lockdown.exitToDesktop)",
    "StandardKey.Quit": "a quit shortcut",
    "StandardKey.Close": "a close shortcut",
    "FileDialog": "a file dialog",
    "FolderDialog": "a folder dialog",
    "MessageDialog": "a message box",
    "ColorDialog": "a colour dialog",
    "FontDialog": "a font dialog",
    "QtWebEngine": "web content",
    "QtWebView": "web content",
    "Qt.openUrl": "opening a URL",
    "XMLHttpRequest": "network access from QML (the hub is reached by the sync core only)",
    "WebSocket": "network access from QML",
}


def test_text_editors_have_no_context_menu() -> None:
    """Qt 6.9+ gives TextField and TextArea a cut/copy/paste menu (right-click, press and hold);
    each one in the UI switches it off. (tests/kiosk/gui/test_lockdown.py tries it on the window.)"""
    found, offenders = 0, []
    for path in sorted(UI.rglob("*.qml")):
        source = path.read_text(encoding="utf-8")
        for match in _EDITOR_START.finditer(source):
            found += 1
            if "ContextMenu.menu: null" not in _block(source, match.start()):
                offenders.append(f"{path.relative_to(UI)}:{source.count(chr(10), 0, match.start()) + 1}")
    assert found >= 2  # KioskField and SearchField
    assert offenders == [], f"TextField/TextArea without ContextMenu.menu: null at {offenders}"


def test_no_context_menus_dialogs_or_ways_out() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.qml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("//", 1)[0]
            offenders += [f"{path.relative_to(UI)}:{number}: {why}" for word, why in _FORBIDDEN.items() if word in code]
            if re.search(r"ContextMenu\.menu:(?!\s*null\b)", code) or re.search(r"\bMenu\s*\{", code):
                offenders.append(f"{path.relative_to(UI)}:{number}: a menu")
    assert offenders == []


def test_fields_for_personal_data_tell_the_keyboard_not_to_keep_them() -> None:
    """Qt.ImhSensitiveData: an input method must not store what is typed (no learned words)."""
    field = (UI / "controls" / "KioskField.qml").read_text(encoding="utf-8")
    assert "Qt.ImhSensitiveData" in field.split("inputMethodHints:", 1)[1].split("\n", 1)[0]
    for path in sorted(UI.rglob("*.qml")):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"inputMethodHints:((?:[^\n]*\n){1,3})", source):
            if "KioskField" in path.name or "SearchField" in path.name:
                continue
            assert "ImhSensitiveData" in match.group(1), f"{path.relative_to(UI)}: {match.group(1).strip()}"
