"""Property tests: over generated catalogues and goals the planner keeps every promise it makes."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kiosk.catalogue.load import load_catalogue
from kiosk.pathways.candidates import VenueFacts, distance_km
from kiosk.pathways.planner import MAX_STEPS, MIN_STEPS, plan
from kiosk.pathways.request import AIMS, BUDGETS, DAYS, LEVEL_RANK, LEVELS, TIMES_OF_DAY, PlanRequest
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade

NOW = dt.datetime(2026, 5, 4, 11, 20)
KIOSK = (50.95, 6.95)
TOPICS = ["digital", "language", "work", "health", "family"]
LANGS = ["de", "en", "el"]
PROPERTY_SETTINGS = settings(
    max_examples=70, deadline=None,
    # The autouse data-folder fixture is function-scoped but the same for every example.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A migrated empty store, copied for each example (migrating each time would be slow)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    return path


@st.composite
def catalogues(draw):
    venues = [
        {
            "id": f"v{i}", "name": f"Venue {i}", "city": "Lernstadt",
            "lat": draw(st.floats(50.85, 51.05)), "lon": draw(st.floats(6.85, 7.05)),
            "step_free": draw(st.booleans()), "hearing_loop": draw(st.booleans()),
            "accessible_toilet": draw(st.booleans()),
        }
        for i in range(draw(st.integers(1, 3)))
    ]
    offers = []
    for i in range(draw(st.integers(0, 14))):
        venue = draw(st.sampled_from([v["id"] for v in venues] + [None]))
        sessions = []
        for k in range(draw(st.integers(1, 4))):
            start = NOW.replace(minute=0) + dt.timedelta(minutes=15 * draw(st.integers(-200, 4 * 24 * 40)))
            sessions.append({
                "id": f"o{i}:{k}", "starts_at": start.isoformat(),
                "ends_at": (start + dt.timedelta(minutes=draw(st.sampled_from([30, 60, 90, 120, 180])))).isoformat(),
                "cancelled": draw(st.booleans()) and draw(st.booleans()),
            })
        offers.append({
            "id": f"o{i}", "provider": draw(st.sampled_from(["p0", "p1", "p2"])),
            "venue": venue, "format": "in_person" if venue else "online",
            "title": {"en": f"Offer {i}", "de": f"Angebot {i}"},
            "topics": draw(st.lists(st.sampled_from(TOPICS), min_size=1, max_size=2, unique=True)),
            "level": draw(st.sampled_from(LEVELS + ("all",))),
            "languages": draw(st.lists(st.sampled_from(LANGS), min_size=1, max_size=2, unique=True)),
            "cost_cents": draw(st.sampled_from([0, 0, 500, 2000, 4000])),
            "registration": draw(st.sampled_from(["required", "drop_in"])),
            "prerequisites": draw(st.lists(st.sampled_from([f"o{j}" for j in range(i)]), max_size=1)) if i else [],
            "sessions": sessions,
        })
    return {
        "providers": [{"id": f"p{i}", "name": f"Provider {i}"} for i in range(3)],
        "venues": venues,
        "offers": offers,
    }


def requests(offer_ids: list[str], session_ids: list[tuple[str, str]] = ()):
    return st.builds(
        PlanRequest,
        aim=st.sampled_from(AIMS),
        own_words=st.sampled_from(["", "Offer", "computer for work", "Angebot lernen"]),
        level=st.sampled_from(LEVELS),
        hours_per_week=st.none() | st.integers(1, 8),
        days=st.lists(st.sampled_from(DAYS), unique=True).map(tuple),
        times_of_day=st.lists(st.sampled_from(list(TIMES_OF_DAY)), unique=True).map(tuple),
        budget=st.sampled_from(list(BUDGETS)),
        learn_language=st.none() | st.sampled_from(LANGS),
        max_distance_km=st.none() | st.floats(0.5, 25),
        access_needs=st.lists(st.sampled_from(["step_free", "hearing_loop"]), unique=True).map(tuple),
        basket=st.lists(st.sampled_from(offer_ids), unique=True, max_size=3).map(tuple) if offer_ids else st.just(()),
        booked=st.lists(st.sampled_from(offer_ids), unique=True, max_size=2).map(tuple) if offer_ids else st.just(()),
        sessions=(st.lists(st.sampled_from(list(session_ids)), unique_by=lambda s: s[0], max_size=3).map(tuple)
                  if session_ids else st.just(())),
    )


def keeps_promises(conn, request: PlanRequest, pathway, origin) -> None:
    """Every promise, checked against the store itself rather than the planner's own data."""
    own = set(request.own)
    choices = [s.choice for s in pathway.steps]
    steps = [c.offer_hub_id for c in choices]
    assert len(steps) <= max(MAX_STEPS, len(own))
    assert pathway.complete == (len(pathway.steps) >= MIN_STEPS)
    assert (pathway.shortfall is None) == pathway.complete
    # The citizen's own offers are steps, or a note says why not; never "offers that nearly fit".
    left_out = {n.params["offer"] for n in pathway.notes if n.key == "basket_left_out"}
    upcoming = set(conn.execute(text(
        "SELECT DISTINCT o.hub_id FROM offer o JOIN session s ON s.offer_id = o.id "
        "WHERE s.cancelled = 0 AND s.starts_at > :now"), {"now": NOW.isoformat(sep=" ")}).scalars())
    for hub_id in own & upcoming:
        assert (hub_id in steps) != (hub_id in left_out), hub_id
    assert not own & {c.offer_hub_id for c in pathway.closest}
    assert all(not s.alternatives for s in pathway.steps if s.booked)
    assert {s.choice.offer_hub_id for s in pathway.steps if s.booked} == set(request.booked) & set(steps)
    # Another language than theirs only to make a pathway at all.
    if request.instruction_languages:
        foreign = [c for c in choices
                   if c.offer_hub_id not in own and not set(c.languages) & set(request.instruction_languages)]
        assert len(foreign) <= max(0, MIN_STEPS - len(own & set(steps)))
    check_choices(conn, request, choices, origin)
    # Any alternative, swapped in for its step, keeps every promise too.
    for i, step in enumerate(pathway.steps):
        for alternative in step.alternatives:
            assert alternative.offer_hub_id not in {c.offer_hub_id for c in choices} | own
            swapped = sorted(choices[:i] + [alternative] + choices[i + 1:], key=lambda c: c.first.starts_at)
            check_choices(conn, request, swapped, origin)


