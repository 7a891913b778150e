"""Hub fixtures: a real hub on loopback HTTP, on SQLite and on a real PostgreSQL the tests start."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import pytest
import requests

from hub.app import create_app
from hub.catalogue import import_catalogue
from hub.db import HubDb
from hub.kiosks import add_kiosk
from hub.testing import RunningHub, TemporaryPostgres, sample_catalogue, serve_in_thread

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


@dataclass
class Hub:
    """A running hub with a catalogue and two registered kiosks."""

    db: HubDb
    server: RunningHub
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def client(self, kiosk: str = "kiosk-a") -> requests.Session:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {self.tokens[kiosk]}"
        return session

    def add_kiosk(self, name: str) -> str:
        with self.db.write() as s:
            self.tokens[name] = add_kiosk(s, name)
        return self.tokens[name]


@pytest.fixture
def hub(hub_db):
    with hub_db.write() as s:
        import_catalogue(s, sample_catalogue())
    running = Hub(hub_db, serve_in_thread(create_app(hub_db)))
    running.add_kiosk("kiosk-a")
    running.add_kiosk("kiosk-b")
    yield running
    running.server.stop()
