"""The sync loop's state for QML: a calm indicator for citizens and the full picture for staff.

Exposed on the kiosk's view-model as ``kiosk.sync`` (a public contract for the screens; every
property notifies with ``changed``, the two that follow the clock also with ``clockChanged``):

=================  ======  ===================================================================
property           type    meaning
=================  ======  ===================================================================
configured         bool    a hub is configured (or the demo hub runs); false: the kiosk is
                           offline by design and keeps everything in its outbox
state              string  ``online`` | ``offline`` | ``connecting`` (no round finished yet)
                           | ``notConfigured``
online             bool    the last round reached the hub and everything went through
waiting            int     outbox messages (sign-ups, learning goals) the hub has not
                           acknowledged yet
hasSynced          bool    a round has ever reached the hub completely
lastSyncClock      string  when that was, in the kiosk language's clock format ("14:32"; date
                           and time when it was not today); "" before the first
lastSyncMinutes    int     minutes since then (0: under a minute); -1 before the first
lastError          string  why the last round failed, in plain words for staff (no personal
                           data: addresses and long numbers are cut out); "" after a good round
nextTryClock       string  when the loop tries next ("14:33"); "" while unknown
nextTrySeconds     int     seconds until then (0: due now); -1 while unknown
tokenRefused       bool    the hub does not accept this kiosk's token: staff must issue a new
                           one (``connect-hub kiosk add``) and put it in kiosk.toml
tls                string  ``verified`` (https, certificate checked) | ``notVerified`` (https
                           with the development-only setting that skips the check)
                           | ``plain`` (http: only for a hub on this machine, like the demo)
                           | ``""`` (no hub)
hubAddress         string  scheme, host and port of the hub (never the token); "" without one
syncing            bool    ``syncNow()`` was asked and its round has not answered yet
=================  ======  ===================================================================

Slot ``syncNow()``: wake the loop for a round now (the staff button; a saved sign-up does the
same by itself). A Retry-After the hub asked for is still honoured.

The loop runs in its own thread and reports through ``status_from_sync_thread``; a queued signal
carries each report to the GUI thread, so QML only ever sees this object change on its own thread.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Property, QDateTime, QLocale, QObject, Qt, QTimer, Signal, Slot

from kiosk.locales import format_locale

if TYPE_CHECKING:  # the sync core stays off the path to the first frame
    from kiosk.sync.status import SyncStatus

CLOCK_TICK_MS = 5000
# Whatever a hub puts in an error message stays off the screen if it looks like a person's
# contact: e-mail addresses and phone-like runs of digits.
_EMAIL = re.compile(r"\S+@\S+")
_LONG_NUMBER = re.compile(r"\+?\d[\d\s/().-]{5,}\d")
_ERROR_LENGTH = 200


def plain_error(message: str | None) -> str:
    """The loop's reason, made safe to show: no contact-like text, one line, not too long."""
    if not message:
        return ""
    text = _LONG_NUMBER.sub("…", _EMAIL.sub("…", " ".join(message.split())))
    return text if len(text) <= _ERROR_LENGTH else text[:_ERROR_LENGTH - 1] + "…"


def _local(utc: dt.datetime) -> QDateTime:
    """A naive UTC time from the store as the kiosk's local QDateTime."""
    return QDateTime.fromSecsSinceEpoch(int(utc.replace(tzinfo=dt.UTC).timestamp()))


def _clock(when: QDateTime, locale: QLocale) -> str:
    if when.date() == QDateTime.currentDateTime().date():
        return locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(when, QLocale.FormatType.ShortFormat)


