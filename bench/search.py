"""Catalogue search latency (type-ahead, filtered, browse) at 1k/10k/100k offers, beside the bare FTS5 query."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.figures import Figure, percentile
from kiosk.catalogue.generate import load_generated
from kiosk.catalogue.search import SearchQuery, index_match, search
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
SEED = 1
ROUNDS = 3
TARGET = "p95 <= 15 ms at 100k and <= 2x floor"
# Words a citizen types, letter by letter; each prefix is one search (the UI's type-ahead).
TYPED = ("computer", "deutsch", "sprachcafé", "reparatur", "γλώσσα", "yoga", "bewerbung", "școală")
FILTERED = (
    SearchQuery(text="computer", when="week"),
    SearchQuery(text="deutsch", free_only=True),
    SearchQuery(text="yoga", time_of_day="evening", access=("step_free",)),
    SearchQuery(text="café", topics=("language",), languages=("el",)),
    SearchQuery(text="kurs", level="beginner", when="today"),
    SearchQuery(text="rep", topics=("making",), free_only=True, district="Südstadt"),
    SearchQuery(topics=("digital",), level="beginner"),
    SearchQuery(when="today", free_only=True),
    SearchQuery(languages=("ar",), level="advanced"),
    SearchQuery(district="Hafen", access=("step_free", "hearing_loop")),
    SearchQuery(time_of_day="morning", free_only=True, level="advanced", access=("hearing_loop",)),
)
BROWSE = (
    SearchQuery(),
    SearchQuery(when="week"),
    SearchQuery(access=("step_free",)),
    SearchQuery(time_of_day="evening"),
)


def _floor_query(db: sqlite3.Connection, q: SearchQuery, now: dt.datetime) -> Callable[[], object] | None:
    """The bare FTS5 query a search wraps: the same MATCH ... ORDER BY rank LIMIT 50, via sqlite3."""
    match = index_match(db, q, now)
    if not match:
        return None
    sql = "SELECT rowid FROM offer_fts WHERE offer_fts MATCH ? ORDER BY rank LIMIT 50"
    return lambda: db.execute(sql, (match,)).fetchall()


def _timed(call: Callable[[], object], cpu: list[float] | None = None) -> float:
    start, start_cpu = time.perf_counter(), time.process_time()
    call()
    if cpu is not None:  # this process's own CPU time: what other load on the machine cannot inflate
        cpu.append((time.process_time() - start_cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def _build(folder: Path, n: int, today: dt.date) -> tuple[Path, float]:
    path = folder / f"store-{n}.sqlite"
    engine = make_engine(path)
    start = time.perf_counter()
    upgrade(engine)
    report = load_generated(engine, n, seed=SEED, today=today)
    seconds = time.perf_counter() - start
    engine.dispose()
    if report.offers != n:
        raise RuntimeError(f"generated store has {report.offers} offers, not {n}: {report.rejected[:3]}")
    return path, seconds


def _measure(path: Path, queries: list[SearchQuery], now: dt.datetime) -> tuple[list[float], list[float], list[float]]:
    """Latency of search() end to end (wall and CPU) and of the bare FTS5 query beside it, in ms."""
    engine = make_engine(path)
    floor_db = sqlite3.connect(path)
    ours: list[float] = []
    cpu: list[float] = []
    floors: list[float] = []
    try:
        with engine.connect() as conn:
            for q in queries:  # warm the page cache and statement caches once
                search(conn, q, now=now)
            for _ in range(ROUNDS):
                for q in queries:
                    ours.append(_timed(lambda: search(conn, q, now=now), cpu))
                    floor = _floor_query(floor_db, q, now)
                    if floor is not None:
                        floors.append(_timed(floor))
    finally:
        floor_db.close()
        engine.dispose()
    return ours, cpu, floors


def _figures(n: int, kind: str, ours: list[float], cpu: list[float], floors: list[float], queries: int) -> Iterator[Figure]:
    for pct in (50, 95):
        yield Figure(
            bench="search",
            metric=f"{kind}_p{pct}_{n // 1000}k",
            value=round(percentile(ours, pct), 3),
            unit="ms",
            floor=round(percentile(floors, pct), 3) if floors else None,
            target=TARGET if n == 100_000 and pct == 95 else "",
            extra={
                "offers": n, "queries": queries, "samples": len(ours),
                "cpu_ms": round(percentile(cpu, pct), 3), "floor_samples": len(floors),
            },
        )


def run(quick: bool) -> Iterator[Figure]:
    sizes = QUICK_SIZES if quick else SIZES
    today = dt.date.today()
    typed = [SearchQuery(text=word[:i]) for word in TYPED for i in range(1, len(word) + 1)]
    folder = Path(tempfile.mkdtemp(prefix="connect-bench-search-"))
    try:
        for n in sizes:
            path, seconds = _build(folder, n, today)
            yield Figure(
                bench="search", metric=f"build_store_{n // 1000}k", value=round(seconds, 2), unit="s",
                extra={"offers": n, "bytes": path.stat().st_size},
            )
            now = dt.datetime.now()
            for kind, queries in (("typeahead", typed), ("filtered", list(FILTERED)), ("browse", list(BROWSE))):
                ours, cpu, floors = _measure(path, queries, now)
                yield from _figures(n, kind, ours, cpu, floors, len(queries))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
