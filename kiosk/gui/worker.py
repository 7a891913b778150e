"""The store worker: opens the store and runs searches on its own thread, never on the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _StoreJob(QObject):
    """Lives on the worker thread; owns the engine, so every DB call happens there."""

    opened = Signal(int)  # number of offers in the store
    failed = Signal(str)
    pageReady = Signal(int, int, object)  # generation, offset, SearchPage
    searchFailed = Signal(int, str)

    def __init__(self, latest: list[int]) -> None:
        super().__init__()
        self._engine = None
        self._latest = latest  # shared with the GUI thread: newest search generation

    @Slot(str, bool)
    def open_store(self, path: str, demo: bool) -> None:
        try:
            # Imported here: SQLAlchemy and the core stay off the start-up path of the window.
            from sqlalchemy import func, select

            from kiosk.bootstrap import load_demo_if_empty, open_store
            from kiosk.store.models import Offer

            engine = open_store(Path(path))
            if demo:
                load_demo_if_empty(engine)
            with engine.connect() as conn:
                offers = conn.execute(select(func.count()).select_from(Offer)).scalar_one()
        except Exception as exc:  # any failure must reach the screen as a plain message
            log.exception("store: cannot open %s", path)
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._engine = engine
        log.info("store: open with %d offers", offers)
        self.opened.emit(offers)

    @Slot(int, object, str, int, int)
    def search(self, generation: int, query: Any, lang: str, offset: int, limit: int) -> None:
        if generation != self._latest[0] or self._engine is None:
            return  # the citizen has typed on; this answer would be stale
        from kiosk.catalogue.search import search

        try:
            with self._engine.connect() as conn:
                page = search(conn, query, lang=lang, offset=offset, limit=limit)
        except Exception as exc:
            log.exception("search failed")
            self.searchFailed.emit(generation, f"{type(exc).__name__}: {exc}")
            return
        self.pageReady.emit(generation, offset, page)

    @Slot()
    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


class StoreWorker(QObject):
    """GUI-thread handle on the store thread: ask with methods, hear back through signals."""

    opened = Signal(int)
    failed = Signal(str)
    pageReady = Signal(int, int, object)
    searchFailed = Signal(int, str)
    _openRequested = Signal(str, bool)
    _searchRequested = Signal(int, object, str, int, int)
    _closeRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = [0]
        self._thread = QThread()
        self._thread.setObjectName("store")
        self._job = _StoreJob(self._latest)
        self._job.moveToThread(self._thread)
        self._openRequested.connect(self._job.open_store)
        self._searchRequested.connect(self._job.search)
        self._closeRequested.connect(self._job.close)
        self._job.opened.connect(self.opened)
        self._job.failed.connect(self.failed)
        self._job.pageReady.connect(self._page_ready)
        self._job.searchFailed.connect(self.searchFailed)
        self._thread.start()

    def open(self, path: Path, demo: bool = False) -> None:
        self._openRequested.emit(str(path), demo)

    def new_generation(self) -> int:
        """A number for a new search; answers to older ones are dropped from now on."""
        self._latest[0] += 1
        return self._latest[0]

    def search(self, generation: int, query: Any, lang: str, offset: int, limit: int) -> None:
        self._searchRequested.emit(generation, query, lang, offset, limit)

    def _page_ready(self, generation: int, offset: int, page: object) -> None:
        if generation == self._latest[0]:
            self.pageReady.emit(generation, offset, page)

    def stop(self) -> None:
        """Close the engine on its own thread and end the thread (call before the app quits)."""
        if not self._thread.isRunning():
            return
        self._closeRequested.emit()
        self._thread.quit()
        self._thread.wait()
