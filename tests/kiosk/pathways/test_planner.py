"""The planner on small handmade catalogues: what it picks, what it refuses, and how it says so."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.catalogue.load import load_catalogue
from kiosk.pathways.planner import plan
from kiosk.pathways.request import PlanRequest

NOW = dt.datetime(2026, 3, 2, 9, 0)  # a Monday
KIOSK = (50.94, 6.96)


def _venue(ident, lat, lon, step_free=True, name=None):
    return {"id": ident, "name": name or f"Venue {ident}", "street": "Hauptstraße 1", "postcode": "50667",
            "city": "Lernstadt", "lat": lat, "lon": lon, "step_free": step_free}


def _offer(ident, title, topics, *, level="beginner", provider="lib", venue="central", cost=0,
           languages=("de",), starts=(), minutes=90, registration="required", prerequisites=(), audience="adults"):
    return {
        "id": ident, "provider": provider, "venue": venue, "title": {"en": title, "de": f"{title} (de)"},
        "topics": list(topics), "level": level, "languages": list(languages), "cost_cents": cost, "audience": audience,
        "registration": registration, "prerequisites": list(prerequisites),
        "sessions": [
            {"id": f"{ident}:{i}", "starts_at": s.isoformat(), "ends_at": (s + dt.timedelta(minutes=minutes)).isoformat()}
            for i, s in enumerate(starts)
        ],
    }


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(NOW.date() + dt.timedelta(days=day), dt.time(hour, minute))


def _weekly(first_day: int, hour: int, weeks: int = 4) -> list[dt.datetime]:
    return [_at(first_day + 7 * w, hour) for w in range(weeks)]


def _catalogue(offers):
    return {
        "providers": [{"id": "lib", "name": "City Library"}, {"id": "vhs", "name": "Adult Education Centre"},
                      {"id": "cafe", "name": "Language Café"}],
        "venues": [_venue("central", 50.941, 6.958, name="Central Library"),
                   _venue("north", 50.96, 6.97, step_free=False, name="North Branch"),
                   _venue("far", 51.40, 7.50, name="Far Away Hall")],
        "offers": offers,
    }


@pytest.fixture
def store(engine):
    def load(offers):
        with engine.begin() as conn:
            report = load_catalogue(conn, _catalogue(offers), NOW.date())
        assert not report.rejected, report.rejected
        return engine
    return load


DIGITAL = [
    _offer("pc-1", "Computer basics", ["digital"], starts=_weekly(1, 10)),               # Tue 10:00
    _offer("phone-1", "Smartphone help", ["digital", "community"], provider="cafe", registration="drop_in",
           starts=_weekly(2, 14)),                                                            # Wed 14:00
    _offer("mail-1", "E-mail for everyone", ["digital"], provider="vhs", starts=_weekly(3, 10)),  # Thu
    _offer("sheet-2", "Spreadsheets", ["digital", "work"], level="intermediate", provider="vhs",
           starts=_weekly(29, 10), prerequisites=["pc-1"]),                                     # after pc-1
    _offer("yoga", "Gentle yoga", ["health"], starts=_weekly(1, 18)),
]


def test_a_pathway_of_real_future_steps_on_the_goal_with_reasons(store) -> None:
    engine = store(DIGITAL)
    with engine.connect() as conn:
        pathway = plan(conn, PlanRequest(aim="digital"), now=NOW, origin=KIOSK, help_contact="Advice desk")
    hub_ids = [s.choice.offer_hub_id for s in pathway.steps]
    assert pathway.complete and 3 <= len(hub_ids) <= 6
    assert "yoga" not in hub_ids
    # The intermediate course builds on the beginner one, so it comes after it and says so.
    assert hub_ids.index("pc-1") < hub_ids.index("sheet-2")
    spreadsheet = next(s for s in pathway.steps if s.choice.offer_hub_id == "sheet-2")
    builds_on = [r for r in spreadsheet.choice.reasons if r.key == "builds_on"]
    assert builds_on and builds_on[0].params["step"] == hub_ids.index("pc-1") + 1
    assert all(v.starts_at > NOW for s in pathway.steps for v in s.choice.visits)
    first = pathway.steps[0].choice
    assert first.offer_hub_id == "pc-1" and len(first.visits) == 4  # a course: the whole series
    texts_en = [r.text("en") for r in first.reasons]
    texts_de = [r.text("de") for r in first.reasons]
    assert "Tuesdays 10:00 at Central Library" in texts_en and "beginner level" in texts_en and "free" in texts_en
    assert "dienstags 10:00 Uhr, Central Library" in texts_de and "kostenlos" in texts_de
    drop_in = next(s for s in pathway.steps if s.choice.offer_hub_id == "phone-1").choice
    assert len(drop_in.visits) == 1  # a drop-in: one visit is enough


def test_same_inputs_same_pathway_whatever_order_the_catalogue_came_in(store, tmp_path) -> None:
    from kiosk.store.engine import make_engine
    from kiosk.store.migrate import upgrade

    request = PlanRequest(aim="digital", hours_per_week=4)
    engine = store(DIGITAL)
    other = make_engine(tmp_path / "reversed.sqlite")
    upgrade(other)
    with other.begin() as conn:
        load_catalogue(conn, _catalogue(list(reversed(DIGITAL))), NOW.date())

    def steps(eng):
        with eng.connect() as conn:
            p = plan(conn, request, now=NOW, origin=KIOSK)
        return [(s.choice.offer_hub_id, [v.session_hub_id for v in s.choice.visits],
                 [a.offer_hub_id for a in s.alternatives], [r.as_dict() for r in s.choice.reasons])
                for s in p.steps]

    assert steps(engine) == steps(engine) == steps(other)
    other.dispose()


def test_days_times_budget_and_weekly_hours_are_respected(store) -> None:
    offers = [
        _offer("tue-am", "Tuesday morning course", ["digital"], starts=_weekly(1, 10)),
        _offer("tue-pm", "Tuesday evening course", ["digital"], starts=_weekly(1, 18)),
        _offer("wed-am", "Wednesday morning course", ["digital"], starts=_weekly(2, 10)),
        _offer("sat-am", "Saturday course", ["digital"], starts=_weekly(5, 10)),
        _offer("paid", "Paid course", ["digital"], cost=4500, starts=_weekly(3, 10)),
        _offer("thu-am", "Thursday morning course", ["digital"], starts=_weekly(3, 9)),
    ]
    engine = store(offers)
    request = PlanRequest(aim="digital", days=("tue", "wed", "thu"), times_of_day=("morning",),
                          hours_per_week=3, budget="small_fee")
    with engine.connect() as conn:
        pathway = plan(conn, request, now=NOW)
    chosen = {s.choice.offer_hub_id for s in pathway.steps}
    assert "sat-am" not in chosen and "tue-pm" not in chosen and "paid" not in chosen
    # 90 minutes each: only two of the three weekday-morning courses fit in three hours a week.
    assert len(chosen) == 2 and chosen < {"tue-am", "wed-am", "thu-am"}
    assert not pathway.complete
    assert pathway.shortfall is not None and pathway.shortfall.key == "too_few"
    assert "Only 2 steps" in pathway.shortfall.text("en")


def test_too_far_inaccessible_and_wrong_language_offers_stay_out(store) -> None:
    offers = [
        _offer("near", "Near course", ["culture"], starts=[_at(1, 10)], languages=("en",)),
        _offer("far", "Far course", ["culture"], venue="far", starts=[_at(2, 10)], languages=("en",)),
        _offer("stairs", "Course up the stairs", ["culture"], venue="north", starts=[_at(3, 10)], languages=("en",)),
        _offer("german", "Only in German", ["culture"], starts=[_at(4, 10)], languages=("de",)),
    ]
    engine = store(offers)
    request = PlanRequest(aim="culture", learn_language="en", max_distance_km=10, access_needs=("step_free",))
    with engine.connect() as conn:
        pathway = plan(conn, request, now=NOW, origin=KIOSK, help_contact="Learning advice desk, 1st floor")
    assert [s.choice.offer_hub_id for s in pathway.steps] == ["near"]
    assert not pathway.complete
    # Honest about it: the closest offers and why each one does not fit, and a person to ask.
    why = {c.offer_hub_id: [r.key for r in c.why_not] for c in pathway.closest}
    assert why == {"far": ["why_far"], "stairs": ["why_access"], "german": ["why_language"]}
    assert pathway.help.text("en") == "Ask for help: Learning advice desk, 1st floor"
    assert "km away" in next(c for c in pathway.closest if c.offer_hub_id == "far").why_not[0].text("en")


def test_basket_offers_come_first_and_a_misfit_is_explained(store) -> None:
    offers = DIGITAL + [
        _offer("knit", "Knitting circle", ["making"], starts=_weekly(4, 15)),
        _offer("pricey", "Pricey masterclass", ["digital"], cost=9900, starts=[_at(6, 10)]),
    ]
    engine = store(offers)
    request = PlanRequest(aim="digital", basket=("knit", "pricey"))
    with engine.connect() as conn:
        pathway = plan(conn, request, now=NOW, lang="de")
    chosen = [s.choice for s in pathway.steps]
    knit = next(c for c in chosen if c.offer_hub_id == "knit")
    assert "basket" in [r.key for r in knit.reasons]
    assert knit.title == "Knitting circle (de)"  # in the citizen's language
    assert "pricey" not in [c.offer_hub_id for c in chosen]
    [note] = pathway.notes
    assert note.key == "basket_left_out" and note.params["why"] == "why_cost"
    assert note.text("en") == "“Pricey masterclass (de)” could not be fitted in: it costs €99.00, more than your budget"


def test_levels_climb_from_the_citizens_level(store) -> None:
    offers = [
        _offer("g-a1", "German A1", ["language"], starts=_weekly(1, 10, weeks=3)),
        _offer("g-a2", "German A2", ["language"], level="intermediate", starts=_weekly(22, 10, weeks=3)),
        _offer("g-adv", "German C1", ["language"], level="advanced", starts=_weekly(43, 10)),
        _offer("g-early-a2", "German A2 early group", ["language"], level="intermediate", starts=_weekly(0, 15, weeks=2)),
        _offer("cafe", "Language café", ["language", "community"], provider="cafe", level="all",
               registration="drop_in", starts=_weekly(3, 17)),
    ]
    engine = store(offers)
    with engine.connect() as conn:
        pathway = plan(conn, PlanRequest(aim="learn_german", level="beginner"), now=NOW)
    levels = [s.choice.level for s in pathway.steps if s.choice.level != "all"]
    chosen = [s.choice.offer_hub_id for s in pathway.steps]
    assert "g-adv" not in chosen  # two levels above the citizen: not a reachable next step
    order = {"beginner": 0, "intermediate": 1, "advanced": 2}
    assert levels == sorted(levels, key=order.get) and levels[0] == "beginner"


def test_nothing_fits_says_so_instead_of_padding(store) -> None:
    engine = store(DIGITAL)
    with engine.connect() as conn:
        pathway = plan(conn, PlanRequest(aim="digital", days=("sun",)), now=NOW, help_contact="Ask at the desk")
    assert pathway.steps == () and not pathway.complete
    assert pathway.shortfall.key == "nothing_found"
    assert {c.offer_hub_id for c in pathway.closest} <= {"pc-1", "phone-1", "mail-1", "sheet-2"}
    assert pathway.closest and all(c.why_not for c in pathway.closest)
    assert pathway.help is not None


def test_providers_are_mixed_when_their_offers_are_nearly_as_good(store) -> None:
    library = [_offer(f"lib-{i}", f"Library course {i}", ["digital"], starts=_weekly(i, 10, weeks=2)) for i in range(5)]
    centre = [_offer(f"vhs-{i}", f"Centre course {i}", ["digital"], provider="vhs", venue="north",
                     starts=_weekly(i, 15, weeks=2)) for i in range(5)]
    engine = store(library + centre)
    with engine.connect() as conn:
        pathway = plan(conn, PlanRequest(aim="digital"), now=NOW, origin=KIOSK)
    providers = [s.choice.provider for s in pathway.steps]
    assert len(providers) == 6
    # The library's offers are nearer and step-free, so each scores higher; still not all six.
    assert 2 <= providers.count("Adult Education Centre") <= 4


def test_a_stored_learning_goal_becomes_a_plan_request() -> None:
    from kiosk.store.models import LearningGoal

    goal = LearningGoal(aim="learn_german", own_words="Deutsch für den Alltag", hours_per_week=0,
                        days=["Monday", "tue", "someday"], times_of_day=["evening", "night"],
                        budget="lots", learn_language="ar", max_distance_km=-1, access_needs=["step_free", "wings"])
    request = PlanRequest.from_goal(goal, basket=("o-1",), level="expert")
    assert request.days == ("mon", "tue") and request.times_of_day == ("evening",)
    assert request.hours_per_week is None and request.max_distance_km is None  # 0 and -1: no limit given
    assert request.budget == "free" and request.level == "beginner"  # unknown values: the safe choice
    assert request.access_needs == ("step_free",) and request.basket == ("o-1",)
    assert request.instruction_languages == ("ar", "de")  # German courses are taught in German
    assert PlanRequest.from_goal(LearningGoal(aim="astrology")).aim == "other"


def test_what_you_wrote_is_claimed_only_for_the_citizens_own_words(store) -> None:
    offers = [
        _offer("g-a1", "German A1", ["language"], starts=_weekly(1, 10)),
        _offer("g-cafe", "German language café", ["language", "community"], provider="cafe", level="all",
               registration="drop_in", starts=_weekly(3, 17)),
        _offer("doctor", "At the doctor: words for the surgery", ["language", "health"], provider="vhs",
               starts=_weekly(2, 10)),
    ]
    engine = store(offers)
    with engine.connect() as conn:
        # Turkish for "talk to the doctor": no title holds it; "German" is the aim's word, not theirs.
        turkish = plan(conn, PlanRequest(aim="learn_german", own_words="doktorla konuşmak"), now=NOW)
        english = plan(conn, PlanRequest(aim="learn_german", own_words="talk to the doctor"), now=NOW)
    assert {s.choice.offer_hub_id for s in turkish.steps} == {"g-a1", "g-cafe", "doctor"}
    assert all("words" not in [r.key for r in s.choice.reasons] for s in turkish.steps)
    assert all("topic" in [r.key for r in s.choice.reasons] for s in turkish.steps)
    said = {s.choice.offer_hub_id for s in english.steps if "words" in [r.key for r in s.choice.reasons]}
    assert said == {"doctor"}


def test_the_aims_words_rank_offers_on_its_topics_but_bring_in_no_others(store) -> None:
    offers = [
        _offer("g-a1", "German A1", ["language"], starts=_weekly(1, 10)),
        # The same morning at the same place: only one of the two fits, and a German learner wants German.
        _offer("greek", "Greek A1", ["language"], provider="vhs", starts=_weekly(1, 10)),
        # "German" in the title, but nothing to do with learning it.
        _offer("health", "The German health system explained", ["health"], starts=[_at(2, 10)]),
        _offer("story", "Greek-German story time", ["reading", "culture"], provider="cafe", starts=_weekly(5, 11)),
    ]
    engine = store(offers)
    with engine.connect() as conn:
        pathway = plan(conn, PlanRequest(aim="learn_german"), now=NOW)
    assert [s.choice.offer_hub_id for s in pathway.steps] == ["g-a1"]
    assert [a.offer_hub_id for a in pathway.steps[0].alternatives] == ["greek"]
    assert not {"health", "story"} & {c.offer_hub_id for c in pathway.closest}


def test_offers_for_children_are_steps_only_for_the_aim_about_children_and_family_ones_rank_lower(store) -> None:
    offers = [
        _offer("cv", "Write your CV", ["work"], starts=_weekly(1, 10)),
        _offer("letters", "Reading and writing for adults", ["reading"], provider="vhs", starts=_weekly(2, 10)),
        _offer("homework", "Homework help for schoolchildren", ["reading", "family"], audience="children",
               starts=_weekly(3, 15)),
        _offer("story", "Story time for families", ["reading", "family"], audience="families", provider="cafe",
               level="all", registration="drop_in", starts=_weekly(5, 11)),
        _offer("adults", "Reading club", ["reading"], provider="cafe", level="all", registration="drop_in",
               starts=_weekly(5, 11)),
    ]
    engine = store(offers)
    with engine.connect() as conn:
        job = plan(conn, PlanRequest(aim="find_job"), now=NOW)
        children = plan(conn, PlanRequest(aim="help_children"), now=NOW)
        chosen = plan(conn, PlanRequest(aim="find_job", basket=("homework",)), now=NOW)
    job_steps = [s.choice.offer_hub_id for s in job.steps]
    assert "homework" not in job_steps and "homework" not in {c.offer_hub_id for c in job.closest}
    # A family offer may serve a parent, but an offer for grown-ups at the same hour comes first.
    assert "adults" in job_steps and ("story" not in job_steps or job_steps.index("adults") < job_steps.index("story"))
    assert {"homework", "story"} <= {s.choice.offer_hub_id for s in children.steps}
    # The citizen's own choice still counts: they know whom they would bring.
    homework = next(s.choice for s in chosen.steps if s.choice.offer_hub_id == "homework")
    assert "basket" in [r.key for r in homework.reasons]


def test_a_german_learner_with_few_free_mornings_gets_no_story_times_from_the_demo_city(engine) -> None:
    from kiosk.catalogue.load import read_catalogue_file
    from kiosk.paths import demo_catalogue_path

    with engine.begin() as conn:
        load_catalogue(conn, read_catalogue_file(demo_catalogue_path()), NOW.date())
    request = PlanRequest(aim="learn_german", own_words="doktorla konuşmak", days=("tue", "sat"),
                          times_of_day=("morning",), budget="free", access_needs=("step_free",))
    with engine.connect() as conn:
        pathway = plan(conn, request, now=NOW, origin=(48.137, 11.575), help_contact="Advice desk")
    offered = {s.choice.offer_hub_id for s in pathway.steps} | {c.offer_hub_id for c in pathway.closest}
    assert not offered & {"stb-reading-arabic", "stb-reading-greek"}
    assert all("words" not in [r.key for r in s.choice.reasons] for s in pathway.steps)
    # No German offer is free, step-free and on a Tuesday or Saturday morning: it says so instead.
    assert not pathway.complete and pathway.closest and pathway.help is not None