class SyncViewModel(QObject):
    """One per kiosk window; ``kiosk.sync`` in QML (see the module docstring for its contract)."""

    changed = Signal()
    clockChanged = Signal()
    _arrived = Signal(object)  # a SyncStatus, emitted on the sync thread
    _hubFound = Signal(str)  # the demo hub's address, once it listens (from the sync thread)

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: SyncStatus | None = None  # None: no round has reported yet
        self._configured = False
        self._tls = ""
        self._hub_address = ""
        self._syncing = False
        self._locale = QLocale(format_locale(language))
        self._wake: Callable[[], None] | None = None
        self._wake_lock = threading.Lock()
        self._printer_state = "unknown"
        self._tick = QTimer(self)
        self._tick.setInterval(CLOCK_TICK_MS)
        self._tick.timeout.connect(self.clockChanged)
        # Explicitly queued: the report comes from the sync thread, the slot runs on ours.
        self._arrived.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        self._hubFound.connect(self._set_hub_address, Qt.ConnectionType.QueuedConnection)

    # --- wiring (Python side) -------------------------------------------------------------

    def expect_hub(self, hub_url: str, verify_tls: bool = True) -> None:
        """Sync is starting with this hub: the indicator says "connecting" until the first round."""
        scheme = urlsplit(hub_url).scheme
        self._configured = True
        self._tls = "plain" if scheme == "http" else ("verified" if verify_tls else "notVerified")
        self._tick.start()
        self._set_hub_address(hub_url)
        self.clockChanged.emit()

    def hub_from_sync_thread(self, hub_url: str) -> None:
        """The hub's full address once known (the demo hub picks a free port as it starts)."""
        self._hubFound.emit(hub_url)

    @Slot(str)
    def _set_hub_address(self, hub_url: str) -> None:
        parts = urlsplit(hub_url)
        self._hub_address = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}" if parts.netloc else ""
        self.changed.emit()

    def set_waker(self, wake: Callable[[], None] | None) -> None:
        """What ``syncNow()`` calls to wake the loop (any thread; the loop may start later)."""
        with self._wake_lock:
            self._wake = wake

    def status_from_sync_thread(self, status: SyncStatus) -> None:
        """The loop's ``on_status``: called on the sync thread after every round."""
        self._arrived.emit(status)

    def printer_state(self) -> str:
        """For the loop's heartbeat (called on the sync thread): the printer's last known state."""
        return self._printer_state

    def set_printer_state(self, state: str) -> None:
        """The printing view-model's last known state in the hub's words (ready, no_paper,
        jammed, offline, error, unknown; kiosk/printing/journal.py heartbeat_state); a plain string
        swap, so the sync thread can read it at any moment."""
        self._printer_state = state or "unknown"

    def something_saved(self) -> None:
        """A sign-up or learning goal is in the outbox: send it now rather than at the next round."""
        with self._wake_lock:
            wake = self._wake
        if wake is not None:
            wake()

    def set_language(self, language: str) -> None:
        self._locale = QLocale(format_locale(language))
        self.clockChanged.emit()

    def stop(self) -> None:
        """The window closes: no more rounds to show, no more waking."""
        self.set_waker(None)
        self._tick.stop()

    @Slot(object)
    def _apply(self, status: SyncStatus) -> None:
        self._status = status
        self._syncing = False
        self.changed.emit()
        self.clockChanged.emit()

    def _last_sync(self) -> dt.datetime | None:
        return self._status.last_sync if self._status is not None else None

    # --- for QML --------------------------------------------------------------------------

    @Slot()
    def syncNow(self) -> None:
        with self._wake_lock:
            wake = self._wake
        if wake is None:
            return
        if not self._syncing:
            self._syncing = True
            self.changed.emit()
        wake()

    def _get_configured(self) -> bool:
        return self._configured

    configured = Property(bool, _get_configured, notify=changed)

    def _get_state(self) -> str:
        if not self._configured:
            return "notConfigured"
        return self._status.indicator if self._status is not None else "connecting"

    state = Property(str, _get_state, notify=changed)

    def _get_online(self) -> bool:
        return self._configured and self._status is not None and bool(self._status.online)

    online = Property(bool, _get_online, notify=changed)

    def _get_waiting(self) -> int:
        return self._status.waiting if self._status is not None else 0

    waiting = Property(int, _get_waiting, notify=changed)

    def _get_has_synced(self) -> bool:
        return self._last_sync() is not None

    hasSynced = Property(bool, _get_has_synced, notify=changed)

    def _get_last_sync_clock(self) -> str:
        synced = self._last_sync()
        return "" if synced is None else _clock(_local(synced), self._locale)

    lastSyncClock = Property(str, _get_last_sync_clock, notify=clockChanged)

    def _get_last_sync_minutes(self) -> int:
        synced = self._last_sync()
        if synced is None:
            return -1
        seconds = _local(synced).secsTo(QDateTime.currentDateTime())
        return max(0, seconds // 60)

    lastSyncMinutes = Property(int, _get_last_sync_minutes, notify=clockChanged)

    def _get_last_error(self) -> str:
        return plain_error(self._status.last_error if self._status is not None else None)

    lastError = Property(str, _get_last_error, notify=changed)

    def _get_next_try_clock(self) -> str:
        when = self._status.next_try_at if self._status is not None else None
        return "" if when is None else _clock(_local(when), self._locale)

    nextTryClock = Property(str, _get_next_try_clock, notify=clockChanged)

    def _get_next_try_seconds(self) -> int:
        when = self._status.next_try_at if self._status is not None else None
        if when is None:
            return -1
        return max(0, QDateTime.currentDateTime().secsTo(_local(when)))

    nextTrySeconds = Property(int, _get_next_try_seconds, notify=clockChanged)

    def _get_token_refused(self) -> bool:
        return self._status is not None and self._status.token_refused

    tokenRefused = Property(bool, _get_token_refused, notify=changed)

    def _get_tls(self) -> str:
        return self._tls

    tls = Property(str, _get_tls, notify=changed)

    def _get_hub_address(self) -> str:
        return self._hub_address

    hubAddress = Property(str, _get_hub_address, notify=changed)

    def _get_syncing(self) -> bool:
        return self._syncing

    syncing = Property(bool, _get_syncing, notify=changed)
