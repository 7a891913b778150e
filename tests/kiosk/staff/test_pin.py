"""The staff PIN: argon2id with OWASP parameters, a growing lockout, and the set-staff-pin command."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from argon2 import extract_parameters

from kiosk.config import config_file, load_settings
from kiosk.staff.pin import FREE_TRIES, PinGuard, PinRefused, hash_pin, write_pin_hash


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_hash_is_argon2id_with_at_least_owasp_parameters() -> None:
    params = extract_parameters(hash_pin("482913"))
    assert params.type.name == "ID"
    assert params.memory_cost >= 19 * 1024
    assert params.time_cost >= 2
    assert params.parallelism == 1


@pytest.mark.parametrize("pin", ["1234", "abcdef", "111111", "123456", "987654", "12345678901234"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinRefused):
        hash_pin(pin)


def test_right_pin_opens_and_wrong_pins_lead_to_a_growing_lockout(tmp_path) -> None:
    clock = FakeClock()
    guard = PinGuard(hash_pin("482913"), tmp_path / "lock.json", clock)
    assert guard.try_pin("482913").accepted
    for n in range(FREE_TRIES - 1):
        attempt = guard.try_pin("000001")
        assert not attempt.accepted and attempt.locked_for_s == 0
        assert attempt.tries_left == FREE_TRIES - n - 1
    fifth = guard.try_pin("000002")
    assert fifth.locked_for_s == pytest.approx(30)
    # While locked, even the right PIN is not checked.
    assert not guard.try_pin("482913").accepted
    clock.now += 31
    assert guard.try_pin("000003").locked_for_s == pytest.approx(60)
    clock.now += 61
    assert guard.try_pin("000004").locked_for_s == pytest.approx(120)
    clock.now += 121
    assert guard.try_pin("482913").accepted
    assert guard.try_pin("000005").locked_for_s == 0  # the count starts again after success


def test_brute_force_runs_into_the_lockout(tmp_path) -> None:
    clock = FakeClock()
    guard = PinGuard(hash_pin("482913"), tmp_path / "lock.json", clock)
    guesses = [f"{n:06d}" for n in range(100)]
    guesses[50] = "482913"  # the right PIN, reached only after the lockout began
    attempts = [guard.try_pin(guess) for guess in guesses]
    assert not any(a.accepted for a in attempts)
    assert all(a.locked_for_s > 0 and a.tries_left == 0 for a in attempts[FREE_TRIES - 1 :])


def test_lockout_survives_a_restart(tmp_path) -> None:
    clock = FakeClock()
    pin_hash = hash_pin("482913")
    guard = PinGuard(pin_hash, tmp_path / "lock.json", clock)
    for _ in range(FREE_TRIES):
        guard.try_pin("000000")
    restarted = PinGuard(pin_hash, tmp_path / "lock.json", clock)
    assert restarted.locked_for() == pytest.approx(30)
    assert stat.S_IMODE(os.stat(tmp_path / "lock.json").st_mode) == 0o600


def test_write_pin_hash_keeps_other_settings_and_is_private(tmp_path) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('venue_name = "Stadtbibliothek"\nstaff_pin_hash = "old"\n')
    write_pin_hash(cfg, "$argon2id$new")
    settings, problems = load_settings(cfg)
    assert problems == []
    assert settings.venue_name == "Stadtbibliothek"
    assert settings.staff_pin_hash == "$argon2id$new"
    assert stat.S_IMODE(os.stat(cfg).st_mode) == 0o600


def test_set_staff_pin_command(tmp_path) -> None:
    env = {**os.environ}
    run = lambda pin: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "kiosk.cli", "set-staff-pin", "--stdin"],
        input=pin + "\n", capture_output=True, text=True, env=env,
    )
    refused = run("1234")
    assert refused.returncode == 1 and "6 to 12 digits" in refused.stderr
    assert not config_file().exists()
    done = run("482913")
    assert done.returncode == 0, done.stderr
    settings, _ = load_settings()
    assert PinGuard(settings.staff_pin_hash, tmp_path / "s.json").try_pin("482913").accepted
    assert "482913" not in done.stdout + done.stderr
