"""A small test catalogue for the Qt tests: several pages of offers, markup, Greek."""

from __future__ import annotations

import datetime as dt
from typing import Any

# Entities survive the loader's tag stripping (kiosk.catalogue.text.plain) as literal markup:
# exactly what the screens must show as text, not as bold.
HTML_TITLE_RAW = "&lt;b&gt;x&lt;/b&gt; Bicycle clinic"
HTML_TITLE = "<b>x</b> Bicycle clinic"
OFFERS = 150
ALL_OFFERS = OFFERS + 3  # and the HTML, the Greek and the series offer
SERIES_TITLE = "Conversation café: German for everyday life"
LONG_TEXT = " ".join(
    f"Week {n}: we talk about shopping, doctors, the job centre and the school, in small groups, "
    "slowly and with pictures." for n in range(1, 13)
)


def small_catalogue(today: dt.date) -> dict[str, Any]:
    """ALL_OFFERS offers: several pages, free and paid, mornings and evenings, two venues."""
    offers = []
    for i in range(OFFERS):
        day = today + dt.timedelta(days=1 + i % 20)
        hour = 10 if i % 2 else 18
        offers.append({
            "id": f"o{i}",
            "provider": "lib" if i % 3 else "vhs",
            "venue": "central" if i % 4 else "annex",
            "title": {"en": f"Knitting circle {i}", "de": f"Strickkreis {i}"},
            "description": {"en": "Bring wool and needles.", "de": "Wolle und Nadeln mitbringen."},
            "topics": ["making"] if i % 5 else ["making", "community"],
            "languages": ["de"] if i % 3 else ["en", "de"],
            "level": "beginner",
            "cost_cents": 0 if i % 2 else 1250,
            "sessions": [{"starts_at": f"{day.isoformat()}T{hour:02d}:00", "ends_at": f"{day.isoformat()}T{hour + 1:02d}:30"}],
        })
    offers.append({
        "id": "html", "provider": "lib", "venue": "central",
        "title": {"en": HTML_TITLE_RAW, "de": HTML_TITLE_RAW},
        "topics": ["making"], "languages": ["de"], "cost_cents": 0,
        "sessions": [{"starts_at": f"{(today + dt.timedelta(days=2)).isoformat()}T15:00"}],
    })
    offers.append({
        "id": "greek", "provider": "vhs", "venue": "annex",
        "title": {"el": "Καλημέρα: ελληνικά για αρχάριους", "en": "Good morning: Greek for beginners"},
        "topics": ["language"], "languages": ["el"], "cost_cents": 4000,
        "sessions": [{"starts_at": f"{(today + dt.timedelta(days=3)).isoformat()}T11:00"}],
    })
    # First in the list (the earliest session): a weekly series whose first date is full.
    first = today + dt.timedelta(days=1)
    offers.append({
        "id": "series", "provider": "vhs", "venue": "central",
        "title": {"en": SERIES_TITLE, "de": "Sprachcafé: Deutsch für den Alltag"},
        "description": {"en": LONG_TEXT, "de": LONG_TEXT},
        "topics": ["language"], "languages": ["de"], "level": "beginner", "cost_cents": 0,
        "sessions": [
            {"starts_at": f"{(first + dt.timedelta(weeks=w)).isoformat()}T09:00",
             "ends_at": f"{(first + dt.timedelta(weeks=w)).isoformat()}T11:00",
             "seats_left": 0 if w == 0 else 6}
            for w in range(12)
        ],
    })
    return {
        "format": "connect-catalogue/1",
        "providers": [
            {"id": "lib", "name": "City Library", "kind": "library"},
            {"id": "vhs", "name": "Adult Education Centre", "kind": "adult_education"},
        ],
        "venues": [
            {"id": "central", "name": "Central Library", "district": "Old Town", "step_free": True,
             "street": "Market Square 1", "postcode": "10115", "city": "Berlin",
             "directions": {"en": "Tram 4 to Market Square, then the glass door on the left."}},
            {"id": "annex", "name": "Annex Hall", "district": "Riverside", "step_free": False},
        ],
        "offers": offers,
    }
