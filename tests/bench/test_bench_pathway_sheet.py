"""`python -m bench pathway sheet --quick --json` runs as a real process and prints figures beside floors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_pathway_and_sheet_benches_print_figures_beside_their_floors(tmp_path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "pathway", "sheet", "--quick", "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = {(f["bench"], f["metric"]): f for f in map(json.loads, done.stdout.splitlines())}
    for size in ("1k", "10k"):
        plan = figures[("pathway", f"plan p50 @{size}")]
        assert plan["unit"] == "ms" and plan["value"] > plan["floor"] > 0
        assert plan["extra"]["mean_steps"] >= 3  # the generated city fills pathways
    for layout in ("a4", "80mm"):
        sheet = figures[("sheet", f"build {layout} median")]
        assert sheet["value"] > 0 and sheet["floor"] > 0 and sheet["extra"]["steps"] >= 3
    assert list(tmp_path.iterdir()) == []  # the bench's stores are removed
