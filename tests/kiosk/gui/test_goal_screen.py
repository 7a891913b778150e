"""The learning-goal screen through the real QML window: its choices keep their words."""

from __future__ import annotations

import pytest

from .qml_driver import find_all, open_discover, settle, touch

pytestmark = pytest.mark.ui

LANGUAGES = ("de", "en", "es", "el", "ro", "tr", "uk", "ar")
CHOICES = {"hours": ("hours_",), "when": ("day_", "time_"), "distance": ("distance_",)}


def _cut(win, prefixes: tuple[str, ...]) -> list[str]:
    """The choice buttons whose label does not show all its words."""
    cut = []
    for button in (b for prefix in prefixes for b in find_all(win, prefix)):
        label = next(c for c in button.childItems() if c.inherits("QQuickText"))
        if label.property("truncated"):
            chosen = " (chosen)" if button.property("checked") else ""
            cut.append(f"{button.objectName()}{chosen}: {label.property('text')!r}")
    return cut


@pytest.mark.parametrize("switch", ["", "largeTextSwitch"], ids=["plain", "large"])
def test_every_goal_choice_keeps_all_its_words_in_every_language(qtbot, kiosk_window, switch: str) -> None:
    # Even grids once cut large text to "✓…" (a chosen "Wednesday") and "Etwa 6 Std. pr…".
    win, vm = kiosk_window.window, kiosk_window.kiosk
    if switch:
        touch(qtbot, win, switch)
    open_discover(qtbot, win, vm, "en")
    touch(qtbot, win, "goalButton")
    touch(qtbot, win, "aim_digital")
    cut, seen = [], set()
    while vm.goal.step != "review":
        step = vm.goal.step
        if step in CHOICES:
            seen.add(step)
            for lang in LANGUAGES:
                vm.setLanguage(lang)
                settle(qtbot, win)
                cut += [f"{lang} {c}" for c in _cut(win, CHOICES[step])]
                # Chosen, a label is bold with "✓ " before it: wider. One at a time (hours and
                # distance take one answer).
                for button in [b for prefix in CHOICES[step] for b in find_all(win, prefix)]:
                    touch(qtbot, win, button.objectName())
                    settle(qtbot, win)
                    assert button.property("checked")
                    cut += [f"{lang} {c}" for c in _cut(win, CHOICES[step]) if "(chosen)" in c]
                    touch(qtbot, win, button.objectName())
            vm.setLanguage("en")
        touch(qtbot, win, "goalNextButton")
    assert seen == set(CHOICES)
    assert cut == []