def check_choices(conn, request: PlanRequest, choices, origin) -> None:
    """The promises for the planner's own picks; the citizen's own offers (booked, basket) are
    theirs to take whatever their conditions say, so only dates and clashes apply to them."""
    own = set(request.own)
    picks = [c for c in choices if c.offer_hub_id not in own]
    visits = [(c, v) for c in choices for v in c.visits]
    for c, v in visits:  # every session exists, belongs to its offer, is live and in the future
        row = conn.execute(text(
            "SELECT o.hub_id, s.starts_at, s.ends_at, s.cancelled FROM session s JOIN offer o ON o.id = s.offer_id "
            "WHERE s.hub_id = :h"), {"h": v.session_hub_id}).one()
        assert row.hub_id == c.offer_hub_id and not row.cancelled
        assert dt.datetime.fromisoformat(str(row.starts_at)) == v.starts_at > NOW
        assert dt.datetime.fromisoformat(str(row.ends_at)) == v.ends_at
    for i, (_, a) in enumerate(visits):  # no clashes
        for _, b in visits[i + 1:]:
            assert not (a.starts_at < b.ends_at and b.starts_at < a.ends_at), (a, b)
    offer_cap, total_cap = BUDGETS[request.budget]
    if offer_cap is not None:
        assert all(c.cost_cents <= offer_cap for c in picks)
        assert sum(c.cost_cents for c in picks) <= total_cap
    if request.hours_per_week is not None:
        weeks, own_weeks = Counter(), Counter()
        for c, v in visits:
            weeks[v.starts_at.isocalendar()[:2]] += v.minutes
            if c.offer_hub_id in own:
                own_weeks[v.starts_at.isocalendar()[:2]] += v.minutes
        # Over the hours only in a week the citizen's own offers fill by themselves.
        assert all(m <= request.hours_per_week * 60 or m == own_weeks[w] for w, m in weeks.items())
    for _, v in ((c, v) for c in picks for v in c.visits):
        if request.days:
            assert DAYS[v.starts_at.weekday()] in request.days
        if request.times_of_day:
            minute = v.starts_at.hour * 60 + v.starts_at.minute
            assert any(TIMES_OF_DAY[t][0] <= minute < TIMES_OF_DAY[t][1] for t in request.times_of_day)
        if v.venue_id is not None:
            venue = conn.execute(text("SELECT * FROM venue WHERE id = :i"), {"i": v.venue_id}).one()
            for need in request.access_needs:
                assert getattr(venue, need)
            if request.max_distance_km is not None:
                facts = VenueFacts(venue.id, venue.name, venue.latitude, venue.longitude, True, True, True)
                assert distance_km(origin, facts) <= request.max_distance_km
    ranks = [LEVEL_RANK[c.level] for c in picks if c.level != "all"]
    assert ranks == sorted(ranks), "levels went backwards"
    assert all(r in request.level_ranks for r in ranks)
    starts = [c.first.starts_at for c in choices]
    assert starts == sorted(starts)
    for i, c in enumerate(choices):
        if c.offer_hub_id in own:
            continue
        for prerequisite in c.prerequisites if hasattr(c, "prerequisites") else _prerequisites(conn, c):
            earlier = [e for e in choices[:i] if e.offer_hub_id == prerequisite]
            assert earlier and earlier[0].last.ends_at <= c.first.starts_at


