"""Sync benchmarks: pull 100k offers into an empty kiosk, push 10k queued sign-ups, and 100
kiosks syncing against one hub on PostgreSQL. The hub runs as its own process (connect-hub
serve) on loopback; each measured kiosk runs in a child process so its memory is its own.

``BENCH_SYNC_PARTS=pull`` (any of pull, push, kiosks, comma-separated) runs only those parts;
``BENCH_SYNC_OFFERS=10000`` pulls that many offers instead of 100k (3k with --quick).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import requests

from bench.figures import Figure, percentile

PAGE = 500


# --- the hub, as a separate process ---------------------------------------------------------------


def _prepare_hub(url: str, n_offers: int, n_kiosks: int) -> list[str]:
    import datetime as dt

    from hub.catalogue import import_catalogue
    from hub.db import HubDb
    from hub.kiosks import add_kiosk
    from hub.testing import sample_catalogue
    from kiosk.catalogue.generate import iter_offers, providers_and_venues

    db = HubDb(url)
    db.migrate()
    places = providers_and_venues(n_offers, 7)
    batch: list[dict] = []
    today = dt.date.today()
    for offer in iter_offers(n_offers, 7, today):
        batch.append(offer)
        if len(batch) == 10_000:
            with db.write() as s:
                import_catalogue(s, {**places, "offers": batch}, today)
            batch = []
    small = sample_catalogue(offers=3, capacity=None)  # unlimited seats for the push figures
    with db.write() as s:
        import_catalogue(s, {**places, "offers": batch}, today)
        import_catalogue(s, small, today)
    with db.write() as s:
        tokens = [add_kiosk(s, f"bench-{i}") for i in range(n_kiosks)]
    db.dispose()
    return tokens


class _HubProcess:
    def __init__(self, database: str) -> None:
        from hub.testing import free_port

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hub.cli", "--database", database, "serve", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url + "/openapi.json", timeout=1)
                return
            except requests.ConnectionError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("the hub did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _child(function: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys, json; from bench.sync import {function} as f; "
                               "print(json.dumps(f(*sys.argv[1:])))", *args],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


# --- children: what is measured -------------------------------------------------------------------


def _rss_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
    return _rss_mb("VmHWM")


class _Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.samples: list[float] = []
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            self.samples.append(_rss_mb())


def pull_child(hub_url: str, token: str, store: str) -> dict:
    """Pull the whole catalogue into an empty kiosk store."""
    from kiosk.bootstrap import open_store
    from kiosk.sync.client import HubClient
    from kiosk.sync.pull import pull_catalogue

    engine = open_store(Path(store))
    client = HubClient(hub_url, token, read_timeout=60)
    sampler = _Sampler()
    sampler.start()
    started = time.perf_counter()
    report = pull_catalogue(engine, client, page_size=PAGE)
    seconds = time.perf_counter() - started
    sampler.stopped.set()
    s = sampler.samples or [_rss_mb()]
    return {"seconds": seconds, "stored": report.stored, "skipped": len(report.skipped),
            "peak_mb": _peak_mb(),
            "rss_quarter_mb": s[len(s) // 4], "rss_end_mb": s[-1]}


def pull_floor_child(hub_url: str, token: str, store: str) -> dict:
    """The floor: the same pages with bare requests, then one executemany into bare SQLite."""
    import sqlite3

    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    started = time.perf_counter()
    rows, cursor = [], "0"
    while True:
        page = http.get(f"{hub_url}/v1/changes", params={"after": cursor, "limit": PAGE}, timeout=60).json()
        rows += [(i["kind"], i["id"], json.dumps(i["record"])) for i in page["items"]]
        cursor = page["cursor"]
        if not page["more"]:
            break
    conn = sqlite3.connect(store)
    conn.execute("CREATE TABLE entry (kind TEXT, hub_id TEXT, record TEXT, PRIMARY KEY (kind, hub_id))")
    conn.executemany("INSERT OR REPLACE INTO entry VALUES (?, ?, ?)", rows)
    conn.commit()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": len(rows), "peak_mb": _peak_mb()}


def push_child(hub_url: str, token: str, store: str, n: str) -> dict:
    """Record n sign-ups (not timed), then push them all."""
    from sqlalchemy.orm import Session

    from kiosk.bootstrap import open_store
    from kiosk.sync.client import HubClient
    from kiosk.sync.outbox import push_outbox, record_sign_up

    engine = open_store(Path(store))
    with Session(engine) as s, s.begin():
        for i in range(int(n)):
            record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name=f"Citizen {i}")
    client = HubClient(hub_url, token)
    started = time.perf_counter()
    sent = push_outbox(engine, client)
    return {"seconds": time.perf_counter() - started, "sent": sent}


def push_floor_child(hub_url: str, token: str, n: str) -> dict:
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    body = {"offer": "off-1", "session": "off-1-s0", "learner": {"display_name": "Citizen"}}
    started = time.perf_counter()
    for _ in range(int(n)):
        http.put(f"{hub_url}/v1/sign-ups/{uuid.uuid4()}", json=body, timeout=30).raise_for_status()
    return {"seconds": time.perf_counter() - started}


def kiosks_child(hub_url: str, tokens: str, folder: str, sign_ups: str) -> dict:
    """Several kiosks (threads) each: pull the catalogue, record and push sign-ups, full rounds."""
    from sqlalchemy.orm import Session

    from kiosk.bootstrap import open_store
    from kiosk.sync.client import HubClient, HubError
    from kiosk.sync.loop import SyncConfig, SyncLoop
    from kiosk.sync.outbox import record_sign_up

    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()

    class Timed(HubClient):
        def request(self, method, path, *args, **kwargs):
            started = time.perf_counter()
            try:
                return super().request(method, path, *args, **kwargs)
            except HubError as exc:
                with lock:
                    errors.append(str(exc))
                raise
            finally:
                took = time.perf_counter() - started
                kind = f"{method} {'/'.join(path.split('/')[:3])}"  # e.g. "PUT /v1/sign-ups"
                with lock:
                    latencies.append(took)
                    by_kind.setdefault(kind, []).append(took)

    migrating = threading.Lock()  # Alembic's command API is not thread-safe

    def kiosk(index: int, token: str) -> None:
        with migrating:
            engine = open_store(Path(folder) / f"kiosk-{os.getpid()}-{index}.sqlite")
        loop = SyncLoop(engine, SyncConfig(hub_url, token, read_timeout=60))
        loop.client = Timed(hub_url, token, read_timeout=60)
        loop.run_once()
        for i in range(int(sign_ups)):
            with Session(engine) as s, s.begin():
                record_sign_up(s, offer_hub_id="off-2", session_hub_id="off-2-s0", display_name=f"K{index} {i}")
            loop.run_once()
        engine.dispose()

    threads = [threading.Thread(target=kiosk, args=(i, t)) for i, t in enumerate(tokens.split(","))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"latencies": latencies, "errors": errors, "by_kind": by_kind}


# --- the benchmark --------------------------------------------------------------------------------


FLOOR_NOTE = (
    "floor: the same pages fetched with bare requests, kept in memory, then one executemany of "
    "(kind, id, record JSON) into one bare table and one commit. The pull also checks every "
    "record and writes offer, text, topic, language and session rows with their indexes (into "
    "an empty kiosk, those not unique are built once at the end) and the search index (FTS5, "
    "six prefix indexes), committing up to eight pages (or one second of work) at a time, and "
    "ends by merging the search index's segments."
)


def run(quick: bool) -> Iterator[Figure]:
    n_offers = int(os.environ.get("BENCH_SYNC_OFFERS", 3_000 if quick else 100_000))
    n_push = 300 if quick else 10_000
    n_kiosks = 10 if quick else 100
    parts = set(os.environ.get("BENCH_SYNC_PARTS", "pull,push,kiosks").split(","))
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        hub_db = str(folder / "hub.sqlite")
        tokens = _prepare_hub(hub_db, n_offers if "pull" in parts else 0, 3)
        hub = _HubProcess(hub_db)
        try:
            if "pull" in parts:
                yield from _pull(hub, tokens, folder, n_offers)
            if "push" in parts:
                yield from _push(hub, tokens, folder, n_push)
        finally:
            hub.stop()
        if "kiosks" in parts:
            yield from _many_kiosks(folder, n_kiosks)


def _pull(hub: _HubProcess, tokens: list[str], folder: Path, n_offers: int) -> Iterator[Figure]:
    pulled = _child("pull_child", hub.url, tokens[0], str(folder / "kiosk.sqlite"))
    floor = _child("pull_floor_child", hub.url, tokens[1], str(folder / "floor.sqlite"))
    extra = {"offers": n_offers, "stored": pulled["stored"], "skipped": pulled["skipped"], "page": PAGE}
    yield Figure("sync", f"pull {n_offers} offers, empty kiosk", pulled["seconds"], "s",
                 floor["seconds"], "<= 1.5x floor", extra, FLOOR_NOTE)
    yield Figure("sync", "pull peak RSS", pulled["peak_mb"], "MB", floor["peak_mb"], "<= 150 MB",
                 {"rss_at_quarter_mb": round(pulled["rss_quarter_mb"], 1),
                  "rss_at_end_mb": round(pulled["rss_end_mb"], 1)})


def _push(hub: _HubProcess, tokens: list[str], folder: Path, n_push: int) -> Iterator[Figure]:
    pushed = _child("push_child", hub.url, tokens[2], str(folder / "push.sqlite"), str(n_push))
    push_floor = _child("push_floor_child", hub.url, tokens[1], str(n_push))
    yield Figure("sync", f"push {n_push} queued sign-ups", pushed["seconds"], "s",
                 push_floor["seconds"], "", {"sent": pushed["sent"]})


def _many_kiosks(folder: Path, n_kiosks: int) -> Iterator[Figure]:
    from hub.testing import TemporaryPostgres

    pg = TemporaryPostgres().start()
    try:
        url = pg.create_database("bench")
        tokens = _prepare_hub(url, 500, n_kiosks)
        hub = _HubProcess(url)
        try:
            groups = 4
            procs = [
                subprocess.Popen(
                    [sys.executable, "-c", "import sys, json; from bench.sync import kiosks_child as f; "
                                           "print(json.dumps(f(*sys.argv[1:])))",
                     hub.url, ",".join(tokens[g::groups]), str(folder), "5"],
                    stdout=subprocess.PIPE, text=True)
                for g in range(groups)
            ]
            started = time.perf_counter()
            latencies, errors, by_kind = [], [], {}
            for p in procs:
                out, _ = p.communicate(timeout=1800)
                result = json.loads(out.strip().splitlines()[-1])
                latencies += result["latencies"]
                errors += result["errors"]
                for kind, took in result["by_kind"].items():
                    by_kind.setdefault(kind, []).extend(took)
            wall = time.perf_counter() - started
        finally:
            hub.stop()
    finally:
        pg.stop()
    yield Figure("sync", f"{n_kiosks} kiosks vs one hub (PostgreSQL), p95", percentile(latencies, 95) * 1000,
                 "ms", None, "0 errors", {"requests": len(latencies), "errors": len(errors),
                                          "p50_ms": round(percentile(latencies, 50) * 1000, 1),
                                          "wall_s": round(wall, 1), "first_errors": errors[:3],
                                          "p95_ms_by_request": {
                                              kind: round(percentile(took, 95) * 1000, 1)
                                              for kind, took in sorted(by_kind.items())}})
    yield Figure("sync", f"{n_kiosks} kiosks vs one hub, errors", len(errors), "", None, "0")
