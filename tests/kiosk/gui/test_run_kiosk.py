"""connect-kiosk as a supervisor runs it: started as a process, stopped with SIGTERM, exits cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.ui


def test_sigterm_stops_the_kiosk_cleanly(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    with subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "--database", str(tmp_path / "kiosk.sqlite")],
        env=env, stderr=subprocess.PIPE, text=True,
    ) as proc:
        _stop_after_start(proc)


def _stop_after_start(proc: subprocess.Popen[str]) -> None:
    try:
        assert proc.stderr is not None
        seen = []
        deadline = time.monotonic() + 60
        for line in proc.stderr:
            seen.append(line)
            if "store: open with" in line or time.monotonic() > deadline:
                break
        assert any("first frame after" in line for line in seen), "".join(seen)[-2000:]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        rest = proc.stderr.read()
        assert "stopping on signal" in rest and "Traceback" not in rest, rest[-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_without_a_screen_it_says_so_and_points_to_selftest(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--database", str(tmp_path / "kiosk.sqlite")],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2
    assert "no screen found" in done.stderr and "connect-kiosk selftest" in done.stderr
    assert not (tmp_path / "kiosk.sqlite").exists()
