"""Opens the kiosk's store at start-up: migrate to head, and load the demo catalogue when asked."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select

from kiosk.catalogue.load import (
    CatalogueFileError,
    LoadReport,
    load_catalogue,
    read_catalogue_file,
)
from kiosk.paths import demo_catalogue_path
from kiosk.store.engine import make_engine
from kiosk.store.bulk import restore_indexes
from kiosk.store.migrate import upgrade
from kiosk.store.models import Offer, SyncState

log = logging.getLogger(__name__)
DEMO_KEY = "demo_catalogue_loaded_on"
# The demo's series run 8 weeks from the load day; after 4 the later half of the window is
# thin, so the next start reloads it relative to the new day.
DEMO_REFRESH_DAYS = 28


def open_store(path: Path) -> Engine:
    """An engine on the store at ``path``, migrated to the newest schema."""
    engine = make_engine(path)
    if upgrade(engine):
        log.info("store: migrated %s to the newest schema", path)
    with engine.connect() as conn:
        restore_indexes(conn)  # after a kiosk stopped half-way through its first pull
    return engine


def load_demo_if_empty(engine: Engine, today: dt.date | None = None) -> LoadReport | None:
    """Load the demo city's catalogue into an empty store (dates relative to ``today``).

    A store that already holds the demo gets it again once its dates have run on for
    ``DEMO_REFRESH_DAYS``, so a showroom kiosk never runs out of future sessions. Returns None
    when nothing was loaded: the store has its own catalogue, or the demo is fresh enough.
    """
    today = today or dt.date.today()
    with engine.begin() as conn:
        loaded_on = conn.execute(
            select(SyncState.value).where(SyncState.key == DEMO_KEY)
        ).scalar_one_or_none()
        if loaded_on is None:
            if conn.execute(select(func.count()).select_from(Offer)).scalar_one():
                return None  # a real catalogue: never mix the demo into it
        elif _days_since(loaded_on, today) < DEMO_REFRESH_DAYS:
            return None
        path = demo_catalogue_path()
        try:
            data = read_catalogue_file(path)
        except CatalogueFileError as exc:
            # A damaged installation still starts: an empty catalogue, and the reason in the log.
            log.error("demo catalogue not loaded: %s", exc)
            report = LoadReport()
            report.rejected.append(("catalogue", str(path), str(exc)))
            return report
        report = load_catalogue(conn, data, today)
        conn.execute(delete(SyncState).where(SyncState.key == DEMO_KEY))
        conn.execute(insert(SyncState).values(key=DEMO_KEY, value=today.isoformat()))
    log.info(
        "demo catalogue loaded: %d offers, %d sessions, %d skipped",
        report.offers, report.sessions, len(report.rejected),
    )
    return report


def _days_since(iso_day: str, today: dt.date) -> int:
    try:
        return (today - dt.date.fromisoformat(iso_day)).days
    except ValueError:
        return DEMO_REFRESH_DAYS  # unreadable mark: refresh rather than show stale dates
