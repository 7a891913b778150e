"""The background sync loop against the real hub: one round does everything; the thread sends a
new sign-up when woken; the status says online/offline, last sync and what is waiting."""

from __future__ import annotations

import logging
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Kiosk
from kiosk.store.models import Offer, SignUp
from kiosk.sync.loop import SyncConfig, SyncLoop
from kiosk.sync.outbox import record_sign_up
from kiosk.sync.status import SyncStatus


def test_one_round_pushes_pulls_beats_and_reports(hub, store) -> None:
    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana")
    seen: list[SyncStatus] = []
    loop = SyncLoop(store, SyncConfig(hub.url, hub.tokens["kiosk-a"]), printer_state=lambda: "ready",
                    on_status=seen.append)
    assert loop.status.indicator == "connecting"
    assert loop.run_once() is True
    status = loop.status
    assert status.indicator == "online" and status.waiting == 0 and status.last_sync is not None
    assert seen[-1] == status
    with Session(store) as s:
        assert s.scalar(select(SignUp.status)) == "confirmed"
        assert len(s.scalars(select(Offer)).all()) == 3
    with hub.db.read() as s:
        kiosk = s.scalar(select(Kiosk).where(Kiosk.name == "kiosk-a"))
        assert kiosk.printer_state == "ready" and kiosk.outbox_depth == 0 and kiosk.last_sync is not None
    loop.client.close()


def test_the_thread_sends_a_new_sign_up_when_woken(hub, store) -> None:
    loop = SyncLoop(store, SyncConfig(hub.url, hub.tokens["kiosk-a"], interval=600))
    loop.start()
    try:
        deadline = time.monotonic() + 20
        while loop.status.online is None and time.monotonic() < deadline:
            time.sleep(0.02)
        with Session(store) as s, s.begin():
            record_sign_up(s, offer_hub_id="off-2", session_hub_id="off-2-s0", display_name="Ana")
        loop.wake()
        while time.monotonic() < deadline:
            with Session(store) as s:
                if s.scalar(select(SignUp.status)) == "confirmed":
                    break
            time.sleep(0.02)
        with Session(store) as s:
            assert s.scalar(select(SignUp.status)) == "confirmed"
    finally:
        loop.stop()


def test_a_refused_token_and_a_wrong_address_are_logged_as_errors_saying_what_to_fix(hub, store, caplog) -> None:
    """Both need an operator: they are errors in the log (not routine retries) and name the setting."""
    loop = SyncLoop(store, SyncConfig(hub.url, "not-a-token-the-hub-issued"))
    with caplog.at_level(logging.INFO, logger="kiosk.sync.loop"):
        assert loop.run_once() is False
    assert loop.status.token_refused
    [record] = caplog.records
    assert record.levelno == logging.ERROR
    assert "connect-hub kiosk add" in record.getMessage() and "hub_token" in record.getMessage()
    assert "not-a-token" not in record.getMessage()
    loop.client.close()
    caplog.clear()
    loop = SyncLoop(store, SyncConfig("http://hub.example.org", hub.tokens["kiosk-a"]))
    with caplog.at_level(logging.INFO, logger="kiosk.sync.loop"):
        assert loop.run_once() is False
    [record] = caplog.records
    assert record.levelno == logging.ERROR and "hub_url" in record.getMessage()
    loop.client.close()


def test_offline_status_while_the_hub_cannot_be_reached(store) -> None:
    from hub.testing import free_port

    with Session(store) as s, s.begin():
        record_sign_up(s, offer_hub_id="off-1", session_hub_id=None, display_name="Ana")
    loop = SyncLoop(store, SyncConfig(f"http://127.0.0.1:{free_port()}", "token", connect_timeout=0.5))
    assert loop.run_once() is False
    status = loop.status
    assert status.indicator == "offline" and status.waiting == 1
    assert status.last_error == "the hub cannot be reached" and status.next_try_at is not None
    loop.client.close()
