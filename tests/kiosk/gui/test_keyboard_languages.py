"""The on-screen keyboard follows the citizen's language: each of the eight layouts loads and types."""

from __future__ import annotations

import pytest

from .qml_driver import find_all, item, touch

pytestmark = pytest.mark.ui

# language -> (the layout the kiosk asks Qt Virtual Keyboard for, a letter that layout has on a key).
# Romanian's own letters sit behind a long press (ș on s: the comma below, not the cedilla of
# the English layout's ş); the others show theirs on a key of their own.
LAYOUTS = {
    "en": ("en_GB", "q"),
    "de": ("de_DE", "ü"),
    "es": ("es_ES", "ñ"),
    "el": ("el_GR", "λ"),
    "ro": ("ro_RO", "ș"),
    "tr": ("tr_TR", "ğ"),
    "uk": ("uk_UA", "ї"),
    "ar": ("ar_AR", "ض"),
}


def _alternatives(key) -> str:
    """A key's long-press letters: a string, or a list in a JS value (layouts use both)."""
    value = key.property("alternativeKeys")
    if hasattr(value, "toVariant"):
        value = value.toVariant()
    return "".join(str(v) for v in value) if isinstance(value, list) else str(value or "")


def _key(win, label: str, behind_long_press: bool = False):
    """The visible key showing ``label`` (or offering it on a long press), or None."""
    for key in find_all(win, ""):
        # Only ask items that have the property: reading a missing one upsets PySide's refcounts.
        if key.metaObject().indexOfProperty("displayText") >= 0 and key.isVisible():
            if key.property("displayText") == label:
                return key
            if behind_long_press and label in _alternatives(key):
                return key
    return None


@pytest.mark.parametrize("language", list(LAYOUTS))
def test_the_keyboard_loads_the_citizens_layout(qtbot, kiosk_window, language: str) -> None:
    from PySide6.QtCore import QPointF, Qt

    win, vm = kiosk_window.window, kiosk_window.kiosk
    layout, letter = LAYOUTS[language]
    touch(qtbot, win, f"language_{language}")
    touch(qtbot, win, "searchField")
    keyboard = item(win, "keyboard")
    qtbot.waitUntil(lambda: keyboard.property("active"))
    assert keyboard.property("requestedLocale") == layout
    # Qt names the loaded layout by its QLocale: ar_AR comes back as Arabic's default, ar_EG.
    qtbot.waitUntil(lambda: keyboard.property("inputLocale").split("_")[0] == layout.split("_")[0], timeout=10000)
    # The layout is really there: a key with the language's own letter, and it types that letter.
    if language == "ro":
        qtbot.waitUntil(lambda: _key(win, letter, behind_long_press=True) is not None, timeout=10000)
        letter = "a"
    qtbot.waitUntil(lambda: _key(win, letter) is not None, timeout=10000)
    key = _key(win, letter)
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    qtbot.mouseClick(win, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: vm.discover.text == letter)


def test_switching_language_on_the_way_switches_the_layout(qtbot, kiosk_window) -> None:
    """From the language button in the bar (not only on the attract screen)."""
    win = kiosk_window.window
    touch(qtbot, win, "language_de")
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_uk")
    touch(qtbot, win, "searchField")
    keyboard = item(win, "keyboard")
    qtbot.waitUntil(lambda: keyboard.property("inputLocale") == "uk_UA", timeout=10000)
    assert _key(win, "ї") is not None
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_ar")
    touch(qtbot, win, "searchField")
    qtbot.waitUntil(lambda: keyboard.property("requestedLocale") == "ar_AR")
    qtbot.waitUntil(lambda: _key(win, "ض") is not None, timeout=10000)
