"""The Discover screen through the real QML window: typing, filters, counts, paging and the keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from .gui_catalogue import HTML_TITLE, small_catalogue
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from .qml_driver import find_all, item, settle, touch, type_text

pytestmark = pytest.mark.ui

CATALOGUE = small_catalogue(dt.date.today())
ALL = len(CATALOGUE["offers"])
FREE = sum(1 for o in CATALOGUE["offers"] if o["cost_cents"] == 0)


@pytest.fixture
def discover(qtbot, kiosk_window):
    """The window on the Discover screen in English, with the first results shown."""
    touch(qtbot, kiosk_window.window, "language_en")
    results = kiosk_window.kiosk.discover.results
    qtbot.waitUntil(lambda: results.total > 0 and not results.loading)
    return kiosk_window


@pytest.mark.parametrize("switch", ["", "largeTextSwitch", "easyReadSwitch"], ids=["plain", "large", "easy"])
def test_every_topic_keeps_all_its_words_in_every_language(qtbot, kiosk_window, switch: str) -> None:
    # Large text once showed "Neighbourhood &…": the tile had no room for a second line.
    win = kiosk_window.window
    if switch:
        touch(qtbot, win, switch)
    touch(qtbot, win, "language_en")
    discover = kiosk_window.kiosk.discover
    cut = []
    for lang in ("de", "en", "es", "el", "ro", "tr", "uk", "ar"):
        touch(qtbot, win, "languageButton")
        touch(qtbot, win, f"switchLanguage_{lang}")
        settle(qtbot, win)
        tiles = find_all(win, "topic_")
        assert len(tiles) == 11
        topics = [tile.objectName().removeprefix("topic_") for tile in tiles]
        for chosen in (False, True):  # chosen, a label is bold with a "✓ " before it: wider
            if chosen:
                for topic in topics:
                    discover.toggleTopic(topic)
                settle(qtbot, win)
                assert all(tile.property("checked") for tile in tiles)
            for tile in tiles:
                label = next(c for c in tile.childItems() if c.inherits("QQuickText"))
                if label.property("truncated"):
                    cut.append(f"{lang} {tile.objectName()}{' (chosen)' if chosen else ''}: "
                               f"{label.property('text')!r}")
        for topic in topics:
            discover.toggleTopic(topic)
    assert cut == []


def _count_text(win) -> str:
    return item(win, "resultCount").property("text")


def _search_for(qtbot, kiosk, text: str) -> None:
    touch(qtbot, kiosk.window, "searchField")
    type_text(kiosk.window, text)
    results = kiosk.kiosk.discover.results
    qtbot.waitUntil(lambda: kiosk.kiosk.discover.text == text)
    qtbot.waitUntil(lambda: not results.loading and not kiosk.kiosk.discover.property("searchPending"))


def test_first_results_show_the_count_and_only_one_page(discover) -> None:
    win, results = discover.window, discover.kiosk.discover.results
    assert results.total == ALL
    assert _count_text(win) == f"Offers found: {ALL}"
    # A page (the view asks for one more as it is created), never the whole catalogue.
    assert 0 < results.rowCount() < ALL
    assert item(win, "offerTile_0").isVisible()
    assert not item(win, "emptyState").isVisible()


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, discover) -> None:
    results = discover.kiosk.discover.results
    first_page = results.rowCount()
    listview = item(discover.window, "resultList")
    for _ in range(20):
        if results.rowCount() == ALL:
            break
        listview.setProperty("contentY", listview.property("contentHeight"))
        qtbot.wait(50)
    qtbot.waitUntil(lambda: results.rowCount() == ALL)
    assert first_page < ALL


def test_a_new_search_shows_its_results_from_the_top(qtbot, discover) -> None:
    results = discover.kiosk.discover.results
    listview = item(discover.window, "resultList")
    listview.setProperty("contentY", listview.property("contentHeight"))
    qtbot.waitUntil(lambda: listview.property("contentY") > 0)
    touch(qtbot, discover.window, "filter_free")
    qtbot.waitUntil(lambda: results.total == FREE and not results.loading)
    qtbot.waitUntil(lambda: listview.property("atYBeginning"))


def test_typing_narrows_the_results_key_by_key(qtbot, discover) -> None:
    win = discover.window
    _search_for(qtbot, discover, "greek")
    assert _count_text(win) == "Offers found: 1"
    assert item(win, "offerTitle").property("text") == "Good morning: Greek for beginners"
    for _ in "greek":
        QTest.keyClick(win, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _count_text(win) == f"Offers found: {ALL}")


def test_filter_chips_change_the_results_and_clear_again(qtbot, discover) -> None:
    win, results = discover.window, discover.kiosk.discover.results
    touch(qtbot, win, "filter_free")
    qtbot.waitUntil(lambda: results.total == FREE and not results.loading)
    assert item(win, "filter_free").property("checked")
    assert _count_text(win) == f"Offers found: {FREE}"
    touch(qtbot, win, "topic_health")  # the test catalogue has no health offers
    qtbot.waitUntil(lambda: results.total == 0 and not results.loading)
    assert item(win, "emptyState").isVisible()
    touch(qtbot, win, "clearFiltersButton")
    qtbot.waitUntil(lambda: results.total == ALL and not results.loading)
    assert not item(win, "filter_free").property("checked")
    assert not item(win, "emptyState").isVisible()


def test_no_match_shows_the_empty_state(qtbot, discover) -> None:
    _search_for(qtbot, discover, "zzqx")
    assert _count_text(discover.window) == "Offers found: 0"
    assert item(discover.window, "emptyState").isVisible()


def test_catalogue_markup_is_shown_as_plain_text(qtbot, discover) -> None:
    _search_for(qtbot, discover, "bicycle")
    title = item(discover.window, "offerTitle")
    assert title.property("text") == HTML_TITLE
    # What is painted is the whole string, tags included, not a bold "x".
    painted = title.property("contentWidth")
    expected = QFontMetricsF(title.property("font")).horizontalAdvance(HTML_TITLE)
    assert painted == pytest.approx(expected, rel=0.05)


def test_start_over_forgets_the_search(qtbot, discover) -> None:
    _search_for(qtbot, discover, "greek")
    touch(qtbot, discover.window, "filter_free")
    touch(qtbot, discover.window, "startOverButton")
    qtbot.waitUntil(lambda: discover.kiosk.screen == "attract")
    vm = discover.kiosk.discover
    assert vm.text == "" and not vm.freeOnly
    assert item(discover.window, "searchField").property("text") == ""


def _keyboard_key(win, label: str):
    """The visible key showing ``label``, or None while the keyboard's layout is still loading."""
    for key in find_all(win, ""):
        # Only ask items that have the property: reading a missing one upsets PySide's refcounts.
        if key.metaObject().indexOfProperty("displayText") >= 0 and key.isVisible():
            if key.property("displayText") == label:
                return key
    return None


