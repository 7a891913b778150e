"""offer_details on a real store: texts in the citizen's language, the venue, the series, seats."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from kiosk.catalogue.details import SERIES_MAX, offer_details
from kiosk.catalogue.load import load_catalogue
from kiosk.store.models import Offer, Session

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _catalogue(sessions: int) -> dict:
    return {
        "format": "connect-catalogue/1",
        "providers": [{"id": "lib", "name": "City Library", "kind": "library", "phone": "+49 30 1234567"}],
        "venues": [{
            "id": "central", "name": "Central Library", "street": "Main Street 1", "postcode": "10115",
            "city": "Berlin", "district": "Old Town", "step_free": True, "hearing_loop": True,
            "directions": {"en": "Bus 12 to Market Square", "de": "Bus 12 bis Marktplatz"},
        }],
        "offers": [{
            "id": "o1", "provider": "lib", "venue": "central",
            "title": {"en": "Computer basics", "de": "Computer-Grundlagen"},
            "description": {"en": "Mouse, keyboard, e-mail.", "de": "Maus, Tastatur, E-Mail."},
            "topics": ["digital"], "languages": ["de", "en"], "level": "beginner", "cost_cents": 500,
            "sessions": [
                {"starts_at": (NOW + dt.timedelta(days=d)).isoformat(timespec="minutes"), "seats_left": 3}
                for d in range(-2, sessions)
            ],
        }],
    }


def _load(engine, sessions: int = 5) -> int:
    with engine.begin() as conn:
        load_catalogue(conn, _catalogue(sessions), today=NOW.date() - dt.timedelta(days=5))
        return conn.execute(Offer.__table__.select()).first().id


def test_details_in_the_citizens_language_with_venue_and_upcoming_sessions(engine) -> None:
    offer_id = _load(engine)
    with engine.connect() as conn:
        de = offer_details(conn, offer_id, "de", NOW)
        el = offer_details(conn, offer_id, "el", NOW)
    assert de.title == "Computer-Grundlagen" and de.directions == "Bus 12 bis Marktplatz"
    assert el.title == "Computer basics"  # no Greek text: English next
    assert (de.text_language, el.text_language) == ("de", "en")  # the screen says when it is not theirs
    assert de.address == "Main Street 1, 10115 Berlin" and de.district == "Old Town"
    assert de.step_free and de.hearing_loop and not de.accessible_toilet and not de.online
    assert de.provider == "City Library" and de.cost_cents == 500 and de.level == "beginner"
    assert de.languages == ("de", "en")
    # Past sessions are not offered; the series is in order.
    starts = [s.starts_at for s in de.sessions]
    assert starts == sorted(starts) and starts[0] >= NOW and len(starts) == 5
    assert all(s.seats_left == 3 and s.seats_as_of is not None for s in de.sessions)


def test_a_full_session_points_to_the_next_one_with_seats(engine) -> None:
    offer_id = _load(engine)
    with engine.begin() as conn:
        first = offer_details(conn, offer_id, "en", NOW).sessions[0]
        conn.execute(update(Session).where(Session.hub_id == first.hub_id).values(seats_left=0))
        details = offer_details(conn, offer_id, "en", NOW)
    assert details.sessions[0].full
    assert details.next_open == details.sessions[1]


def test_a_long_series_is_cut_and_says_how_many_more(engine) -> None:
    offer_id = _load(engine, sessions=SERIES_MAX + 7)
    with engine.connect() as conn:
        details = offer_details(conn, offer_id, "en", NOW)
    assert len(details.sessions) == SERIES_MAX and details.more_sessions == 7


def test_a_missing_offer_is_none(engine) -> None:
    with engine.connect() as conn:
        assert offer_details(conn, 12345, "en", NOW) is None


def test_without_a_description_the_text_language_is_the_titles(engine) -> None:
    data = _catalogue(2)
    data["offers"][0]["title"] = {"el": "Υπολογιστές"}
    del data["offers"][0]["description"]
    with engine.begin() as conn:
        load_catalogue(conn, data, today=NOW.date())
        offer_id = conn.execute(Offer.__table__.select()).first().id
    with engine.connect() as conn:
        details = offer_details(conn, offer_id, "de", NOW)
    assert (details.title, details.description, details.text_language) == ("Υπολογιστές", "", "el")
