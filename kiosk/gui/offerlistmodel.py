"""The result list: a Qt list model that fetches offers page by page from the store worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kiosk.gui.worker import StoreWorker
from kiosk.locales import long_day

PAGE = 30

_ROLES = (
    "offerId", "title", "provider", "venue", "district", "nextStart", "hasNextStart",
    "costCents", "free", "level", "languages", "topics", "nextDay",
)


class OfferListModel(QAbstractListModel):
    """Holds only the pages the list has scrolled to; the rest stay in the store."""

    countChanged = Signal()
    totalChanged = Signal()
    loadingChanged = Signal()
    errorChanged = Signal()
    resultsChanged = Signal()  # a new search's first page has arrived

    def __init__(self, worker: StoreWorker, parent: Any = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._rows: list[Any] = []
        self._total = 0
        self._query: Any = None
        self._lang = "en"
        self._generation = 0
        self._pending_offset: int | None = None
        self._exhausted = True
        self._loading = False
        self._error = ""
        self._roles = {Qt.ItemDataRole.UserRole + i: name for i, name in enumerate(_ROLES)}
        worker.pageReady.connect(self._page_ready)
        worker.searchFailed.connect(self._search_failed)

    # --- what QML reads ------------------------------------------------------------------------

    def _get_total(self) -> int:
        return self._total

    def _get_loading(self) -> bool:
        return self._loading

    def _get_error(self) -> str:
        return self._error

    def _get_count(self) -> int:
        return len(self._rows)

    total = Property(int, _get_total, notify=totalChanged)  # capped at COUNT_CAP + 1
    loading = Property(bool, _get_loading, notify=loadingChanged)
    error = Property(str, _get_error, notify=errorChanged)
    count = Property(int, _get_count, notify=countChanged)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._roles.items()}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        offer = self._rows[index.row()]
        name = self._roles.get(role)
        if name is None and role == Qt.ItemDataRole.DisplayRole:
            name = "title"
        if name == "offerId":
            return offer.id
        if name == "nextStart":
            return QDateTime(offer.next_start) if offer.next_start else QDateTime()
        if name == "nextDay":
            return long_day(offer.next_start.date(), self._lang) if offer.next_start else ""
        if name == "hasNextStart":
            return offer.next_start is not None
        if name == "costCents":
            return offer.cost_cents
        if name == "free":
            return offer.cost_cents == 0
        if name in ("languages", "topics"):
            return list(getattr(offer, name))
        if name in ("title", "provider", "venue", "district", "level"):
            return getattr(offer, name)
        return None

    # --- paging --------------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if parent.isValid() or self._query is None or self._pending_offset is not None:
            return False
        return not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._request(len(self._rows))

    def set_query(self, query: Any, lang: str) -> None:
        """Start a new search; the old rows stay visible until the first new page arrives."""
        self._query, self._lang = query, lang
        self._generation = self._worker.new_generation()
        self._request(0)

    def _request(self, offset: int) -> None:
        self._pending_offset = offset
        self._set_loading(True)
        self._worker.search(self._generation, self._query, self._lang, offset, PAGE)

    def _page_ready(self, generation: int, offset: int, page: Any) -> None:
        if generation != self._generation or offset != self._pending_offset:
            return
        self._pending_offset = None
        if offset == 0:
            # Remove, then insert, rather than a model reset: a reset while the list is still
            # making delegates for the old rows trips "DelegateModel::cancel: index out range".
            if self._rows:
                self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
                self._rows = []
                self.endRemoveRows()
            if page.items:
                self.beginInsertRows(QModelIndex(), 0, len(page.items) - 1)
                self._rows = list(page.items)
                self.endInsertRows()
        elif page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()
        if offset == 0:
            self._total = page.total
        # The count stops at COUNT_CAP + 1, so the end of the list is a short page, not the count.
        self._exhausted = len(page.items) < PAGE
        self._set_error("")
        self._set_loading(False)
        self.countChanged.emit()
        self.totalChanged.emit()
        if offset == 0:
            self.resultsChanged.emit()

    def _search_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._pending_offset = None
        self._set_error(message)
        self._set_loading(False)

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loadingChanged.emit()

    def _set_error(self, value: str) -> None:
        if value != self._error:
            self._error = value
            self.errorChanged.emit()
