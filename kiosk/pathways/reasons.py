"""Plain-language reasons: a key and parameters the UI can translate, plus English and German words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from babel import Locale, UnknownLocaleError

# One template per key and language. Parameters are language-neutral (weekday keys, cents,
# level keys); _words() turns them into words first. Other languages plug in as another column.
TEMPLATES: dict[str, dict[str, str]] = {
    "level": {"en": "{level} level", "de": "Niveau: {level}"},
    "weekly": {"en": "{weekdays} {time} at {venue}", "de": "{weekdays} {time} Uhr, {venue}"},
    "once": {"en": "{weekday} {time} at {venue}", "de": "{weekday} {time} Uhr, {venue}"},
    "online": {"en": "online, {weekday} {time}", "de": "online, {weekday} {time} Uhr"},
    "free": {"en": "free", "de": "kostenlos"},
    "cost": {"en": "costs {money}", "de": "kostet {money}"},
    "topic": {"en": "about {topic}", "de": "Thema: {topic}"},
    "words": {"en": "matches what you wrote", "de": "passt zu dem, was Sie geschrieben haben"},
    "basket": {"en": "you chose it", "de": "von Ihnen ausgewählt"},
    "builds_on": {"en": "builds on step {step}", "de": "baut auf Schritt {step} auf"},
    "near": {"en": "{km} km from here", "de": "{km} km von hier"},
    "access": {"en": "{need}", "de": "{need}"},
    "language": {"en": "taught in {language}", "de": "Unterricht auf {language}"},
    # About the pathway as a whole
    "too_few": {
        "en": "Only {found} steps fit what you asked for. Here are the closest offers; someone can help you find more.",
        "de": "Nur {found} Schritte passen zu Ihren Wünschen. Hier sind die nächstbesten Angebote; jemand kann Ihnen helfen, mehr zu finden.",
    },
    "too_few_one": {
        "en": "Only one step fits what you asked for. Here are the closest offers; someone can help you find more.",
        "de": "Nur ein Schritt passt zu Ihren Wünschen. Hier sind die nächstbesten Angebote; jemand kann Ihnen helfen, mehr zu finden.",
    },
    "nothing_found": {
        "en": "Nothing in the catalogue fits what you asked for right now. Here are the closest offers; someone can help you.",
        "de": "Im Moment passt kein Angebot zu Ihren Wünschen. Hier sind die nächstbesten Angebote; jemand kann Ihnen helfen.",
    },
    "basket_left_out": {"en": "“{title}” could not be fitted in: {why}", "de": "„{title}“ passt nicht hinein: {why}"},
    "ask_help": {"en": "Ask for help: {contact}", "de": "Hilfe bekommen Sie hier: {contact}"},
    # Why an offer did not make it
    "why_cost": {"en": "it costs {money}, more than your budget", "de": "es kostet {money}, mehr als Ihr Budget"},
    "why_language": {"en": "it is taught in {languages}", "de": "Unterricht auf {languages}"},
    "why_level": {"en": "it is for the {level} level", "de": "es ist für das Niveau {level}"},
    "why_far": {"en": "it is {km} km away", "de": "es ist {km} km entfernt"},
    "why_access": {"en": "the venue lacks: {need}", "de": "am Ort fehlt: {need}"},
    "why_time": {"en": "it is not on the days and times you gave", "de": "es liegt nicht an Ihren Tagen und Zeiten"},
    "why_busy": {"en": "it clashes with other steps or your weekly time", "de": "es überschneidet sich mit anderen Schritten oder Ihrer Wochenzeit"},
    "why_prerequisite": {"en": "it needs an earlier course first", "de": "es setzt einen anderen Kurs voraus"},
    "why_no_date": {"en": "it has no upcoming dates", "de": "es gibt keine kommenden Termine"},
}
WORDS: dict[str, dict[str, str]] = {
    "beginner": {"en": "beginner", "de": "Anfänger"},
    "intermediate": {"en": "intermediate", "de": "Fortgeschrittene"},
    "advanced": {"en": "advanced", "de": "Profis"},
    "all": {"en": "any", "de": "alle"},
    "step_free": {"en": "step-free access", "de": "stufenloser Zugang"},
    "hearing_loop": {"en": "hearing loop", "de": "Induktionsschleife"},
    "accessible_toilet": {"en": "accessible toilet", "de": "barrierefreies WC"},
    "language": {"en": "languages", "de": "Sprachen"},
    "digital": {"en": "digital skills", "de": "digitale Kompetenzen"},
    "work": {"en": "work", "de": "Arbeit"},
    "health": {"en": "health", "de": "Gesundheit"},
    "family": {"en": "family", "de": "Familie"},
    "culture": {"en": "culture", "de": "Kultur"},
    "making": {"en": "making and repairing", "de": "Werken und Reparieren"},
    "community": {"en": "community", "de": "Gemeinschaft"},
    "nature": {"en": "nature", "de": "Natur"},
    "money": {"en": "money", "de": "Geld"},
    "reading": {"en": "reading and writing", "de": "Lesen und Schreiben"},
}
WEEKDAYS_PLURAL = {
    "en": ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"),
    "de": ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags"),
}
FALLBACK = "en"


@dataclass(frozen=True)
class Reason:
    """Why something is (or is not) in a pathway: ``key`` and language-neutral ``params``."""

    key: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "en") -> str:
        # "Only 1 steps" reads wrong: a count of one has its own wording where a template has one.
        one = f"{self.key}_one"
        templates = TEMPLATES[one if self.params.get("found") == 1 and one in TEMPLATES else self.key]
        template = templates.get(lang) or templates[FALLBACK]
        lang = lang if lang in templates else FALLBACK
        return template.format(**_words(self.params, lang))

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "params": dict(self.params)}


def word(key: str, lang: str) -> str:
    entry = WORDS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry[FALLBACK]


def language_name(code: str, lang: str) -> str:
    """A language's name in ``lang`` ("Deutsch", "German"), from the CLDR data Babel ships."""
    try:
        return Locale.parse(lang).languages.get(code, code)
    except (UnknownLocaleError, ValueError):
        return code


def money(cents: int, lang: str) -> str:
    from kiosk.locales import money as in_locale

    return in_locale(cents, lang)


def _words(params: dict[str, Any], lang: str) -> dict[str, Any]:
    out = dict(params)
    if "level" in params:
        out["level"] = word(params["level"], lang)
    if "need" in params:
        out["need"] = word(params["need"], lang)
    if "topic" in params:
        out["topic"] = word(params["topic"], lang)
    if "cents" in params:
        out["money"] = money(params["cents"], lang)
    if "km" in params:
        out["km"] = f"{params['km']:.1f}".replace(".", "," if lang != "en" else ".")
    if "weekday" in params:
        index = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(params["weekday"])
        plural = WEEKDAYS_PLURAL.get(lang, WEEKDAYS_PLURAL[FALLBACK])
        out["weekdays"] = plural[index]
        out["weekday"] = _weekday_name(index, lang)
    if "lang" in params:
        out["language"] = language_name(params["lang"], lang)
    if "langs" in params:
        out["languages"] = ", ".join(language_name(code, lang) for code in params["langs"])
    if "why" in params:
        out["why"] = Reason(params["why"], params.get("why_params", {})).text(lang)
    return out


def _weekday_name(index: int, lang: str) -> str:
    try:
        names = Locale.parse(lang).days["format"]["wide"]
    except (UnknownLocaleError, ValueError):
        names = Locale.parse(FALLBACK).days["format"]["wide"]
    return names[index]
