"""Pathway planning latency at 1k and 100k offers, beside the bare candidate SQL queries it runs."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.figures import Figure, percentile
from kiosk.catalogue.generate import load_generated
from kiosk.pathways.candidates import allowed_venues, candidate_queries, choose_driver
from kiosk.pathways.planner import plan
from kiosk.pathways.request import PlanRequest
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade

SIZES = (1_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
SEED = 3
ROUNDS = 5
TARGET = "<= 50 ms at 100k"
ORIGIN = (51.05, 7.0)  # the middle of the generated city
# Goals as citizens give them: broad and narrow, with and without time, money and access limits.
GOALS = (
    PlanRequest(aim="digital"),
    PlanRequest(aim="learn_german", own_words="Deutsch lernen für die Arbeit", hours_per_week=4,
                days=("mon", "tue", "wed", "thu"), budget="small_fee", learn_language="ar",
                max_distance_km=8, access_needs=("step_free",)),
    PlanRequest(aim="find_job", own_words="Bewerbung schreiben", times_of_day=("evening",), budget="any",
                learn_language="en"),
    PlanRequest(aim="health", level="intermediate", days=("sat", "sun"), max_distance_km=5),
    PlanRequest(aim="help_children", hours_per_week=2, times_of_day=("afternoon",), learn_language="tr"),
    PlanRequest(aim="culture", access_needs=("step_free", "hearing_loop"), budget="small_fee"),
    PlanRequest(aim="other", own_words="repair my bicycle and sew clothes"),
    PlanRequest(aim="other_language", level="advanced", learn_language="el", max_distance_km=3),
)


def _build(folder: Path, n: int, today: dt.date) -> tuple[Path, float]:
    path = folder / f"store-{n}.sqlite"
    engine = make_engine(path)
    start = time.perf_counter()
    upgrade(engine)
    report = load_generated(engine, n, seed=SEED, today=today)
    engine.dispose()
    if report.offers != n:
        raise RuntimeError(f"generated store has {report.offers} offers, not {n}")
    return path, time.perf_counter() - start


def _floor(db: sqlite3.Connection, engine, goal: PlanRequest, now: dt.datetime) -> float:
    """The candidate queries plan() runs, bare through sqlite3: the least any planner must pay."""
    with engine.connect() as conn:
        venues = allowed_venues(conn, goal, ORIGIN)
        driver = choose_driver(conn, goal, venues)
    start = time.perf_counter()
    for _, sql, params in candidate_queries(goal, now, venues, driver=driver):
        db.execute(sql, params).fetchall()
    return (time.perf_counter() - start) * 1000


def run(quick: bool) -> Iterator[Figure]:
    today = dt.date.today()
    now = dt.datetime.combine(today, dt.time(10, 0))
    with tempfile.TemporaryDirectory(prefix="bench-pathway-") as folder:
        for n in QUICK_SIZES if quick else SIZES:
            path, seconds = _build(Path(folder), n, today)
            engine = make_engine(path)
            db = sqlite3.connect(path)
            ours, floors, steps = [], [], []
            with engine.connect() as conn:
                for goal in GOALS:  # warm the page cache and statement caches once
                    plan(conn, goal, now=now, origin=ORIGIN)
                for _ in range(ROUNDS):
                    for goal in GOALS:
                        start = time.perf_counter()
                        pathway = plan(conn, goal, now=now, origin=ORIGIN)
                        ours.append((time.perf_counter() - start) * 1000)
                        steps.append(len(pathway.steps))
                        floors.append(_floor(db, engine, goal, now))
            db.close()
            engine.dispose()
            extra = {"offers": n, "goals": len(GOALS), "rounds": ROUNDS, "build_s": round(seconds, 1),
                     "mean_steps": round(statistics.mean(steps), 2)}
            yield Figure("pathway", f"plan p50 @{n // 1000}k", statistics.median(ours), "ms",
                         floor=statistics.median(floors), target=TARGET, extra=extra)
            yield Figure("pathway", f"plan p95 @{n // 1000}k", percentile(ours, 95), "ms",
                         floor=percentile(floors, 95), target=TARGET, extra=extra)
