"""connect-kiosk selftest as an operator runs it: a subprocess, judged by exit code and output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from .gui_catalogue import ALL_OFFERS

pytestmark = pytest.mark.ui


def _selftest(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the selftest must go headless by itself
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args], capture_output=True, text=True, timeout=timeout, env=env,
    )


def test_fresh_install_searches_the_demo_catalogue_in_a_scratch_store() -> None:
    done = _selftest("selftest")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "demo catalogue in a scratch store" in done.stdout
    assert "typed '" in done.stdout and "selftest passed" in done.stdout
    data = Path(os.environ["CONNECT_KIOSK_DATA_DIR"])
    assert not (data / "kiosk.sqlite").exists()  # the kiosk's own store is left alone


def test_searches_the_kiosks_own_store_when_it_has_offers(store_path: Path) -> None:
    done = _selftest("--database", str(store_path), "selftest")
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"store {store_path}" in done.stdout
    assert f"store open with {ALL_OFFERS} offers" in done.stdout
    assert "Start over returned to the attract screen" in done.stdout


def test_an_unreadable_store_fails_with_a_plain_message(tmp_path: Path) -> None:
    broken = tmp_path / "kiosk.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    done = _selftest("--database", str(broken), "selftest")
    assert done.returncode == 1
    assert "selftest FAILED: the store could not be opened" in done.stderr


def test_a_timeout_fails_and_says_what_it_was_waiting_for() -> None:
    done = _selftest("selftest", "--timeout", "0.05")
    assert done.returncode == 1
    assert "selftest FAILED: timed out waiting for" in done.stderr
