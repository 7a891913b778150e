"""Pulling from the real hub: the catalogue arrives page by page from a saved cursor, deletions
reach the kiosk, bad records are skipped and the rest still applies, seats and decisions update."""

from __future__ import annotations

import copy
import uuid

import pytest

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session as OrmSession

from hub.catalogue import import_catalogue
from hub.db import next_seq
from hub.models import CatalogueEntry
from hub.testing import sample_catalogue
from kiosk.store.models import Offer, OfferText, Session, SignUp
from kiosk.sync.outbox import push_outbox, record_sign_up
from kiosk.sync.pull import pull_catalogue, pull_decisions, pull_seats
from kiosk.sync.state import CATALOGUE_CURSOR, get_state


def offers(store) -> dict[str, int]:
    with OrmSession(store) as s:
        return dict(s.execute(select(Offer.hub_id, Offer.version)).all())


def test_an_empty_kiosk_pulls_the_whole_catalogue_in_pages(hub, store, client) -> None:
    report = pull_catalogue(store, client, page_size=2)
    assert report.pages == 3 and report.skipped == []
    assert offers(store) == {"off-1": 1, "off-2": 1, "off-3": 1}
    with OrmSession(store) as s:
        assert s.scalar(select(func.count()).select_from(Session)) == 6
        assert s.scalar(select(OfferText.title).where(OfferText.lang == "de").limit(1)).startswith("Kurs")
    with store.connect() as conn:
        cursor = get_state(conn, CATALOGUE_CURSOR)
    assert int(cursor) > 0
    assert pull_catalogue(store, client).stored == 0  # nothing new: nothing stored again


def test_changes_and_a_deletion_reach_the_kiosk(hub, store, client) -> None:
    pull_catalogue(store, client)
    data = sample_catalogue()
    changed = copy.deepcopy(data)
    changed["offers"][1]["title"]["en"] = "Renamed course"
    changed["offers"] = changed["offers"][1:]  # off-1 deleted at the hub
    with hub.db.write() as s:
        import_catalogue(s, changed, replace=True)
    report = pull_catalogue(store, client)
    assert report.deleted == 1
    assert offers(store) == {"off-2": 2, "off-3": 1}
    with store.connect() as conn:  # the search index forgot it too
        assert conn.execute(text("SELECT count(*) FROM offer_fts")).scalar() == 2
        assert conn.execute(select(OfferText.title).where(OfferText.lang == "en")
                            .order_by(OfferText.title)).scalars().first() == "Course number 3"


def test_a_provider_changed_after_its_offers_arrives_with_them(hub, store, client) -> None:
    data = sample_catalogue()
    data["providers"][0]["name"] = "Central Library (renamed)"
    with hub.db.write() as s:
        import_catalogue(s, data)  # the provider now sits after the offers in the feed
    report = pull_catalogue(store, client, page_size=1)
    assert report.skipped == []
    assert set(offers(store)) == {"off-1", "off-2", "off-3"}


def test_a_bad_record_is_skipped_and_the_rest_of_the_page_applies(hub, store, client) -> None:
    with hub.db.write() as s:  # a hub that sends something our checks refuse
        s.add(CatalogueEntry(kind="offer", hub_id="bad-1", version=1, seq=next_seq(s), deleted=False,
                             record={"id": "bad-1", "provider": "prov-1", "venue": "ven-1", "title": {}}))
        s.add(CatalogueEntry(kind="offer", hub_id="bad-2", version=1, seq=next_seq(s), deleted=False,
                             record={"id": "bad-2", "provider": "nobody", "venue": "ven-1", "title": "X"}))
    report = pull_catalogue(store, client)
    assert {ident for _, ident, _ in report.skipped} == {"bad-1", "bad-2"}
    assert set(offers(store)) == {"off-1", "off-2", "off-3"}


