"""No button or line cuts its words ("…") in any language, in easy read or large text: the bar,
the sign-up form and its done step, and the learning goal's aims (each once cut in Greek or
Ukrainian: "Χωρίς…", "Βρείτε κι άλλες…", "Πολιτισμός &…", "Почати спочатку")."""

from __future__ import annotations

import pytest

from .qml_driver import item, open_discover, open_offer, settle, touch, type_text

pytestmark = pytest.mark.ui

LANGUAGES = ("de", "en", "es", "el", "ro", "tr", "uk", "ar")


def _cut_words(win) -> list[str]:
    """Every visible text in the window that Qt had to cut."""
    cut, todo = [], [win.contentItem()]
    while todo:
        current = todo.pop()
        if not current.isVisible():
            continue
        if current.property("truncated") is True and current.property("text"):
            cut.append(current.property("text"))
        todo.extend(current.childItems())
    return cut


def _in_every_language(qtbot, win, vm) -> list[str]:
    cut = []
    for lang in LANGUAGES:
        vm.setLanguage(lang)
        settle(qtbot, win)
        cut += [f"{vm.screen} {lang}: {text!r}" for text in _cut_words(win)]
    vm.setLanguage("en")
    settle(qtbot, win)
    return cut


@pytest.mark.parametrize("switch", ["easyReadSwitch", "largeTextSwitch"])
def test_no_words_are_cut_on_the_way_to_a_sign_up_and_a_goal(qtbot, kiosk_window, switch: str) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, switch)
    open_discover(qtbot, win, vm, "en")
    cut = _in_every_language(qtbot, win, vm)
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "contact_none")
    cut += _in_every_language(qtbot, win, vm)
    touch(qtbot, win, "signUpName")
    type_text(win, "Ana")
    touch(qtbot, win, "signUpNextButton")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done", timeout=15000)
    cut += _in_every_language(qtbot, win, vm)
    touch(qtbot, win, "goalButton")
    assert item(win, "aim_culture").isVisible()
    cut += _in_every_language(qtbot, win, vm)
    assert cut == []
