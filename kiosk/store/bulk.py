"""An empty store's first pull fills the catalogue without the indexes that take rows at random places, then builds them once.

SQLite keeps every index in order as rows arrive. A session's indexes by start time and by
venue (migration 0002) take each row at a random place, so pulling 100k offers spent seconds of
the storing thread on them; built once at the end, from the finished tables, they cost about
1 s. Only a store with no offers at all defers them, and only these: search walks sessions by
time through them (kiosk/catalogue/search.py asks for them by name only while they exist), and
the filters' topic, language, level and cost indexes only narrow. Indexes that keep a search
quick row by row (a session by its offer) or back a foreign key check (an offer's provider and
venue) stay, as do the unique ones, which guard the data. What was measured is in docs/hub.md,
"Where the pull's time goes".

The indexes are the store's own (kiosk/store/models.py), so a pull that fails or a kiosk killed
half-way loses nothing: the pull builds them again on its way out, and ``restore_indexes`` runs
whenever a store is opened. A migration that drops or changes one of them must allow for its
absence (``drop_index(..., if_exists=True)``): a store opened after a killed first pull is
upgraded before they are built again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Index

from kiosk.store.models import Offer, OfferLanguage, OfferTopic, Session

log = logging.getLogger(__name__)

DEFERRED_NAMES = (
    "ix_session_starts", "ix_session_venue_starts",
    "ix_offer_topic_topic", "ix_offer_language_lang", "ix_offer_level", "ix_offer_cost_cents",
)
DEFERRABLE: tuple[Index, ...] = tuple(
    index
    for table in (Offer.__table__, Session.__table__, OfferTopic.__table__, OfferLanguage.__table__)
    for index in sorted(table.indexes, key=lambda i: i.name or "")
    if index.name in DEFERRED_NAMES
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
    """Around a bulk write: when the store holds no offers, drop the deferrable indexes first
    and build them after, even when the write fails. Yields whether they were deferred."""
    if conn.in_transaction():
        conn.commit()
    with conn.begin():
        empty = conn.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM offer)").scalar()
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
            log.warning("store: the search indexes could not be built now; the next pull or "
                        "the next opening of the store builds them", exc_info=True)
            if conn.in_transaction():
                conn.rollback()