def test_seats_and_later_decisions_come_home(hub, store, make_store, client) -> None:
    from kiosk.sync.client import HubClient

    pull_catalogue(store, client)
    other = HubClient(hub.url, hub.tokens["kiosk-b"])
    taken = [str(uuid.uuid4()) for _ in range(2)]
    for sid in taken:  # kiosk B takes both seats
        other.put_sign_up(sid, {"offer": "off-1", "session": "off-1-s0",
                                "learner": {"display_name": "B", "language": "en"}})
    assert pull_seats(store, client) >= 1
    with OrmSession(store) as s:
        seat = s.scalar(select(Session).where(Session.hub_id == "off-1-s0"))
        assert seat.seats_left == 0 and seat.seats_updated_at is not None
    with OrmSession(store) as s, s.begin():
        mine = record_sign_up(s, offer_hub_id="off-1", session_hub_id="off-1-s0", display_name="Ana").uuid
    push_outbox(store, client)
    other.cancel_sign_up(taken[0])
    assert pull_decisions(store, client) == 1
    with OrmSession(store) as s:
        assert s.scalar(select(SignUp.status).where(SignUp.uuid == mine)) == "confirmed"
    other.close()


def test_an_offer_pulled_later_carries_todays_seats(hub, store, client) -> None:
    from kiosk.sync.client import HubClient

    other = HubClient(hub.url, hub.tokens["kiosk-b"])
    other.put_sign_up(str(uuid.uuid4()), {"offer": "off-3", "session": "off-3-s1",
                                          "learner": {"display_name": "B"}})
    other.close()
    pull_catalogue(store, client)
    with OrmSession(store) as s:
        assert s.scalar(select(Session.seats_left).where(Session.hub_id == "off-3-s1")) == 1
        assert s.scalar(select(Session.seats_left).where(Session.hub_id == "off-3-s0")) == 2


def seq_of(hub, hub_id: str) -> int:
    with hub.db.read() as s:
        return s.scalar(select(CatalogueEntry.seq).where(CatalogueEntry.hub_id == hub_id))


def _pull_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name.startswith("pull-")]


def _slow_store(monkeypatch, fail_on: int | None = None) -> list[int]:
    """Make each page take 0.15 s to store, so the pages behind it are fetched and checked by
    then and go into the same transaction; optionally fail on the ``fail_on``-th page. The time
    is spent as SQLite's writing would be: the pull checks the next page meanwhile."""
    import time

    import kiosk.sync.pull as pull

    real, calls = pull.store_catalogue, []

    def slow(conn, checked, while_writing):
        calls.append(len(checked.offers))
        with while_writing():
            time.sleep(0.15)
        if len(calls) == fail_on:
            raise OSError("disk full")
        return real(conn, checked, while_writing)

    monkeypatch.setattr(pull, "store_catalogue", slow)
    return calls


def test_pages_that_are_ready_share_one_commit(hub, store, client, monkeypatch) -> None:
    from sqlalchemy import event

    commits: list[int] = []
    event.listen(store, "commit", lambda conn: commits.append(1))
    calls = _slow_store(monkeypatch)
    report = pull_catalogue(store, client, page_size=1)
    assert report.pages == len(calls) == 5 and report.stored == 5  # provider, venue, three offers
    # Every pull into an empty store commits five times around its pages (relaxed settings, the
    # cursor read, search indexes dropped and built again, settings back); page by page the five
    # pages took five more commits, here (about) one, and one for the index merge.
    assert 1 <= len(commits) - 5 < 5
    assert offers(store) == {"off-1": 1, "off-2": 1, "off-3": 1}


def test_a_page_that_fails_to_store_stops_the_pull_and_nothing_fetched_ahead_is_stored(
        hub, store, client, monkeypatch) -> None:
    import kiosk.sync.pull as pull

    real = pull.store_catalogue
    _slow_store(monkeypatch, fail_on=4)  # provider, venue, off-1 stored; off-2 fails; off-3 is ahead
    with pytest.raises(OSError):
        pull_catalogue(store, client, page_size=1)
    # The failed page's group went with it; what stayed is exactly what the cursor says.
    with store.connect() as conn:
        cursor = int(get_state(conn, CATALOGUE_CURSOR, "0"))
    assert cursor < seq_of(hub, "off-2")
    assert set(offers(store)) == {o for o in ("off-1",) if seq_of(hub, o) <= cursor}
    assert _pull_threads() == []  # the page on its way was waited for, not left running
    monkeypatch.setattr(pull, "store_catalogue", real)
    assert pull_catalogue(store, client, page_size=1).skipped == []
    assert offers(store) == {"off-1": 1, "off-2": 1, "off-3": 1}


