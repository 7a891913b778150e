"""A learning project's public page in the goal's language, over real loopback HTTP."""

from __future__ import annotations

import datetime as dt
import uuid

import requests

from hub.page_words import WORDS


def _goal_page(hub, lang: str, code: str, **goal) -> str:
    body = {"claim_code": code, "language": lang, "goal": {"aim": "digital", **goal},
            "pathway": [{"offer": "off-1", "session": "off-1-s0", "note": "Bring <glasses> & a pen"},
                        {"offer": "off-gone"}]}
    put = hub.client().put(f"{hub.url}/v1/learning-goals/{uuid.uuid4()}", json=body, timeout=5)
    assert put.status_code == 201, put.text
    page = requests.get(put.json()["url"], timeout=5)
    assert page.status_code == 200 and "<script" not in page.text
    return page.text


def _session_start(hub) -> dt.datetime:
    from sqlalchemy import select

    from hub.models import CatalogueEntry

    with hub.db.read() as s:
        offer = s.scalar(select(CatalogueEntry).where(CatalogueEntry.hub_id == "off-1")).record
    return dt.datetime.fromisoformat(offer["sessions"][0]["starts_at"])


def test_an_arabic_goal_gets_its_page_in_arabic_right_to_left(hub) -> None:
    html = _goal_page(hub, "ar", "AR7K-3MHQ")
    assert '<html lang="ar" dir="rtl">' in html
    for key in ("title", "code", "aim", "steps", "when", "where", "access", "gone", "aim_digital"):
        assert WORDS["ar"][key] in html, key
    assert "Your learning pathway" not in html and "When" not in html
    assert "Bring &lt;glasses&gt; &amp; a pen" in html  # kiosk text stays text
    assert "Course number 1" in html  # no Arabic title in the catalogue: the English one
    start = _session_start(hub)
    assert f"{start.year}" in html and f"{start:%H:%M}" in html


def test_a_german_goal_gets_german_words_and_a_german_date(hub) -> None:
    from babel.dates import format_date

    html = _goal_page(hub, "de", "DE7K-3MHQ")
    assert '<html lang="de">' in html and 'dir="rtl"' not in html
    for phrase in ("Ihr Lernweg", "Ihr Code", "Ihr Ziel", "Schritte", "Wann:", "Wo:", "Stufenloser Zugang",
                   "Digitale Kompetenzen", "Dieses Angebot steht nicht mehr im Katalog.", "Kurs Nummer 1"):
        assert phrase in html, phrase
    start = _session_start(hub)
    # "Dienstag, 1. Dezember 2026, 10:00–12:00", never "2026-12-01 10:00".
    assert f"{format_date(start.date(), 'full', locale='de_DE')}, {start:%H:%M}–" in html
    assert f"{start:%Y-%m-%d}" not in html.split("<time", 1)[1].split(">", 1)[1]


def test_a_language_the_page_does_not_speak_gets_english(hub) -> None:
    html = _goal_page(hub, "fr", "FR7K-3MHQ", aim="digital_skills")
    assert '<html lang="en">' in html and "Your learning pathway" in html and "When:" in html
    assert "digital skills" in html  # an aim the page has no name for, as sent
