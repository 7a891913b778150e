"""The offer details screen's view-model: one offer read on the store thread, shaped for QML."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Property, QDateTime, QLocale, QObject, QTimeZone, Signal, Slot

from kiosk.gui.worker import StoreWorker
from kiosk.locales import format_locale

_TIME = "HH:mm"


def _utc_to_local_time(when: dt.datetime | None, locale: QLocale) -> str:
    """'14:32' in the kiosk's local time for a naive UTC stamp (seats are stamped in UTC)."""
    if when is None:
        return ""
    stamp = QDateTime(when.date(), when.time(), QTimeZone.utc())
    return locale.toString(stamp.toLocalTime(), _TIME)


def _name_in(code: str, lang: str) -> str:
    from kiosk.pathways.reasons import language_name

    return language_name(code, lang)


def language_label(code: str, lang: str) -> str:
    """A language of instruction as the citizen reads it: its name in their language, then its
    own name where that differs ("German (Deutsch)", "الألمانية (Deutsch)", "Deutsch")."""
    # Babel's CLDR names, as the pathway's reasons use; not QLocale's, which names English
    # "American English".
    own = _name_in(code, code).split(" (")[0]  # "kurdî", not "kurdî (kurmancî)" inside brackets
    name = _name_in(code, lang)
    if name == code or name.casefold() == own.casefold():
        return own
    if own == code:  # CLDR has no name of its own for it ("Romani", not "Romani (rom)")
        return name
    return f"{name} ({own})"


def language_words(details: Any, lang: str) -> dict[str, Any]:
    """The offer's languages as the details screen names them, for ``shape``."""
    return {
        "languages": [language_label(code, lang) for code in details.languages],
        # The offer's text in another language than the citizen's: the screen says which.
        "otherTextLanguage": "" if details.text_language in ("", lang) else _name_in(details.text_language, lang),
    }


def shape(details: Any, lang: str, words: dict[str, Any]) -> dict[str, Any]:
    """OfferDetails -> plain values QML binds to (dates formatted in the citizen's language;
    ``words`` from language_words)."""
    locale = QLocale(format_locale(lang))
    sessions = []
    for s in details.sessions:
        sessions.append({
            "hubId": s.hub_id,
            # The language's own long form: "Tuesday, December 1, 2026", "Dienstag, 1. Dezember 2026".
            "day": locale.toString(s.starts_at.date(), QLocale.FormatType.LongFormat),
            "time": f"{locale.toString(s.starts_at.time(), _TIME)}–{locale.toString(s.ends_at.time(), _TIME)}",
            "seatsLeft": -1 if s.seats_left is None else max(0, s.seats_left),
            "seatsAsOf": _utc_to_local_time(s.seats_as_of, locale),
            "full": s.full,
        })
    return {
        "id": details.id, "hubId": details.hub_id, "title": details.title,
        "description": details.description, "whatToBring": details.what_to_bring,
        "provider": details.provider, "providerPhone": details.provider_phone,
        "providerEmail": details.provider_email, "venue": details.venue, "address": details.address,
        "district": details.district, "directions": details.directions,
        "openingHours": details.opening_hours, "stepFree": details.step_free,
        "hearingLoop": details.hearing_loop, "accessibleToilet": details.accessible_toilet,
        "online": details.online, "costCents": details.cost_cents, "free": details.cost_cents == 0,
        "price": locale.toCurrencyString(details.cost_cents / 100, "€"),
        **words,
        "level": details.level, "dropIn": details.registration == "drop_in",
        "sessions": sessions, "moreSessions": details.more_sessions,
    }


class OfferDetailsViewModel(QObject):
    """Which offer is shown, which of its sessions is chosen, and whether it is still loading."""

    offerChanged = Signal()
    selectedChanged = Signal()
    stateChanged = Signal()

    def __init__(self, worker: StoreWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._offer: dict[str, Any] = {}
        self._offer_id = 0
        self._selected = -1
        self._state = "empty"  # empty | loading | ready | gone | failed
        self._request = 0
        self._language = "en"

    def _get_offer(self) -> dict[str, Any]:
        return self._offer

    offer = Property("QVariantMap", _get_offer, notify=offerChanged)

    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=stateChanged)

    def _get_selected(self) -> int:
        return self._selected

    selectedSession = Property(int, _get_selected, notify=selectedChanged)

    def _get_selected_info(self) -> dict[str, Any]:
        sessions = self._offer.get("sessions", [])
        return sessions[self._selected] if 0 <= self._selected < len(sessions) else {}

    # The chosen session ({} when the offer has none): what "Sign me up" signs up for.
    selected = Property("QVariantMap", _get_selected_info, notify=selectedChanged)

    def _get_next_open(self) -> int:
        """Index of the first session after the chosen one that still has seats; -1: none."""
        sessions = self._offer.get("sessions", [])
        return next((i for i in range(self._selected + 1, len(sessions)) if not sessions[i]["full"]), -1)

    nextOpen = Property(int, _get_next_open, notify=selectedChanged)

    @Slot(int)
    def show(self, offer_id: int) -> None:
        """Load the offer on the store thread; the screen shows 'loading' until it arrives."""
        from kiosk.catalogue.details import offer_details  # the core loads with the store

        self._worker.forget(self._request)
        self._offer_id, lang = offer_id, self._language
        self._set_state("loading")
        self._request = self._worker.call(
            lambda engine: _read(engine, offer_details, offer_id, lang), self._loaded, self._failed,
        )

    @Slot(int)
    def choose(self, index: int) -> None:
        if 0 <= index < len(self._offer.get("sessions", [])) and index != self._selected:
            self._selected = index
            self.selectedChanged.emit()

    def set_language(self, lang: str) -> None:
        if lang != self._language:
            self._language = lang
            if self._offer_id:
                self.show(self._offer_id)

    @Slot()
    def reset(self) -> None:
        self._worker.forget(self._request)
        self._offer, self._offer_id, self._selected = {}, 0, -1
        self.offerChanged.emit()
        self.selectedChanged.emit()
        self._set_state("empty")

    def _loaded(self, read: tuple[Any, dict[str, Any]]) -> None:
        details, words = read
        if details is None:
            self._offer = {}
            self.offerChanged.emit()
            self._set_state("gone")
            return
        keep = self._get_selected_info().get("hubId")
        self._offer = shape(details, self._language, words)
        sessions = self._offer["sessions"]
        # The session chosen before a language switch stays chosen; else the next with seats.
        self._selected = next((i for i, s in enumerate(sessions) if s["hubId"] == keep), -1)
        if self._selected < 0:
            self._selected = next((i for i, s in enumerate(sessions) if not s["full"]), 0 if sessions else -1)
        self.offerChanged.emit()
        self.selectedChanged.emit()
        self._set_state("ready")

    def _failed(self, _exc: Exception) -> None:
        self._set_state("failed")

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit()


def _read(engine: Any, offer_details: Any, offer_id: int, lang: str) -> tuple[Any, dict[str, Any]]:
    """On the store thread: the offer, and its languages' names (Babel's first look-ups of a
    language take milliseconds each, and its import 30 ms: not on the GUI thread)."""
    with engine.connect() as conn:
        details = offer_details(conn, offer_id, lang)
    return details, ({} if details is None else language_words(details, lang))
