"""Builds SQLite engines for the kiosk's store: WAL, foreign keys, and durable commits."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

from kiosk.paths import SQLITE_SIDE_FILES, private_dir, private_file, tighten


def _on_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL, not NORMAL: a sign-up and its outbox row must survive a power cut (see kiosk-facts).
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # A deleted or overwritten name must not linger in free space of the file (privacy scan).
    cur.execute("PRAGMA secure_delete=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path | str) -> Engine:
    """An engine on the SQLite file at ``path`` (created with its folder if missing).

    The file holds citizens' names and contacts until the hub has them: it is made readable by
    the kiosk's user only (0600, a new folder 0700), and SQLite gives its -wal and -shm the same.
    """
    path = Path(path)
    private_dir(path.parent)
    private_file(path)  # an empty file is an empty SQLite database
    for suffix in SQLITE_SIDE_FILES:  # left by an older version or another umask
        tighten(path.with_name(path.name + suffix))
    # SQL parameters and rows carry citizens' names: never logged, even at DEBUG (-v), and never
    # in an error's text.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    engine = create_engine(f"sqlite+pysqlite:///{path}", hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker:
    """Sessions that keep loaded objects usable after commit (view-models read them later)."""
    return sessionmaker(engine, expire_on_commit=False)
