"""Record checks: each bad field is repaired or rejected with a reason, never an unexpected error."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.catalogue.records import (
    DESCRIPTION_MAX,
    MAX_SESSIONS_PER_OFFER,
    OfferRecord,
    Rejected,
    check_offer,
    check_provider,
    check_venue,
)
from tests.conftest import REAL_TESTDATA

TODAY = dt.date(2026, 3, 2)  # a Monday


def offer(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "id": "o1", "provider": "p1", "venue": "v1",
        "title": {"de": "Deutsch A1", "en": "German A1"},
        "description": {"de": "Für Anfänger", "en": "For beginners"},
        "topics": ["language"], "level": "beginner", "languages": ["de"],
        "cost_cents": 0, "capacity": 12,
        "sessions": [{"id": "o1:1", "starts_at": "2026-03-03T10:00", "ends_at": "2026-03-03T11:30"}],
    }
    raw.update(changes)
    return {k: v for k, v in raw.items() if v is not ...}


def rejected(raw: Any) -> str:
    with pytest.raises(Rejected) as info:
        check_offer(raw, TODAY)
    return str(info.value)


def test_a_good_offer_passes_unchanged() -> None:
    rec = check_offer(offer(), TODAY)
    assert rec.titles == {"de": "Deutsch A1", "en": "German A1"}
    assert rec.sessions[0].starts_at == dt.datetime(2026, 3, 3, 10, 0)
    assert rec.repairs == []


@pytest.mark.parametrize("title", [..., None, "", {}, {"de": "  "}, {"de": "<b></b>"}, {"xx-long": "x"}])
def test_no_title_is_rejected(title: Any) -> None:
    assert "no title" in rejected(offer(title=title))


def test_session_ending_before_it_starts_is_skipped_and_offer_without_usable_session_rejected() -> None:
    bad = {"id": "s-bad", "starts_at": "2026-03-03T12:00", "ends_at": "2026-03-03T10:00"}
    good = {"id": "s-good", "starts_at": "2026-03-04T10:00", "ends_at": "2026-03-04T11:00"}
    rec = check_offer(offer(sessions=[bad, good]), TODAY)
    assert [s.hub_id for s in rec.sessions] == ["s-good"]
    assert any("before it starts" in r for r in rec.repairs)
    assert "before it starts" in rejected(offer(sessions=[bad]))


def test_a_megabyte_description_is_shortened_with_a_repair_note() -> None:
    rec = check_offer(offer(description={"en": "Lots to learn. " * 70_000}), TODAY)
    assert len(rec.descriptions["en"]) <= DESCRIPTION_MAX
    assert any("shortened from 1050000 characters" in r for r in rec.repairs)


def test_html_script_controls_and_bidi_overrides_are_removed_from_texts() -> None:
    rec = check_offer(offer(
        title={"en": "<h1>Yoga</h1><script>steal()</script>\x00\x1b[31m \u202eevil"},
        description={"en": '<a href="javascript:x()">Click</a> &amp; <img src=x onerror=y>relax'},
    ), TODAY)
    assert rec.titles["en"] == "Yoga [31m evil"
    assert rec.descriptions["en"] == "Click & relax"


@pytest.mark.parametrize("cost", [-1, -500, 10**9, "12,50 €", 3.5, True, None])
def test_a_cost_that_is_not_a_price_is_rejected(cost: Any) -> None:
    assert "cost" in rejected(offer(cost_cents=cost))


def test_whole_number_cost_as_float_is_read_as_cents() -> None:
    assert check_offer(offer(cost_cents=1500.0), TODAY).cost_cents == 1500


@pytest.mark.parametrize("capacity", [10**12, -3, 0, "many", True])
def test_an_absurd_capacity_is_dropped_with_a_reason(capacity: Any) -> None:
    rec = check_offer(offer(capacity=capacity), TODAY)
    assert rec.capacity is None
    assert any("capacity" in r for r in rec.repairs)


def test_ten_thousand_sessions_keep_the_first_few_hundred_with_a_reason() -> None:
    start = dt.datetime(2026, 3, 3, 9, 0)
    sessions = [
        {"id": f"s{i}", "starts_at": (start + dt.timedelta(hours=i)).isoformat()}
        for i in range(10_000)
    ]
    rec = check_offer(offer(sessions=sessions), TODAY)
    assert len(rec.sessions) == MAX_SESSIONS_PER_OFFER
    assert any("of 10000 sessions kept" in r for r in rec.repairs)


def test_thousands_of_languages_or_prerequisites_are_cut_with_a_reason() -> None:
    import itertools
    import string

    codes = ["".join(c) for c in itertools.product(string.ascii_lowercase, repeat=3)][:5000]
    rec = check_offer(offer(title={c: "Kurs" for c in codes}, prerequisites=[f"p{i}" for i in range(5000)]), TODAY)
    assert len(rec.titles) == 40 and len(rec.prerequisites) == 20
    assert any("40 of 5000 languages" in r for r in rec.repairs)
    assert any("20 of 5000 prerequisites" in r for r in rec.repairs)


def test_session_dates_decades_away_are_skipped() -> None:
    far = {"id": "s-far", "starts_at": "2062-03-03T10:00"}
    assert "not plausible" in rejected(offer(sessions=[far]))


def test_the_same_session_id_twice_in_one_offer_keeps_the_first() -> None:
    twice = [
        {"id": "dup", "starts_at": "2026-03-03T10:00"},
        {"id": "dup", "starts_at": "2026-03-10T10:00"},
    ]
    rec = check_offer(offer(sessions=twice), TODAY)
    assert [s.starts_at.day for s in rec.sessions] == [3]
    assert any("appears twice" in r for r in rec.repairs)


def recurring(rule: str, **extra: Any) -> dict[str, Any]:
    return offer(sessions=..., recurrence={"rrule": rule, "start": "18:00", "minutes": 90, **extra})


def test_a_weekly_series_expands_from_the_load_day() -> None:
    rec = check_offer(recurring("FREQ=WEEKLY;BYDAY=TU;COUNT=3", from_day=1), TODAY)
    assert [s.starts_at for s in rec.sessions] == [
        dt.datetime(2026, 3, 3, 18), dt.datetime(2026, 3, 10, 18), dt.datetime(2026, 3, 17, 18)
    ]
    assert rec.sessions[0].ends_at == dt.datetime(2026, 3, 3, 19, 30)


def test_a_monthly_series_stops_at_until_day() -> None:
    rec = check_offer(recurring("FREQ=MONTHLY;BYDAY=1SA", until_day=55), TODAY)
    assert [s.starts_at.date() for s in rec.sessions] == [dt.date(2026, 3, 7), dt.date(2026, 4, 4)]


def test_a_series_without_an_end_stops_within_a_year() -> None:
    rec = check_offer(recurring("FREQ=DAILY"), TODAY)
    assert rec.sessions[-1].starts_at.date() <= TODAY + dt.timedelta(days=366)


@pytest.mark.parametrize(("rule", "reason"), [
    ("FREQ=FORTNIGHTLY", "frequency"),
    ("FREQ=SECONDLY", "frequency"),
    ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "not supported"),
    ("FREQ=MONTHLY;BYDAY=5MO;BYMONTHDAY=1", "combines"),
    ("FREQ=WEEKLY;BYSETPOS=3;BYDAY=MO", "not supported"),
    ("FREQ=WEEKLY;BYDAY=XX", "not a weekday"),
    ("FREQ=WEEKLY;BYDAY=2MO", "not a weekday"),
    ("FREQ=WEEKLY;COUNT=5;UNTIL=20260401T000000", "both COUNT and UNTIL"),
    ("FREQ=WEEKLY;COUNT=100000", "COUNT"),
    ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
    ("FREQ=WEEKLY;UNTIL=yesterday", "not valid"),
    ("DTSTART:19700101T000000\nRRULE:FREQ=DAILY", "single RRULE line"),
    ("FREQ=WEEKLY;;", "NAME=VALUE"),
    ("", "no rule"),
])
def test_a_bad_rrule_is_rejected_with_the_reason_and_quickly(rule: str, reason: str) -> None:
    assert reason in rejected(recurring(rule))


@pytest.mark.parametrize(("recurrence", "reason"), [
    ({"rrule": "FREQ=DAILY", "start": "25:99"}, "not a time"),
    ({"rrule": "FREQ=DAILY", "start": "10:00", "minutes": 0}, "not plausible"),
    ({"rrule": "FREQ=DAILY", "start": "10:00", "from_day": -3}, "out of range"),
    ({"rrule": "FREQ=DAILY", "start": "10:00", "from_day": 9, "until_day": 3}, "before it starts"),
    ({"rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=1", "start": "10:00", "from_day": 1, "until_day": 2}, "no session"),
    ("every Monday", "not an object"),
])
def test_a_bad_recurrence_is_rejected_with_the_reason(recurrence: Any, reason: str) -> None:
    assert reason in rejected(offer(sessions=..., recurrence=recurrence))


def test_long_offer_ids_still_get_valid_session_ids() -> None:
    rec = check_offer(offer(id="x" * 64, sessions=..., recurrence={
        "rrule": "FREQ=WEEKLY;COUNT=2", "start": "10:00"}), TODAY)
    assert len(rec.sessions) == 2
    assert all(len(s.hub_id) <= 64 for s in rec.sessions)


@pytest.mark.parametrize("ident", [None, "", "has space", "ü", "x" * 65, {"id": 1}, True])
def test_an_unusable_offer_id_is_rejected(ident: Any) -> None:
    assert "offer id" in rejected(offer(id=ident))


def test_unknown_level_format_topics_languages_are_repaired() -> None:
    rec = check_offer(offer(level="expert", format="telepathy", topics=["language", "astrology", 7],
                            languages=["de", "Deutsch", None], registration="maybe"), TODAY)
    assert (rec.level, rec.format, rec.topics, rec.languages, rec.registration) == (
        "all", "in_person", ["language"], ["de"], "required")
    assert len(rec.repairs) == 5


def venue(**changes: Any) -> dict[str, Any]:
    return {"id": "v1", "name": "Bibliothek", "lat": 48.1, "lon": 11.5, **changes}


@pytest.mark.parametrize(("lat", "lon"), [
    (math.nan, 11.5), (48.1, math.inf), (91.0, 11.5), (48.1, -181.0), (0, 0), (True, 11.5), ("48.1", "11.5"),
    (10**400, 11.5), (48.1, None), (None, [11.5]),
])
def test_absurd_coordinates_are_dropped_with_a_reason(lat: Any, lon: Any) -> None:
    rec = check_venue(venue(lat=lat, lon=lon))
    assert rec.latitude is None and rec.longitude is None
    assert any("coordinates" in r for r in rec.repairs)


def test_good_coordinates_are_kept_and_missing_ones_are_no_repair() -> None:
    assert (check_venue(venue()).latitude, check_venue(venue()).longitude) == (48.1, 11.5)
    rec = check_venue({"id": "v2", "name": "Online"})
    assert rec.latitude is None and rec.repairs == []


def test_numbers_in_text_fields_are_read_and_other_shapes_dropped_not_fatal() -> None:
    provider = check_provider({"id": "p", "name": "VHS", "phone": 4989123456, "email": {"x": 1}})
    assert (provider.phone, provider.email) == ("4989123456", None)
    venue = check_venue(venue_raw := {"id": "v", "name": "Saal", "postcode": 80634, "street": ["a"]})
    assert (venue.postcode, venue.street) == ("80634", "")
    assert venue.repairs == ["street is not text: ignored"], venue_raw
    rec = check_offer(offer(audience=["adults"]), TODAY)
    assert rec.audience == "adults" and rec.repairs == ["audience is not text: ignored"]


def test_an_unknown_provider_kind_is_read_as_other_and_noted() -> None:
    """The catalogue README promises a logged reason for every repair; "university" was silent."""
    provider = check_provider({"id": "p", "name": "TU", "kind": "university"})
    assert provider.kind == "other" and provider.repairs == ["unknown kind 'university' read as 'other'"]
    assert check_provider({"id": "p", "name": "VHS", "kind": "adult_education"}).repairs == []
    assert check_provider({"id": "p", "name": "VHS"}).repairs == []


def test_provider_and_venue_without_name_are_rejected() -> None:
    with pytest.raises(Rejected, match="no name"):
        check_provider({"id": "p", "name": "<br>"})
    with pytest.raises(Rejected, match="no name"):
        check_venue({"id": "v"})


# --- anything at all: only Rejected or a record ---------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.sampled_from([10**400, -(2**63), 2**64, 1e308, "NaN", "\ud800", "<script>x</script>"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
_FIELD_VALUES = {
    "id": st.one_of(st.just("o1"), _JSON), "provider": st.one_of(st.just("p1"), _JSON),
    "venue": st.one_of(st.just("v1"), _JSON), "title": _JSON, "description": _JSON,
    "what_to_bring": _JSON, "topics": _JSON, "level": _JSON, "languages": _JSON,
    "cost_cents": _JSON, "capacity": _JSON, "format": _JSON, "audience": _JSON,
    "registration": _JSON, "prerequisites": _JSON, "version": _JSON,
    "sessions": st.lists(st.one_of(_JSON, st.fixed_dictionaries(
        {}, optional={"id": _JSON, "starts_at": st.one_of(st.datetimes().map(str), _JSON),
                      "ends_at": st.one_of(st.datetimes().map(str), _JSON), "venue": _JSON,
                      "seats_left": _JSON, "cancelled": _JSON})), max_size=3),
    "recurrence": st.one_of(_JSON, st.fixed_dictionaries(
        {}, optional={"rrule": st.one_of(_JSON, st.sampled_from([
            "FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", "FREQ=DAILY;INTERVAL=12"])),
            "start": st.one_of(st.just("10:00"), _JSON), "minutes": _JSON,
            "from_day": _JSON, "until_day": _JSON, "seats_left": _JSON})),
}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_JSON, st.fixed_dictionaries({}, optional=_FIELD_VALUES)))
def test_any_json_value_is_either_a_record_or_rejected_with_a_reason(raw: Any) -> None:
    try:
        rec = check_offer(raw, TODAY)
    except Rejected as exc:
        assert str(exc)
    else:
        assert isinstance(rec, OfferRecord) and rec.titles


_VENUE_FIELDS = {key: _JSON for key in (
    "kind", "phone", "email", "version", "street", "postcode", "city", "district",
    "lat", "lon", "opening_hours", "directions", "step_free", "hearing_loop", "accessible_toilet")}


@settings(max_examples=200, deadline=None)
@given(st.one_of(_JSON, st.fixed_dictionaries({"id": st.just("v1"), "name": st.just("Saal")}, optional=_VENUE_FIELDS)))
def test_any_json_value_as_venue_or_provider_is_a_record_or_rejected(raw: Any) -> None:
    for check in (check_venue, check_provider):
        try:
            check(raw)
        except Rejected as exc:
            assert str(exc)


# --- real third-party data (../shared/testdata/real) ----------------------------------------

COURSES = REAL_TESTDATA / "courses"
needs_real_data = pytest.mark.skipif(
    not COURSES.is_dir(), reason=f"real third-party test data not present at {COURSES}"
)


def _json_objects(value: Any) -> list[Any]:
    """The value and every object nested in it: each is something a careless feed might send."""
    found = [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    for child in children:
        if isinstance(child, (dict, list)):
            found.extend(_json_objects(child))
    return found


def _real_json_files() -> list[Path]:
    return sorted(
        [*COURSES.glob("schemaorg-examples/jsonld/*.jsonld"),
         *COURSES.glob("openreferral-hsds/specification_v3_examples_json/*.json")]
    ) if COURSES.is_dir() else []


@needs_real_data
def test_real_data_files_are_present() -> None:
    assert len(_real_json_files()) >= 20


@needs_real_data
@pytest.mark.parametrize("path", _real_json_files(), ids=lambda p: p.name)
def test_real_schemaorg_and_hsds_records_are_rejected_or_repaired_with_a_reason(path: Path) -> None:
    outcomes = []
    for raw in _json_objects(json.loads(path.read_text(encoding="utf-8"))):
        for check in (lambda r: check_offer(r, TODAY), check_venue, check_provider):
            try:
                outcomes.append(check(raw))
            except Rejected as exc:
                assert str(exc)
                outcomes.append(exc)
    # Neither schema.org nor HSDS has our "title": no foreign record passes as an offer.
    assert not any(isinstance(o, OfferRecord) for o in outcomes)


@needs_real_data
def test_real_hsds_location_becomes_a_venue_without_inventing_coordinates() -> None:
    raw = json.loads((COURSES / "openreferral-hsds/specification_v3_examples_json/location.json").read_text())
    rec = check_venue(raw)
    assert rec.name == raw["name"]
    assert rec.latitude is None  # HSDS says "latitude", not "lat": unknown, not guessed


def _hsds_tables() -> list[Path]:
    folder = COURSES / "openreferral-hsds" / "sample-HSDS-datapackage_v1.1_all_resources"
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


@needs_real_data
@pytest.mark.parametrize("path", _hsds_tables(), ids=lambda p: p.name)
def test_real_hsds_table_rows_are_records_or_rejected_with_a_reason(path: Path) -> None:
    import csv

    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        for check in (lambda r: check_offer(r, TODAY), check_venue, check_provider):
            try:
                check(row)
            except Rejected as exc:
                assert str(exc)
    for row in rows:  # HSDS has a "name", never our per-language "title": nothing passes as an offer
        with pytest.raises(Rejected):
            check_offer(row, TODAY)
