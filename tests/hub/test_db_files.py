"""The hub's SQLite file holds citizens' names and the kiosks' token hashes: only its owner
may read it, and a mistyped path never starts a second hub."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from contextlib import closing

import pytest
from sqlalchemy import text

from hub.cli import main
from hub.db import HubDb, HubDbError


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """The usual umask 022, under which a file is made readable by everyone unless asked not to."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_and_shm_are_readable_by_the_owner_only(tmp_path, open_umask) -> None:
    path = tmp_path / "hub.sqlite"
    db = HubDb(str(path))
    try:
        db.migrate()
        with db.engine.connect() as conn:  # an open connection keeps the -wal and -shm
            conn.execute(text("SELECT 1"))
            files = [path, tmp_path / "hub.sqlite-wal", tmp_path / "hub.sqlite-shm"]
            assert all(f.exists() for f in files)
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        db.dispose()


def test_an_existing_database_open_to_others_is_tightened_with_a_warning(tmp_path, caplog, open_umask) -> None:
    path = tmp_path / "hub.sqlite"
    with closing(sqlite3.connect(path)) as conn:  # an SQLite file made as an older hub made it
        conn.execute("CREATE TABLE older (x)")
    path.chmod(0o644)
    wal = tmp_path / "hub.sqlite-wal"  # a side file left behind; SQLite removes it once done
    wal.write_bytes(b"")
    wal.chmod(0o664)
    assert main(["--database", str(path), "kiosk", "add", "Central Library"]) == 0
    assert mode(path) == 0o600
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(str(path) in m and "could be read or changed by other users" in m for m in warned)
    assert any(str(wal) in m for m in warned)
    caplog.clear()
    assert main(["--database", str(path), "kiosk", "list"]) == 0
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]  # said once, not every time


def test_a_missing_folder_is_refused_not_created(tmp_path) -> None:
    with pytest.raises(HubDbError, match="does not exist"):
        HubDb(str(tmp_path / "typo" / "hub.sqlite"))
    assert not (tmp_path / "typo").exists()
