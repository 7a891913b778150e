"""`python -m bench sync --quick --json` runs as a real process: pull, push and many kiosks
against real hubs (SQLite, PostgreSQL), each figure beside its floor or target."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sync_bench_prints_figures_beside_their_floors(tmp_path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bench", "sync", "--quick", "--json"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = {f["metric"]: f for f in map(json.loads, done.stdout.splitlines())}
    pull = figures["pull 3000 offers, empty kiosk"]
    assert pull["value"] > 0 and pull["floor"] > 0
    assert pull["extra"]["stored"] >= 3000 and pull["extra"]["skipped"] == 0
    assert "one executemany" in pull["note"] and "search index" in pull["note"]  # says what the floor does
    assert figures["pull peak RSS"]["value"] > 0
    assert figures["push 300 queued sign-ups"]["extra"]["sent"] == 300
    assert figures["10 kiosks vs one hub, errors"]["value"] == 0
    assert figures["10 kiosks vs one hub (PostgreSQL), p95"]["extra"]["requests"] > 10 * 6


@pytest.mark.slow
def test_sync_bench_can_run_the_pull_alone_at_another_size(tmp_path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "BENCH_SYNC_PARTS": "pull", "BENCH_SYNC_OFFERS": "400"}
    done = subprocess.run([sys.executable, "-m", "bench", "sync", "--json"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = {f["metric"]: f for f in map(json.loads, done.stdout.splitlines())}
    assert set(figures) == {"pull 400 offers, empty kiosk", "pull peak RSS"}
    assert figures["pull 400 offers, empty kiosk"]["extra"]["stored"] >= 400
