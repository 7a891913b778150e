"""The privacy scan: a citizen with a recognisable name, phone and e-mail goes through the real
window (search, offer, two sign-ups, a learning goal), a pathway sheet is printed to the folder
backend, the sync pushes everything to the real hub over loopback and purges it, with logging at
DEBUG to a file; then every file in the kiosk's data, config and log folders (database, WAL, SHM,
printed sheets, logs, everything Qt and Python wrote to stderr) is scanned byte by byte."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .conftest import WINDOW_SIZE
from .qml_driver import item, open_offer, touch, type_text

pytestmark = pytest.mark.ui

NAME = "Zyxwvut Privacyscan"
PHONE = "+49 151 23456789"
EMAIL = "zyxwvut.scan@example.org"
OWN_WORDS = "weld and repair bicycles"
# Lower-case bytes: the scan lower-cases each file first. The phone in every spelling the kiosk
# might keep it (as typed, E.164, digits only, national).
NEEDLES = ["zyxwvut", "privacyscan", "scan@example.org", "15123456789", "151 23456789", "151-23456789",
           "0151 23456789", "weld and repair"]
# The citizen's own words are printed on their own sheet on purpose; the folder backend's
# "paper" is the one place they may be. Their name and contact must not be there either.
ON_PAPER = {"weld and repair"}


def _variants(needle: str) -> list[bytes]:
    return [needle.encode("utf-8"), needle.encode("utf-16-le")]


def scan(folders: list[Path], paper: Path | None = None) -> tuple[list[str], int]:
    """Every hit of a needle in any file under ``folders`` (and in the text of any PDF)."""
    hits, files = [], 0
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            files += 1
            data = path.read_bytes().lower()
            if path.suffix == ".pdf":
                data += subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True).stdout.lower()
            allowed = ON_PAPER if paper is not None and path.parent == paper else set()
            hits += [f"{path}: {needle!r}" for needle in NEEDLES if needle not in allowed
                     for v in _variants(needle) if v in data]
    return hits, files


def modes(folder: Path) -> list[str]:
    wrong = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            wrong.append(f"{path}: {oct(mode)}")
    return wrong


@pytest.fixture
def debug_log(tmp_path):
    """Everything logged, at DEBUG, into <log dir>/kiosk.log (as `connect-kiosk -v` would)."""
    folder = tmp_path / "logs"
    folder.mkdir()
    handler = logging.FileHandler(folder / "kiosk.log", encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield folder
    root.removeHandler(handler)
    root.setLevel(level)
    handler.close()


@pytest.fixture
def private_umask():
    """The umask connect-kiosk sets at start (kiosk.paths.keep_new_files_private)."""
    from kiosk.paths import keep_new_files_private

    old = os.umask(0o022)
    keep_new_files_private()
    yield
    os.umask(old)


def _search_and_open(qtbot, win, vm, words: str) -> None:
    if item(win, "searchField").property("text"):
        touch(qtbot, win, "clearSearchButton")
    touch(qtbot, win, "searchField")
    type_text(win, words)
    qtbot.waitUntil(lambda: vm.discover.text == words and not vm.discover.searchPending
                    and not vm.discover.results.loading and vm.discover.results.total > 0)
    open_offer(qtbot, win, vm)


def _sign_up(qtbot, win, vm, kind: str, contact: str) -> None:
    touch(qtbot, win, "signUpButton")
    assert vm.signUp.step == "form"
    if vm.signUp.name != NAME:
        touch(qtbot, win, "signUpName")
        type_text(win, NAME)
    touch(qtbot, win, f"contact_{kind}")
    touch(qtbot, win, "signUpContact")
    type_text(win, contact)
    qtbot.waitUntil(lambda: vm.signUp.canContinue)
    touch(qtbot, win, "signUpNextButton")
    touch(qtbot, win, "consentCheck")
    touch(qtbot, win, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")


def _print_sheet(store, settings) -> str:
    """The pathway sheet of the saved goal, through the configured (folder) backend: what the
    kiosk does when the citizen presses Print."""
    from kiosk.pathways.planner import plan
    from kiosk.pathways.request import PlanRequest
    from kiosk.printing.choose import backend_from_settings
    from kiosk.sheets.content import sheet_content, sign_up_statuses
    from kiosk.sheets.render import build_sheet
    from kiosk.store.models import LearningGoal, SignUp

    with Session(store) as s:
        goal = s.scalar(select(LearningGoal))
        learner_id = s.scalar(select(SignUp.learner_id))
        request = PlanRequest.from_goal(goal)
    with store.connect() as conn:
        pathway = plan(conn, request, lang="en")
        content = sheet_content(conn, pathway, lang="en", aim=goal.aim, own_words=goal.own_words,
                                claim_code=goal.claim_code, hub_url=settings.hub_url,
                                statuses=sign_up_statuses(conn, learner_id))
    result = backend_from_settings(settings).print_pdf(build_sheet(content), f"Pathway {goal.claim_code}")
    assert result.state == "done", result
    return result.job


@pytest.fixture
def qt_folders(tmp_path, monkeypatch) -> list[Path]:
    """Where Qt and its plugins keep things of their own (the QML cache, keyboard settings):
    fresh folders, scanned too."""
    folders = []
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
        folders.append(folder)
    return folders


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)  # the hub's own database is not scanned
def test_no_personal_data_is_left_on_the_kiosk_after_the_hub_has_it(
        qtbot, hub, tmp_path, debug_log, private_umask, qt_folders, capfd) -> None:
    from kiosk.bootstrap import open_store
    from kiosk.config import config_dir, config_file, data_dir, load_settings
    from kiosk.gui.app import KioskWindow, prepare_environment
    from kiosk.store.models import Learner, OutboxItem
    from kiosk.sync.client import HubClient
    from kiosk.sync.demo_hub import DemoSync
    from kiosk.sync.loop import SyncConfig
    from kiosk.sync.pull import pull_catalogue

    config_dir().mkdir(parents=True)
    config_file().write_text(
        f'hub_url = "{hub.url}"\nhub_token = "{hub.tokens["kiosk-a"]}"\nprint_backend = "folder"\n'
        "sync_interval_seconds = 1\n", encoding="utf-8")
    settings, problems = load_settings()
    assert problems == [] and settings.print_folder == ""  # sheets go to <data dir>/printed
    store_path = settings.database_path
    assert store_path.parent == data_dir()
    store = open_store(store_path)
    client = HubClient(hub.url, hub.tokens["kiosk-a"])
    pull_catalogue(store, client)  # the hub's catalogue, so the hub accepts the sign-ups
    client.close()

    prepare_environment(headless=True)
    kiosk = KioskWindow(store_path, full_screen=False, size=WINDOW_SIZE, default_language="en")
    sync = None
    try:
        win, vm = kiosk.window, kiosk.kiosk
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: vm.storeState == "ready", timeout=30000)
        touch(qtbot, win, "language_en")
        _search_and_open(qtbot, win, vm, "Course number 1")
        _sign_up(qtbot, win, vm, "phone", PHONE)
        touch(qtbot, win, "signUpMoreButton")
        _search_and_open(qtbot, win, vm, "Course number 2")
        _sign_up(qtbot, win, vm, "email", EMAIL)
        touch(qtbot, win, "signUpGoalButton")
        touch(qtbot, win, "aim_digital")
        touch(qtbot, win, "goalNextButton")
        touch(qtbot, win, "goalOwnWords")
        type_text(win, OWN_WORDS)
        for _ in range(15):  # the remaining steps as they come, skipped or with their defaults
            if vm.goal.step == "review":
                break
            touch(qtbot, win, "goalNextButton")
        assert vm.goal.step == "review"
        touch(qtbot, win, "goalSaveButton")
        qtbot.waitUntil(lambda: vm.goal.step == "done")
        printed = Path(_print_sheet(store, settings))
        assert printed.parent == data_dir() / "printed"
        assert OWN_WORDS in subprocess.run(["pdftotext", str(printed), "-"], capture_output=True,
                                           text=True, check=True).stdout.replace("\n", " ")

        before, _ = scan([data_dir()])
        assert any("zyxwvut" in h for h in before) and any("15123456789" in h for h in before), \
            "the citizen's data must be found before the purge, or the scan proves nothing"

        sync = DemoSync(store_path, SyncConfig.from_settings(settings))
        with Session(store) as s:
            def purged() -> bool:
                s.expire_all()
                return (s.scalar(select(func.count()).select_from(Learner)) == 0
                        and s.scalar(select(func.count()).select_from(OutboxItem)
                                     .where(OutboxItem.sent_at.is_(None))) == 0)
            qtbot.waitUntil(purged, timeout=60000)
        qtbot.waitUntil(lambda: vm.signUp.status in ("confirmed", "waitlisted"), timeout=30000)
        vm.startOver()
        assert vm.screen == "attract"
    finally:
        if sync is not None:
            sync.stop()
        kiosk.close()
        store.dispose()

    from hub.models import SignUp as HubSignUp

    with hub.db.read() as s:  # the data went where it belongs
        assert set(s.scalars(select(HubSignUp.display_name))) == {NAME}
    time.sleep(0.1)
    out, err = capfd.readouterr()
    (debug_log / "stdout-stderr.log").write_text(out + err, encoding="utf-8")
    # The log holds the sync's own traffic (its sign-ups going out): where a leak would be.
    assert "PUT /v1/sign-ups/" in (debug_log / "kiosk.log").read_text()

    hits, files = scan([data_dir(), config_dir(), debug_log, *qt_folders], paper=printed.parent)
    assert files >= 5  # store, its WAL/SHM (if left), kiosk.toml, the sheet, two logs
    assert hits == []
    assert modes(data_dir()) == []
    assert modes(config_file()) == []
