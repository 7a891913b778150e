"""The "my list" basket: the offers a citizen added, in the order they added them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

SIGNED_UP = ("provisional", "confirmed", "waitlisted")  # a sign-up that stands, decided or not


class BasketViewModel(QObject):
    """A short list held in memory only; ``reset`` empties it for the next citizen.

    Each item also says how the citizen's sign-up for that offer stands, if they signed up
    during this visit: "Remove" takes an offer off the list only, and the screen says so.
    """

    itemsChanged = Signal()

    def __init__(self, sign_up: QObject | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []
        self._signed: dict[str, str] = {}  # offer hub id -> sign-up status, this visit only
        self._sign_up = sign_up
        if sign_up is not None:
            sign_up.statusChanged.connect(self._sign_up_changed)

    def _get_items(self) -> list[dict[str, Any]]:
        return [{**i, "signUp": self._signed.get(i["hubId"], "")} for i in self._items]

    # [{"offerId", "hubId", "title", "sessionHubId", "day", "time", "venue", "signUp"}]; the
    # screen joins day and time with the language's own separator (Arabic "، "). signUp is
    # "" (none this visit), provisional, confirmed, waitlisted, rejected or cancelled.
    items = Property(list, _get_items, notify=itemsChanged)

    def _get_any_signed_up(self) -> bool:
        # The whole visit, not the listed offers: the reassurance matters most just after the
        # citizen removed the offer they signed up for.
        return any(status in SIGNED_UP for status in self._signed.values())

    anySignedUp = Property(bool, _get_any_signed_up, notify=itemsChanged)

    def _sign_up_changed(self) -> None:
        standing = self._sign_up.standing()
        if standing is None:
            return
        offer, status = standing
        first = self._signed.get(offer) not in SIGNED_UP
        changed = self._signed.get(offer) != status
        self._signed[offer] = status
        session = self._sign_up.session or {}
        if first and status in SIGNED_UP and not self.contains(offer):
            # An offer signed up for is one the citizen chose: it joins the list, with its status
            # (a newcomer signed up and found "My list (0)"). Once: taken off again, the hub's
            # later decision on the same sign-up does not put it back.
            self._items.append(self._entry(self._sign_up.offer or {}, session))
            changed = True
        # The list follows the date the citizen signed up for, so the status stands under it.
        for entry in self._items:
            if entry["hubId"] == offer and session.get("hubId") and entry["sessionHubId"] != session["hubId"]:
                entry.update(sessionHubId=session["hubId"], day=session.get("day", ""), time=session.get("time", ""))
                changed = True
        if changed:
            self.itemsChanged.emit()

    def _get_count(self) -> int:
        return len(self._items)

    count = Property(int, _get_count, notify=itemsChanged)

    @staticmethod
    def _entry(offer: dict[str, Any], session: dict[str, Any]) -> dict[str, Any]:
        return {
            "offerId": offer.get("id", 0), "hubId": offer.get("hubId", ""), "title": offer.get("title", ""),
            "sessionHubId": session.get("hubId", ""),
            "day": session.get("day", ""), "time": session.get("time", ""),
            "venue": offer.get("venue", ""),
        }

    def add(self, offer: dict[str, Any], session: dict[str, Any]) -> None:
        """Add the offer (once; adding it again only changes the chosen session)."""
        entry = self._entry(offer, session)
        for i, existing in enumerate(self._items):
            if existing["hubId"] == entry["hubId"]:
                self._items[i] = entry
                break
        else:
            self._items.append(entry)
        self.itemsChanged.emit()

    @Slot(str, result=bool)
    def contains(self, hub_id: str) -> bool:
        return any(i["hubId"] == hub_id for i in self._items)

    @Slot(str)
    def remove(self, hub_id: str) -> None:
        kept = [i for i in self._items if i["hubId"] != hub_id]
        if len(kept) != len(self._items):
            self._items = kept
            self.itemsChanged.emit()

    def pathway(self) -> list[dict[str, Any]]:
        """The basket as pathway steps for the learning goal's outbox message."""
        return [{"offer": i["hubId"], "session": i["sessionHubId"] or None} for i in self._items]

    @Slot()
    def reset(self) -> None:
        if self._items or self._signed:
            self._items, self._signed = [], {}
            self.itemsChanged.emit()
