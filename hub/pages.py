"""The public HTML page of a learning project: plain, accessible, no scripts, no personal data."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from babel.dates import format_date, format_time, get_datetime_format

from hub.models import LearningGoal
from hub.page_words import AIM_ALIASES, LOCALES, RIGHT_TO_LEFT, page_language, words

_STYLE = (
    "body{font-family:sans-serif;font-size:1.15rem;line-height:1.5;max-width:40rem;margin:1rem auto;"
    "padding:0 1rem;color:#111;background:#fff}h1{font-size:1.6rem}li{margin-bottom:1rem}"
    "a{color:#0645ad}"
)


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or next(iter(value.values()), ""))
    return str(value or "")


def _page(lang: str, title: str, body: str) -> str:
    direction = ' dir="rtl"' if lang in RIGHT_TO_LEFT else ""
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}"{direction}>\n<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n"
        f"<body><main>\n{body}\n</main></body>\n</html>\n"
    )


def not_found() -> str:
    # No goal, so no language to answer in: English, as for any language the page does not speak.
    w = words("en")
    return _page("en", w["title"], f"<h1>{escape(w['title'])}</h1>\n<p>{escape(w['missing'])}</p>")


def _when(session: dict[str, Any], lang: str) -> str:
    """A session's day and times in the locale's own form ("Dienstag, 1. Dezember 2026, 10:00–12:00")."""
    loc = LOCALES[lang]
    start = dt.datetime.fromisoformat(session["starts_at"])
    times = format_time(start, "HH:mm", locale=loc)  # 24-hour clock, as on the sheet
    if session.get("ends_at"):
        times += "–" + format_time(dt.datetime.fromisoformat(session["ends_at"]), "HH:mm", locale=loc)
    day = format_date(start.date(), "full", locale=loc)
    return get_datetime_format("medium", locale=loc).replace("{1}", day).replace("{0}", times)


def _aim(aim: str, w: dict[str, str]) -> str:
    key = "aim_" + AIM_ALIASES.get(aim, aim)
    return w[key] if key in w else aim.replace("_", " ")  # an aim the page has no name for, as sent


def project(goal: LearningGoal, offers: dict[str, Any], venues: dict[str, Any]) -> str:
    lang = page_language(goal.language)
    w = {key: escape(value) for key, value in words(lang).items()}
    steps = []
    for step in goal.pathway:
        offer = offers.get(step.get("offer"))
        if offer is None:
            steps.append(f"<li><p>{w['gone']}</p></li>")
            continue
        # The title in the citizen's own language where the catalogue has it, even one the page lacks.
        # dir="auto" and <bdi>: an English title or address keeps its own direction on an Arabic page.
        parts = [f"<h3 dir=\"auto\">{escape(_text(offer.get('title'), goal.language))}</h3>"]
        session = next((s for s in offer.get("sessions") or [] if s.get("id") == step.get("session")), None)
        if session:
            parts.append(f"<p>{w['when']}: <time datetime=\"{escape(session['starts_at'])}\">"
                         f"{escape(_when(session, lang))}</time></p>")
        venue = venues.get(offer.get("venue"))
        if venue:
            where = ", ".join(escape(x) for x in (venue.get("name"), venue.get("street"), venue.get("city")) if x)
            parts.append(f"<p>{w['where']}: <bdi>{where}</bdi></p>")
            if venue.get("step_free"):
                parts.append(f"<p>{w['access']}</p>")
        if step.get("note"):
            parts.append(f"<p dir=\"auto\">{escape(step['note'])}</p>")
        steps.append("<li>" + "".join(parts) + "</li>")
    body = [
        f"<h1>{w['title']}</h1>",
        f"<p>{w['code']}: <strong>{escape(goal.claim_code)}</strong></p>",
        f"<h2>{w['aim']}</h2><p>{escape(_aim(goal.goal.get('aim', ''), words(lang)))}</p>",
        f"<h2>{w['steps']}</h2>",
        "<ol>\n" + "\n".join(steps) + "\n</ol>" if steps else f"<p>{w['none']}</p>",
    ]
    return _page(lang, words(lang)["page_title"].format(code=goal.claim_code), "\n".join(body))
