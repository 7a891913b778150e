"""The sync indicator on the real window, with the real hub over loopback: online after a round,
offline while the hub is down (a sign-up then waits, and says so), online again with nothing
waiting when the hub is back; syncNow() runs a round; a kiosk started with a hub in kiosk.toml
sends its sign-ups there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from .qml_driver import item, open_offer, sign_up_without_contact, touch, type_text

pytestmark = pytest.mark.ui

OFFLINE = "Offline — your sign-ups are saved and will be sent"


def _settings(hub, **extra):
    from kiosk.config import Settings

    # A long interval: rounds come from wakes, retries and syncNow(), so each step is the cause.
    return Settings(hub_url=hub.url, hub_token=hub.tokens["kiosk-a"], sync_interval_seconds=600,
                    sync_backoff_cap_seconds=1, **extra)


def _text(win, name: str) -> str:
    return item(win, name).property("text")


def _hub_sign_ups(db) -> list[tuple[str, str]]:
    from hub.models import SignUp

    with db.read() as s:
        return [tuple(row) for row in s.execute(select(SignUp.display_name, SignUp.status))]


def _sign_up(qtbot, win, vm, name: str) -> None:
    """A citizen signs up for a hub offer on the real window and sees the provisional answer."""
    touch(qtbot, win, "language_en")
    touch(qtbot, win, "searchField")
    type_text(win, "course number")
    qtbot.waitUntil(lambda: vm.discover.text == "course number" and not vm.discover.searchPending
                    and not vm.discover.results.loading and vm.discover.results.total > 0)
    open_offer(qtbot, win, vm)
    touch(qtbot, win, "signUpButton")
    sign_up_without_contact(qtbot, win, vm, name)


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_the_indicator_follows_the_hub_down_and_back(qtbot, kiosk_window, hub, store_path) -> None:
    from hub.testing import LoopbackHub

    from kiosk.gui.app import SyncStarter

    win, vm, sync = kiosk_window.window, kiosk_window.kiosk, kiosk_window.kiosk.sync
    assert sync.state == "notConfigured" and not item(win, "syncIndicator_attract").isVisible()
    starter = SyncStarter(kiosk_window, store_path, _settings(hub))
    back = None
    try:
        assert sync.configured and sync.tls == "plain" and sync.hubAddress == hub.url
        qtbot.waitUntil(lambda: sync.state == "online", timeout=30000)
        assert _text(win, "syncText_attract") == "Online"
        assert item(win, "syncIndicator_attract").isVisible()
        assert not item(win, "syncWaiting_attract").isVisible()
        assert sync.hasSynced and sync.lastSyncMinutes == 0 and sync.lastSyncClock and sync.lastError == ""

        hub.stop()
        sync.syncNow()
        qtbot.waitUntil(lambda: sync.state == "offline", timeout=30000)
        assert _text(win, "syncText_attract") == OFFLINE
        assert sync.lastError == "the hub cannot be reached" and not sync.tokenRefused
        _sign_up(qtbot, win, vm, "Ana")
        # The save wakes the loop; its round fails and counts the sign-up as waiting.
        qtbot.waitUntil(lambda: sync.waiting == 1, timeout=30000)
        assert item(win, "navBar").isVisible()
        assert _text(win, "syncText_nav") == OFFLINE
        assert item(win, "syncWaiting_nav").isVisible()
        assert _text(win, "syncWaitingCount_nav") == "1 to send"
        assert _hub_sign_ups(hub.db) == []

        back = LoopbackHub(hub.db, port=int(hub.url.rsplit(":", 1)[1]))
        # No one touches anything: the loop's own retries (backoff capped at 1 s) find the hub.
        qtbot.waitUntil(lambda: sync.state == "online" and sync.waiting == 0, timeout=30000)
        assert _text(win, "syncText_nav") == "Online"
        assert not item(win, "syncWaiting_nav").isVisible()
        assert [name for name, _status in _hub_sign_ups(hub.db)] == ["Ana"]
        qtbot.waitUntil(lambda: vm.signUp.status in ("confirmed", "waitlisted"), timeout=30000)
    finally:
        starter.stop()
        if back is not None:
            back.stop()


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_sync_now_runs_a_round(qtbot, kiosk_window, hub, store_path) -> None:
    from hub.models import Kiosk

    from kiosk.gui.app import SyncStarter

    sync = kiosk_window.kiosk.sync
    starter = SyncStarter(kiosk_window, store_path, _settings(hub))

    def heartbeat():
        with hub.db.read() as s:
            return s.execute(select(Kiosk.heartbeat_at, Kiosk.printer_state).where(Kiosk.name == "kiosk-a")).one()

    try:
        qtbot.waitUntil(lambda: sync.state == "online", timeout=30000)
        first, printer = heartbeat()
        assert first is not None and printer == "unknown"  # no sheet printed yet
        time.sleep(0.01)  # the next heartbeat has a later time even on a coarse clock
        sync.set_printer_state("no_paper")  # what kiosk.printing reports after a print (any thread reads it)
        with qtbot.waitSignal(sync.changed, timeout=30000):
            sync.syncNow()
            assert sync.syncing  # the staff button can show that it is on its way
        qtbot.waitUntil(lambda: not sync.syncing, timeout=30000)
        # The interval is 10 minutes: only syncNow() explains a new round.
        at, printer = heartbeat()
        assert at > first and printer == "no_paper"
    finally:
        starter.stop()


def test_without_a_hub_the_indicator_stays_quiet(qtbot, kiosk_window, store_path) -> None:
    from kiosk.config import Settings
    from kiosk.gui.app import SyncStarter

    starter = SyncStarter(kiosk_window, store_path, Settings())
    try:
        sync = kiosk_window.kiosk.sync
        assert sync.state == "notConfigured" and not sync.configured and sync.hubAddress == ""
        assert not item(kiosk_window.window, "syncIndicator_attract").isVisible()
        sync.syncNow()  # nothing to wake: no error either
        assert not sync.syncing
    finally:
        starter.stop()


def test_errors_shown_to_staff_carry_no_contact_details() -> None:
    from kiosk.gui.syncvm import plain_error

    assert plain_error("the hub had a problem (500)") == "the hub had a problem (500)"
    shown = plain_error("refused: ana@example.org, +49 170 1234567\nagain")
    assert "ana@" not in shown and "1234567" not in shown and "\n" not in shown
    assert len(plain_error("x" * 1000)) == 200


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_the_kiosk_started_with_a_hub_in_its_settings_sends_sign_ups_there(hub, tmp_path) -> None:
    """connect-kiosk as an operator runs it (not --demo): kiosk.toml names the hub and token."""
    from sqlalchemy.orm import Session

    from kiosk.store.engine import make_engine
    from kiosk.store.migrate import upgrade
    from kiosk.sync.outbox import record_sign_up

    store = tmp_path / "kiosk.sqlite"
    engine = make_engine(store)
    upgrade(engine)
    with Session(engine) as s, s.begin():  # queued before the kiosk starts, as after a power cut
        record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Zelda Quist")
    engine.dispose()
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "kiosk.toml").write_text(
        f'database = "{store}"\nhub_url = "{hub.url}"\nhub_token = "{hub.tokens["kiosk-a"]}"\n'
        "sync_interval_seconds = 600\nsync_backoff_cap_seconds = 1\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
           "CONNECT_KIOSK_CONFIG_DIR": str(config)}
    with subprocess.Popen([sys.executable, "-m", "kiosk.cli"], env=env,
                          stderr=subprocess.PIPE, text=True) as proc:
        try:
            deadline = time.monotonic() + 60
            while _hub_sign_ups(hub.db) == []:
                assert proc.poll() is None, proc.stderr.read()[-2000:]
                assert time.monotonic() < deadline, "the sign-up did not reach the hub"
                time.sleep(0.1)
            assert [name for name, _status in _hub_sign_ups(hub.db)] == ["Zelda Quist"]
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0
            rest = proc.stderr.read()
            assert "Traceback" not in rest and "Zelda" not in rest, rest[-2000:]
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_a_report_from_the_sync_thread_reaches_qml_on_the_gui_thread(qtbot) -> None:
    import datetime as dt
    import threading

    from PySide6.QtCore import QThread

    from kiosk.gui.syncvm import SyncViewModel
    from kiosk.sync.status import SyncStatus

    vm = SyncViewModel("de")
    vm.expect_hub("https://hub.example.org:8443/", verify_tls=False)
    assert (vm.state, vm.tls, vm.hubAddress) == ("connecting", "notVerified", "https://hub.example.org:8443")
    seen = []
    vm.changed.connect(lambda: seen.append((QThread.currentThread() is vm.thread(), vm.state, vm.waiting)))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    report = SyncStatus(False, now - dt.timedelta(minutes=3), 4, "the hub had a problem (502)",
                        now + dt.timedelta(seconds=90))
    sender = threading.Thread(target=vm.status_from_sync_thread, args=(report,))
    sender.start()
    sender.join()
    assert seen == []  # queued: nothing changes under QML's feet on the sync thread
    qtbot.waitUntil(lambda: seen == [(True, "offline", 4)])
    assert vm.lastSyncMinutes == 3 and vm.lastError == "the hub had a problem (502)"
    assert 80 <= vm.nextTrySeconds <= 90 and ":" in vm.nextTryClock and ":" in vm.lastSyncClock
    vm.stop()


def test_the_demo_hub_feeds_the_indicator_too(qtbot, kiosk_window, store_path) -> None:
    """connect-kiosk --demo: the in-process hub on loopback, with the same indicator."""
    from kiosk.config import Settings
    from kiosk.gui.app import SyncStarter

    sync = kiosk_window.kiosk.sync
    starter = SyncStarter(kiosk_window, store_path, Settings(), demo=True)
    try:
        assert sync.configured and sync.tls == "plain" and sync.state == "connecting"
        assert _text(kiosk_window.window, "syncText_attract") == "Connecting"
        qtbot.waitUntil(lambda: sync.state == "online", timeout=60000)
        assert _text(kiosk_window.window, "syncText_attract") == "Online" and sync.waiting == 0
        qtbot.waitUntil(lambda: sync.hubAddress.startswith("http://127.0.0.1:"))  # with the port it took
    finally:
        starter.stop()


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_a_saved_sign_up_is_sent_at_once(qtbot, kiosk_window, hub, store_path) -> None:
    from kiosk.gui.app import SyncStarter

    win, vm = kiosk_window.window, kiosk_window.kiosk
    starter = SyncStarter(kiosk_window, store_path, _settings(hub))
    try:
        qtbot.waitUntil(lambda: vm.sync.state == "online", timeout=30000)
        _sign_up(qtbot, win, vm, "Ana")
        # Rounds are 10 minutes apart and the hub is up (no retries): only the save's wake
        # explains the sign-up reaching the hub and its decision reaching the screen.
        qtbot.waitUntil(lambda: vm.signUp.status in ("confirmed", "waitlisted"), timeout=30000)
        assert [name for name, _status in _hub_sign_ups(hub.db)] == ["Ana"]
        assert vm.sync.waiting == 0 and vm.sync.state == "online"
    finally:
        starter.stop()
