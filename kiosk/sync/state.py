"""Small sync facts kept in the store (cursors, last good sync), read and written in a transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from kiosk.store.models import SyncState

CATALOGUE_CURSOR = "catalogue_cursor"
SEATS_CURSOR = "seats_cursor"
DECISIONS_CURSOR = "decisions_cursor"
LAST_SYNC = "last_sync"


def get_state(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()
    return default if value is None else value


def set_state(conn: Connection, key: str, value: str) -> None:
    stmt = insert(SyncState).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[SyncState.key], set_={"value": value}))


def last_sync(conn: Connection) -> dt.datetime | None:
    value = get_state(conn, LAST_SYNC)
    return dt.datetime.fromisoformat(value) if value else None
