"""Demo catalogue load time (the first start of `connect-kiosk --demo`), beside a bare re-insert of its rows."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.figures import Figure
from kiosk.bootstrap import load_demo_if_empty, open_store

ROUNDS, QUICK_ROUNDS = 15, 3
TABLES = ("provider", "venue", "offer", "offer_text", "offer_topic", "offer_language", "session")
FTS_COLUMNS = "rowid, title, topics, provider, venue, description, facets"


def run(quick: bool) -> Iterator[Figure]:
    rounds = QUICK_ROUNDS if quick else ROUNDS
    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    try:
        first_start, load, floor = [], [], []
        report = None
        for n in range(rounds):
            started = time.perf_counter()
            engine = open_store(folder / f"first-{n}.sqlite")
            migrated = time.perf_counter()
            report = load_demo_if_empty(engine, dt.date.today())
            done = time.perf_counter()
            engine.dispose()
            first_start.append((done - started) * 1000)
            load.append((done - migrated) * 1000)
            floor.append(_bare_reinsert(folder / f"first-{n}.sqlite", folder / f"bare-{n}.sqlite"))
        extra = {"offers": report.offers, "sessions": report.sessions, "rounds": rounds}
        yield Figure("demo", "first_start_p50 (migrate+load)", statistics.median(first_start), "ms", extra=extra)
        yield Figure("demo", "load_p50", statistics.median(load), "ms", floor=statistics.median(floor),
                     target="small beside the window's first frame", extra=extra)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bare_reinsert(loaded: Path, target: Path) -> float:
    """The floor: the same rows written into a fresh migrated store by sqlite3, no checks, no ORM."""
    open_store(target).dispose()
    source = sqlite3.connect(loaded)
    rows = {table: source.execute(f"SELECT * FROM {table}").fetchall() for table in TABLES}
    fts = source.execute(f"SELECT {FTS_COLUMNS} FROM offer_fts").fetchall()
    source.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    conn.execute("BEGIN")
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    conn.executemany(f"INSERT INTO offer_fts ({FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", fts)
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed
