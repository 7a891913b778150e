"""Faults between kiosk and hub, played by a real proxy on loopback: the hub down and back, 500s,
429 with Retry-After, answers slower than the timeout, truncated and non-JSON bodies, a wrong
content type, and answers lost after the hub acted. Nothing is lost or sent twice."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.models import SignUp as HubSignUp
from hub.testing import LoopbackHub, free_port
from kiosk.store.models import Offer, SignUp
from kiosk.sync.client import HubBusy, HubClient, HubError, HubUnreachable
from kiosk.sync.loop import SyncConfig, SyncLoop
from kiosk.sync.outbox import push_outbox, record_sign_up
from kiosk.sync.pull import pull_catalogue
from kiosk.sync.state import CATALOGUE_CURSOR, get_state

FAULTS = ["down", "lost", "500", "429:1", "slow:1.5", "truncated", "html", "wrongtype", "badjson"]


def sign_ups(store, n: int) -> list[str]:
    ids = []
    for i in range(n):
        with Session(store) as s, s.begin():
            ids.append(record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0",
                                      display_name=f"Citizen {i}").uuid)
    return ids


def on_hub(hub) -> dict[str, str]:
    with hub.db.read() as s:
        return {r.uuid: r.status for r in s.scalars(select(HubSignUp))}


def held(fault: str) -> list[str]:
    """A connection closed without an answer is retried once at once, so the fault must hold."""
    return [fault, fault] if fault in ("down", "lost") else [fault]


def seq_of(hub, offer: str) -> int:
    from hub.models import CatalogueEntry

    with hub.db.read() as s:
        return s.scalar(select(CatalogueEntry.seq).where(CatalogueEntry.hub_id == offer))


def push_until_done(store, client) -> None:
    for _ in range(20):
        try:
            push_outbox(store, client)
            return
        except HubBusy as exc:  # e.g. 409 while the slow first try is still at the hub
            time.sleep(exc.retry_after or 0.2)
    raise AssertionError("the outbox never drained")


@pytest.mark.parametrize("fault", FAULTS)
def test_push_survives_a_fault_and_sends_each_sign_up_once(fault, hub, proxy, store) -> None:
    client = HubClient(proxy.url, hub.tokens["kiosk-a"], connect_timeout=1, read_timeout=0.7)
    ids = sign_ups(store, 3)
    proxy.queue("pass", *held(fault))
    with pytest.raises(HubError) as caught:
        push_outbox(store, client)
    if fault.startswith("429"):
        assert isinstance(caught.value, HubBusy) and caught.value.retry_after == 1
    else:
        assert isinstance(caught.value, HubUnreachable)
    with Session(store) as s:
        second = s.scalar(select(SignUp).where(SignUp.uuid == ids[1]))
        assert second.status == "provisional"  # not decided until a usable answer arrives
    push_until_done(store, client)
    with Session(store) as s:
        local = dict(s.execute(select(SignUp.uuid, SignUp.status)).all())
    assert on_hub(hub) == local
    assert sorted(local.values()) == ["confirmed", "confirmed", "waitlisted"]
    client.close()


@pytest.mark.parametrize("fault", FAULTS)
def test_pull_survives_a_fault_without_moving_the_cursor_past_it(fault, hub, proxy, store) -> None:
    client = HubClient(proxy.url, hub.tokens["kiosk-a"], connect_timeout=1, read_timeout=0.7)
    proxy.queue("pass", *held(fault))
    with pytest.raises(HubError):
        pull_catalogue(store, client, page_size=3)
    with Session(store) as s:
        assert s.scalar(select(func.count()).select_from(Offer)) == 1  # only the first page (provider, venue, off-1) was stored
        assert get_state(s.connection(), CATALOGUE_CURSOR) == str(seq_of(hub, "off-1"))
    pull_catalogue(store, client, page_size=3)
    with Session(store) as s:
        assert s.scalar(select(func.count()).select_from(Offer)) == 3
    client.close()


def test_hub_down_then_back(hub, store) -> None:
    port = free_port()
    ids = sign_ups(store, 2)
    loop = SyncLoop(store, SyncConfig(f"http://127.0.0.1:{port}", hub.tokens["kiosk-a"], connect_timeout=0.5))
    assert loop.run_once() is False and loop.status.indicator == "offline" and loop.status.waiting == 2
    assert loop.run_once() is False  # still down: still nothing lost
    back = LoopbackHub(hub.db, port=port)
    try:
        assert loop.run_once() is True
        assert loop.status.indicator == "online" and loop.status.waiting == 0
        assert set(on_hub(hub)) == set(ids)
    finally:
        loop.client.close()
        back.stop()


def test_the_loop_waits_as_long_as_retry_after_says(hub, proxy, store) -> None:
    sign_ups(store, 1)
    proxy.queue("429:2")
    loop = SyncLoop(store, SyncConfig(proxy.url, hub.tokens["kiosk-a"], interval=600, backoff_base=0.01))
    started = time.monotonic()
    loop.start()
    try:
        deadline = started + 20
        while loop.status.online is not True and time.monotonic() < deadline:
            loop.wake()  # waking must not cut the hub's Retry-After short
            time.sleep(0.05)
        assert loop.status.online is True
        assert time.monotonic() - started >= 2.0
        assert proxy.seen["429:2"] == 1
    finally:
        loop.stop()


@pytest.mark.parametrize("fault", ["down", "lost"])
def test_one_dropped_connection_is_retried_at_once_without_duplicates(fault, hub, proxy, store) -> None:
    client = HubClient(proxy.url, hub.tokens["kiosk-a"])
    ids = sign_ups(store, 2)
    proxy.queue(fault)
    assert push_outbox(store, client) == 2
    assert proxy.seen[fault] == 1
    assert sorted(on_hub(hub)) == sorted(ids)
    client.close()
