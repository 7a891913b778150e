"""`python -m bench demo --quick --json` runs as a real process and prints the demo load beside its floor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_demo_bench_prints_load_time_beside_the_bare_insert_floor(tmp_path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "demo", "--quick", "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = {f["metric"]: f for f in map(json.loads, done.stdout.splitlines())}
    load = figures["load_p50"]
    assert load["unit"] == "ms" and load["value"] > 0 and load["floor"] > 0
    assert load["extra"]["offers"] >= 80
    assert figures["first_start_p50 (migrate+load)"]["value"] > load["value"]
    assert list(tmp_path.iterdir()) == []  # the bench's stores are removed