def _tap(qtbot, win, key) -> None:
    centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
    qtbot.mouseClick(win, Qt.MouseButton.LeftButton, pos=centre)


def test_tapping_the_on_screen_keyboard_types_in_each_citizens_language(qtbot, kiosk_window) -> None:
    """Two citizens in turn: one types on the English layout, the next on the Greek one."""
    win = kiosk_window.window
    for language, keys, expected in [
        ("en", "greek", "Good morning: Greek for beginners"),
        ("el", "καλημ", "Καλημέρα: ελληνικά για αρχάριους"),  # the title has a tonos; folding finds it
    ]:
        touch(qtbot, win, f"language_{language}")
        vm = kiosk_window.kiosk.discover
        touch(qtbot, win, "searchField")
        qtbot.waitUntil(lambda: item(win, "keyboard").property("active"))
        for label in keys:
            qtbot.waitUntil(lambda: _keyboard_key(win, label) is not None)
            _tap(qtbot, win, _keyboard_key(win, label))
        qtbot.waitUntil(lambda: vm.text == keys)
        qtbot.waitUntil(lambda: vm.results.total == 1 and not vm.results.loading)
        assert item(win, "offerTitle").property("text") == expected
        touch(qtbot, win, "startOverButton")
        qtbot.waitUntil(lambda: not item(win, "keyboard").property("active"))
        assert vm.text == ""


def test_a_large_catalogue_shows_1000_plus_and_still_loads_a_page(qtbot, tmp_path) -> None:
    from kiosk.bootstrap import open_store
    from kiosk.catalogue.generate import load_generated
    from kiosk.gui.app import KioskWindow

    engine = open_store(tmp_path / "large.sqlite")
    load_generated(engine, 1500, seed=7, today=dt.date.today())
    engine.dispose()
    kiosk = KioskWindow(tmp_path / "large.sqlite", full_screen=False, size=(1080, 1920), default_language="en")
    try:
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "ready", timeout=15000)
        touch(qtbot, kiosk.window, "startButton")
        qtbot.waitUntil(lambda: kiosk.kiosk.discover is not None)
        results = kiosk.kiosk.discover.results
        qtbot.waitUntil(lambda: results.total > 0 and not results.loading)
        assert _count_text(kiosk.window) == "Offers found: 1000+"
        assert results.rowCount() <= 2 * 30  # a page (and the one the view asks for), not 1000
    finally:
        kiosk.close()


