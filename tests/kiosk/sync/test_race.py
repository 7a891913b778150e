"""Two kiosks racing for the last seat through their outboxes: exactly one is confirmed; and a
catalogue deletion at the hub reaches a running kiosk."""

from __future__ import annotations

import threading
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from hub.catalogue import delete_offers
from kiosk.store.models import Offer, Session, SignUp
from kiosk.sync.client import HubClient
from kiosk.sync.loop import SyncConfig, SyncLoop
from kiosk.sync.outbox import push_outbox, record_sign_up
from kiosk.sync.pull import pull_catalogue, pull_seats

SESSIONS = [(f"off-{o}", f"off-{o}-s{s}") for o in (1, 2, 3) for s in (0, 1)]


def test_two_kiosks_racing_for_the_last_seat_get_exactly_one_place(hub, make_store) -> None:
    stores = {name: make_store(name) for name in ("kiosk-a", "kiosk-b")}
    clients = {name: HubClient(hub.url, hub.tokens[name]) for name in stores}
    filler = HubClient(hub.url, hub.add_kiosk("filler"))
    for offer, session in SESSIONS:  # one of the two places is already taken
        filler.put_sign_up(str(uuid.uuid4()), {"offer": offer, "session": session,
                                               "learner": {"display_name": "Early bird"}})
        for name, store in stores.items():  # both citizens sign up while their kiosks are offline
            with OrmSession(store) as s, s.begin():
                record_sign_up(s, offer_hub_id=offer, session_hub_id=session, display_name=name)
    start = threading.Barrier(2)

    def push(name: str) -> None:
        start.wait()
        push_outbox(stores[name], clients[name])

    threads = [threading.Thread(target=push, args=(name,)) for name in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    outcome: dict[str, list[str]] = {}
    for name, store in stores.items():
        with OrmSession(store) as s:
            for session_id, status in s.execute(select(SignUp.session_hub_id, SignUp.status)):
                outcome.setdefault(session_id, []).append(status)
    assert {k: sorted(v) for k, v in outcome.items()} == {
        session: ["confirmed", "waitlisted"] for _, session in SESSIONS
    }
    for name, store in stores.items():
        pull_catalogue(store, clients[name])
        pull_seats(store, clients[name])
        with OrmSession(store) as s:
            assert set(s.scalars(select(Session.seats_left))) == {0}
    for c in (*clients.values(), filler):
        c.close()


def test_a_deletion_at_the_hub_reaches_a_running_kiosk(hub, store) -> None:
    loop = SyncLoop(store, SyncConfig(hub.url, hub.tokens["kiosk-a"]))
    assert loop.run_once()
    with OrmSession(store) as s:
        assert set(s.scalars(select(Offer.hub_id))) == {"off-1", "off-2", "off-3"}
    with hub.db.write() as s:
        assert delete_offers(s, ["off-2"]) == 1
    assert loop.run_once()
    with OrmSession(store) as s:
        assert set(s.scalars(select(Offer.hub_id))) == {"off-1", "off-3"}
        assert s.scalars(select(Session.hub_id).where(Session.hub_id.like("off-2%"))).all() == []
    loop.client.close()
