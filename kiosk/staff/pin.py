"""The staff PIN: stored only as an argon2id hash, checked behind a growing lockout."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.paths import private_dir

# OWASP's minimum for argon2id: 19 MiB, 2 iterations, parallelism 1.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
FREE_TRIES = 5
FIRST_LOCKOUT_S = 30.0
MAX_LOCKOUT_S = 3600.0
PIN_RULE = re.compile(r"^[0-9]{6,12}$")


class PinRefused(ValueError):
    """A PIN that may not be set; the message says why."""


def hash_pin(pin: str) -> str:
    """An argon2id hash of ``pin``; refuses PINs that are short or trivially guessable."""
    if not PIN_RULE.match(pin):
        raise PinRefused("the PIN must be 6 to 12 digits")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise PinRefused("the PIN must not be one repeated digit or a run like 123456")
    return HASHER.hash(pin)


def write_pin_hash(config_file: Path, pin_hash: str) -> None:
    """Put ``staff_pin_hash`` into kiosk.toml, keeping the operator's other lines as they are.

    Raises kiosk.config.SettingsFileError, writing nothing, when kiosk.toml is there but is not
    TOML the kiosk can read: the kiosk would not read the PIN from it either. A missing config
    folder is made readable by the kiosk's user only (0700).
    """
    from kiosk.config import read_settings_file
    from kiosk.staff.settings_file import write_setting

    read_settings_file(config_file)
    write_setting(config_file, "staff_pin_hash", f'"{pin_hash}"')


@dataclass
class Attempt:
    """The answer to one PIN entry."""

    accepted: bool
    locked_for_s: float = 0.0  # > 0: no PIN is checked until then
    tries_left: int = FREE_TRIES


class PinGuard:
    """Checks PINs against the stored hash; after five wrong ones, each next one locks longer.

    The count survives a restart (kept in ``state_file``), so pulling the plug does not reset it.
    """

    def __init__(
        self, pin_hash: str, state_file: Path, clock: Callable[[], float] = time.time
    ) -> None:
        self._hash = pin_hash
        self._state_file = state_file
        self._clock = clock
        self._failures, self._locked_until = self._read_state()

    def _read_state(self) -> tuple[int, float]:
        try:
            data = json.loads(self._state_file.read_text())
            return int(data["failures"]), float(data["locked_until"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def _write_state(self) -> None:
        private_dir(self._state_file.parent)
        fd = os.open(self._state_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump({"failures": self._failures, "locked_until": self._locked_until}, out)

    def locked_for(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def tries_left(self) -> int:
        """Wrong PINs still allowed before the next lockout (0 once they are used up)."""
        return max(0, FREE_TRIES - self._failures)

    def try_pin(self, pin: str) -> Attempt:
        """Check one PIN entry (slow on purpose: argon2; call it off the GUI thread)."""
        wait = self.locked_for()
        if wait > 0:
            return Attempt(False, locked_for_s=wait, tries_left=0)
        try:
            HASHER.verify(self._hash, pin)
        except (VerificationError, InvalidHashError):
            self._failures += 1
            over = self._failures - FREE_TRIES
            if over >= 0:
                lockout = min(MAX_LOCKOUT_S, FIRST_LOCKOUT_S * 2**over)
                self._locked_until = self._clock() + lockout
            self._write_state()
            return Attempt(
                False, locked_for_s=self.locked_for(), tries_left=max(0, FREE_TRIES - self._failures)
            )
        self._failures, self._locked_until = 0, 0.0
        self._write_state()
        return Attempt(True, tries_left=FREE_TRIES)
