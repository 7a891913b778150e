"""A citizen's save goes first: bulk catalogue writes give way to it between their commits.

SQLite does not queue writers. A sign-up that finds the write lock taken sleeps and tries
again (busy_timeout, up to 5 s), while a bulk writer that commits and begins again a moment
later takes the lock back before the sleeper wakes: measured, a sign-up waited through a whole
3 s index merge and failed "database is locked" during a 6 s one. So a citizen's save says it
is waiting (``citizen_write``), and bulk writers (the pull's page groups, the search index
merge) call ``give_way`` after each commit: while a citizen's save waits or runs, they wait.
Both sides are threads of the one kiosk process that owns the store.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

GIVE_WAY_MAX = 10.0  # seconds; a save that hangs cannot stop the catalogue for good

_turns = threading.Condition()
_waiting = 0


@contextmanager
def citizen_write() -> Iterator[None]:
    """Around a citizen's write transaction: bulk writers wait until it is done."""
    global _waiting
    with _turns:
        _waiting += 1
    try:
        yield
    finally:
        with _turns:
            _waiting -= 1
            if _waiting == 0:
                _turns.notify_all()


def give_way(timeout: float = GIVE_WAY_MAX) -> bool:
    """Called by a bulk writer between commits, holding no lock: returns once no citizen's
    write waits or runs (True), or after ``timeout`` (False)."""
    with _turns:
        return _turns.wait_for(lambda: _waiting == 0, timeout)
