"""Brings the hub's changes home: catalogue pages, seat counts and decisions on our sign-ups.

Each page is checked record by record (kiosk.catalogue.records via check_catalogue) and stored
together with its cursor; a few pages in a row share one transaction (see _Group). A page that
fails to arrive or to store leaves the cursor where the last commit put it, before that page,
so nothing is ever skipped: pages after the last commit are simply pulled again.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, delete, exists, select, update

from kiosk.catalogue.load import (
    FORMAT,
    CheckedCatalogue,
    LoadReport,
    check_catalogue,
    delete_offers,
    merge_search_index,
    store_catalogue,
)
from kiosk.store.bulk import indexes_deferred_while_empty
from kiosk.store.models import Offer, Provider, Session, SignUp, Venue
from kiosk.store.turns import give_way
from kiosk.sync.client import HubClient, Page, check_decision
from kiosk.sync.state import CATALOGUE_CURSOR, DECISIONS_CURSOR, SEATS_CURSOR, get_state, set_state

log = logging.getLogger(__name__)
KINDS = {"provider": "providers", "venue": "venues", "offer": "offers"}
_PULL_CHECKPOINT_PAGES = 16384
GROUP_PAGES = 8
GROUP_SECONDS = 1.0
SWITCH_INTERVAL = 0.0005  # seconds; see _quick_switches


@dataclass
class PullReport:
    pages: int = 0
    stored: int = 0
    deleted: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)


def _apply_tombstones(conn, kind: str, hub_ids: list[str], report: PullReport) -> None:
    if not hub_ids:
        return
    if kind == "offer":
        ids = list(conn.execute(select(Offer.id).where(Offer.hub_id.in_(hub_ids))).scalars())
        delete_offers(conn, ids)
        report.deleted += len(ids)
        return
    model = Provider if kind == "provider" else Venue
    column = Offer.provider_id if kind == "provider" else Offer.venue_id
    for hub_id in hub_ids:
        row = conn.execute(select(model.id).where(model.hub_id == hub_id)).scalar()
        if row is None:
            continue
        if conn.execute(select(exists().where(column == row))).scalar():
            log.warning("sync: kept %s %r: offers still refer to it", kind, hub_id)
            continue
        if kind == "venue":
            conn.execute(update(Session).where(Session.venue_id == row).values(venue_id=None))
        conn.execute(delete(model).where(model.id == row))
        report.deleted += 1


def _sort_page(page: Page, skipped: list[tuple[str, str, str]]) -> tuple[dict[str, list], dict[str, list[str]]]:
    """Split a page's items into records to check and tombstones; items of no known shape are skipped."""
    data: dict[str, list] = {"providers": [], "venues": [], "offers": []}
    tombstones: dict[str, list[str]] = {"provider": [], "venue": [], "offer": []}
    for item in page.items:
        if not isinstance(item, dict) or item.get("kind") not in KINDS:
            skipped.append(("change", "?", "not a change record"))
            log.warning("sync: skipped a change that is not a change record")
            continue
        if item.get("deleted") is True:
            if isinstance(item.get("id"), str):
                tombstones[item["kind"]].append(item["id"][:64])
            continue
        record = item.get("record")
        if not isinstance(record, dict):
            skipped.append((item["kind"], str(item.get("id"))[:64], "no record"))
            continue
        if isinstance(item.get("version"), int) and not isinstance(item.get("version"), bool):
            record = {**record, "version": item["version"]}
        data[KINDS[item["kind"]]].append(record)
    return data, tombstones


@dataclass
class _Arrived:
    """A page from the hub with its records checked, and the request for the page after it."""

    page: Page
    checked: CheckedCatalogue
    tombstones: dict[str, list[str]]
    skipped: list[tuple[str, str, str]]
    next_page: Future[Page] | None


class _StoreFirst:
    """The storing thread's Python goes first: the checking thread waits between offers meanwhile.

    Storing is the pull's bottleneck. SQLite runs each bulk insert without the GIL, but the rows
    for it are built in Python, and while the checking thread wanted the GIL too, each held it in
    turn for a switch interval: the store's Python ran at half speed. Now the checking thread
    runs only while the store writes (``writing``) or waits for a page.
    """

    def __init__(self) -> None:
        self._check_may_run = threading.Event()
        self._check_may_run.set()

    @contextmanager
    def storing(self) -> Iterator[None]:
        self._check_may_run.clear()
        try:
            yield
        finally:
            self._check_may_run.set()

    @contextmanager
    def writing(self) -> Iterator[None]:
        self._check_may_run.set()
        try:
            yield
        finally:
            self._check_may_run.clear()

    def between_offers(self) -> None:
        self._check_may_run.wait()