def test_the_clear_button_empties_the_search(qtbot, discover) -> None:
    _search_for(qtbot, discover, "greek")
    touch(qtbot, discover.window, "clearSearchButton")
    qtbot.waitUntil(lambda: discover.kiosk.discover.text == "")
    qtbot.waitUntil(lambda: _count_text(discover.window) == f"Offers found: {ALL}")


def test_a_store_that_cannot_open_shows_a_plain_message(qtbot, tmp_path) -> None:
    from kiosk.gui.app import KioskWindow

    broken = tmp_path / "kiosk.sqlite"
    broken.write_bytes(b"not a database" * 100)
    kiosk = KioskWindow(broken, full_screen=False, size=(1080, 1920), default_language="en")
    try:
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "failed", timeout=15000)
        touch(qtbot, kiosk.window, "startButton")
        qtbot.waitUntil(lambda: item(kiosk.window, "storeMessage").isVisible())
        assert "ask a member of staff" in item(kiosk.window, "storeMessage").property("text")
        assert not item(kiosk.window, "emptyState").isVisible()
    finally:
        kiosk.close()


def test_enter_puts_the_keyboard_away_and_keeps_the_results(qtbot, discover) -> None:
    win = discover.window
    _search_for(qtbot, discover, "greek")
    qtbot.waitUntil(lambda: item(win, "keyboard").property("active"))
    assert not item(win, "topicTiles").isVisible()  # the results get the room while typing
    QTest.keyClick(win, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not item(win, "keyboard").property("active"))
    assert item(win, "topicTiles").isVisible()
    assert _count_text(win) == "Offers found: 1" and discover.kiosk.discover.text == "greek"


def test_a_provider_at_its_own_place_is_named_once_on_its_tile(qtbot, tmp_path) -> None:
    """"Seniorentreff Pasing" above "Seniorentreff Pasing · Pasing" says one thing twice."""
    from kiosk.bootstrap import open_store
    from kiosk.catalogue.load import load_catalogue
    from kiosk.gui.app import KioskWindow, prepare_environment

    day = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    catalogue = {
        "format": "connect-catalogue/1",
        "providers": [{"id": "club", "name": "Seniorentreff Pasing", "kind": "community_centre"},
                      {"id": "lib", "name": "City Library", "kind": "library"}],
        "venues": [{"id": "club", "name": "Seniorentreff Pasing", "district": "Pasing"},
                   {"id": "central", "name": "Central Library", "district": "Old Town"}],
        "offers": [
            {"id": "stories", "provider": "club", "venue": "club", "title": {"en": "Life stories"},
             "topics": ["community"], "languages": ["de"], "cost_cents": 0,
             "sessions": [{"starts_at": f"{day}T10:00"}]},
            {"id": "books", "provider": "lib", "venue": "central", "title": {"en": "Book club"},
             "topics": ["reading"], "languages": ["de"], "cost_cents": 0,
             "sessions": [{"starts_at": f"{day}T11:00"}]},
        ],
    }
    engine = open_store(tmp_path / "places.sqlite")
    with engine.begin() as conn:
        assert load_catalogue(conn, catalogue).offers == 2
    engine.dispose()
    prepare_environment(headless=True)
    kiosk = KioskWindow(tmp_path / "places.sqlite", full_screen=False, size=(1080, 1920), default_language="en")
    try:
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "ready", timeout=15000)
        touch(qtbot, kiosk.window, "language_en")
        results = kiosk.kiosk.discover.results
        qtbot.waitUntil(lambda: results.total == 2 and not results.loading)
        settle(qtbot, kiosk.window)
        shown = {}
        for tile in find_all(kiosk.window, "offerTile_"):
            inside, texts = [tile], {}
            while inside:
                current = inside.pop()
                if current.objectName() in ("offerTitle", "offerProvider", "offerWhere"):
                    texts[current.objectName()] = current.property("text")
                inside.extend(current.childItems())
            shown[texts.pop("offerTitle")] = texts
        assert shown == {"Life stories": {"offerProvider": "Seniorentreff Pasing", "offerWhere": "Pasing"},
                         "Book club": {"offerProvider": "City Library", "offerWhere": "Central Library · Old Town"}}
    finally:
        kiosk.close()
