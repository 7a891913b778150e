"""The demo's own hub: the reference hub in-process on loopback, so `connect-kiosk --demo` runs
the whole loop (catalogue pull, sign-ups, decisions) with one command.

Needs the hub extra (`pip install connect-kiosk[hub]`); imported only when the demo asks for it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from kiosk.config import data_dir
from kiosk.store.engine import make_engine
from kiosk.store.migrate import current_revision, head_revision
from kiosk.sync.loop import SyncConfig, SyncLoop
from kiosk.sync.status import SyncStatus

log = logging.getLogger(__name__)


@dataclass
class DemoHub:
    url: str
    token: str
    stop: Callable[[], None] = field(repr=False)


def start_demo_hub(folder: Path | None = None, catalogue: Path | None = None) -> DemoHub:
    """Start the reference hub on 127.0.0.1 (a free port) with its SQLite file in the demo data
    folder, the demo catalogue imported once, and a fresh kiosk token."""
    from hub.app import create_app
    from hub.catalogue import import_catalogue
    from hub.db import HubDb
    from hub.kiosks import add_kiosk
    from hub.models import CatalogueEntry
    from hub.testing import serve_in_thread
    from kiosk.catalogue.load import read_catalogue_file
    from kiosk.paths import demo_catalogue_path

    folder = folder or data_dir()
    db = HubDb(str(folder / "demo-hub.sqlite"))
    db.migrate()
    with db.write() as s:
        if s.scalar(select(CatalogueEntry.id).limit(1)) is None:
            report = import_catalogue(s, read_catalogue_file(catalogue or demo_catalogue_path()))
            log.info("demo hub: imported %d records, %d skipped", report.added, len(report.rejected))
        token = add_kiosk(s, f"demo kiosk {time.strftime('%Y%m%d-%H%M%S')}-{id(s) % 10000}")
    server = serve_in_thread(create_app(db))
    log.info("demo hub: serving on %s", server.url)

    def stop() -> None:
        server.stop()
        db.dispose()

    return DemoHub(server.url, token, stop)


class DemoSync:
    """The kiosk's sync loop (with the demo hub when ``config`` is None), started off the
    caller's thread once the kiosk has migrated its store."""

    def __init__(self, store_path: Path, config: SyncConfig | None = None, *,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 printer_state: Callable[[], str] | None = None) -> None:
        self.store_path, self.config = store_path, config
        self.on_status, self.printer_state = on_status, printer_state
        self.hub: DemoHub | None = None
        self.loop: SyncLoop | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._start, name="demo-hub", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            engine = make_engine(self.store_path)
            # The kiosk migrates its store itself; the hub is migrated only after that, because
            # Alembic's command API keeps global state and must not run in two threads at once.
            while not self._stopping.is_set() and current_revision(engine) != head_revision():
                time.sleep(0.2)
            if self._stopping.is_set():
                return
            if self.config is None:
                self.hub = start_demo_hub(self.store_path.parent)
                self.config = SyncConfig(self.hub.url, self.hub.token, interval=15)
            extra = {"printer_state": self.printer_state} if self.printer_state is not None else {}
            self.loop = SyncLoop(engine, self.config, on_status=self.on_status, **extra)
            self.loop.start()
        except Exception:  # noqa: BLE001 - the demo kiosk still works offline without its hub
            log.exception("sync: could not start; the kiosk runs offline")

    def wake(self) -> None:
        """A round now (any thread); nothing to wake while the loop is still starting."""
        loop = self.loop
        if loop is not None:
            loop.wake()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=30)
        if self.loop is not None:
            self.loop.stop()
        if self.hub is not None:
            self.hub.stop()


def start_demo_sync(store_path: Path, **listeners) -> DemoSync:
    """For `connect-kiosk --demo`: returns at once; hub and sync loop start in the background.
    ``listeners``: ``on_status`` and ``printer_state`` for the loop (see SyncLoop)."""
    return DemoSync(Path(store_path), **listeners)


def start_sync(store_path: Path, settings, demo: bool = False, **listeners) -> DemoSync | None:
    """For the kiosk's start: the demo hub and sync with --demo; else sync with the configured
    hub (``hub_url`` and ``hub_token`` in kiosk.toml); None when no hub is configured."""
    if demo:
        return start_demo_sync(store_path, **listeners)
    if not (settings.hub_url and settings.hub_token):
        log.info("sync: no hub configured; the kiosk works offline")
        return None
    return DemoSync(Path(store_path), SyncConfig.from_settings(settings), **listeners)
