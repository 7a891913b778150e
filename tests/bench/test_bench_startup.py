"""`python -m bench startup --quick --json` spawns the real kiosk and reports its first frame beside the floor."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.ui
def test_startup_bench_prints_first_frame_and_memory_beside_a_bare_window(tmp_path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "startup", "--quick", "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = {f["metric"]: f for f in map(json.loads, done.stdout.splitlines())}
    frame, pss = figures["attract_first_frame_p50"], figures["pss_at_first_frame_p50"]
    assert frame["unit"] == "ms" and frame["value"] > 0 and frame["floor"] > 0
    assert pss["unit"] == "MB" and pss["value"] > 0 and pss["floor"] > 0
    # The store opens after the first frame, in the same process.
    assert figures["store_ready_first_start_p50"]["value"] > frame["value"]
    assert list(tmp_path.iterdir()) == []  # each round's data folder is removed
