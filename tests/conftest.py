"""Shared fixtures: every test gets its own data and config folders, never the real kiosk's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

REPO = Path(__file__).resolve().parent.parent
REAL_TESTDATA = REPO.parent / "shared" / "testdata" / "real"


@pytest.fixture(autouse=True)
def _kiosk_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the kiosk's data and config folders into tmp_path so no test touches real ones."""
    monkeypatch.setenv("CONNECT_KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CONNECT_KIOSK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def engine(tmp_path: Path):
    """A migrated, empty kiosk store in a real SQLite file."""
    from kiosk.store.engine import make_engine
    from kiosk.store.migrate import upgrade

    eng = make_engine(tmp_path / "store.sqlite")
    upgrade(eng)
    yield eng
    eng.dispose()
