"""Hub fixtures: a real hub on loopback HTTP, on SQLite and on a real PostgreSQL the tests start."""

from __future__ import annotations

import itertools

import pytest

from hub.db import HubDb
from hub.testing import LoopbackHub, TemporaryPostgres, sample_catalogue

_names = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    """One PostgreSQL cluster for the test session; every test gets its own database in it."""
    cluster = TemporaryPostgres().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request, tmp_path):
    """A migrated, empty hub database on each backend."""
    if request.param == "sqlite":
        db = HubDb(str(tmp_path / "hub.sqlite"))
    else:
        db = HubDb(request.getfixturevalue("postgres").create_database(f"hub_{next(_names)}"))
    db.migrate()
    yield db
    db.dispose()


@pytest.fixture
def hub(hub_db):
    """A running hub with the sample catalogue and two kiosks, kiosk-a and kiosk-b."""
    running = LoopbackHub(hub_db, sample_catalogue())
    running.add_kiosk("kiosk-a")
    running.add_kiosk("kiosk-b")
    yield running
    running.stop()
