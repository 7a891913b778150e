"""Works around PySide6 6.12.0 handing back True/None without a reference, which aborts the kiosk.

In PySide6 6.12.0 every ``SignalInstance.emit()`` returns ``True`` without taking a reference,
and ``QObject.property()``/``findChild()`` do the same with ``None``. Each call then costs those
singletons one reference; on CPython before 3.12 (where they are not immortal) a kiosk that
emits a few thousand signals dies with "Fatal Python error: bool_dealloc". We measure the leak
once and, only where it exists, give True, False and None a reference count so large that no
realistic uptime can use it up: the same thing CPython 3.12 does by making them immortal.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PINNED = 1 << 40  # ~10^12 leaked references: centuries of signals


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """True if emitting a signal costs True a reference (the PySide6 6.12.0 bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(20):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 10


def apply() -> bool:
    """Pin True, False and None where the leak exists; returns whether it pinned them."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal there, or no reference counts to run out
    if not emit_leaks_true():
        return False
    for singleton in (True, False, None):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PINNED
    return True
