"""Read-aloud: what each screen says, spoken in the citizen's language through QtTextToSpeech."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

    from kiosk.gui.kioskvm import KioskViewModel

log = logging.getLogger(__name__)

# The voice's region where a language has several (the keyboard's choice too).
PREFERRED_LOCALES = {
    "de": "de_DE", "en": "en_GB", "es": "es_ES", "el": "el_GR",
    "ro": "ro_RO", "tr": "tr_TR", "uk": "uk_UA", "ar": "ar_EG",
}
# Engines that speak; Qt's "mock" engine only pretends (tests ask for it by name).
SPEAKING_ENGINES = ("speechd", "flite", "sapi", "winrt", "darwin", "android")
VOLUME_STEP, RATE_STEP = 0.2, 0.25
DEFAULT_VOLUME = 0.8
MAX_TITLES = 3  # a list read out in full would keep a citizen waiting


def tr(context: str, text: str) -> str:
    """A sentence as the screen shows it: the QML file's own qsTr string, in the current language."""
    return QCoreApplication.translate(context, text)


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…:" else text + "."


class ReadAloudViewModel(QObject):
    """The speaker button's state: read the current screen, stop, louder/quieter, faster/slower.

    QTextToSpeech is made on the first press (never before the first frame: with speechd it
    connects to, or starts, speech-dispatcher).
    """

    changed = Signal()

    def __init__(self, kiosk: KioskViewModel, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or kiosk)
        self._kiosk = kiosk
        self._engine_name = engine
        self._speech: QTextToSpeech | None = None
        self._state = "idle"  # idle | speaking | noVoice | unavailable
        self._volume, self._rate = DEFAULT_VOLUME, 0.0
        self._open = False
        self._spoken_text, self._spoken_locale = "", ""
        kiosk.screenChanged.connect(self.stop)
        kiosk.languageChanged.connect(self.stop)

    def use_engine(self, name: str) -> None:
        """Speak with QtTextToSpeech's engine ``name`` (before the first press; tests use "mock")."""
        if self._speech is not None:
            raise RuntimeError("the speech engine is already made")
        self._engine_name = name

    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=changed)

    def _get_open(self) -> bool:
        return self._open

    # The strip with stop, volume and speed shows from the first press until the screen changes.
    open = Property(bool, _get_open, notify=changed)

    def _get_volume(self) -> float:
        return self._volume

    volume = Property(float, _get_volume, notify=changed)

    def _get_rate(self) -> float:
        return self._rate

    rate = Property(float, _get_rate, notify=changed)

    def _get_spoken_text(self) -> str:
        return self._spoken_text

    spokenText = Property(str, _get_spoken_text, notify=changed)  # what was last handed to the voice

    def _get_spoken_locale(self) -> str:
        return self._spoken_locale

    spokenLocale = Property(str, _get_spoken_locale, notify=changed)

    def _set(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _engine(self) -> QTextToSpeech | None:
        if self._speech is None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            name = self._engine_name
            if name is None:
                available = QTextToSpeech.availableEngines()
                name = next((e for e in SPEAKING_ENGINES if e in available), None)
            if name is None:
                return None
            self._speech = QTextToSpeech(name, self)
            self._speech.stateChanged.connect(self._engine_state)
        return self._speech

    def _engine_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._set("speaking")
        elif state == QTextToSpeech.State.Error:
            log.warning("read-aloud: the speech engine failed: %s", self._speech.errorString() if self._speech else "")
            self._set("unavailable")
        elif self._state == "speaking":
            self._set("idle")

    def _voice_locale(self, speech: QTextToSpeech, language: str) -> QLocale | None:
        wanted = QLocale(PREFERRED_LOCALES.get(language, language))
        locales = speech.availableLocales()
        for locale in locales:
            if locale.name() == wanted.name():
                return locale
        return next((locale for locale in locales if locale.language() == wanted.language()), None)

    @Slot()
    def toggle(self) -> None:
        """The speaker button: read this screen, or stop when it is already reading."""
        if self._state == "speaking":
            self.stop()
            return
        self.readScreen()

    @Slot()
    def readScreen(self) -> None:
        """Speak what the current screen says, with a voice for the citizen's language, or say why not."""
        self._open = True
        speech = self._engine()
        if speech is None or speech.state().name == "Error":
            self._set("unavailable")
            self.changed.emit()
            return
        locale = self._voice_locale(speech, self._kiosk.language)
        if locale is None:
            self._set("noVoice")
            self.changed.emit()
            return
        speech.setLocale(locale)
        speech.setVolume(self._volume)
        speech.setRate(self._rate)
        self._spoken_text = screen_text(self._kiosk)
        self._spoken_locale = speech.locale().name()
        self._state = "idle"
        self.changed.emit()
        speech.say(self._spoken_text)

    @Slot()
    def stop(self) -> None:
        """Quiet at once (a new screen, another language, Start over, or the stop button)."""
        if self._speech is not None and self._speech.state().name in ("Speaking", "Paused", "Synthesizing"):
            self._speech.stop()
        was = (self._state, self._open)
        self._state, self._open = "idle", False
        if was != ("idle", False):
            self.changed.emit()

    def reset(self) -> None:
        """Start over: quiet, and the next citizen hears the usual volume and speed."""
        self.stop()
        if (self._volume, self._rate) != (DEFAULT_VOLUME, 0.0):
            self._volume, self._rate = DEFAULT_VOLUME, 0.0
            self.changed.emit()

    @Slot(int)
    def louder(self, direction: int) -> None:
        """+1 louder, -1 quieter (never silent: a citizen who turned it down can still hear it)."""
        self._volume = min(1.0, max(0.2, round(self._volume + direction * VOLUME_STEP, 2)))
        if self._speech is not None:
            self._speech.setVolume(self._volume)
        self.changed.emit()

    @Slot(int)
    def faster(self, direction: int) -> None:
        """+1 faster, -1 slower (QtTextToSpeech's rate: -1 slowest, 0 normal, 1 fastest)."""
        self._rate = min(0.5, max(-0.75, self._rate + direction * RATE_STEP))
        if self._speech is not None:
            self._speech.setRate(self._rate)
        self.changed.emit()


def screen_text(kiosk: KioskViewModel) -> str:
    """What the current screen says, in the citizen's language (the QML's own translated words)."""
    reader = _READERS.get(kiosk.screen)
    text = reader(kiosk) if reader is not None else ""
    return text or _join(tr("NavBar", "Start over"), tr("NavBar", "My learning goal"))


def _attract(kiosk: Any) -> str:
    count = tr("AttractScreen", "%1 offers to discover").replace("%1", str(kiosk.offerCount)) \
        if kiosk.storeState == "ready" and kiosk.offerCount > 0 else ""
    return _join(
        _sentence(tr("AttractScreen", "Learn something new in your city")),
        tr("AttractScreen", "Learn new things near you. Many are free.") if kiosk.access.easyRead
        else tr("AttractScreen", "Courses, workshops and meet-ups near you. Many are free."),
        _sentence(count), _sentence(tr("AttractScreen", "Touch to start")),
    )


def _discover(kiosk: Any) -> str:
    results = kiosk.discover.results if kiosk.discover is not None else None
    parts = [_sentence(tr("DiscoverScreen", "Find something to learn"))]
    if results is not None and not results.loading:
        total = "1000+" if results.total > 1000 else str(results.total)
        parts.append(_sentence(tr("DiscoverScreen", "Offers found: %1").replace("%1", total)))
        if results.count == 0:
            parts.append(tr("DiscoverScreen", "Nothing found. Try other words.") if kiosk.access.easyRead
                         else tr("DiscoverScreen", "No offers found — try fewer filters or other words."))
        for row in range(min(MAX_TITLES, results.count)):
            parts.append(_sentence(results.data(results.index(row, 0))))
    return _join(*parts)


def _details(kiosk: Any) -> str:
    details = kiosk.details
    if details is None or details.state != "ready":
        return ""
    offer, chosen = details.offer, details.selected
    price = tr("DetailsScreen", "Free") if offer.get("free") else offer.get("price", "")
    parts = [
        _sentence(offer.get("title", "")),
        _sentence(tr("DetailsScreen", "By %1").replace("%1", offer.get("provider", ""))),
        _sentence(price),
        # Text in another language would come out garbled in this voice: say which language instead.
        _sentence(tr("DetailsScreen", "The provider describes this offer in %1 only.").replace(
            "%1", offer["otherTextLanguage"]) if offer.get("otherTextLanguage") else offer.get("description", "")),
    ]
    if chosen:
        parts.append(_sentence(f"{tr('DetailsScreen', 'When')}: {chosen.get('day', '')}, {chosen.get('time', '')}"))
    elif not offer.get("sessions"):
        parts.append(tr("DetailsScreen", "No dates yet. Ask the provider when it starts."))
    where = tr("DetailsScreen", "Online") if offer.get("online") else ", ".join(
        p for p in (offer.get("venue", ""), offer.get("address", "")) if p)
    parts.append(_sentence(f"{tr('DetailsScreen', 'Where')}: {where}"))
    if offer.get("dropIn"):
        parts.append(tr("DetailsScreen", "No sign-up needed: just come along."))
    return _join(*parts)


_SIGN_UP_STATUS = {
    "confirmed": "Your place is confirmed.", "waitlisted": "You are on the waiting list.",
    "rejected": "The provider could not accept this sign-up.", "cancelled": "This sign-up was cancelled.",
}
# The screen's words, full and easy-read (SignUpScreen.qml): what is kept and who gets it, then
# how the consent ends.
_DATA_NOTE = {
    False: ("About your data: we keep only this name and the one contact you choose. The city's learning hub passes them to this offer's provider, for this offer only.",),  # noqa: E501
    True: ("We keep only your name and one contact.",
           "The city's learning hub passes them to the provider, only for this offer."),
}
_CONSENT_END = {
    False: ("Nothing else about you is saved, and nothing is shared for advertising.",
            "You can cancel at any time: ask a member of staff or the provider."),
    True: ("We save nothing else about you. Nothing goes to advertisers.",
           "You can cancel at any time. Ask the staff or the provider."),
}


def _sign_up(kiosk: Any) -> str:
    vm = kiosk.signUp
    if vm is None:
        return ""
    easy = bool(kiosk.access.easyRead)
    heading = {"done": "Thank you!", "consent": "Before we save it", "failed": "Not saved yet"}.get(vm.step, "Sign up")
    session = vm.session
    parts = [_sentence(tr("SignUpScreen", heading)), _sentence(vm.offer.get("title", "")),
             _sentence(", ".join(p for p in (session.get("day", ""), session.get("time", "")) if p))]
    if vm.step == "form":
        parts += [_sentence(tr("SignUpScreen", "Your name or a nickname")),
                  tr("SignUpScreen", "How can the provider reach you? Choose one.")]
    if vm.step in ("form", "consent"):
        # What is kept and for how long, in the screen's words, but never the citizen's name or
        # number out loud: a library is a public place.
        hours = kiosk.retentionHours
        parts += [tr("SignUpScreen", line) for line in _DATA_NOTE[easy]]
        parts.append(
            tr("SignUpScreen", "This kiosk deletes them %1 hours after the hub has them.").replace("%1", str(hours))
            if hours > 0 else tr("SignUpScreen", "This kiosk deletes them as soon as the hub has them."))
    if vm.step == "done":
        provisional = "Your place is not sure yet." if easy else "Your place is provisional."
        parts.append(tr("SignUpScreen", _SIGN_UP_STATUS.get(vm.status, provisional)))
    if vm.step == "consent":
        parts += [tr("SignUpScreen", line) for line in _CONSENT_END[easy]]
        parts.append(_sentence(tr("SignUpScreen", "Yes, I agree")))
    return _join(*parts)


_GOAL_QUESTIONS = {
    "aim": "What would you like to do?", "words": "In your own words (if you like)",
    "hours": "How much time do you have each week?", "when": "Which days and times suit you?",
    "budget": "What may it cost?", "language": "Which language do you learn best in?",
    "distance": "How far will you go?", "access": "Do you need any of these?",
    "review": "Is this right?", "done": "Your learning goal is saved",
}


# The first question's choices, read out too: a citizen who cannot read them can still choose.
_GOAL_AIMS = {
    "find_job": "Find a job", "change_job": "Change my job", "learn_german": "Learn German",
    "other_language": "Learn another language", "digital": "Computers & phones",
    "children": "Help my children", "health": "Health", "culture": "Culture & creativity",
    "community": "Community & volunteering", "other": "Something else",
}


def _goal(kiosk: Any) -> str:
    vm = kiosk.goal
    if vm is None:
        return ""
    question = _GOAL_QUESTIONS.get(vm.step, "")
    parts = [_sentence(tr("GoalScreen", question)) if question else ""]
    if vm.step == "aim":
        parts += [_sentence(tr("GoalScreen", _GOAL_AIMS[key])) for key in vm.aims if key in _GOAL_AIMS]
    return _join(*parts)


def _basket(kiosk: Any) -> str:
    basket = kiosk.basket
    parts = [_sentence(tr("BasketScreen", "My list"))]
    items = basket.items if basket is not None else []
    if not items:
        parts.append(tr("BasketScreen", "Nothing here yet. Open an offer and touch \"Add to my list\"."))
    for entry in items:
        when = kiosk.listSeparator.join(p for p in (entry.get("day", ""), entry.get("time", "")) if p)
        parts.append(_sentence(kiosk.listSeparator.join(p for p in (entry.get("title", ""), when) if p)))
        if (status := entry.get("signUp", "")) in _BASKET_SIGN_UPS:
            parts.append(_sentence(tr("PathwayScreen", _BASKET_SIGN_UPS[status])))  # as the screen says it
    if basket is not None and basket.anySignedUp:
        parts.append(tr("BasketScreen", "Removing an offer from this list does not cancel your sign-up."))
    return _join(*parts)


_BASKET_SIGN_UPS = {
    "provisional": "Signed up — waiting for the provider to confirm",
    "confirmed": "Signed up — your place is confirmed",
    "waitlisted": "Signed up — on the waiting list",
    "rejected": "Sign-up not accepted — please ask a member of staff",
}


def _pathway(kiosk: Any) -> str:
    vm = getattr(kiosk, "pathway", None)
    parts = [_sentence(tr("PathwayScreen", "Your learning pathway"))]
    if vm is None or vm.state != "ready":
        return _join(*parts)
    # What the screen says before the steps: too few fit, needs nobody could check, own offers
    # that could not be fitted in.
    parts += [_sentence(text) for text in (vm.shortfall, vm.uncheckedNeeds, *vm.notes) if text]
    for step in vm.steps:
        parts.append(_sentence(tr("PathwayScreen", "Step %1").replace("%1", str(step.get("number", "")))))
        parts.append(_sentence(step.get("title", "")))
        where = tr("PathwayScreen", "Online") if step.get("online") else step.get("where", "")
        parts.append(_sentence(", ".join(p for p in (step.get("when", ""), where) if p)))
        if not step.get("canChange", True):
            parts.append(tr("PathwayScreen", "You are signed up for this, so it stays on your pathway."))
    if vm.steps:
        return _join(*parts)
    if vm.closest:
        parts.append(tr("PathwayScreen", "Offers that nearly fit:"))
        parts += [_sentence(f"{c.get('title', '')}: {c.get('why', '')}") for c in vm.closest]
    else:
        parts.append(tr("PathwayScreen", "No steps left. Find more offers, or record your learning goal again."))
    return _join(*parts)


_READERS = {
    "attract": _attract, "discover": _discover, "details": _details,
    "signup": _sign_up, "goal": _goal, "basket": _basket, "pathway": _pathway,
}
