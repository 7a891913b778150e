"""The store worker: opens the store and runs searches on its own thread, never on the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class _StoreJob(QObject):
    """Lives on the worker thread; owns the engine, so every DB call happens there."""

    opened = Signal(int)  # number of offers in the store
    failed = Signal(str)
    pageReady = Signal(int, int, object)  # generation, offset, SearchPage
    searchFailed = Signal(int, str)
    jobDone = Signal(int, object)  # request, result
    jobFailed = Signal(int, object)  # request, the exception

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
        # The sign-up form checks phone numbers and e-mail addresses as the citizen types: load
        # those libraries here, so the first key press does not wait for the import.
        import email_validator  # noqa: F401
        import phonenumbers  # noqa: F401

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

    @Slot(int, object)
    def run(self, request: int, job: Any) -> None:
        """Run ``job(engine)`` here, on the store thread, and send back its result or error."""
        if self._engine is None:
            self.jobFailed.emit(request, RuntimeError("the store is not open"))
            return
        try:
            result = job(self._engine)
        except Exception as exc:  # the screen shows a plain message; the log has the details
            log.warning("store job failed: %s", type(exc).__name__)
            self.jobFailed.emit(request, exc)
            return
        self.jobDone.emit(request, result)

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
    _runRequested = Signal(int, object)

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
        self._runRequested.connect(self._job.run)
        self._job.jobDone.connect(self._job_done)
        self._job.jobFailed.connect(self._job_failed)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]] = {}
        self._requests = 0
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

    def call(self, job: Callable[[Any], Any], done: Callable[[Any], None],
             failed: Callable[[Exception], None] | None = None) -> int:
        """Run ``job(engine)`` on the store thread; ``done(result)`` or ``failed(exc)`` follow here,
        on the GUI thread. Returns the request number (``forget`` drops the answer)."""
        self._requests += 1
        self._callbacks[self._requests] = (done, failed)
        self._runRequested.emit(self._requests, job)
        return self._requests

    def forget(self, request: int) -> None:
        """The asker no longer wants this answer (the citizen started over)."""
        self._callbacks.pop(request, None)

    def forget_all(self) -> None:
        self._callbacks.clear()

    def _job_done(self, request: int, result: Any) -> None:
        callbacks = self._callbacks.pop(request, None)
        if callbacks is not None:
            callbacks[0](result)

    def _job_failed(self, request: int, exc: Exception) -> None:
        callbacks = self._callbacks.pop(request, None)
        if callbacks is not None and callbacks[1] is not None:
            callbacks[1](exc)

    def _page_ready(self, generation: int, offset: int, page: object) -> None:
        if generation == self._latest[0]:
            self.pageReady.emit(generation, offset, page)

    def stop(self) -> None:
        """Close the engine on its own thread and end the thread (call before the app quits)."""
        self._callbacks.clear()  # they hold view-models: let those go with the window
        if not self._thread.isRunning():
            return
        self._closeRequested.emit()
        self._thread.quit()
        self._thread.wait()
