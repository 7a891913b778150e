"""`connect-kiosk selftest` checks kiosk.toml and the hub in it, not only the screens: run as an
operator runs it (a real process, headless by itself), against a real hub on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import config_file
from tests.kiosk.sync.test_tls import tls_hub  # noqa: F401  (a self-signed hub on loopback)

pytestmark = pytest.mark.ui


def write_config(text: str, mode: int = 0o600) -> Path:
    cfg = config_file()
    cfg.parent.mkdir(mode=0o700, exist_ok=True)
    cfg.write_text(text, encoding="utf-8")
    cfg.chmod(mode)
    return cfg


def selftest() -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the selftest must go headless by itself
    env.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "-m", "kiosk.cli", "selftest"], capture_output=True, text=True,
                          timeout=180, env=env)


def failures(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("selftest FAILED: ")]


def test_a_kiosk_toml_that_does_not_parse_fails_with_where() -> None:
    cfg = write_config('hub_url = "https://hub.example.org\nstaff_pin_hash = "x"\n')
    done = selftest()
    assert done.returncode == 1
    assert "selftest passed" not in done.stdout
    assert f"selftest FAILED: {cfg} could not be read (" in done.stderr
    assert "(at line 1, column " in done.stderr
    assert "Start over returned to the attract screen" in done.stdout  # the screens were still checked


def test_every_settings_problem_is_a_failure_on_its_own_line() -> None:
    write_config('print_backend = "foldr"\ndefault_language = "fr"\nidle_browse_seconds = 5\n'
                 'hub_tokn = "abc"\nsheet_layout = "A4"\n')
    done = selftest()
    assert done.returncode == 1
    lines = failures(done)
    for words in ("print_backend 'foldr'", "default_language 'fr'", "idle_browse_seconds = 5",
                  "unknown setting 'hub_tokn'"):
        assert sum(words in line for line in lines) == 1, (words, lines)
    assert not any("sheet_layout" in line for line in lines)  # "A4" is a4
    assert "selftest passed" not in done.stdout


def test_good_settings_without_a_hub_pass_and_say_the_kiosk_works_offline() -> None:
    cfg = write_config('venue_name = "Stadtbibliothek"\nprint_backend = "folder"\n', mode=0o644)
    done = selftest()
    assert done.returncode == 0, done.stderr[-3000:]
    assert "no hub configured (the kiosk works offline)" in done.stdout
    # Put right as it was read: said, not failed.
    assert f"note {cfg} was readable by other users; now only by the kiosk's user" in done.stdout
    assert "selftest passed" in done.stdout


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_a_hub_that_knows_the_token_passes(hub) -> None:
    token = hub.tokens["kiosk-a"]
    write_config(f'hub_url = "{hub.url}"\nhub_token = "{token}"\n')
    done = selftest()
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"ok   hub at 127.0.0.1:{hub.server.port} answered and knows this kiosk's token" in done.stdout
    assert token not in done.stdout + done.stderr


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_a_token_the_hub_does_not_know_fails(hub) -> None:
    write_config(f'hub_url = "{hub.url}"\nhub_token = "not-a-token-the-hub-gave"\n')
    done = selftest()
    assert done.returncode == 1
    [line] = failures(done)[:1]
    assert f"the hub at 127.0.0.1:{hub.server.port}" in line
    assert "the hub does not know this kiosk's token; issue one with `connect-hub kiosk add NAME`" in line
    assert "not-a-token-the-hub-gave" not in done.stdout + done.stderr
    assert "selftest passed" not in done.stdout


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_a_hub_that_is_not_running_fails_naming_where_it_was_looked_for(hub) -> None:
    write_config(f'hub_url = "{hub.url}"\nhub_token = "{hub.tokens["kiosk-a"]}"\n')
    hub.stop()
    done = selftest()
    assert done.returncode == 1
    line = failures(done)[0]
    assert f"the hub at 127.0.0.1:{hub.server.port} did not answer the check (the hub cannot be reached)" in line
    assert "check that the hub is running" in line


def test_a_hub_whose_certificate_is_not_trusted_fails(tls_hub) -> None:  # noqa: F811
    url, token, _ = tls_hub
    write_config(f'hub_url = "{url}"\nhub_token = "{token}"\n')
    done = selftest()
    assert done.returncode == 1
    assert "certificate could not be verified" in failures(done)[0]


def test_a_hub_url_the_kiosk_cannot_use_fails_once() -> None:
    write_config('hub_url = "http://192.0.2.10:8470"\nhub_token = "t"\n')
    done = selftest()
    assert done.returncode == 1
    lines = failures(done)
    assert sum("hub_url 'http://192.0.2.10:8470'" in line for line in lines) == 1
    assert "plain http:// is only for a hub on this machine" in lines[0]
    assert len(lines) == 2  # that, and the count


def test_a_hub_url_without_a_token_fails() -> None:
    write_config('hub_url = "https://hub.example.org"\n')
    done = selftest()
    assert done.returncode == 1
    assert "hub_url is set but hub_token is not" in failures(done)[0]
    assert "`connect-hub kiosk add NAME`" in failures(done)[0]
