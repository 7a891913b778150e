"""Puts the citizen's language on every qsTr: one QTranslator from assets/translations at a time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk.paths import assets_dir

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"  # the words in the QML itself: no translator needed


def translation_file(language: str) -> Path:
    return assets_dir() / "translations" / f"kiosk_{language}.qm"


def has_translation(language: str) -> bool:
    """Whether the kiosk ships its words in ``language`` (English always: it is the source)."""
    return language == SOURCE_LANGUAGE or translation_file(language).is_file()


class UiTranslator:
    """The translator installed on the application for the current language, swapped on change.

    A language without a .qm yet shows the English words rather than a half-translated screen.
    """

    def __init__(self, engine: QQmlEngine | None = None) -> None:
        self._engine = engine
        self._language = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None

    @property
    def language(self) -> str:
        """The language whose words are installed (English when none is)."""
        return self._language

    def set_engine(self, engine: QQmlEngine) -> None:
        self._engine = engine

    def use(self, language: str) -> None:
        """Install ``language``'s words (or none) and let every qsTr binding read them again."""
        language = language if has_translation(language) else SOURCE_LANGUAGE
        if language == self._language:
            return
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if language != SOURCE_LANGUAGE:
            translator = QTranslator()
            if translator.load(str(translation_file(language))):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.error("translations: %s could not be read; showing English", translation_file(language))
                language = SOURCE_LANGUAGE
        self._language = language
        if self._engine is not None:
            self._engine.retranslate()

    def uninstall(self) -> None:
        """Take the words off the application (the window is closing; the next one starts clean).

        Lets go of the engine too: a reference kept here would keep the closing window's QML alive.
        """
        self._engine = None
        if self._translator is not None:
            QCoreApplication.instance().removeTranslator(self._translator)
            self._translator = None
        self._language = SOURCE_LANGUAGE
