"""The offer details screen through the real QML window: facts, dates, seats, actions, Back."""

from __future__ import annotations

import pytest

from .qml_driver import item, open_discover, touch

pytestmark = pytest.mark.ui


def open_first_offer(qtbot, kiosk_window):
    win = kiosk_window.window
    touch(qtbot, win, "language_en")
    results = kiosk_window.kiosk.discover.results
    qtbot.waitUntil(lambda: results.total > 0 and not results.loading)
    open_first_offer.title = item(win, "offerTile_0").property("title")
    touch(qtbot, win, "offerTile_0")
    details = kiosk_window.kiosk.details
    qtbot.waitUntil(lambda: details.state == "ready")
    qtbot.waitUntil(lambda: item(win, "detailsTitle").isVisible())
    return details


def test_touching_an_offer_shows_its_details_and_back_returns(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    details = open_first_offer(qtbot, kiosk_window)
    assert vm.screen == "details"
    assert item(win, "detailsTitle").property("text") == details.offer["title"] == open_first_offer.title
    assert item(win, "detailsProvider").property("text").startswith("By ")
    assert item(win, "detailsVenue").property("text") in ("Central Library", "Annex Hall")
    assert "Step-free access" in item(win, "detailsAccess").property("text") or \
        "Not step-free" in item(win, "detailsAccess").property("text")
    assert item(win, "sessionRow_0").isVisible()
    for name in ("signUpButton", "addToPathwayButton", "detailsBackButton", "startOverButton",
                 "languageButton", "basketButton"):
        assert item(win, name).isVisible(), name
    # Primary actions sit in the lower two thirds of the screen.
    for name in ("signUpButton", "addToPathwayButton"):
        button = item(win, name)
        assert button.mapToScene(button.boundingRect().topLeft()).y() > win.height() / 3, name
    touch(qtbot, win, "detailsBackButton")
    assert vm.screen == "discover"


def test_add_to_pathway_counts_in_the_header(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_first_offer(qtbot, kiosk_window)
    assert item(win, "basketButton").property("text") == "My list (0)"
    touch(qtbot, win, "addToPathwayButton")
    touch(qtbot, win, "addToPathwayButton")  # a second touch does not add it twice
    assert vm.basket.count == 1
    assert item(win, "basketButton").property("text") == "My list (1)"
    assert item(win, "addToPathwayButton").property("text") == "On my list"


def test_long_text_flicks(qtbot, kiosk_window) -> None:
    win = kiosk_window.window
    open_first_offer(qtbot, kiosk_window)
    scroll = item(win, "detailsScroll")
    assert scroll.property("contentHeight") > scroll.height()  # the series makes it long
    start = scroll.mapToScene(scroll.boundingRect().center()).toPoint()
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    QTest.mousePress(win, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        QTest.mouseMove(win, start - QPoint(0, step * 40), 10)
    QTest.mouseRelease(win, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 400), delay=10)
    qtbot.waitUntil(lambda: scroll.property("contentY") > 0)


def test_an_offer_that_is_gone_says_so_and_back_still_works(qtbot, kiosk_window) -> None:
    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "en")
    vm.openOffer(999999)  # as if the hub had deleted it between the list and the touch
    qtbot.waitUntil(lambda: vm.details.state == "gone")
    assert item(win, "detailsMessage").property("text") == "This offer is no longer available."
    assert not item(win, "signUpButton").isVisible() and not item(win, "addToPathwayButton").isVisible()
    touch(qtbot, win, "detailsBackButton")
    assert vm.screen == "discover"


@pytest.mark.parametrize(("language", "taught_in"), [
    ("en", "Taught in: German (Deutsch)"),
    ("de", "Sprache: Deutsch"),
    ("ar", "لغة التعليم: \u2068الألمانية (Deutsch)\u2069"),
])
def test_the_language_of_instruction_is_named_in_the_citizens_language_then_its_own(
        qtbot, kiosk_window, language: str, taught_in: str) -> None:
    from .qml_driver import open_offer

    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, language)
    results = vm.discover.results
    role = next(r for r, name in results.roleNames().items() if name.data() == b"languages")
    german_only = next(i for i in range(results.rowCount()) if results.data(results.index(i, 0), role) == ["de"])
    open_offer(qtbot, win, vm, german_only)
    assert taught_in in item(win, "detailsFacts").property("text").split("  ·  ")


def test_text_in_another_language_than_the_citizens_says_which(qtbot, kiosk_window) -> None:
    from .qml_driver import open_offer

    win, vm = kiosk_window.window, kiosk_window.kiosk
    open_discover(qtbot, win, vm, "uk")  # the offers have English and German texts only
    open_offer(qtbot, win, vm)
    assert item(win, "detailsTextLanguage").isVisible()
    assert item(win, "detailsTextLanguage").property("text") == \
        "Організатор описує цю пропозицію лише такою мовою: англійська."
    touch(qtbot, win, "languageButton")
    touch(qtbot, win, "switchLanguage_de")  # switched on the spot: the offer is in German, nothing to say
    qtbot.waitUntil(lambda: vm.details.state == "ready" and vm.language == "de")
    qtbot.waitUntil(lambda: not item(win, "detailsTextLanguage").isVisible())
