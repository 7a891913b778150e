"""Easy-read, large text and high contrast: one touch away on the attract screen, for one citizen."""

from __future__ import annotations

import pytest

from .qml_driver import find, find_all, item, open_discover, open_offer, settle, touch

pytestmark = pytest.mark.ui


def _texts(win) -> list:
    """Every visible text item in the window (QQuickText and text fields)."""
    found = []
    for it in find_all(win, ""):
        meta = it.metaObject()
        if meta.indexOfProperty("font") >= 0 and meta.indexOfProperty("text") >= 0 and it.isVisible():
            found.append(it)
    return found


def test_the_switches_last_for_one_citizen_only(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    for name in ("easyReadSwitch", "largeTextSwitch", "highContrastSwitch"):
        touch(qtbot, win, name)
        assert item(win, name).property("checked"), name
    assert vm.screen == "attract"  # a switch is not a touch that starts
    assert win.color().name() == "#000000"  # the high-contrast theme is on at once
    touch(qtbot, win, "startButton")
    qtbot.waitUntil(lambda: vm.discover.results.total > 0 and not vm.discover.results.loading)
    access = vm.access
    assert access.easyRead and access.largeText and access.highContrast
    touch(qtbot, win, "startOverButton")
    assert not (access.easyRead or access.largeText or access.highContrast)
    assert win.color().name() == "#ffffff"
    for name in ("easyReadSwitch", "largeTextSwitch", "highContrastSwitch"):
        assert not item(win, name).property("checked"), name


def test_the_idle_limit_switches_them_off_too(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "largeTextSwitch")
    touch(qtbot, win, "language_en")
    vm.idle.expired.emit()  # what the idle watcher does when the countdown ends
    qtbot.waitUntil(lambda: vm.screen == "attract")
    assert not vm.access.largeText


def test_large_text_makes_every_text_at_least_one_and_a_half_times_larger(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "en")
    for screen in ("discover", "details"):
        if screen == "details":
            open_offer(qtbot, win, vm)
        settle(qtbot, win)
        before = [(t, t.property("font").pixelSize()) for t in _texts(win)]
        assert len(before) > 10
        vm.access.largeText = True
        settle(qtbot, win)
        small = [f"{t.objectName() or t.property('text')[:30]!r}: {size} -> {t.property('font').pixelSize()}"
                 for t, size in before if t.property("font").pixelSize() < 1.5 * size]
        assert small == [], screen
        vm.access.largeText = False


def test_easy_read_shows_pictograms_and_fewer_choices(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "en")
    chips = [c for c in find_all(win, "filter_") if c.isVisible()]
    topic = item(win, "topic_digital")
    width = topic.width()
    vm.access.easyRead = True
    settle(qtbot, win)
    fewer = [c for c in find_all(win, "filter_") if c.isVisible()]
    assert 0 < len(fewer) <= 3 < len(chips)
    assert topic.width() > width  # bigger tiles: two a row instead of three
    pictures = [p for p in find_all(win, "") if p.metaObject().className().startswith("Pictogram")
                and p.isVisible() and topic.isAncestorOf(p)]
    assert len(pictures) == 1 and pictures[0].property("progress") == 1.0  # the SVG loaded
    assert pictures[0].property("paintedWidth") > 0
    assert pictures[0].property("source").toString().endswith("assets/pictograms/digital.svg")


@pytest.mark.parametrize("switch", ["easyRead", "largeText"])
def test_fewer_filters_keep_taught_in_my_language_for_a_citizen_in_another_language(qtbot, kiosk_window, switch) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    assert vm.defaultLanguage == "en"
    setattr(vm.access, switch, True)
    open_discover(qtbot, win, vm, "tr")
    settle(qtbot, win)
    shown = {c.objectName() for c in find_all(win, "filter_") if c.isVisible()}
    assert "filter_myLanguage" in shown and "filter_week" not in shown  # still the shorter list
    vm.setLanguage("en")  # the kiosk's own language: the filter would hardly narrow anything
    settle(qtbot, win)
    assert not item(win, "filter_myLanguage").isVisible()


def test_every_topic_and_action_has_a_licensed_pictogram() -> None:
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "assets" / "pictograms"
    topics = ["language", "digital", "work", "health", "family", "culture", "making", "community",
              "nature", "money", "reading"]
    for name in topics + ["back", "add", "sign-up", "start-over", "speaker", "easy-read", "large-text",
                          "high-contrast"]:
        assert (folder / f"{name}.svg").is_file(), name
    assert "CC0" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "CC0" in (folder / "README.md").read_text(encoding="utf-8")


def test_arrows_point_the_other_way_in_arabic(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "easyReadSwitch")
    open_discover(qtbot, win, vm, "ar")
    open_offer(qtbot, win, vm)
    settle(qtbot, win)
    back = item(win, "detailsBackButton")
    arrow = next(p for p in find_all(win, "") if p.metaObject().className().startswith("Pictogram")
                 and back.isAncestorOf(p))
    assert arrow.property("mirror")
    label = next(t for t in back.childItems() if t.metaObject().className() == "QQuickText")
    assert label.property("text").startswith("›")  # the angle quote points back: to the right
    # The back button sits at the right-hand edge, where a right-to-left reader starts.
    assert back.mapToScene(back.boundingRect().center()).x() > win.width() / 2
    assert find(win, "addToPathwayButton").mapToScene(
        find(win, "addToPathwayButton").boundingRect().center()).x() < win.width() / 2


def test_a_phone_number_keeps_its_order_in_an_arabic_sentence(qtbot, kiosk_window) -> None:
    from .qml_driver import type_text

    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "ar")
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    touch(qtbot, win, "signUpName")
    type_text(win, "Ana")
    keyboard = item(win, "keyboard")
    qtbot.waitUntil(lambda: keyboard.property("inputLocale").startswith("ar_"))
    touch(qtbot, win, "contact_phone")
    touch(qtbot, win, "signUpContact")
    # The number is typed left to right: the keyboard turns Latin for this field (and back after).
    qtbot.waitUntil(lambda: keyboard.property("inputLocale") == "en_GB")
    type_text(win, "030 1234567")
    qtbot.waitUntil(lambda: vm.signUp.canContinue)
    touch(qtbot, win, "signUpName")
    qtbot.waitUntil(lambda: keyboard.property("inputLocale").startswith("ar_"))
    touch(qtbot, win, "signUpNextButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "consent")
    # Isolated left to right: without it the two groups of digits show in the wrong order.
    assert "\u2066030 1234567\u2069" in item(win, "consentText").property("text")


def test_the_language_list_runs_right_to_left_in_arabic(qtbot, kiosk_window) -> None:
    win = kiosk_window.window
    touch(qtbot, win, "language_ar")
    touch(qtbot, win, "languageButton")
    settle(qtbot, win)
    first, second = item(win, "switchLanguage_de"), item(win, "switchLanguage_en")
    x = [b.mapToScene(b.boundingRect().center()).x() for b in (first, second)]
    assert x[0] > x[1]  # the first language sits on the right, where an Arabic reader starts


def test_the_reading_aids_are_in_the_language_list_in_the_citizens_words(qtbot, kiosk_window) -> None:
    """A citizen who started in Turkish finds large text without reading the attract screen's German."""
    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_tr")
    touch(qtbot, win, "languageButton")
    settle(qtbot, win)
    labels = {name: item(win, name).property("text")
              for name in ("pickerEasyReadSwitch", "pickerLargeTextSwitch", "pickerHighContrastSwitch")}
    assert labels == {"pickerEasyReadSwitch": "Kolay okuma", "pickerLargeTextSwitch": "Büyük yazı",
                      "pickerHighContrastSwitch": "Yüksek kontrast"}
    touch(qtbot, win, "pickerLargeTextSwitch")
    assert vm.access.largeText and vm.screen == "discover" and vm.language == "tr"  # the place is kept
    settle(qtbot, win)
    assert item(win, "pickerLargeTextSwitch").property("checked")
    touch(qtbot, win, "pickerHighContrastSwitch")
    touch(qtbot, win, "pickerEasyReadSwitch")
    assert vm.access.highContrast and vm.access.easyRead
    touch(qtbot, win, "pickerLargeTextSwitch")
    assert not vm.access.largeText


def test_the_search_words_keep_clear_of_the_clear_button_in_arabic(qtbot, kiosk_window) -> None:
    from .qml_driver import type_text

    win, vm = kiosk_window.window, kiosk_window.kiosk
    touch(qtbot, win, "language_ar")
    touch(qtbot, win, "searchField")
    type_text(win, "computer")
    qtbot.waitUntil(lambda: vm.discover.text == "computer")
    settle(qtbot, win)
    field, clear = item(win, "searchField"), item(win, "clearSearchButton")
    clear_right = clear.mapToScene(clear.boundingRect().topRight()).x()
    assert clear_right < win.width() / 2  # the ✕ sits on the left in Arabic
    assert field.property("leftPadding") >= clear.width()  # and the words start after it
