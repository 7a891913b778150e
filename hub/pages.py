"""The public HTML page of a learning project: plain, accessible, no scripts, no personal data."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from hub.models import LearningGoal

_STYLE = (
    "body{font-family:sans-serif;font-size:1.15rem;line-height:1.5;max-width:40rem;margin:1rem auto;"
    "padding:0 1rem;color:#111;background:#fff}h1{font-size:1.6rem}li{margin-bottom:1rem}"
    "a{color:#0645ad}"
)

_WORDS = {
    "title": "Your learning pathway",
    "code": "Claim code",
    "aim": "Your goal",
    "steps": "Steps",
    "none": "No steps yet. Staff at any library can help you choose.",
    "when": "When",
    "where": "Where",
    "access": "Step-free access",
    "gone": "This offer is no longer in the catalogue.",
    "missing": "We could not find a learning project with this code. Please check the code on your sheet.",
}


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or next(iter(value.values()), ""))
    return str(value or "")


def _page(lang: str, title: str, body: str) -> str:
    return (
        f'<!doctype html>\n<html lang="{escape(lang)}">\n<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n"
        f"<body><main>\n{body}\n</main></body>\n</html>\n"
    )


def not_found() -> str:
    return _page("en", _WORDS["title"], f"<h1>{_WORDS['title']}</h1>\n<p>{_WORDS['missing']}</p>")


def project(goal: LearningGoal, offers: dict[str, Any], venues: dict[str, Any]) -> str:
    lang = goal.language
    steps = []
    for step in goal.pathway:
        offer = offers.get(step.get("offer"))
        if offer is None:
            steps.append(f"<li><p>{_WORDS['gone']}</p></li>")
            continue
        parts = [f"<h3>{escape(_text(offer.get('title'), lang))}</h3>"]
        session = next((s for s in offer.get("sessions") or [] if s.get("id") == step.get("session")), None)
        if session:
            start = dt.datetime.fromisoformat(session["starts_at"])
            parts.append(f"<p>{_WORDS['when']}: <time datetime=\"{escape(session['starts_at'])}\">"
                         f"{start:%Y-%m-%d %H:%M}</time></p>")
        venue = venues.get(offer.get("venue"))
        if venue:
            where = ", ".join(escape(x) for x in (venue.get("name"), venue.get("street"), venue.get("city")) if x)
            parts.append(f"<p>{_WORDS['where']}: {where}</p>")
            if venue.get("step_free"):
                parts.append(f"<p>{_WORDS['access']}</p>")
        if step.get("note"):
            parts.append(f"<p>{escape(step['note'])}</p>")
        steps.append("<li>" + "".join(parts) + "</li>")
    body = [
        f"<h1>{_WORDS['title']}</h1>",
        f"<p>{_WORDS['code']}: <strong>{escape(goal.claim_code)}</strong></p>",
        f"<h2>{_WORDS['aim']}</h2><p>{escape(goal.goal.get('aim', '').replace('_', ' '))}</p>",
        f"<h2>{_WORDS['steps']}</h2>",
        "<ol>\n" + "\n".join(steps) + "\n</ol>" if steps else f"<p>{_WORDS['none']}</p>",
    ]
    return _page(lang, f"{_WORDS['title']} {goal.claim_code}", "\n".join(body))
