"""A citizen's save goes first: bulk writers give way between commits, on a real store."""

from __future__ import annotations

import threading
import time
import uuid

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from kiosk.signup.save import SignUpAttempt, save_sign_up
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import SignUp
from kiosk.store.turns import citizen_write, give_way


def test_with_no_citizen_saving_a_bulk_writer_goes_on_at_once() -> None:
    assert give_way(timeout=0) is True


def _saving() -> tuple[threading.Thread, threading.Event]:
    """A citizen's save under way in another thread, until the returned event is set."""
    inside, leave = threading.Event(), threading.Event()

    def citizen() -> None:
        with citizen_write():
            inside.set()
            leave.wait(5)

    saving = threading.Thread(target=citizen)
    saving.start()
    assert inside.wait(5)
    return saving, leave


def test_a_bulk_writer_waits_while_a_citizens_save_runs_and_goes_on_after() -> None:
    saving, leave = _saving()
    passed = threading.Event()
    bulk = threading.Thread(target=lambda: give_way(timeout=5) and passed.set())
    bulk.start()
    assert not passed.wait(0.3)  # still saving: the bulk writer waits
    leave.set()
    assert passed.wait(5)
    saving.join()
    bulk.join()


def test_a_save_that_hangs_holds_a_bulk_writer_back_only_so_long() -> None:
    saving, leave = _saving()
    try:
        assert give_way(timeout=0.05) is False
    finally:
        leave.set()
        saving.join()


def test_a_sign_up_gets_in_between_the_commits_of_a_long_bulk_write(tmp_path) -> None:
    # A bulk writer that holds the write lock 0.2 s at a time, 20 times over (4 s), beside a
    # sign-up whose connection waits at most 1 s for the lock. Without giving way the sign-up
    # nearly always loses every race for the lock and fails "database is locked".
    path = tmp_path / "store.sqlite"
    upgrade(make_engine(path))
    citizen_engine = make_engine(path)
    event.listen(citizen_engine, "connect", lambda conn, _: conn.execute("PRAGMA busy_timeout=1000"))
    bulk_engine = make_engine(path)
    started, done = threading.Event(), threading.Event()

    def bulk() -> None:
        with bulk_engine.connect() as conn:
            for _ in range(20):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                started.set()
                time.sleep(0.2)
                conn.exec_driver_sql("COMMIT")
                give_way()
        done.set()

    writer = threading.Thread(target=bulk)
    writer.start()
    try:
        assert started.wait(5)
        save_sign_up(citizen_engine, SignUpAttempt(
            uuid=str(uuid.uuid4()), offer_hub_id="o1", session_hub_id="o1-s0", name="Ana",
            contact_kind="none", contact="", language="de"))
        assert not done.is_set()  # it got in while the bulk write was still going
    finally:
        writer.join()
        citizen_engine.dispose()
        bulk_engine.dispose()
    with Session(make_engine(path)) as s:
        assert s.scalar(select(func.count()).select_from(SignUp)) == 1


def test_the_search_index_merge_gives_way_after_each_commit(engine, monkeypatch) -> None:
    import kiosk.catalogue.load as load

    from tests.kiosk.catalogue.test_load import catalogue, good_offer

    for batch in range(15):  # fifteen segments on one level: several merge steps
        with engine.begin() as conn:
            load.load_catalogue(conn, catalogue([good_offer(f"o{batch}-{i}") for i in range(5)]))
    commits, gave_way = [], []
    monkeypatch.setattr(load, "give_way", lambda: gave_way.append(len(commits)))
    with engine.connect() as conn:
        event.listen(conn, "commit", lambda _conn: commits.append(1))
        steps = load.merge_search_index(conn)
    assert steps > 1 and gave_way == list(range(1, steps + 1))  # once after every step's commit
