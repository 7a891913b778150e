"""An empty store's first bulk write goes without the search-only indexes and gets them back, on a real store."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from kiosk.bootstrap import open_store
from kiosk.store.bulk import DEFERRABLE, indexes_deferred_while_empty, restore_indexes
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import Offer, Provider, Session

DEFERRED = {
    "ix_session_starts", "ix_session_venue_starts",
    "ix_offer_topic_topic", "ix_offer_language_lang", "ix_offer_level", "ix_offer_cost_cents",
}


def _indexes(conn) -> set[str]:
    names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.rollback()
    return names


@pytest.fixture
def store(tmp_path):
    engine = make_engine(tmp_path / "kiosk.sqlite")
    upgrade(engine)
    yield engine
    engine.dispose()


def test_indexes_that_guard_data_back_foreign_keys_or_serve_each_row_stay() -> None:
    # Unique hub ids guard the data; an offer's provider and venue back the foreign key checks of a
    # deletion; a session by its offer serves every text search row by row.
    assert {index.name for index in DEFERRABLE} == DEFERRED


def test_an_empty_store_writes_without_them_and_has_them_all_after(store) -> None:
    with store.connect() as conn:
        assert DEFERRED <= _indexes(conn)
        with indexes_deferred_while_empty(conn) as deferred:
            assert deferred is True
            assert not DEFERRED & _indexes(conn)
        assert DEFERRED <= _indexes(conn)


def _one_session(conn) -> None:
    conn.execute(insert(Provider).values(id=1, hub_id="p", name="Library", kind="library", version=1))
    conn.execute(insert(Offer).values(
        id=1, hub_id="o", provider_id=1, topics=[], level="all", languages=[], cost_cents=0,
        format="online", audience="", registration="", capacity=None, prerequisites=[], version=1))
    conn.exec_driver_sql(
        "INSERT INTO session (hub_id, offer_id, starts_at, ends_at, cancelled) "
        "VALUES ('s', 1, '2026-12-01 10:00:00.000000', '2026-12-01 11:00:00.000000', 0)")
    conn.commit()


def test_a_store_with_offers_keeps_its_indexes_while_it_writes(store) -> None:
    with store.connect() as conn:
        _one_session(conn)
        conn.exec_driver_sql("DELETE FROM session")  # an offer without sessions is an offer too
        conn.commit()
        with indexes_deferred_while_empty(conn) as deferred:
            assert deferred is False
            assert DEFERRED <= _indexes(conn)


def test_a_write_that_fails_still_leaves_every_index_built(store) -> None:
    with store.connect() as conn:
        with pytest.raises(OSError), indexes_deferred_while_empty(conn):
            conn.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES ('x', 'y')")
            raise OSError("disk full")
        assert DEFERRED <= _indexes(conn)


def test_opening_a_store_left_half_way_builds_what_it_lacks(tmp_path) -> None:
    path = tmp_path / "kiosk.sqlite"
    engine = open_store(path)
    with engine.connect() as conn:
        _one_session(conn)
        for name in ("ix_session_starts", "ix_offer_topic_topic"):
            conn.exec_driver_sql(f"DROP INDEX {name}")  # as a kiosk killed during its first pull
        conn.commit()
    engine.dispose()
    engine = open_store(path)
    with engine.connect() as conn:
        assert DEFERRED <= _indexes(conn)
        assert restore_indexes(conn) == []  # nothing left to build
    engine.dispose()


def test_search_works_while_the_indexes_are_deferred(store) -> None:
    import datetime as dt

    from kiosk.catalogue.generate import load_generated
    from kiosk.catalogue.search import SearchQuery, search

    today = dt.date(2026, 12, 1)
    with store.connect() as conn, indexes_deferred_while_empty(conn) as deferred:
        assert deferred
        conn.commit()
        load_generated(store, 200, seed=7, today=today)  # as a first pull's pages, while it runs
        now = dt.datetime(2026, 12, 1, 9, 0)
        with store.connect() as reader:  # as the kiosk's screen asks meanwhile
            for query in (SearchQuery(), SearchQuery(district="Nordviertel"), SearchQuery(text="comp"),
                          SearchQuery(topics=("digital",), free_only=True)):
                page = search(reader, query, now=now)
                assert page.total > 0 or query.district, query
        assert not DEFERRED & _indexes(conn)
    with store.connect() as reader:
        assert search(reader, SearchQuery(), now=now).items  # and with them built again
