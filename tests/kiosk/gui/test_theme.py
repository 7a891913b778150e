"""Theme.qml's colours: every pair of text and background reaches WCAG AAA (7:1), in both themes;
large text is at least 1.5 times the usual size."""

from __future__ import annotations

from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[3] / "ui"

# (text, background) pairs the screens put together; the high-contrast theme must keep them all.
PAIRS = [
    ("text", "background"), ("textMuted", "background"), ("text", "surface"), ("textMuted", "surface"),
    ("textOnAccent", "accent"), ("textOnAccent", "accentPressed"), ("attractText", "attractBackground"),
    ("attractHighlight", "attractBackground"), ("attractHighlightText", "attractHighlight"),
    ("free", "background"), ("error", "background"), ("text", "warningBackground"),
    ("text", "chosenRow"), ("error", "surface"), ("free", "surface"),
]
COLOURS = sorted({name for pair in PAIRS for name in pair})
FONTS = ["fontHero", "fontHeading", "fontTitle", "fontBody", "fontSmall"]


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """WCAG 2 contrast ratio of two sRGB colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast((0, 0, 0), (1, 1, 1)) == pytest.approx(21)
    assert contrast((1, 1, 1), (1, 1, 1)) == pytest.approx(1)
    # #767676 on white is the classic 4.54:1 grey.
    grey = 0x76 / 255
    assert contrast((grey, grey, grey), (1, 1, 1)) == pytest.approx(4.54, abs=0.01)


def _theme_values(qtbot, high_contrast: bool, scale: float = 1.0) -> dict:
    """Theme.qml's colours and fonts as the real QML engine computes them."""
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine()
    component = QQmlComponent(engine)
    props = "\n".join(f"    property color {n}: Theme.{n}" for n in COLOURS)
    props += "\n" + "\n".join(f"    property int {n}: Theme.{n}" for n in FONTS)
    source = (f'import QtQuick\nimport "theme"\nQtObject {{\n{props}\n'
              f'    Component.onCompleted: {{ Theme.pxPerMm = 3.93; Theme.fontScale = {scale}; '
              f'Theme.highContrast = {str(high_contrast).lower()} }}\n}}\n')
    component.setData(QByteArray(source.encode()), QUrl.fromLocalFile(str(UI / "probe.qml")))
    probe = component.create()
    assert probe is not None, component.errorString()
    values = {}
    for name in COLOURS:
        colour = probe.property(name)
        assert colour.alpha() == 255, name  # a see-through colour has no fixed contrast
        values[name] = (colour.redF(), colour.greenF(), colour.blueF())
    for name in FONTS:
        values[name] = probe.property(name)
    del probe
    engine.deleteLater()
    return values


@pytest.mark.parametrize("high_contrast", [False, True], ids=["usual", "high-contrast"])
def test_every_text_and_background_pair_is_at_least_7_to_1(qtbot, high_contrast: bool) -> None:
    values = _theme_values(qtbot, high_contrast)
    ratios = {f"{fg} on {bg}": round(contrast(values[fg], values[bg]), 2) for fg, bg in PAIRS}
    assert {pair: r for pair, r in ratios.items() if r < 7} == {}


def test_the_high_contrast_theme_is_a_different_theme(qtbot) -> None:
    usual, high = _theme_values(qtbot, False), _theme_values(qtbot, True)
    assert usual["background"] != high["background"] and usual["text"] != high["text"]
    # Light on black: the strongest pairs are stronger than in the usual theme.
    assert contrast(high["text"], high["background"]) > contrast(usual["text"], usual["background"])


def test_large_text_is_at_least_one_and_a_half_times_every_size(qtbot) -> None:
    usual, large = _theme_values(qtbot, False), _theme_values(qtbot, False, scale=1.5)
    for name in FONTS:
        assert large[name] >= 1.5 * usual[name], name
        assert large[name] < 1.6 * usual[name], name  # not a layout-breaking jump either


def _rendered_pairs(win) -> list[tuple[str, float]]:
    """(text, contrast) for every visible, enabled, opaque text: its colour against the nearest
    opaque rectangle behind it (or the window)."""
    from .qml_driver import find_all

    found = []
    for text in find_all(win, ""):
        if text.metaObject().className() != "QQuickText" or not text.isVisible() or not text.property("text"):
            continue
        colour, behind, it, faded = text.property("color"), None, text, False
        while it is not None:
            if it.opacity() < 1 or not it.isEnabled():
                faded = True  # a disabled control may fade (WCAG 1.4.6 exempts inactive parts)
            if behind is None and it is not text and it.metaObject().indexOfProperty("color") >= 0 \
                    and it.inherits("QQuickRectangle"):
                fill = it.property("color")
                if fill.alpha() == 255:
                    behind = fill
            it = it.parentItem()
        if faded or colour.alpha() < 255:
            continue
        behind = behind or win.color()
        ratio = contrast((colour.redF(), colour.greenF(), colour.blueF()),
                         (behind.redF(), behind.greenF(), behind.blueF()))
        found.append((text.property("text")[:40], round(ratio, 2)))
    return found


@pytest.mark.parametrize("high_contrast", [False, True], ids=["usual", "high-contrast"])
def test_every_text_on_the_screens_reaches_7_to_1(qtbot, kiosk_window, high_contrast: bool) -> None:
    """What is really drawn, screen by screen: catches a colour set outside Theme.qml."""
    from .qml_driver import open_discover, open_offer, settle, touch

    win, vm = kiosk_window.window, kiosk_window.kiosk
    if high_contrast:
        touch(qtbot, win, "highContrastSwitch")
    seen = {}

    def look(name: str) -> None:
        settle(qtbot, win)
        pairs = _rendered_pairs(win)
        assert pairs, name
        seen[name] = [p for p in pairs if p[1] < 7]

    look("attract")
    open_discover(qtbot, win, vm, "en")
    touch(qtbot, win, "filter_free")
    look("discover")
    open_offer(qtbot, win, vm)
    look("details")
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_none")
    look("signup")
    touch(qtbot, win, "goalButton")
    touch(qtbot, win, "aim_learn_german")
    look("goal")
    while vm.goal.step != "review":
        touch(qtbot, win, "goalNextButton")
    touch(qtbot, win, "goalSaveButton")
    qtbot.waitUntil(lambda: vm.goal.step == "done", timeout=10000)
    look("goal done")
    touch(qtbot, win, "goalPathwayButton")
    qtbot.waitUntil(lambda: vm.pathway.state == "ready", timeout=15000)
    look("pathway")
    touch(qtbot, win, "basketButton")
    look("basket")
    touch(qtbot, win, "languageButton")
    look("language picker")
    touch(qtbot, win, "closeLanguagePicker")
    vm.idle._warn()
    look("idle warning")
    assert {name: low for name, low in seen.items() if low} == {}
