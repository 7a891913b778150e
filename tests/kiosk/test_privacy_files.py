"""The store (with its -wal and -shm) and kiosk.toml are readable by the kiosk's user only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.config import load_settings
from kiosk.paths import private_dir, tighten
from kiosk.store.engine import make_engine


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def careless_umask() -> Iterator[None]:
    """A umask that lets everyone read new files: the kiosk must not rely on the system's."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_store_and_its_wal_and_shm_are_private(tmp_path, careless_umask) -> None:
    path = tmp_path / "fresh" / "data" / "kiosk.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE learner (name TEXT)"))
        conn.execute(text("INSERT INTO learner VALUES ('Ana')"))
    with engine.connect() as conn:  # keeps the WAL and SHM in place while we look
        conn.execute(text("SELECT * FROM learner")).all()
        wal, shm = path.with_name("kiosk.sqlite-wal"), path.with_name("kiosk.sqlite-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    engine.dispose()
    assert mode(path.parent) == 0o700


def test_an_old_readable_store_is_tightened_when_opened(tmp_path, careless_umask) -> None:
    path = tmp_path / "kiosk.sqlite"
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    engine.dispose()
    path.chmod(0o644)
    wal = path.with_name("kiosk.sqlite-wal")
    wal.write_bytes(b"")
    wal.chmod(0o664)
    make_engine(path).dispose()
    assert (mode(path), mode(wal)) == (0o600, 0o600)
    assert mode(tmp_path) == stat.S_IMODE(os.stat(tmp_path).st_mode)  # a folder it did not make is left


def test_a_readable_kiosk_toml_is_tightened_and_reported(tmp_path, careless_umask) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('hub_token = "secret"\n', encoding="utf-8")
    assert mode(cfg) == 0o644
    settings, problems = load_settings(cfg)
    assert settings.hub_token == "secret"
    assert mode(cfg) == 0o600
    assert problems == [f"{cfg} was readable by other users; now only by the kiosk's user"]
    assert load_settings(cfg)[1] == []  # said once


def test_private_dir_and_tighten_leave_what_is_not_theirs(tmp_path, careless_umask) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    private_dir(shared)
    assert mode(shared) == 0o755  # an existing folder an operator chose (like /tmp) stays
    assert tighten(tmp_path / "missing") is False
    made = private_dir(tmp_path / "a" / "b")
    assert mode(made) == 0o700


def test_the_kiosk_process_keeps_new_files_private_and_writes_no_core_dump(tmp_path) -> None:
    import subprocess
    import sys

    code = (
        "import os, resource, stat\n"
        "from kiosk.paths import keep_new_files_private\n"
        "keep_new_files_private()\n"
        f"path = {str(tmp_path / 'new.txt')!r}\n"
        "open(path, 'w').close()\n"
        "print(oct(stat.S_IMODE(os.stat(path).st_mode)), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0o600 (0, 0)"


def test_the_service_unit_sets_the_same() -> None:
    unit = (Path(__file__).resolve().parents[2] / "packaging" / "connect-kiosk.service").read_text(encoding="utf-8")
    lines = {line.strip() for line in unit.splitlines()}
    assert {"LimitCORE=0", "UMask=0077"} <= lines


def test_a_readable_kiosk_toml_that_does_not_parse_is_tightened_and_both_are_reported(
        tmp_path, careless_umask) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('hub_token = "secret\n', encoding="utf-8")
    assert mode(cfg) == 0o644
    settings, problems = load_settings(cfg)
    assert mode(cfg) == 0o600
    assert settings.hub_token == ""
    assert len(problems) == 2
    assert problems[0] == f"{cfg} was readable by other users; now only by the kiosk's user"
    assert problems[1].startswith(f"{cfg} could not be read (") and "line 1, column" in problems[1]
    assert "secret" not in "".join(problems)


def test_set_staff_pin_makes_a_missing_config_folder_private(tmp_path, careless_umask) -> None:
    import subprocess
    import sys

    folder = Path(os.environ["CONNECT_KIOSK_CONFIG_DIR"])
    assert not folder.exists()
    done = subprocess.run([sys.executable, "-m", "kiosk.cli", "set-staff-pin", "--stdin"], input="48291377\n",
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert mode(folder) == 0o700
    assert mode(folder / "kiosk.toml") == 0o600
