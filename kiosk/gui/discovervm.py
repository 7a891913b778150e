"""The Discover screen's view-model: what the citizen typed and chose, turned into a live search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.gui.offerlistmodel import OfferListModel
from kiosk.gui.worker import StoreWorker

# Same keys as kiosk.catalogue.records.TOPICS; kept here so the screen can show its tiles before
# the store (and SQLAlchemy behind it) is loaded. A test checks the two stay equal.
TOPICS = (
    "language", "digital", "work", "health", "family", "culture",
    "making", "community", "nature", "money", "reading",
)
WHEN = ("any", "today", "week")
TIMES_OF_DAY = ("", "morning", "afternoon", "evening")
TYPING_PAUSE_MS = 150  # search when the citizen pauses, not on every key


class DiscoverViewModel(QObject):
    """Search text, topic and filter choices; asks the result model for a new search on change."""

    textChanged = Signal()
    selectedTopicsChanged = Signal()
    whenChanged = Signal()
    timeOfDayChanged = Signal()
    freeOnlyChanged = Signal()
    stepFreeOnlyChanged = Signal()
    myLanguageOnlyChanged = Signal()
    filtersActiveChanged = Signal()
    searchPendingChanged = Signal()

    def __init__(self, worker: StoreWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._topics: list[str] = []
        self._when = "any"
        self._time_of_day = ""
        self._free_only = False
        self._step_free_only = False
        self._my_language_only = False
        self._language = "en"
        self._ready = False
        self._results = OfferListModel(worker, self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)

    # --- properties ----------------------------------------------------------------------------

    def _get_results(self) -> OfferListModel:
        return self._results

    results = Property(QObject, _get_results, constant=True)

    def _get_topics(self) -> list[str]:
        return list(TOPICS)

    topics = Property(list, _get_topics, constant=True)

    def _get_text(self) -> str:
        return self._text

    def _set_text(self, value: str) -> None:
        if value != self._text:
            self._text = value
            self.textChanged.emit()
            self._typing.start()
            self.searchPendingChanged.emit()

    text = Property(str, _get_text, _set_text, notify=textChanged)

    def _get_selected_topics(self) -> list[str]:
        return list(self._topics)

    selectedTopics = Property(list, _get_selected_topics, notify=selectedTopicsChanged)

    def _get_when(self) -> str:
        return self._when

    def _set_when(self, value: str) -> None:
        self._change("_when", value if value in WHEN else "any", self.whenChanged)

    when = Property(str, _get_when, _set_when, notify=whenChanged)

    def _get_time_of_day(self) -> str:
        return self._time_of_day

    def _set_time_of_day(self, value: str) -> None:
        self._change("_time_of_day", value if value in TIMES_OF_DAY else "", self.timeOfDayChanged)

    timeOfDay = Property(str, _get_time_of_day, _set_time_of_day, notify=timeOfDayChanged)

    def _get_free_only(self) -> bool:
        return self._free_only

    def _set_free_only(self, value: bool) -> None:
        self._change("_free_only", bool(value), self.freeOnlyChanged)

    freeOnly = Property(bool, _get_free_only, _set_free_only, notify=freeOnlyChanged)

    def _get_step_free_only(self) -> bool:
        return self._step_free_only

    def _set_step_free_only(self, value: bool) -> None:
        self._change("_step_free_only", bool(value), self.stepFreeOnlyChanged)

    stepFreeOnly = Property(bool, _get_step_free_only, _set_step_free_only, notify=stepFreeOnlyChanged)

    def _get_my_language_only(self) -> bool:
        return self._my_language_only

    def _set_my_language_only(self, value: bool) -> None:
        self._change("_my_language_only", bool(value), self.myLanguageOnlyChanged)

    myLanguageOnly = Property(bool, _get_my_language_only, _set_my_language_only, notify=myLanguageOnlyChanged)

    def _get_filters_active(self) -> bool:
        return bool(
            self._topics or self._when != "any" or self._time_of_day or self._free_only
            or self._step_free_only or self._my_language_only
        )

    filtersActive = Property(bool, _get_filters_active, notify=filtersActiveChanged)

    def _get_search_pending(self) -> bool:
        return self._typing.isActive()

    # True between a key press and the search it leads to (the typing pause).
    searchPending = Property(bool, _get_search_pending, notify=searchPendingChanged)

    # --- actions -------------------------------------------------------------------------------

    @Slot(str)
    def toggleTopic(self, topic: str) -> None:
        if topic not in TOPICS:
            return
        if topic in self._topics:
            self._topics.remove(topic)
        else:
            self._topics.append(topic)
        self.selectedTopicsChanged.emit()
        self.filtersActiveChanged.emit()
        self.refresh()

    @Slot()
    def clearFilters(self) -> None:
        """Drop every filter but keep the search text."""
        self._topics = []
        self._when, self._time_of_day = "any", ""
        self._free_only = self._step_free_only = self._my_language_only = False
        for signal in (
            self.selectedTopicsChanged, self.whenChanged, self.timeOfDayChanged, self.freeOnlyChanged,
            self.stepFreeOnlyChanged, self.myLanguageOnlyChanged, self.filtersActiveChanged,
        ):
            signal.emit()
        self.refresh()

    @Slot()
    def reset(self) -> None:
        """Forget everything the last citizen typed or chose (Start over)."""
        self._text = ""
        self.textChanged.emit()
        self.clearFilters()

    @Slot()
    def refresh(self) -> None:
        """Search now with the current text and filters (once the store is open)."""
        if self._typing.isActive():
            self._typing.stop()
            self.searchPendingChanged.emit()
        if self._ready:
            self._results.set_query(self.query(), self._language)

    def query(self) -> Any:
        from kiosk.catalogue.search import SearchQuery  # the core loads with the store, not before

        return SearchQuery(
            text=self._text,
            topics=tuple(self._topics),
            when=self._when,
            time_of_day=self._time_of_day,
            free_only=self._free_only,
            access=("step_free",) if self._step_free_only else (),
            languages=(self._language,) if self._my_language_only else (),
        )

    def set_language(self, lang: str) -> None:
        if lang != self._language:
            self._language = lang
            self.refresh()

    def store_ready(self) -> None:
        self._ready = True
        self.refresh()

    def _change(self, attr: str, value: Any, signal: Signal) -> None:
        if getattr(self, attr) != value:
            setattr(self, attr, value)
            signal.emit()
            self.filtersActiveChanged.emit()
            self.refresh()
