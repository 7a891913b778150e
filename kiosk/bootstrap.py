"""Opens the kiosk's store at start-up: migrate to head, and load the demo catalogue when asked."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import Engine, func, select

from kiosk.catalogue.load import (
    CatalogueFileError,
    LoadReport,
    load_catalogue,
    read_catalogue_file,
)
from kiosk.paths import demo_catalogue_path
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import Offer

log = logging.getLogger(__name__)


def open_store(path: Path) -> Engine:
    """An engine on the store at ``path``, migrated to the newest schema."""
    engine = make_engine(path)
    if upgrade(engine):
        log.info("store: migrated %s to the newest schema", path)
    return engine


def load_demo_if_empty(engine: Engine, today: dt.date | None = None) -> LoadReport | None:
    """Load the demo city's catalogue into an empty store (dates relative to ``today``)."""
    with engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(Offer)).scalar_one():
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
    log.info(
        "demo catalogue loaded: %d offers, %d sessions, %d skipped",
        report.offers, report.sessions, len(report.rejected),
    )
    return report