class _Ahead:
    """Fetches and checks pages ahead of the one being stored, in two threads of its own.

    Storing page N (mostly SQLite, which lets go of the GIL), checking page N+1 and the hub
    preparing page N+2 overlap; at most three pages are held. One request is on its way at a
    time, and checks touch no store: nothing here can store a page before the one before it.
    """

    def __init__(self, client: HubClient, page_size: int, today: dt.date | None) -> None:
        self.client, self.page_size, self.today = client, page_size, today
        self.turns = _StoreFirst()
        self.http = ThreadPoolExecutor(1, thread_name_prefix="pull-fetch")
        self.checker = ThreadPoolExecutor(1, thread_name_prefix="pull-check")

    def start(self, cursor: str) -> Future[_Arrived]:
        return self.after(self.http.submit(self.client.changes, cursor, self.page_size), cursor)

    def after(self, page: Future[Page], cursor: str) -> Future[_Arrived]:
        return self.checker.submit(self._arrive, page, cursor)

    def _arrive(self, fetching: Future[Page], cursor: str) -> _Arrived:
        page = fetching.result()
        more = page.more and page.cursor != cursor
        next_page = self.http.submit(self.client.changes, page.cursor, self.page_size) if more else None
        skipped: list[tuple[str, str, str]] = []
        data, tombstones = _sort_page(page, skipped)
        checked = check_catalogue({"format": FORMAT, **data}, self.today, self.turns.between_offers)
        return _Arrived(page, checked, tombstones, skipped, next_page)

    def close(self) -> None:
        # A request still on its way is waited for (the client's timeouts bound it) and its
        # page dropped, so the caller never shares the client with a stray request.
        self.checker.shutdown(wait=True, cancel_futures=True)
        self.http.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _catalogue_connection(engine: Engine) -> Iterator[Connection]:
    """A connection whose commits skip the fsync and the zeroing, for catalogue pages only.

    The store runs synchronous=FULL so that a sign-up and its outbox row survive a power cut.
    A catalogue page needs less: in WAL mode synchronous=NORMAL can lose the last commits on a
    power cut but never tears one, and pages commit together with their cursor, so lost
    pages take their cursor with them and are simply pulled again. Sign-ups keep FULL: their own
    commits, on their own connections, still sync the whole log, pages before them included.
    secure_delete (zeroing what is deleted) is off here too: this connection deletes only the
    public catalogue (replaced offers, merged search index segments), and every connection that
    deletes personal data still zeroes it. Pulling 100k offers took 33.7-34.7 s instead of
    35.2-36.8 s (three alternating runs), the index merge 2.7 s instead of 3.5 s.
    The settings belong to this connection alone and are put back before it returns to the pool.
    """
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
        conn.exec_driver_sql("PRAGMA secure_delete=OFF")
        checkpoint = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
        conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={_PULL_CHECKPOINT_PAGES}")
        conn.commit()
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            try:
                conn.exec_driver_sql("PRAGMA synchronous=FULL")
                conn.exec_driver_sql("PRAGMA secure_delete=ON")
                conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={int(checkpoint)}")
                conn.commit()
            except Exception:
                conn.invalidate()  # never hand a relaxed connection back to the pool
                raise


_switching = threading.Lock()
_pulls_running = 0
_switch_before = 0.0


@contextmanager
def _quick_switches() -> Iterator[None]:
    """Let Python switch threads every half millisecond while a pull runs, instead of every 5 ms.

    The storing thread lets go of the GIL for every SQLite call and must win it back from the
    thread checking the next page, which holds it for pure Python work: at the default 5 ms
    each win-back could wait that long. Pulling 100k offers took 55.1 s with 5 ms and 51.9 s with
    0.5 ms in ``python -m bench sync``; 60.6 s and 51.0 s in a harness (0.1 ms: 53.2 s, the
    switching itself costs). The GUI thread wins the GIL back sooner too.
    The interval belongs to the whole interpreter: the first pull to start shortens it and the
    last to end puts it back.
    """
    global _pulls_running, _switch_before
    with _switching:
        if _pulls_running == 0:
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_before, SWITCH_INTERVAL))
        _pulls_running += 1
    try:
        yield
    finally:
        with _switching:
            _pulls_running -= 1
            if _pulls_running == 0:
                sys.setswitchinterval(_switch_before)


class _Group:
    """Pages stored in the open transaction, not yet committed, and what they did.

    Page by page, every commit wrote the log again and FTS5 wrote each page's words as a new
    small segment, to be merged later. In groups, pulling 100k offers took 62 s instead of 66 s
    (three runs each), and type-ahead on the store it made was faster (p95 10-13 ms against
    16-17 ms): fewer, larger segments to read. A group commits after GROUP_PAGES pages, after
    GROUP_SECONDS (a sign-up waits for the write lock meanwhile), or as soon as the next page
    is not there yet; the cursor commits with its pages, and a page counts in the report only
    once its group is committed.
    """

    def __init__(self, report: PullReport) -> None:
        self.total, self.report, self.started = report, PullReport(), 0.0

    def add(self, loaded: LoadReport, skipped: list[tuple[str, str, str]]) -> None:
        self.report.pages += 1
        self.report.stored += loaded.providers + loaded.venues + loaded.offers
        self.report.skipped += skipped + loaded.rejected

    def full(self) -> bool:
        return self.report.pages >= GROUP_PAGES or time.monotonic() - self.started >= GROUP_SECONDS

    def commit(self, conn: Connection) -> None:
        if conn.in_transaction():
            conn.commit()
            give_way()  # a citizen's save waiting for the write lock goes before the next group
        for name in ("pages", "stored", "deleted"):
            setattr(self.total, name, getattr(self.total, name) + getattr(self.report, name))
        self.total.skipped += self.report.skipped
        self.report = PullReport()


