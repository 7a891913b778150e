"""The "my pathway" basket: the offers a citizen added, in the order they added them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot


class BasketViewModel(QObject):
    """A short list held in memory only; ``reset`` empties it for the next citizen."""

    itemsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[dict[str, Any]] = []

    def _get_items(self) -> list[dict[str, Any]]:
        return [dict(i) for i in self._items]

    # [{"offerId", "hubId", "title", "sessionHubId", "day", "time", "venue"}]; the screen joins
    # day and time with the language's own separator (Arabic "، ").
    items = Property(list, _get_items, notify=itemsChanged)

    def _get_count(self) -> int:
        return len(self._items)

    count = Property(int, _get_count, notify=itemsChanged)

    def add(self, offer: dict[str, Any], session: dict[str, Any]) -> None:
        """Add the offer (once; adding it again only changes the chosen session)."""
        entry = {
            "offerId": offer.get("id", 0), "hubId": offer.get("hubId", ""), "title": offer.get("title", ""),
            "sessionHubId": session.get("hubId", ""),
            "day": session.get("day", ""), "time": session.get("time", ""),
            "venue": offer.get("venue", ""),
        }
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
        if self._items:
            self._items = []
            self.itemsChanged.emit()