def test_a_page_that_fails_to_arrive_leaves_every_page_before_it_committed(hub, store, monkeypatch) -> None:
    from kiosk.sync.client import HubClient, HubUnreachable

    class DroppingTheFourthPage(HubClient):
        calls = 0

        def changes(self, after, limit=500):
            self.calls += 1
            if self.calls == 4:
                raise HubUnreachable("the network went away")
            return super().changes(after, limit)

    client = DroppingTheFourthPage(hub.url, hub.tokens["kiosk-a"], connect_timeout=2, read_timeout=5)
    _slow_store(monkeypatch)  # provider, venue and off-1 are in one open group when off-2 fails
    try:
        with pytest.raises(HubUnreachable):
            pull_catalogue(store, client, page_size=1)
    finally:
        client.close()
    assert offers(store) == {"off-1": 1}
    with store.connect() as conn:
        assert get_state(conn, CATALOGUE_CURSOR) == str(seq_of(hub, "off-1"))


def test_a_page_that_fails_to_store_keeps_the_groups_committed_before_it(
        hub, store, client, monkeypatch) -> None:
    import kiosk.sync.pull as pull

    monkeypatch.setattr(pull, "GROUP_PAGES", 3)  # provider, venue, off-1 | off-2 ...
    _slow_store(monkeypatch, fail_on=4)
    with pytest.raises(OSError):
        pull_catalogue(store, client, page_size=1)
    assert offers(store) == {"off-1": 1}
    with store.connect() as conn:
        assert get_state(conn, CATALOGUE_CURSOR) == str(seq_of(hub, "off-1"))


def test_threads_switch_quickly_while_a_pull_stores_and_as_before_after_it(
        hub, store, client, monkeypatch) -> None:
    import sys

    import kiosk.sync.pull as pull

    real, seen = pull.store_catalogue, []

    def store_and_look(conn, checked, *how):
        seen.append(sys.getswitchinterval())
        return real(conn, checked, *how)

    before = sys.getswitchinterval()
    assert before > pull.SWITCH_INTERVAL  # the interpreter's default, 5 ms
    _slow_store(monkeypatch, fail_on=2)
    with pytest.raises(OSError):
        pull_catalogue(store, client, page_size=1)
    assert sys.getswitchinterval() == before  # a failed pull puts it back
    monkeypatch.setattr(pull, "store_catalogue", store_and_look)
    pull_catalogue(store, client, page_size=1)
    assert seen and set(seen) == {pull.SWITCH_INTERVAL}
    assert sys.getswitchinterval() == before  # and so does a good one


def test_a_pull_ends_with_the_search_index_merged(hub, store, client, monkeypatch) -> None:
    import kiosk.sync.pull as pull

    with hub.db.write() as s:
        import_catalogue(s, sample_catalogue(offers=12), replace=True)
    monkeypatch.setattr(pull, "GROUP_PAGES", 1)  # a commit, so a new index segment, per offer
    assert pull_catalogue(store, client, page_size=1).stored == 14
    with store.connect() as conn:
        # Twelve segments unmerged; merged as FTS5's default would, at most three remain.
        assert conn.execute(text("SELECT count(DISTINCT segid) FROM offer_fts_idx")).scalar() <= 3
        assert conn.execute(text("SELECT count(*) FROM offer_fts WHERE offer_fts MATCH 'course*'")).scalar() == 12


def test_the_pull_gives_way_to_a_citizens_save_after_each_group(hub, store, client, monkeypatch) -> None:
    import kiosk.sync.pull as pull

    gave_way = []
    monkeypatch.setattr(pull, "give_way", lambda: gave_way.append(1))
    monkeypatch.setattr(pull, "GROUP_PAGES", 1)
    report = pull_catalogue(store, client, page_size=1)
    assert report.pages == 5 and len(gave_way) == 5  # provider, venue, three offers: a commit each


def test_a_merge_that_fails_is_logged_and_the_pull_still_reports(hub, store, client, monkeypatch, caplog) -> None:
    import kiosk.sync.pull as pull

    def no_room(conn):
        conn.exec_driver_sql("INSERT INTO offer_fts (offer_fts, rank) VALUES ('merge', 1)")
        raise OSError("disk full")

    monkeypatch.setattr(pull, "merge_search_index", no_room)
    report = pull_catalogue(store, client)
    assert report.stored == 5 and offers(store) == {"off-1": 1, "off-2": 1, "off-3": 1}
    assert "could not be merged" in caplog.text
    with store.connect() as conn:  # nothing of the failed step is left open
        assert not conn.in_transaction()


