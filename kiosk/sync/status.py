"""The sync state shown to citizens (a small indicator) and to staff (in full)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot; the sync loop replaces it after every round."""

    online: bool | None = None  # None: not tried yet
    last_sync: dt.datetime | None = None  # UTC, the last round that reached the hub completely
    waiting: int = 0  # outbox messages not yet acknowledged by the hub
    last_error: str | None = None  # plain words for staff, never personal data
    next_try_at: dt.datetime | None = None  # UTC
    token_refused: bool = False  # the hub does not accept this kiosk: staff must act

    @property
    def indicator(self) -> str:
        """One word for the citizen's screen: online, offline or connecting."""
        if self.online is None:
            return "connecting"
        return "online" if self.online else "offline"