def _merge_search_index(conn: Connection) -> None:
    """Merge what this pull (or an earlier one that failed) wrote; with nothing to merge, one
    statement. A failure here loses nothing stored: it is logged, and the next pull tries again."""
    try:
        merge_search_index(conn)
    except Exception:  # noqa: BLE001 - the pull's report and the sync round must still go on
        log.warning("sync: the search index could not be merged now; the next pull tries again", exc_info=True)
        if conn.in_transaction():
            conn.rollback()


def pull_catalogue(engine: Engine, client: HubClient, page_size: int = 500,
                   today: dt.date | None = None) -> PullReport:
    """Pull catalogue changes from the saved cursor until the hub has no more.

    Pages are fetched and checked ahead (see _Ahead) but stored strictly in order, each with
    its cursor, a few to a transaction (see _Group). When a page fails to arrive, the pages
    stored before it are committed; when one fails to store, its group is rolled back and
    pulled again next time. A page after the failed one is dropped. A pull ends by merging
    the search index (merge_search_index).
    """
    report = PullReport()
    ahead = _Ahead(client, page_size, today)
    try:
        with _quick_switches(), _catalogue_connection(engine) as conn, indexes_deferred_while_empty(conn):
            cursor = get_state(conn, CATALOGUE_CURSOR, "0")
            conn.commit()
            arriving = ahead.start(cursor)
            group = _Group(report)
            while True:
                try:
                    arrived = arriving.result()
                except BaseException:
                    group.commit(conn)  # the pages stored so far stay, with their cursor
                    raise
                page = arrived.page
                if arrived.next_page is not None:
                    arriving = ahead.after(arrived.next_page, page.cursor)
                if not conn.in_transaction():
                    conn.begin()
                    stored = get_state(conn, CATALOGUE_CURSOR, "0")
                    if stored != cursor:
                        # Another pull stored this page meanwhile: start again from its cursor;
                        # what was fetched ahead is dropped (requests still go one at a time).
                        conn.rollback()
                        if arrived.next_page is not None:
                            arriving.cancel()
                        cursor, arriving = stored, ahead.start(stored)
                        continue
                    group.started = time.monotonic()
                with ahead.turns.storing():
                    loaded: LoadReport = store_catalogue(conn, arrived.checked, ahead.turns.writing)
                _apply_tombstones(conn, "offer", arrived.tombstones["offer"], group.report)
                _apply_tombstones(conn, "venue", arrived.tombstones["venue"], group.report)
                _apply_tombstones(conn, "provider", arrived.tombstones["provider"], group.report)
                set_state(conn, CATALOGUE_CURSOR, page.cursor)
                group.add(loaded, arrived.skipped)
                if arrived.next_page is None:
                    group.commit(conn)
                    _merge_search_index(conn)
                    return report
                if group.full() or not arriving.done():
                    group.commit(conn)
                cursor = page.cursor
    finally:
        ahead.close()


def pull_seats(engine: Engine, client: HubClient) -> int:
    """Update "seats left" for sessions whose seats changed; returns how many were updated."""
    updated = 0
    while True:
        with engine.connect() as conn:
            cursor = get_state(conn, SEATS_CURSOR, "0")
        page = client.seats(cursor)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with engine.begin() as conn:
            for item in page.items:
                if not isinstance(item, dict) or not isinstance(item.get("session"), str):
                    continue
                seats = item.get("seats_left")
                if seats is not None and (not isinstance(seats, int) or isinstance(seats, bool) or seats < 0):
                    continue
                values = {"seats_left": seats, "seats_updated_at": now}
                if item.get("open") is False:
                    values["cancelled"] = True
                updated += conn.execute(
                    update(Session).where(Session.hub_id == item["session"]).values(**values)).rowcount
            set_state(conn, SEATS_CURSOR, page.cursor)
        if not page.more or page.cursor == cursor:
            return updated


def pull_decisions(engine: Engine, client: HubClient) -> int:
    """Bring home later decisions on this kiosk's sign-ups (e.g. moved up from the waiting list)."""
    changed = 0
    while True:
        with engine.connect() as conn:
            cursor = get_state(conn, DECISIONS_CURSOR, "0")
        page = client.decisions(cursor)
        decisions = []
        for item in page.items:
            try:
                decisions.append(check_decision(item))
            except Exception:  # noqa: BLE001 - one bad item is skipped, the rest apply
                log.warning("sync: skipped an unusable decision from the hub")
        with engine.begin() as conn:
            for d in decisions:
                changed += conn.execute(
                    update(SignUp).where(SignUp.uuid == d.uuid, SignUp.status != "cancelled")
                    .values(status=d.status, reason=d.reason, decided_at=d.decided_at)).rowcount
            set_state(conn, DECISIONS_CURSOR, page.cursor)
        if not page.more or page.cursor == cursor:
            return changed
