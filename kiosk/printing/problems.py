"""Keeps the latest printer problem for staff (the citizen gets the QR on screen instead)."""

from __future__ import annotations

import datetime as dt
import json
import logging

from sqlalchemy import Connection, text

from kiosk.printing.result import PROBLEM, PrintResult

log = logging.getLogger(__name__)
KEY = "printing.last_problem"


def remember(conn: Connection, backend: str, result: PrintResult, now: dt.datetime | None = None) -> None:
    """Log a problem and keep it in the store for the staff screen; a success clears nothing."""
    if result.state != PROBLEM:
        return
    log.warning("printing: %s backend: %s", backend, result.message)
    value = json.dumps({"at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
                        "backend": backend, "message": result.message, "job": result.job})
    conn.execute(
        text("INSERT INTO sync_state (key, value) VALUES (:k, :v) "
             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {"k": KEY, "v": value},
    )


def last_problem(conn: Connection) -> dict | None:
    value = conn.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": KEY}).scalar()
    return json.loads(value) if value else None
