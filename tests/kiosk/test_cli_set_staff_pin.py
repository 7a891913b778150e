"""`connect-kiosk set-staff-pin` as an operator runs it: a real process on a real kiosk.toml."""

from __future__ import annotations

import subprocess
import sys

from kiosk.config import config_file


def set_pin(pin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "set-staff-pin", "--stdin"], input=pin + "\n",
                          capture_output=True, text=True, timeout=60)


def test_a_kiosk_toml_that_does_not_parse_is_refused_and_left_as_it_is() -> None:
    cfg = config_file()
    cfg.parent.mkdir(mode=0o700)
    broken = b'hub_url = "https://hub.example.org\nvenue_name = "Bibliothek"\n'
    cfg.write_bytes(broken)
    cfg.chmod(0o600)
    done = set_pin("48291377")
    assert done.returncode == 1
    assert done.stdout == ""
    assert f"connect-kiosk: {cfg} could not be read (" in done.stderr
    assert "(at line 1, column " in done.stderr and "nothing changed" in done.stderr
    assert "Traceback" not in done.stderr and "48291377" not in done.stderr
    assert cfg.read_bytes() == broken  # no hash appended to a file the kiosk cannot read
    assert sorted(p.name for p in cfg.parent.iterdir()) == ["kiosk.toml"]  # no temporary file left


def test_once_the_file_is_corrected_the_pin_is_set() -> None:
    cfg = config_file()
    cfg.parent.mkdir(mode=0o700)
    cfg.write_text('venue_name = "Bibliothek"\n', encoding="utf-8")
    done = set_pin("48291377")
    assert done.returncode == 0, done.stderr
    assert f"staff PIN set in {cfg}" in done.stdout
    text = cfg.read_text(encoding="utf-8")
    assert text.startswith('venue_name = "Bibliothek"\n') and 'staff_pin_hash = "$argon2id$' in text
