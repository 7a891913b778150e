"""Shared fixtures: every test gets its own data and config folders, never the real kiosk's."""

from __future__ import annotations

import itertools
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


# --- the reference hub, on SQLite and on a real PostgreSQL (tests/hub and tests/kiosk/sync) ---

_hub_names = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL cluster for the test session; every test gets its own database in it."""
    from hub.testing import TemporaryPostgres

    cluster = TemporaryPostgres().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request, tmp_path):
    """A migrated, empty hub database on each backend."""
    from hub.db import HubDb

    if request.param == "sqlite":
        db = HubDb(str(tmp_path / "hub.sqlite"))
    else:
        db = HubDb(request.getfixturevalue("postgres").create_database(f"hub_{next(_hub_names)}"))
    db.migrate()
    yield db
    db.dispose()


@pytest.fixture
def hub(hub_db):
    """A running hub on loopback HTTP with the sample catalogue and two kiosks, kiosk-a and kiosk-b."""
    from hub.testing import LoopbackHub, sample_catalogue

    running = LoopbackHub(hub_db, sample_catalogue())
    running.add_kiosk("kiosk-a")
    running.add_kiosk("kiosk-b")
    yield running
    running.stop()
