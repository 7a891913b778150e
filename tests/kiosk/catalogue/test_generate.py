"""The seeded generator: same seed, same catalogue; every record passes the catalogue checks; it streams."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from itertools import islice

import pytest
from sqlalchemy import func, select, text

from kiosk.catalogue.generate import generate_catalogue, iter_offers, load_generated
from kiosk.catalogue.load import merge_search_index
from kiosk.catalogue.records import check_offer, check_provider, check_venue
from kiosk.store.models import Offer, OfferText, Session

TODAY = dt.date(2026, 11, 30)


def test_same_seed_same_catalogue_other_seed_other_catalogue() -> None:
    a = generate_catalogue(300, seed=42, today=TODAY)
    b = generate_catalogue(300, seed=42, today=TODAY)
    c = generate_catalogue(300, seed=43, today=TODAY)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert [o["title"] for o in a["offers"]] != [o["title"] for o in c["offers"]]


def test_offer_i_does_not_depend_on_where_the_stream_starts() -> None:
    whole = list(iter_offers(200, seed=5, today=TODAY))
    tail = list(iter_offers(200, seed=5, today=TODAY, start=150))
    assert whole[150:] == tail


@pytest.mark.parametrize("today", [TODAY, dt.date(2027, 2, 1), dt.date(2027, 3, 31)])
def test_every_record_passes_the_checks_without_repairs(today: dt.date) -> None:
    catalogue = generate_catalogue(400, seed=1, today=today)
    for raw in catalogue["providers"]:
        check_provider(raw)
    for raw in catalogue["venues"]:
        check_venue(raw)
    for raw in catalogue["offers"]:
        record = check_offer(raw, today)
        assert record.repairs == [], (raw["id"], record.repairs)
        assert record.sessions, raw["id"]
        assert {"en", "de"} <= set(record.titles)
        for session in record.sessions:
            # Everything happens in the eight weeks after today.
            assert today <= session.starts_at.date() < today + dt.timedelta(weeks=8), raw["id"]


def test_the_catalogue_has_the_demo_shape_and_its_languages() -> None:
    catalogue = generate_catalogue(1000, seed=3, today=TODAY)
    assert len(catalogue["providers"]) >= 8 and len(catalogue["venues"]) >= 6
    offers = catalogue["offers"]
    all_text = json.dumps(catalogue, ensure_ascii=False)
    for needle in ("Καλημέρα", "ή", "ü", "ß", "ș", "ț", "Ñ", "ı", "İ", "ї", "й", "َ"):
        assert needle in all_text, needle
    title_langs = {lang for o in offers for lang in o["title"]}
    assert {"en", "de", "el", "es", "ro", "tr", "ar", "uk"} <= title_langs
    assert {o["level"] for o in offers} == {"beginner", "intermediate", "advanced", "all"}
    assert any(o["cost_cents"] == 0 for o in offers) and any(o["cost_cents"] > 0 for o in offers)
    assert any("WEEKLY" in o.get("recurrence", {}).get("rrule", "") for o in offers)
    assert any("MONTHLY" in o.get("recurrence", {}).get("rrule", "") for o in offers)
    assert any(len(o.get("sessions", [])) == 1 for o in offers)  # one-off events
    venues = catalogue["venues"]
    for fact in ("step_free", "hearing_loop", "accessible_toilet"):
        assert {v[fact] for v in venues} == {True, False}, fact


def test_load_generated_streams_batches_into_the_store(engine) -> None:
    report = load_generated(engine, 230, seed=9, today=TODAY, batch=50)
    assert report.rejected == []
    assert report.offers == 230
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Offer)).scalar_one() == 230
        assert conn.execute(select(func.count()).select_from(Session)).scalar_one() == report.sessions > 230
        assert conn.execute(select(func.count(func.distinct(OfferText.lang)))).scalar_one() == 8
        assert conn.execute(text("SELECT count(*) FROM offer_fts")).scalar_one() == 230


def test_the_stream_holds_one_offer_at_a_time() -> None:
    # Reading 3,000 offers of a catalogue must peak no higher than reading 300 of the same
    # catalogue: nothing accumulates (providers and venues grow with the city, not the stream).
    def peak(taken: int) -> int:
        tracemalloc.start()
        for _ in islice(iter_offers(3_000, seed=2, today=TODAY), taken):
            pass
        _, high = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return high

    few, all_of_them = peak(300), peak(3_000)
    assert all_of_them < few * 1.2, (few, all_of_them)


KIOSK_LANGUAGES = {"en", "de", "es", "el", "ro", "tr", "uk", "ar"}


def test_generated_words_are_there_in_all_eight_kiosk_languages() -> None:
    """Flavours, descriptions, what to bring, opening hours and directions of a generated catalogue
    reach the screen and the sheet in every kiosk language. (Subject titles stay partial on
    purpose: a real city's providers write some offers in German and English only.)"""
    from kiosk.catalogue.generate import BRING, DESCRIPTIONS, DIRECTIONS, FLAVOURS, OPENING_HOURS

    for table in (FLAVOURS, DESCRIPTIONS, BRING, DIRECTIONS, OPENING_HOURS):
        assert set(table) == KIOSK_LANGUAGES
    assert all(len(FLAVOURS[lang]) == len(FLAVOURS["en"]) for lang in KIOSK_LANGUAGES)
    assert all(len(BRING[lang]) == len(BRING["en"]) for lang in KIOSK_LANGUAGES)
    offers = [o for o in iter_offers(200, seed=3, today=dt.date(2026, 3, 2)) if "what_to_bring" in o]
    assert offers and all(set(o["what_to_bring"]) == KIOSK_LANGUAGES for o in offers)


def test_a_generated_load_in_many_batches_ends_with_its_search_index_merged(engine) -> None:
    load_generated(engine, 400, seed=2, today=TODAY, batch=20)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(DISTINCT segid) FROM offer_fts_idx")).scalar() <= 3
        assert merge_search_index(conn) == 1  # already merged: nothing left to do
