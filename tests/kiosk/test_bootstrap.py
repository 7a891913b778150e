"""Start-up: a fresh store is migrated and gets the demo catalogue once, and only once."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from kiosk.bootstrap import load_demo_if_empty, open_store
from kiosk.store.models import Offer, OfferText, Session


def counts(engine) -> tuple[int, int]:
    with engine.connect() as conn:
        return (
            conn.execute(select(func.count()).select_from(Offer)).scalar_one(),
            conn.execute(select(func.count()).select_from(Session)).scalar_one(),
        )


def test_a_fresh_store_is_created_migrated_and_filled_with_the_demo(tmp_path: Path) -> None:
    path = tmp_path / "new" / "demo.sqlite"
    path.parent.mkdir()
    engine = open_store(path)
    assert path.is_file()
    assert "offer_fts" in inspect(engine).get_table_names()
    report = load_demo_if_empty(engine, dt.date.today())
    assert report is not None and report.offers >= 80 and report.rejected == []
    assert counts(engine) == (report.offers, report.sessions)
    engine.dispose()


def test_loading_the_demo_again_or_after_a_restart_does_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    engine = open_store(path)
    first = load_demo_if_empty(engine)
    before = counts(engine)
    assert load_demo_if_empty(engine) is None
    engine.dispose()

    restarted = open_store(path)  # the next start of `connect-kiosk --demo`
    assert load_demo_if_empty(restarted, dt.date.today() + dt.timedelta(days=3)) is None
    assert counts(restarted) == before == (first.offers, first.sessions)
    restarted.dispose()


def test_a_demo_store_is_refreshed_once_its_dates_run_on(engine) -> None:
    day = dt.date(2026, 3, 2)
    first = load_demo_if_empty(engine, day)
    assert load_demo_if_empty(engine, day + dt.timedelta(days=27)) is None
    later = day + dt.timedelta(days=28)
    again = load_demo_if_empty(engine, later)
    assert again is not None and again.offers == first.offers and again.rejected == []
    with engine.connect() as conn:
        earliest = conn.execute(select(func.min(Session.starts_at))).scalar_one()
    assert earliest.date() >= later  # the old, earlier dates are gone, not kept beside the new
    assert counts(engine) == (again.offers, again.sessions)
    assert load_demo_if_empty(engine, later + dt.timedelta(days=1)) is None


def test_a_store_with_its_own_catalogue_never_gets_the_demo(engine) -> None:
    from kiosk.catalogue.load import load_catalogue

    with engine.begin() as conn:
        load_catalogue(conn, {
            "providers": [{"id": "p", "name": "Hub provider"}],
            "offers": [{"id": "hub-1", "provider": "p", "format": "online", "title": {"en": "From the hub"}}],
        })
    assert load_demo_if_empty(engine) is None
    assert load_demo_if_empty(engine, dt.date.today() + dt.timedelta(days=400)) is None
    with engine.connect() as conn:
        assert conn.execute(select(OfferText.title)).scalars().all() == ["From the hub"]


def test_a_damaged_demo_file_leaves_an_empty_catalogue_and_a_logged_reason(
    engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "demo-city.json"
    broken.write_bytes(b'{"offers": [\xff')
    monkeypatch.setattr("kiosk.bootstrap.demo_catalogue_path", lambda: broken)
    report = load_demo_if_empty(engine)
    assert report is not None and report.offers == 0
    assert "not UTF-8" in report.rejected[0][2]
    assert any(r.levelno == logging.ERROR and "demo catalogue not loaded" in r.getMessage()
               for r in caplog.records)
    assert counts(engine) == (0, 0)
