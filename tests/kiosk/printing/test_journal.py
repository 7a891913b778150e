"""What the kiosk keeps of printing for staff: the last problems, and the last sheet for minutes only."""

from __future__ import annotations

import datetime as dt

from kiosk.printing.journal import PrintJournal, heartbeat_state
from kiosk.printing.result import DONE, PRINTING, PROBLEM, PrintResult


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 10, 0, 0, 123)

    def __call__(self) -> dt.datetime:
        return self.now


def test_problems_are_kept_newest_first_up_to_a_limit_and_successes_are_not() -> None:
    clock = Clock()
    journal = PrintJournal(keep_errors=3, clock=clock)
    assert journal.record("cups", PrintResult(DONE, "job 1 printed")) is None
    for n in range(5):
        clock.now += dt.timedelta(minutes=1)
        journal.record("cups", PrintResult(PROBLEM, f"printer P is stopped ({n})"))
    errors = journal.errors()
    assert [e.message for e in errors] == [f"printer P is stopped ({n})" for n in (4, 3, 2)]
    assert errors[0].at == dt.datetime(2026, 3, 2, 10, 5) and errors[0].backend == "cups"


def test_the_last_sheet_is_kept_for_a_few_minutes_only() -> None:
    clock = Clock()
    journal = PrintJournal(keep_sheet=dt.timedelta(minutes=5), clock=clock)
    assert journal.last_sheet() is None
    journal.keep(b"%PDF-1", "pathway-sheet")
    clock.now += dt.timedelta(minutes=4)
    assert journal.last_sheet().pdf == b"%PDF-1"
    clock.now += dt.timedelta(minutes=2)
    assert journal.last_sheet() is None
    journal.keep(b"%PDF-2", "pathway-sheet")
    journal.forget_sheet()
    assert journal.last_sheet() is None


def test_the_hub_hears_the_printer_state_in_its_own_words() -> None:
    assert heartbeat_state(None) == "unknown"
    assert heartbeat_state(PrintResult(DONE, "ok")) == heartbeat_state(PrintResult(PRINTING, "queued")) == "ready"
    assert heartbeat_state(PrintResult(PROBLEM, "printer P is stopped (out of paper)")) == "no_paper"
    assert heartbeat_state(PrintResult(PROBLEM, "printer P reports: paper jam")) == "jammed"
    assert heartbeat_state(PrintResult(PROBLEM, "printer P is stopped")) == "offline"
    assert heartbeat_state(PrintResult(PROBLEM, "cannot file the sheet in /x: Permission denied")) == "error"
