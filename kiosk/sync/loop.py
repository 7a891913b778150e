"""The background sync loop (a plain thread, no Qt): push, pull, heartbeat, purge, back off."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from kiosk import __version__
from kiosk.sync.backoff import full_jitter
from kiosk.sync.client import HubAddressWrong, HubClient, HubError, HubUnauthorised
from kiosk.sync.outbox import push_outbox, waiting
from kiosk.sync.pull import pull_catalogue, pull_decisions, pull_seats
from kiosk.sync.purge import purge_personal_data
from kiosk.sync.state import LAST_SYNC, last_sync, set_state
from kiosk.sync.status import SyncStatus

log = logging.getLogger(__name__)


@dataclass
class SyncConfig:
    hub_url: str
    token: str
    # Only for development against a hub with a self-signed certificate; never on a real kiosk.
    insecure_skip_tls_verify_for_development_only: bool = False
    connect_timeout: float = 3.05
    read_timeout: float = 10.0
    interval: float = 30.0  # seconds between rounds when all is well
    backoff_base: float = 1.0
    backoff_cap: float = 300.0
    retention: dt.timedelta = dt.timedelta(0)  # personal data kept after the hub has it

    @classmethod
    def from_settings(cls, settings) -> SyncConfig:
        """From kiosk.config.Settings (fields the settings do not have keep their defaults)."""
        return cls(
            hub_url=settings.hub_url, token=settings.hub_token,
            insecure_skip_tls_verify_for_development_only=getattr(
                settings, "hub_insecure_skip_tls_verify_for_development_only", False),
            interval=float(getattr(settings, "sync_interval_seconds", 30)),
            backoff_cap=float(max(1, getattr(settings, "sync_backoff_cap_seconds", 300))),
            retention=dt.timedelta(hours=getattr(settings, "personal_data_retention_hours", 0)),
        )

    def client(self) -> HubClient:
        return HubClient(self.hub_url, self.token,
                         verify_tls=not self.insecure_skip_tls_verify_for_development_only,
                         connect_timeout=self.connect_timeout, read_timeout=self.read_timeout)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SyncLoop:
    """Runs sync rounds in a daemon thread; ``wake()`` after recording something to send it now."""

    def __init__(self, engine: Engine, config: SyncConfig, *,
                 printer_state: Callable[[], str] = lambda: "unknown",
                 on_status: Callable[[SyncStatus], None] | None = None) -> None:
        self.engine, self.config = engine, config
        self.client = config.client()
        self.printer_state, self.on_status = printer_state, on_status
        self._status = SyncStatus()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._delay = 0.0
        self._not_before = 0.0  # monotonic time before which a Retry-After asks us not to call

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def _publish(self, status: SyncStatus) -> None:
        with self._lock:
            self._status = status
        if self.on_status is not None:
            try:
                self.on_status(status)
            except Exception:  # noqa: BLE001 - a broken listener must not stop syncing
                log.exception("sync: status listener failed")

    def run_once(self) -> bool:
        """One round; returns True when the hub was reached and everything went through."""
        try:
            push_outbox(self.engine, self.client)
            pull_catalogue(self.engine, self.client)
            pull_seats(self.engine, self.client)
            pull_decisions(self.engine, self.client)
            with self.engine.begin() as conn:
                set_state(conn, LAST_SYNC, _utcnow().isoformat())
            with self.engine.connect() as conn:
                synced = last_sync(conn)
            self.client.heartbeat(__version__, synced, waiting(self.engine), self.printer_state())
            purge_personal_data(self.engine, self.config.retention)
        except HubError as exc:
            self._failures += 1
            delay = exc.retry_after if exc.retry_after is not None else full_jitter(
                self._failures, self.config.backoff_base, self.config.backoff_cap)
            if exc.retry_after is not None:
                self._not_before = time.monotonic() + exc.retry_after
            if isinstance(exc, HubUnauthorised):
                log.error("sync: the hub refused this kiosk's token (%s). Issue one with `connect-hub kiosk add "
                          "NAME` (or `connect-hub kiosk new-token NAME` for a kiosk the hub has) and set it as "
                          "hub_token in kiosk.toml; next try in %.1f s", exc, delay)
            elif isinstance(exc, HubAddressWrong):
                log.error("sync: %s; correct hub_url in kiosk.toml (next try in %.1f s)", exc, delay)
            else:
                log.info("sync: not done this time (%s); next try in %.1f s", exc, delay)
            with self.engine.connect() as conn:
                synced = last_sync(conn)
            self._publish(SyncStatus(False, synced, waiting(self.engine), str(exc),
                                     _utcnow() + dt.timedelta(seconds=delay),
                                     isinstance(exc, HubUnauthorised)))
            self._delay = delay
            return False
        self._failures = 0
        self._delay = self.config.interval
        self._publish(SyncStatus(True, synced, waiting(self.engine), None,
                                 _utcnow() + dt.timedelta(seconds=self.config.interval)))
        return True

    def wake(self) -> None:
        """Something new is in the outbox: try now (unless the hub asked us to wait)."""
        self._wake.set()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.client.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except Exception:  # noqa: BLE001 - a store error must not end syncing for good
                log.exception("sync: round failed")
                self._failures += 1
                self._delay = full_jitter(self._failures, self.config.backoff_base, self.config.backoff_cap)
            self._wake.wait(self._delay)
            self._wake.clear()
            hold = self._not_before - time.monotonic()
            if hold > 0 and not self._stop.is_set():
                self._stop.wait(hold)


