"""What a print attempt came to: printing, done or a problem, with a message for staff."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

PRINTING, DONE, PROBLEM = "printing", "done", "problem"


@dataclass(frozen=True)
class PrintResult:
    """``message`` is for staff (which printer, what went wrong); it never holds personal data.
    The screen shows its own words for each ``state``."""

    state: str  # printing | done | problem
    message: str
    job: str = ""  # the backend's job id or file, so staff can find it

    @property
    def ok(self) -> bool:
        return self.state != PROBLEM


class PrintBackend(Protocol):
    """Prints a finished PDF without asking anybody anything. Blocking: call it off the GUI thread."""

    name: str

    def print_pdf(self, pdf: bytes, title: str) -> PrintResult: ...
