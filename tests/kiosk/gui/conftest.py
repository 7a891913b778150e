"""Fixtures for the Qt side: a small real store and the real QML window on it, offscreen."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .gui_catalogue import ALL_OFFERS, small_catalogue

# Read by Qt when the application object is made, which pytest-qt does after collection.
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"

WINDOW_SIZE = (1080, 1920)

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
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en")
    qtbot.waitExposed(kiosk.window)
    qtbot.waitUntil(lambda: kiosk.kiosk.storeState == "ready", timeout=15000)
    yield kiosk
    kiosk.close()
