"""Kiosk start-up: time from process spawn to the attract screen's first frame, and memory then.

Each round spawns ``python -m kiosk.cli --demo`` (full screen, offscreen, software renderer, a
fresh data folder) and reads its log until the line the window writes on its first frame; that
line also carries the process's PSS, read by the process itself at that moment. The floor is a
bare QQmlApplicationEngine showing a Window with one Text, spawned and measured the same way.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.figures import Figure

ROUNDS, QUICK_ROUNDS = 7, 3
TIMEOUT = 60.0
_FRAME = re.compile(r"first frame after [0-9.]+ s, PSS ([0-9.]+) MB")
_STORE = "store: open with"

FLOOR_SCRIPT = r"""
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(b'import QtQuick\nWindow { visible: true; Text { text: "Touch to start" } }')
window = engine.rootObjects()[0]
def first_frame():
    window.frameSwapped.disconnect(first_frame)
    pss = next(int(l.split()[1]) for l in open("/proc/self/smaps_rollup") if l.startswith("Pss:")) / 1024
    print(f"first frame after 0 s, PSS {pss:.1f} MB", file=sys.stderr, flush=True)
window.frameSwapped.connect(first_frame)
app.exec()
"""


def _env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
        CONNECT_KIOSK_DATA_DIR=str(data / "data"), CONNECT_KIOSK_CONFIG_DIR=str(data / "config"),
    )
    return env


def _pss(pid: int) -> float:
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        return next(int(line.split()[1]) for line in rollup if line.startswith("Pss:")) / 1024


def _measure(command: list[str], env: dict[str, str], wait_for_store: bool) -> dict[str, float]:
    """Spawn ``command``; seconds to its first-frame line, its PSS then, and (kiosk) store-open."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    found: dict[str, float] = {}
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            match = _FRAME.search(line)
            if match and "frame_s" not in found:
                found["frame_s"] = time.perf_counter() - started
                found["frame_pss_mb"] = float(match.group(1))
                if not wait_for_store:
                    break
            if _STORE in line:
                found["store_s"] = time.perf_counter() - started
                found["store_pss_mb"] = _pss(proc.pid)
                break
            if time.perf_counter() - started > TIMEOUT:
                break
    finally:
        proc.kill()
        proc.wait()
    if "frame_s" not in found:
        raise RuntimeError(f"{command[-1]!r} never logged its first frame (exit {proc.returncode})")
    return found


def run(quick: bool) -> Iterator[Figure]:
    if not Path("/proc/self/smaps_rollup").exists():
        raise RuntimeError("the start-up benchmark reads PSS from /proc/<pid>/smaps_rollup (Linux only)")
    rounds = QUICK_ROUNDS if quick else ROUNDS
    kiosk, floor = [], []
    for n in range(rounds):
        folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
        try:
            # A fresh data folder each round: the store is created and the demo loaded, as on the
            # first start; that happens after the first frame, so it must not delay it.
            kiosk.append(_measure([sys.executable, "-m", "kiosk.cli", "--demo"], _env(folder), True))
            floor.append(_measure([sys.executable, "-c", FLOOR_SCRIPT], _env(folder), False))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def median(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(row[key] for row in rows if key in row)

    extra = {"rounds": rounds, "renderer": "software, offscreen"}
    yield Figure("startup", "attract_first_frame_p50", median(kiosk, "frame_s") * 1000, "ms",
                 floor=median(floor, "frame_s") * 1000, target="<= 600 ms", extra=extra)
    yield Figure("startup", "pss_at_first_frame_p50", median(kiosk, "frame_pss_mb"), "MB",
                 floor=median(floor, "frame_pss_mb"), target="<= 110 MB", extra=extra)
    if all("store_s" in row for row in kiosk):
        yield Figure("startup", "store_ready_first_start_p50", median(kiosk, "store_s") * 1000, "ms",
                     extra={**extra, "note": "migrate + load the demo catalogue, after the first frame"})
        yield Figure("startup", "pss_store_open_p50", median(kiosk, "store_pss_mb"), "MB", extra=extra)
