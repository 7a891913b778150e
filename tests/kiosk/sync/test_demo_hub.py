"""The demo's in-process hub: the kiosk store fills from it over loopback and sign-ups reach it."""

from __future__ import annotations

import time

import pytest

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.catalogue.load import read_catalogue_file
from kiosk.paths import demo_catalogue_path
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import Offer, Session as OfferSession, SignUp
from kiosk.sync.demo_hub import start_demo_sync
from kiosk.sync.outbox import record_sign_up


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_demo_sync_pulls_the_demo_catalogue_and_takes_sign_ups(tmp_path) -> None:
    store_path = tmp_path / "data" / "demo.sqlite"
    demo = start_demo_sync(store_path)  # starts before the store is migrated, like the UI
    engine = make_engine(store_path)
    try:
        upgrade(engine)
        wait_for(lambda: demo.loop is not None and demo.loop.status.online)
        assert demo.hub.url.startswith("http://127.0.0.1:")
        with Session(engine) as s:
            offers = s.scalar(select(func.count()).select_from(Offer))
            first = s.execute(select(OfferSession.offer_id, OfferSession.hub_id)
                              .where(OfferSession.starts_at > func.datetime("now", "+1 day")).limit(1)).one()
            offer_hub_id = s.scalar(select(Offer.hub_id).where(Offer.id == first[0]))
        assert offers > 0 and offers <= len(read_catalogue_file(demo_catalogue_path())["offers"])
        with Session(engine) as s, s.begin():
            uuid = record_sign_up(s, offer_hub_id=offer_hub_id, session_hub_id=first[1], display_name="Ana").uuid
        demo.loop.wake()
        wait_for(lambda: Session(engine).scalar(select(SignUp.status).where(SignUp.uuid == uuid)) != "provisional")
    finally:
        demo.stop()
        engine.dispose()


@pytest.mark.parametrize("hub_db", ["sqlite"], indirect=True)
def test_start_sync_uses_the_configured_hub_or_none(hub, tmp_path) -> None:
    from kiosk.config import Settings
    from kiosk.sync.demo_hub import start_sync

    store_path = tmp_path / "data" / "kiosk.sqlite"
    assert start_sync(store_path, Settings()) is None  # no hub configured: offline
    engine = make_engine(store_path)
    upgrade(engine)
    sync = start_sync(store_path, Settings(hub_url=hub.url, hub_token=hub.tokens["kiosk-a"]))
    try:
        wait_for(lambda: sync.loop is not None and sync.loop.status.online)
        assert sync.hub is None  # no demo hub when one is configured
        with Session(engine) as s:
            assert s.scalar(select(func.count()).select_from(Offer)) == 3
    finally:
        sync.stop()
        engine.dispose()
