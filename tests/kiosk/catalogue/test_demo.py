"""The demo city catalogue loads cleanly into a real store and has what the issue asks for."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from kiosk.catalogue.load import LoadReport, load_catalogue, read_catalogue_file
from kiosk.catalogue.records import LEVELS, PROVIDER_KINDS, TOPICS
from kiosk.paths import demo_catalogue_path
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import Offer, OfferLanguage, OfferText, Provider, Session, Venue

EIGHT_WEEKS = dt.timedelta(weeks=8)
# Today, and days that stress the relative dates: a month end, a leap day, the year's end.
DAYS = [dt.date.today(), dt.date(2027, 1, 31), dt.date(2028, 2, 29), dt.date(2026, 12, 31)]


def load_demo(engine, today: dt.date) -> LoadReport:
    with engine.begin() as conn:
        return load_catalogue(conn, read_catalogue_file(demo_catalogue_path()), today)


@pytest.fixture(scope="module", params=DAYS, ids=str)
def demo(request, tmp_path_factory):
    """One real store per load day, shared by the read-only checks below."""
    today = request.param
    engine = make_engine(tmp_path_factory.mktemp("demo") / "store.sqlite")
    upgrade(engine)
    yield engine, today, load_demo(engine, today)
    engine.dispose()


def test_demo_loads_without_a_single_rejected_or_repaired_record(demo) -> None:
    _, _, report = demo
    assert report.rejected == []
    assert report.repaired == []


def test_demo_has_enough_offers_providers_and_venues(demo) -> None:
    engine, _, report = demo
    with engine.connect() as conn:
        offers = conn.execute(select(func.count()).select_from(Offer)).scalar_one()
        kinds = conn.execute(select(Provider.kind)).scalars().all()
        venues = conn.execute(select(Venue.name, Venue.step_free, Venue.latitude, Venue.longitude,
                                     Venue.opening_hours, Venue.directions)).all()
    assert offers == report.offers >= 80
    assert len(kinds) >= 8
    assert {"library", "adult_education", "museum", "community_centre", "makerspace",
            "language_cafe", "job_centre", "senior_club"} <= set(kinds) <= set(PROVIDER_KINDS)
    assert len(venues) >= 6
    assert {v.step_free for v in venues} == {True, False}
    for venue in venues:
        assert 48.0 < venue.latitude < 48.3 and 11.3 < venue.longitude < 11.8, venue.name  # Munich
        assert {"de", "en"} <= set(venue.opening_hours) and {"de", "en"} <= set(venue.directions)


def test_every_session_lies_in_the_eight_weeks_after_the_load_day(demo) -> None:
    engine, today, _ = demo
    with engine.connect() as conn:
        first, last, count = conn.execute(
            select(func.min(Session.starts_at), func.max(Session.ends_at), func.count())
        ).one()
        without = conn.execute(
            select(func.count()).select_from(Offer).where(~Offer.sessions.any())
        ).scalar_one()
    assert count > 300
    assert without == 0
    assert first.date() >= today
    assert last < dt.datetime.combine(today + EIGHT_WEEKS, dt.time())
    assert (last.date() - today).days > 40  # spread over the weeks, not bunched up front


def test_something_is_on_every_day_of_the_eight_weeks(demo) -> None:
    engine, today, _ = demo
    with engine.connect() as conn:
        days = {when.date() for when in conn.execute(select(Session.starts_at)).scalars()}
    assert {today + dt.timedelta(days=n) for n in range(56)} <= days


def test_weekly_monthly_and_one_off_offers_and_all_times_of_day(demo) -> None:
    engine, _, _ = demo
    with engine.connect() as conn:
        rows = conn.execute(select(Session.offer_id, Session.starts_at).order_by(Session.starts_at)).all()
    starts = defaultdict(list)
    for offer_id, when in rows:
        starts[offer_id].append(when)
    gaps = {oid: {(b - a).days for a, b in zip(s, s[1:])} for oid, s in starts.items()}
    weekly = [oid for oid, g in gaps.items() if g == {7}]
    monthly = [oid for oid, g in gaps.items() if g and g <= set(range(28, 36))]
    one_off = [oid for oid, s in starts.items() if len(s) == 1]
    assert len(weekly) >= 20 and len(monthly) >= 3 and len(one_off) >= 10
    hours = {when.hour for _, when in rows}
    assert hours & {9, 10, 11} and hours & {14, 15, 16} and hours & {18, 19}


def test_free_and_paid_every_level_and_some_full_sessions(demo) -> None:
    engine, _, _ = demo
    with engine.connect() as conn:
        costs = conn.execute(select(Offer.cost_cents)).scalars().all()
        levels = set(conn.execute(select(Offer.level)).scalars())
        seats = conn.execute(select(Session.seats_left).where(Session.seats_left.is_not(None))).scalars().all()
    assert 0 in costs and any(c > 0 for c in costs)
    assert levels == set(LEVELS)
    assert 0 in seats and any(s > 0 for s in seats)


def test_german_and_english_on_every_offer_and_five_more_languages(demo) -> None:
    engine, _, _ = demo
    with engine.connect() as conn:
        texts = conn.execute(select(OfferText.offer_id, OfferText.lang, OfferText.title, OfferText.description)).all()
        taught = conn.execute(select(OfferLanguage.lang, func.count()).group_by(OfferLanguage.lang)).all()
        offers = conn.execute(select(Offer.id)).scalars().all()
    langs = defaultdict(set)
    for offer_id, lang, title, description in texts:
        assert title and description, (offer_id, lang)
        langs[offer_id].add(lang)
    assert all({"de", "en"} <= langs[oid] for oid in offers)
    with_text = defaultdict(int)
    for offer_langs in langs.values():
        for lang in offer_langs:
            with_text[lang] += 1
    taught_count = dict(taught)
    for lang in ("el", "es", "ro", "tr", "ar"):
        assert with_text[lang] >= 3, lang
        assert taught_count.get(lang, 0) >= 3, lang


def test_demo_file_uses_only_known_topics_and_resolvable_prerequisites() -> None:
    data = json.loads(demo_catalogue_path().read_text(encoding="utf-8"))
    assert data["format"] == "connect-catalogue/1"
    ids = {o["id"] for o in data["offers"]}
    rules = {o["recurrence"]["rrule"].split(";")[0] for o in data["offers"]}
    assert rules == {"FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=DAILY"}
    for o in data["offers"]:
        assert o["topics"] and set(o["topics"]) <= set(TOPICS), o["id"]
        assert set(o["prerequisites"]) <= ids - {o["id"]}, o["id"]
    # A chain of at least three steps (German A1 -> A2 -> B1).
    prereq = {o["id"]: o["prerequisites"] for o in data["offers"]}
    depth = {}

    def chain(oid: str) -> int:
        if oid not in depth:
            depth[oid] = 1 + max((chain(p) for p in prereq[oid]), default=0)
        return depth[oid]

    assert max(chain(oid) for oid in ids) >= 3


def test_loading_the_demo_twice_changes_nothing(engine) -> None:
    today = dt.date.today()
    first = load_demo(engine, today)
    second = load_demo(engine, today)
    assert (second.offers, second.sessions, second.rejected) == (first.offers, first.sessions, [])
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Offer)).scalar_one() == first.offers
        assert conn.execute(select(func.count()).select_from(Session)).scalar_one() == first.sessions