def _prerequisites(conn, choice) -> list[str]:
    import json

    raw = conn.execute(text("SELECT prerequisites FROM offer WHERE hub_id = :h"), {"h": choice.offer_hub_id}).scalar_one()
    return json.loads(raw) if isinstance(raw, str) else list(raw)


@PROPERTY_SETTINGS
@given(data=st.data(), catalogue=catalogues())
def test_planner_keeps_its_promises_on_any_catalogue(template: Path, data, catalogue) -> None:
    path = template.with_name(f"{uuid.uuid4().hex}.sqlite")
    shutil.copy(template, path)
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            load_catalogue(conn, catalogue, NOW.date())
        request = data.draw(requests([o["id"] for o in catalogue["offers"]],
                                     [(o["id"], x["id"]) for o in catalogue["offers"] for x in o["sessions"]]))
        with engine.connect() as conn:
            first = plan(conn, request, now=NOW, origin=KIOSK, help_contact="desk")
            again = plan(conn, request, now=NOW, origin=KIOSK, help_contact="desk")
            assert first == again  # same inputs, same pathway
            keeps_promises(conn, request, first, KIOSK)
    finally:
        engine.dispose()
        path.unlink()


@pytest.fixture(scope="module")
def generated(template: Path):
    """A generated city of 600 offers (the catalogue generator's shape), loaded once."""
    from kiosk.catalogue.generate import load_generated

    path = template.with_name("generated.sqlite")
    shutil.copy(template, path)
    engine = make_engine(path)
    load_generated(engine, 600, seed=11, today=NOW.date())
    yield engine
    engine.dispose()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_planner_keeps_its_promises_on_a_generated_city(generated, data) -> None:
    with generated.connect() as conn:
        ids = list(conn.execute(text("SELECT hub_id FROM offer ORDER BY id LIMIT 50")).scalars())
        request = data.draw(requests(ids))
        origin = (51.05, 7.0)  # inside the generated city
        pathway = plan(conn, request, now=NOW, origin=origin)
        keeps_promises(conn, request, pathway, origin)
        assert plan(conn, request, now=NOW, origin=origin) == pathway


def test_a_generous_goal_on_a_generated_city_fills_a_pathway(generated) -> None:
    """Not only "never wrong": with room to move, the planner does find a full pathway."""
    with generated.connect() as conn:
        pathway = plan(conn, PlanRequest(aim="digital", budget="any"), now=NOW, origin=(51.05, 7.0))
    assert pathway.complete and len(pathway.steps) >= MIN_STEPS
