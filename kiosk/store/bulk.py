"""An empty store's first pull fills the catalogue's tables without their lookup indexes, then builds them once.

SQLite keeps every index in order as rows arrive: each of a session's three covering indexes
(migration 0002) takes its row at a random place, so pulling 100k offers spent about 6 s of the
storing thread on them. Built once at the end, from the finished tables, they cost about 1 s.
With the offer table's four the pull took 32.0-33.6 s instead of 34.1-35.5 s (two alternating
runs; see docs/hub.md, "Where the pull's time goes"). Only a store with no sessions defers
them: nothing in it can be searched yet, so nothing is slower meanwhile.

The indexes are the store's own (kiosk/store/models.py), so a pull that fails or a kiosk killed
half-way loses nothing: the pull builds them again on its way out, and ``restore_indexes`` runs
whenever a store is opened.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Index

from kiosk.store.models import Offer, OfferLanguage, OfferTopic, Session

log = logging.getLogger(__name__)

# Indexes that only make reads quicker; unique ones (an offer's or session's hub id) guard the
# data and stay.
DEFERRABLE: tuple[Index, ...] = tuple(
    index
    for table in (Offer.__table__, Session.__table__, OfferTopic.__table__, OfferLanguage.__table__)
    for index in sorted(table.indexes, key=lambda i: i.name or "")
    if not index.unique
)


def restore_indexes(conn: Connection) -> list[str]:
    """Build every deferred index the store lacks, and commit; returns their names."""
    present = {
        name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    built = [index.name for index in DEFERRABLE if index.name not in present]
    for index in DEFERRABLE:
        if index.name in built:
            index.create(conn)
    conn.commit()
    if built:
        log.info("store: built the search indexes %s", ", ".join(built))
    return built


@contextmanager
def indexes_deferred_while_empty(conn: Connection) -> Iterator[bool]:
    """Around a bulk write: when the store holds no sessions, drop the deferrable indexes first
    and build them after, even when the write fails. Yields whether they were deferred."""
    if conn.in_transaction():
        conn.commit()
    with conn.begin():
        empty = conn.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM session)").scalar()
        if empty:
            for index in DEFERRABLE:
                conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
    try:
        yield bool(empty)
    finally:
        if conn.in_transaction():
            conn.rollback()
        try:
            restore_indexes(conn)
        except Exception:  # noqa: BLE001 - the rows are stored; the next opening builds them
            log.warning("store: the search indexes could not be built now; they are built "
                        "when the store is next opened", exc_info=True)
            if conn.in_transaction():
                conn.rollback()
