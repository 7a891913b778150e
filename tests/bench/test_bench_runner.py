"""The benchmark runner: `python -m bench search --quick --json` runs as a real process and prints figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_search_bench_prints_one_json_figure_per_line(tmp_path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # the bench's stores go here, and are removed
    done = subprocess.run(
        [sys.executable, "-m", "bench", "search", "--quick", "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert figures, done.stdout
    for figure in figures:
        assert {"bench", "metric", "value", "unit", "floor"} <= set(figure), figure
        assert figure["bench"] == "search"
        assert isinstance(figure["value"], (int, float)) and figure["value"] > 0, figure
    metrics = {f["metric"]: f for f in figures}
    for size in ("1k", "10k"):  # --quick: the two small stores only
        assert f"build_store_{size}" in metrics
        for kind in ("typeahead", "filtered", "browse"):
            for pct in ("p50", "p95"):
                assert f"{kind}_{pct}_{size}" in metrics
        # Type-ahead wraps a bare FTS5 query, so its floor is measured beside it.
        assert metrics[f"typeahead_p95_{size}"]["floor"] > 0
        assert metrics[f"typeahead_p95_{size}"]["unit"] == "ms"
    assert not any(m.endswith("_100k") for m in metrics)
    assert list(tmp_path.iterdir()) == []  # the temporary stores are gone


def test_unknown_benchmark_is_refused_with_the_choices() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench", "no-such-bench"], cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "search" in done.stderr
