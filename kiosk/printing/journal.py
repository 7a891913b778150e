"""The kiosk's memory of printing for staff: the last few problems, and the last sheet for a few minutes."""

from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.printing.result import PROBLEM, PrintResult

KEEP_ERRORS = 10
KEEP_SHEET = dt.timedelta(minutes=5)  # long enough for staff to clear a jam and reprint


@dataclass(frozen=True)
class PrintError:
    """One problem, as staff see it. ``message`` comes from the backend and names the printer and
    what went wrong; sheets are titled without names, so it holds no personal data."""

    at: dt.datetime
    backend: str
    message: str


@dataclass(frozen=True)
class KeptSheet:
    pdf: bytes
    title: str
    at: dt.datetime


class PrintJournal:
    """Written from the printing thread, read from the GUI thread: every method takes the lock.

    The last sheet stays in memory only (never on disk) and only for ``keep_sheet``: it carries a
    citizen's claim code and own words, and is there so staff can reprint it after a problem.
    """

    def __init__(self, keep_errors: int = KEEP_ERRORS, keep_sheet: dt.timedelta = KEEP_SHEET,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._lock = threading.Lock()
        self._errors: deque[PrintError] = deque(maxlen=keep_errors)
        self._sheet: KeptSheet | None = None
        self._keep_sheet = keep_sheet
        self._clock = clock

    def record(self, backend: str, result: PrintResult) -> PrintError | None:
        """Note the outcome of a print; a problem is kept (the oldest goes beyond ``keep_errors``)."""
        if result.state != PROBLEM:
            return None
        error = PrintError(self._clock().replace(microsecond=0), backend, result.message)
        with self._lock:
            self._errors.append(error)
        return error

    def errors(self) -> list[PrintError]:
        """The kept problems, newest first."""
        with self._lock:
            return list(reversed(self._errors))

    def keep(self, pdf: bytes, title: str) -> None:
        with self._lock:
            self._sheet = KeptSheet(pdf, title, self._clock())

    def last_sheet(self) -> KeptSheet | None:
        """The last sheet while it is fresh; an older one is dropped here."""
        with self._lock:
            if self._sheet is not None and self._clock() - self._sheet.at > self._keep_sheet:
                self._sheet = None
            return self._sheet

    def forget_sheet(self) -> None:
        with self._lock:
            self._sheet = None


def heartbeat_state(result: PrintResult | None) -> str:
    """The printer's state in the hub's words (ready, no_paper, jammed, offline, error, unknown)."""
    if result is None:
        return "unknown"
    if result.state != PROBLEM:
        return "ready"
    message = result.message.lower()
    if "jam" in message:  # before "paper": a paper jam is a jam
        return "jammed"
    if "paper" in message:
        return "no_paper"
    if any(word in message for word in ("stopped", "not known", "missing", "unable to connect", "no default")):
        return "offline"
    return "error"
