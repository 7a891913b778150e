"""The Discover view-model without QML: filters become the right query, typing is debounced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.catalogue.records import TOPICS
from kiosk.gui.discovervm import TYPING_PAUSE_MS, DiscoverViewModel
from kiosk.gui.discovervm import TOPICS as SCREEN_TOPICS
from kiosk.gui.worker import StoreWorker

from .gui_catalogue import ALL_OFFERS


class CountingWorker(StoreWorker):
    """The real worker, counting the searches it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.searches: list[object] = []

    def search(self, generation, query, lang, offset, limit) -> None:
        self.searches.append(query)
        super().search(generation, query, lang, offset, limit)


@pytest.fixture
def vm(qtbot, store_path: Path) -> Iterator[DiscoverViewModel]:
    worker = CountingWorker()
    with qtbot.waitSignal(worker.opened, timeout=15000):
        worker.open(store_path)
    model = DiscoverViewModel(worker)
    model.store_ready()
    qtbot.waitUntil(lambda: not model.results.loading)
    yield model
    worker.stop()


def test_the_screen_offers_every_catalogue_topic() -> None:
    assert SCREEN_TOPICS == TOPICS


def test_filters_make_the_query(vm) -> None:
    vm.set_language("de")
    vm.freeOnly = True
    vm.stepFreeOnly = True
    vm.myLanguageOnly = True
    vm.when = "week"
    vm.timeOfDay = "evening"
    vm.toggleTopic("making")
    vm.toggleTopic("no-such-topic")
    q = vm.query()
    assert (q.free_only, q.access, q.languages, q.when, q.time_of_day, q.topics) == (
        True, ("step_free",), ("de",), "week", "evening", ("making",))
    assert vm.filtersActive
    vm.when = "yesterday"
    vm.timeOfDay = "midnight"
    assert (vm.when, vm.timeOfDay) == ("any", "")


def test_typing_searches_once_after_a_pause(qtbot, vm) -> None:
    worker = vm.results._worker
    worker.searches.clear()
    for text in ("g", "gr", "gre", "gree", "greek"):
        vm.text = text
    assert vm.searchPending and worker.searches == []
    qtbot.waitUntil(lambda: not vm.searchPending, timeout=TYPING_PAUSE_MS * 20)
    assert [q.text for q in worker.searches] == ["greek"]
    qtbot.waitUntil(lambda: not vm.results.loading and vm.results.total == 1)


def test_reset_forgets_text_and_filters(qtbot, vm) -> None:
    vm.text = "knit"
    vm.freeOnly = True
    vm.toggleTopic("making")
    vm.reset()
    assert vm.text == "" and not vm.freeOnly and vm.selectedTopics == [] and not vm.filtersActive
    qtbot.waitUntil(lambda: not vm.results.loading)
    assert vm.results.total == ALL_OFFERS
