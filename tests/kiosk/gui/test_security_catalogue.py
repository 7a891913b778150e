"""Hostile catalogue text (HTML, scripts, file:// and http:// links, bidi overrides), loaded through
the real catalogue loader, shows inertly in the real window: plain text, no link, nothing opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtQuick import QQuickItem

from .conftest import WINDOW_SIZE
from .gui_catalogue import small_catalogue
from .qml_driver import item, open_offer, touch, type_text

pytestmark = pytest.mark.ui

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
EVIL_TITLE = '<b>Bold</b> <img src=x onerror="alert(1)"> Zanzibar course \u202egnp.exe'
EVIL_DESCRIPTION = (
    "<script>alert('stolen')</script><p>Read <a href=\"http://evil.example/a\">click here</a>.</p>"
    "Also file:///etc/passwd and http://evil.example/b and mailto:x@evil.example\n"
    "<iframe src=\"file:///etc/passwd\"></iframe><style>body{display:none}</style>"
    "\u202edesrever\u202c \u2066isolated\u2069 &lt;b&gt;shown as written&lt;/b&gt; "
    '<a href="file:///etc/shadow">shadow</a> javascript:alert(2)'
)
EVIL_PROVIDER = '<a href="http://evil.example/p">Evil\u202e provider</a>'
EVIL_DIRECTIONS = '<img src="file:///etc/passwd">Take <u>tram</u> 4\u2067 to file:///tmp'
SCHEMES = ("http", "https", "file", "mailto", "ftp", "javascript", "data")


class UrlTrap(QObject):
    """Stands in for the desktop's browser and file opener: QDesktopServices.openUrl and QML's
    Qt.openUrlExternally hand URLs of these schemes here instead of to another program."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def url_trap():
    trap = UrlTrap()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, trap, "open")
    yield trap
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def evil_store(tmp_path: Path) -> Path:
    from kiosk.bootstrap import open_store
    from kiosk.catalogue.load import load_catalogue

    catalogue = small_catalogue(dt.date.today())
    catalogue["providers"].append({"id": "evil", "name": EVIL_PROVIDER, "kind": "other"})
    catalogue["venues"].append({"id": "evilhall", "name": "Hall\u202e 9", "directions": {"en": EVIL_DIRECTIONS}})
    day = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    catalogue["offers"].append({
        "id": "evil", "provider": "evil", "venue": "evilhall",
        "title": {"en": EVIL_TITLE}, "description": {"en": EVIL_DESCRIPTION},
        "what_to_bring": {"en": "<a href='http://evil.example/w'>a pen</a>"},
        "topics": ["making"], "languages": ["en"], "cost_cents": 0,
        "sessions": [{"starts_at": f"{day}T15:00", "ends_at": f"{day}T16:00"}],
    })
    path = tmp_path / "kiosk.sqlite"
    engine = open_store(path)
    with engine.begin() as conn:
        report = load_catalogue(conn, catalogue)
    engine.dispose()
    assert not report.rejected  # repaired, not refused: the text is cleaned and the offer kept
    return path


def texts(window) -> list[QQuickItem]:
    """Every item with a textFormat, except the on-screen keyboard's key labels and a text
    field's placeholder: Qt's own parts, showing fixed words of ours, never catalogue text."""
    todo, found = [window.contentItem()], []
    while todo:
        current = todo.pop()
        if any(part in current.metaObject().className() for part in ("InputPanel", "Keyboard", "Placeholder")):
            continue
        if current.metaObject().indexOfProperty("textFormat") >= 0:
            found.append(current)
        todo.extend(current.childItems())
    return found


def is_plain_text(text_item: QQuickItem) -> bool:
    """Asked of QML itself (PySide cannot convert QQuickText's TextFormat enum)."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    holder = text_item
    context = QQmlEngine.contextForObject(holder)
    while context is None and holder.parentItem() is not None:  # an item made by a delegate
        holder = holder.parentItem()
        context = QQmlEngine.contextForObject(holder)
    expression = QQmlExpression(context, text_item, "textFormat === 0")  # 0: Text.PlainText
    value, failed = expression.evaluate()
    assert not failed and not expression.hasError(), expression.error().toString()
    return value is True


def assert_inert(window) -> str:
    """Every text item in the window is plain text and has no link; returns all text shown."""
    shown = []
    items = texts(window)
    assert len(items) > 10
    for text_item in items:
        assert is_plain_text(text_item), f"{text_item.objectName()}: {text_item.property('text')!r}"
        assert not text_item.property("hoveredLink")
        shown.append(str(text_item.property("text")))
    return "\n".join(shown)


def test_hostile_catalogue_text_shows_as_plain_text_and_opens_nothing(qtbot, evil_store, url_trap) -> None:
    from kiosk.gui.app import KioskWindow, prepare_environment

    prepare_environment(headless=True)
    kiosk = KioskWindow(evil_store, full_screen=False, size=WINDOW_SIZE, default_language="en")
    try:
        win, vm = kiosk.window, kiosk.kiosk
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: vm.storeState == "ready", timeout=15000)
        touch(qtbot, win, "language_en")
        touch(qtbot, win, "searchField")
        type_text(win, "zanzibar")
        qtbot.waitUntil(lambda: vm.discover.text == "zanzibar" and not vm.discover.searchPending
                        and not vm.discover.results.loading and vm.discover.results.total == 1)
        tiles = assert_inert(win)
        assert "Bold Zanzibar course gnp.exe" in tiles
        open_offer(qtbot, win, vm)

        title = item(win, "detailsTitle").property("text")
        description = item(win, "detailsDescription").property("text")
        provider = item(win, "detailsProvider").property("text")
        assert title == "Bold Zanzibar course gnp.exe"
        assert provider == "By Evil provider"
        # Links become their words; addresses stay as words nobody can follow.
        for words in ("click here", "file:///etc/passwd", "http://evil.example/b", "mailto:x@evil.example",
                      "desrever", "isolated", "<b>shown as written</b>", "shadow", "javascript:alert(2)"):
            assert words in description, words
        for gone in ("stolen", "<a", "href", "<script", "<iframe", "display:none", "onerror", "<p>", "file:///etc/shadow"):
            assert gone not in description, gone
        shown = assert_inert(win)
        assert "How to get there: Take tram 4 to file:///tmp" in shown
        assert not any(ch in shown for ch in BIDI)
        assert "<img" not in shown and "<u>" not in shown and "evil.example/p" not in shown

        # Touch every part of the text where a link was, hold on it, and right-click it.
        target = item(win, "detailsDescription")
        for fx in (0.05, 0.2, 0.4, 0.6, 0.8):
            for fy in (0.1, 0.5, 0.9):
                point = target.mapToScene(QPointF(target.width() * fx, target.height() * fy)).toPoint()
                qtbot.mouseClick(win, Qt.MouseButton.LeftButton, pos=point)
                qtbot.mouseClick(win, Qt.MouseButton.RightButton, pos=point)
        qtbot.wait(100)
        assert url_trap.opened == []
        assert vm.screen == "details" and win.isVisible()
    finally:
        kiosk.close()
    # The trap itself works: had anything asked to open a URL, it would be listed.
    QDesktopServices.openUrl(QUrl("http://evil.example/proof"))
    assert url_trap.opened == ["http://evil.example/proof"]
