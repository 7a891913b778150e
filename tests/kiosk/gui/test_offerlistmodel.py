"""The result model without QML: pages from the real store on the worker thread, newest search wins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kiosk.catalogue.search import SearchQuery
from kiosk.gui.offerlistmodel import PAGE, OfferListModel
from kiosk.gui.worker import StoreWorker

from .gui_catalogue import HTML_TITLE, ALL_OFFERS


@pytest.fixture
def worker(qtbot, store_path: Path) -> Iterator[StoreWorker]:
    worker = StoreWorker()
    with qtbot.waitSignal(worker.opened, timeout=15000):
        worker.open(store_path)
    yield worker
    worker.stop()


def _role(model: OfferListModel, row: int, name: str):
    roles = {bytes(v).decode(): k for k, v in model.roleNames().items()}
    return model.data(model.index(row, 0), roles[name])


def test_pages_arrive_one_at_a_time_until_the_end(qtbot, worker) -> None:
    model = OfferListModel(worker)
    model.set_query(SearchQuery(), "en")
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == PAGE and model.total == ALL_OFFERS
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())  # one request at a time
        qtbot.waitUntil(lambda: not model.loading)
        assert model.rowCount() > before
    assert model.rowCount() == ALL_OFFERS
    ids = [_role(model, row, "offerId") for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)


def test_roles_carry_what_a_tile_shows(qtbot, worker) -> None:
    model = OfferListModel(worker)
    model.set_query(SearchQuery(text="bicycle"), "en")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1)
    assert _role(model, 0, "title") == HTML_TITLE
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == HTML_TITLE
    assert _role(model, 0, "provider") == "City Library"
    assert _role(model, 0, "venue") == "Central Library" and _role(model, 0, "district") == "Old Town"
    assert _role(model, 0, "free") is True and _role(model, 0, "costCents") == 0
    assert _role(model, 0, "hasNextStart") is True and _role(model, 0, "nextStart").isValid()
    assert model.data(model.index(5, 0), Qt.ItemDataRole.UserRole) is None  # no such row


def test_only_the_newest_search_is_shown(qtbot, worker) -> None:
    model = OfferListModel(worker)
    model.set_query(SearchQuery(), "en")
    model.set_query(SearchQuery(text="greek"), "en")  # the citizen typed on before the first answer
    qtbot.waitUntil(lambda: not model.loading)
    qtbot.wait(200)  # a late answer to the first search would land now
    assert model.rowCount() == 1 and model.total == 1
    assert _role(model, 0, "title") == "Good morning: Greek for beginners"


def test_titles_follow_the_citizens_language(qtbot, worker) -> None:
    model = OfferListModel(worker)
    model.set_query(SearchQuery(text="greek"), "el")
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1)
    assert _role(model, 0, "title") == "Καλημέρα: ελληνικά για αρχάριους"


@pytest.mark.parametrize("lang", ["es", "tr", "ar"])
def test_the_next_day_is_written_in_the_citizens_language(qtbot, worker, lang) -> None:
    from kiosk.locales import long_day

    model = OfferListModel(worker)
    model.set_query(SearchQuery(), lang)
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() > 0)
    row = next(r for r in range(model.rowCount()) if _role(model, r, "hasNextStart"))
    start = _role(model, row, "nextStart").toPython()
    assert _role(model, row, "nextDay") == long_day(start.date(), lang)
