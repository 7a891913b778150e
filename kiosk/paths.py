"""Where the kiosk's files are: its QML and assets (checkout or wheel), and private files and folders."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str) -> Path:
    installed = _PACKAGE / "_data" / name  # the wheel maps ui/ and assets/ here
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def ui_dir() -> Path:
    return _resource("ui")


def assets_dir() -> Path:
    return _resource("assets")


def demo_catalogue_path() -> Path:
    return assets_dir() / "catalogue" / "demo-city.json"


# Personal data, the hub token and the staff PIN's hash live in these files: only the kiosk's
# own user may read them (issue 6). SQLite gives the -wal and -shm files the database's mode.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def keep_new_files_private() -> None:
    """From now on this process creates files 0600 and folders 0700 (logs, sheets, lock files),
    and a crash writes no core dump (its memory holds the names of citizens signing up)."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform: the service unit sets it too
        pass


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) as folders only the kiosk's user can enter.

    An existing folder is left as it is: it may be a shared one an operator chose (e.g. /tmp).
    """
    path = Path(path)
    if not path.is_dir():
        path.mkdir(parents=True, mode=PRIVATE_DIR_MODE, exist_ok=True)
        path.chmod(PRIVATE_DIR_MODE)  # mkdir's mode goes through the umask
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if missing; take read and write from others if not."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass
    tighten(path)
    return path


def tighten(path: Path) -> bool:
    """Drop the group's and others' rights on an existing file we own; True if it had any."""
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        return False
    if mode & 0o077 == 0:
        return False
    try:
        os.chmod(path, mode & 0o700)
    except PermissionError:  # not ours (an operator's read-only file): leave it, say so elsewhere
        return False
    return True
