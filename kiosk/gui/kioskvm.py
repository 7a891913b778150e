"""The kiosk's top view-model: which screen shows, the citizen's language, and the store's state."""

from __future__ import annotations

import logging
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.gui.worker import StoreWorker

if TYPE_CHECKING:
    from kiosk.gui.discovervm import DiscoverViewModel

log = logging.getLogger(__name__)

# Each language by its own name: a citizen looks for the word they can read.
NATIVE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "es": "Español",
    "el": "Ελληνικά",
    "ro": "Română",
    "tr": "Türkçe",
    "uk": "Українська",
    "ar": "العربية",
}
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
SCREENS = ("attract", "discover")


class KioskViewModel(QObject):
    """One per kiosk window; the screens read it and call its slots."""

    screenChanged = Signal()
    languageChanged = Signal()
    storeStateChanged = Signal()
    discoverChanged = Signal()

    def __init__(
        self,
        worker: StoreWorker,
        languages: list[str] | None = None,
        default_language: str = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        codes = [c for c in (languages or list(NATIVE_NAMES)) if c in NATIVE_NAMES] or ["en"]
        self._languages = [{"code": c, "name": NATIVE_NAMES[c]} for c in codes]
        self._default_language = default_language if default_language in codes else codes[0]
        self._language = self._default_language
        self._screen = "attract"
        self._store_state = "opening"  # opening | ready | failed
        self._offer_count = 0
        self._worker = worker
        # Made on the first touch, like the Discover screen: not on the way to the first frame.
        self._discover: DiscoverViewModel | None = None
        worker.opened.connect(self._store_opened)
        worker.failed.connect(self._store_failed)

    def _get_screen(self) -> str:
        return self._screen

    screen = Property(str, _get_screen, notify=screenChanged)

    def _get_language(self) -> str:
        return self._language

    language = Property(str, _get_language, notify=languageChanged)

    def _get_right_to_left(self) -> bool:
        return self._language in RIGHT_TO_LEFT

    rightToLeft = Property(bool, _get_right_to_left, notify=languageChanged)

    def _get_languages(self) -> list[dict[str, str]]:
        return list(self._languages)

    languages = Property(list, _get_languages, constant=True)

    def _get_store_state(self) -> str:
        return self._store_state

    storeState = Property(str, _get_store_state, notify=storeStateChanged)

    def _get_offer_count(self) -> int:
        return self._offer_count

    offerCount = Property(int, _get_offer_count, notify=storeStateChanged)

    def _get_discover(self) -> DiscoverViewModel | None:
        return self._discover

    discover = Property(QObject, _get_discover, notify=discoverChanged)

    def _ensure_discover(self) -> None:
        if self._discover is not None:
            return
        from kiosk.gui.discovervm import DiscoverViewModel

        self._discover = DiscoverViewModel(self._worker, self)
        self._discover.set_language(self._language)
        if self._store_state == "ready":
            self._discover.store_ready()
        self.discoverChanged.emit()

    @Slot(str)
    def start(self, language: str) -> None:
        """The citizen touched the attract screen (on a language, or anywhere: the default)."""
        codes = [entry["code"] for entry in self._languages]
        self._set_language(language if language in codes else self._default_language)
        self._ensure_discover()
        self._set_screen("discover")

    @Slot()
    def startOver(self) -> None:
        """Back to the attract screen with nothing of the last citizen left behind."""
        if self._discover is not None:
            self._discover.reset()
        self._set_language(self._default_language)
        self._set_screen("attract")

    def open_store(self, path: Path, demo: bool) -> None:
        self._worker.open(path, demo)

    def _set_screen(self, screen: str) -> None:
        if screen in SCREENS and screen != self._screen:
            self._screen = screen
            self.screenChanged.emit()

    def _set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            if self._discover is not None:
                self._discover.set_language(language)
            self.languageChanged.emit()

    def _store_opened(self, offers: int) -> None:
        self._store_state, self._offer_count = "ready", offers
        self.storeStateChanged.emit()
        if self._discover is not None:
            self._discover.store_ready()

    def _store_failed(self, message: str) -> None:
        log.error("store: %s", message)
        self._store_state = "failed"
        self.storeStateChanged.emit()