def test_overlapping_pulls_keep_quick_switches_until_the_last_one_ends() -> None:
    import sys

    from kiosk.sync.pull import SWITCH_INTERVAL, _quick_switches

    before = sys.getswitchinterval()
    first, second = _quick_switches(), _quick_switches()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first pull ends while the second still runs
    assert sys.getswitchinterval() == SWITCH_INTERVAL
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before


def test_every_pooled_connection_is_back_to_full_durability_after_a_pull(hub, store, client, monkeypatch) -> None:
    # Catalogue pages commit with synchronous=NORMAL and secure_delete off on their own
    # connection; sign-ups, which use the same pool afterwards, must find FULL and ON again,
    # after a good pull and a failed one.
    import kiosk.sync.pull as pull

    def settings() -> set[tuple[int, int, int, int]]:
        idle = store.pool.checkedin()
        conns = [store.connect() for _ in range(max(idle, 1))]
        try:
            return {(c.exec_driver_sql("PRAGMA synchronous").scalar(),
                     c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar(),
                     c.exec_driver_sql("PRAGMA cache_size").scalar(),
                     c.exec_driver_sql("PRAGMA secure_delete").scalar()) for c in conns}
        finally:
            for c in conns:
                c.close()

    before = settings()
    assert before == {(2, 1000, -2000, 1)}  # secure_delete: what a citizen's data leaves is zeroed
    pull_catalogue(store, client, page_size=2)
    assert settings() == before

    def broken(conn, checked, *how):
        raise OSError("disk full")

    monkeypatch.setattr(pull, "store_catalogue", broken)
    with hub.db.write() as s:  # something new, so that there is a page to fail on
        data = sample_catalogue()
        data["offers"][0]["title"]["en"] = "Changed"
        import_catalogue(s, data)
    with pytest.raises(OSError):
        pull_catalogue(store, client)
    assert settings() == before


def test_a_first_pull_stores_without_the_search_only_indexes_and_leaves_them_built(
        hub, store, client, monkeypatch) -> None:
    import kiosk.sync.pull as pull
    from kiosk.store.bulk import DEFERRABLE

    deferred = {index.name for index in DEFERRABLE}
    real, seen = pull.store_catalogue, []

    def store_page(conn, checked, *how):
        seen.append(deferred & set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'").scalars()))
        if len(seen) == 4:
            raise OSError("disk full")
        return real(conn, checked, *how)

    monkeypatch.setattr(pull, "store_catalogue", store_page)
    with pytest.raises(OSError):
        pull_catalogue(store, client, page_size=1)
    assert seen == [set()] * 4  # an empty store: built once at the end instead of row by row
    with store.connect() as conn:
        assert deferred <= set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    monkeypatch.setattr(pull, "store_catalogue", real)
    pull_catalogue(store, client)
    seen.clear()
    monkeypatch.setattr(pull, "store_catalogue", store_page)
    changed = sample_catalogue()
    changed["offers"][1]["title"]["en"] = "Renamed course"
    with hub.db.write() as s:
        import_catalogue(s, changed, replace=True)
    pull_catalogue(store, client)  # a store with sessions writes with its indexes in place
    assert seen == [deferred]
    assert offers(store) == {"off-1": 1, "off-2": 2, "off-3": 1}


def test_checking_waits_between_offers_while_the_store_runs_python_and_goes_on_while_it_writes() -> None:
    import threading

    from kiosk.sync.pull import _StoreFirst

    turns, checked = _StoreFirst(), threading.Event()

    def check_one_offer() -> None:
        turns.between_offers()
        checked.set()

    turns.between_offers()  # nothing being stored: no wait at all
    with turns.storing():
        checker = threading.Thread(target=check_one_offer)
        checker.start()
        assert not checked.wait(0.3)  # the store's rows are being built: the check waits
        with turns.writing():
            assert checked.wait(5)  # SQLite writes without the GIL: the check runs
        checked.clear()
        checker.join()
        checker = threading.Thread(target=check_one_offer)
        checker.start()
        assert not checked.wait(0.3)  # Python again after the write
    assert checked.wait(5)
    checker.join()
