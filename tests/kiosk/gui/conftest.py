"""Fixtures for the Qt side: a small real store and the real QML window on it, offscreen."""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .gui_catalogue import ALL_OFFERS, small_catalogue

# Read by Qt when the application object is made, which pytest-qt does after collection.
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"

WINDOW_SIZE = (1080, 1920)

# Python threads that may outlive the test that started them, each with the reason. None so far:
# a thread left running works on (and takes the GIL) into the next tests, which then time out.
HARMLESS_THREADS: dict[str, str] = {}
# A thread told to stop may still be returning from its last call when teardown ends.
THREAD_GRACE_SECONDS = 2.0


def _running_qthreads() -> list[Any]:
    from PySide6.QtCore import QThread

    return [o for o in gc.get_objects() if isinstance(o, QThread) and o.isRunning()]


@pytest.fixture(autouse=True)
def _nothing_left_running() -> Iterator[None]:
    """Fails a test that leaves a thread running after its teardown (a window not closed, a sync
    loop or hub not stopped). A running QThread whose wrapper is collected later aborts the whole
    process ("Fatal Python error: Aborted ... Garbage-collecting"), far from its cause."""
    before = set(threading.enumerate())
    qthreads_before = set(map(id, _running_qthreads()))
    yield
    deadline = time.monotonic() + THREAD_GRACE_SECONDS
    while True:
        # A _DummyThread is a thread Python did not start (a QThread running our slot) that
        # called into threading, e.g. to log; Python 3.11 lists it for good, even after it
        # ended. The QThreads themselves are checked below.
        left = [t for t in threading.enumerate()
                if t not in before and t.is_alive() and t.name not in HARMLESS_THREADS
                and not isinstance(t, threading._DummyThread)]
        qthreads = [t for t in _running_qthreads() if id(t) not in qthreads_before]
        if not (left or qthreads) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    for qthread in qthreads:  # end them here, so the next garbage collection cannot abort the run
        qthread.quit()
        qthread.wait(10000)
    if left or qthreads:
        pytest.fail("left running after the test: "
                    + ", ".join([f"thread {t.name!r}" for t in left]
                                + [f"QThread {q.objectName()!r}" for q in qthreads]))
    if not _event_loops_run():
        pytest.fail("the application was told to exit outside app.exec() (a timer left behind?): "
                    "every later qtbot.wait would have returned at once")


def _event_loops_run() -> bool:
    """Whether a QEventLoop still runs here. QCoreApplication.exit() outside app.exec() leaves a
    flag that makes every later QEventLoop.exec() return -1 at once; only app.exec() clears it,
    so when it is set, clear it (for the tests after this one) and say so."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    app = QCoreApplication.instance()
    if app is None:
        return True
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    if loop.exec() == 0:
        return True
    QTimer.singleShot(0, lambda: app.exit(0))
    app.exec()
    return False


def wait_for_store(qtbot, kiosk: Any, state: str = "ready", timeout: int = 15000) -> Any:
    """Waits until ``kiosk`` (a just-made KioskWindow) is shown and its store is ``state``; closes
    it when that fails, so its threads do not run on into later tests (and abort the process once
    collected)."""
    try:
        qtbot.waitExposed(kiosk.window)
        qtbot.waitUntil(lambda: kiosk.kiosk.storeState == state, timeout=timeout)
    except BaseException:
        kiosk.close()
        raise
    return kiosk


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A real SQLite store holding small_catalogue(today)."""
    from kiosk.bootstrap import open_store
    from kiosk.catalogue.load import load_catalogue

    path = tmp_path / "kiosk.sqlite"
    engine = open_store(path)
    with engine.begin() as conn:
        report = load_catalogue(conn, small_catalogue(dt.date.today()))
    engine.dispose()
    assert report.offers == ALL_OFFERS and not report.rejected
    return path


@pytest.fixture
def kiosk_window(qtbot, store_path: Path) -> Iterator[Any]:
    """The real kiosk window (windowed, portrait) on the small store, with the store open."""
    from kiosk.gui.app import KioskWindow, prepare_environment

    prepare_environment(headless=True)
    kiosk = wait_for_store(qtbot, KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE,
                                              default_language="en"))
    yield kiosk
    kiosk.close()
