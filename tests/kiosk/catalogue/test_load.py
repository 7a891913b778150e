"""Loading a catalogue into a real store: bad records are skipped or repaired with a logged reason."""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import math
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from kiosk.catalogue.load import (
    CatalogueFileError,
    LoadReport,
    load_catalogue,
    merge_search_index,
    read_catalogue_file,
)
from kiosk.store.models import Offer, OfferText, Session, Venue
from tests.conftest import REAL_TESTDATA

TODAY = dt.date(2026, 3, 2)


def good_offer(ident: str, **changes: Any) -> dict[str, Any]:
    raw = {
        "id": ident, "provider": "lib", "venue": "v1",
        "title": {"de": f"Kurs {ident}", "en": f"Course {ident}"},
        "description": {"en": "Learn something."}, "topics": ["digital"], "level": "beginner",
        "languages": ["de"], "cost_cents": 0,
        "sessions": [{"id": f"{ident}:1", "starts_at": "2026-03-04T10:00", "ends_at": "2026-03-04T11:00"}],
    }
    raw.update(changes)
    return raw


def catalogue(offers: list[Any], **extra: Any) -> dict[str, Any]:
    return {
        "format": "connect-catalogue/1",
        "providers": [{"id": "lib", "name": "Stadtbibliothek", "kind": "library"}],
        "venues": [{"id": "v1", "name": "Bibliothek Mitte", "district": "Altstadt", "lat": 48.1, "lon": 11.5}],
        "offers": offers,
        **extra,
    }


def load(engine, data: dict[str, Any]) -> LoadReport:
    with engine.begin() as conn:
        return load_catalogue(conn, data, TODAY)


def stored_offer_ids(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(Offer.hub_id)).scalars())


# Each bad record, the words its logged reason must contain, and whether it is still loaded
# (repaired) or skipped (rejected).
BAD_RECORDS: list[tuple[str, dict[str, Any], str, bool]] = [
    ("no-title", good_offer("no-title", title=None), "no title", False),
    ("end-before-start", good_offer("end-before-start", sessions=[
        {"id": "ebs", "starts_at": "2026-03-04T12:00", "ends_at": "2026-03-04T09:00"}]), "before it starts", False),
    ("unknown-venue", good_offer("unknown-venue", venue="nowhere"), "venue 'nowhere' is not in the catalogue", False),
    ("unknown-provider", good_offer("unknown-provider", provider="ghost"), "provider 'ghost' is not in the catalogue", False),
    ("huge-description", good_offer("huge-description", description={"en": "x" * 1_000_000}), "shortened from 1000000", True),
    ("html", good_offer("html", title={"en": "<b>Bold</b><script>alert(1)</script>"}), "title (en): markup removed", True),
    ("controls", good_offer("controls", description={"en": "Ring\x07 the\x1b[2J bell"}),
     "description (en): control or direction characters removed", True),
    ("bidi", good_offer("bidi", title={"en": "Free course \u202egnp.exe"}),
     "title (en): control or direction characters removed", True),
    ("negative-cost", good_offer("negative-cost", cost_cents=-100), "cost -100 is not a price", False),
    ("huge-capacity", good_offer("huge-capacity", capacity=10**15), "capacity", True),
    ("bad-rrule", good_offer("bad-rrule", sessions=None, recurrence={"rrule": "FREQ=SOMETIMES", "start": "10:00"}),
     "frequency", False),
    ("many-sessions", good_offer("many-sessions", sessions=[
        {"id": f"m{i}", "starts_at": (dt.datetime(2026, 3, 3) + dt.timedelta(hours=i)).isoformat()}
        for i in range(10_000)]), "of 10000 sessions kept", True),
    ("session-venue", good_offer("session-venue", sessions=[
        {"id": "sv1", "starts_at": "2026-03-05T10:00", "venue": "moon"}]), "venue 'moon' is not in the catalogue", True),
]


def test_each_bad_record_is_skipped_or_repaired_with_a_logged_reason_and_the_rest_loads(
    engine, caplog: pytest.LogCaptureFixture
) -> None:
    offers = [good_offer("good-1")] + [raw for _, raw, _, _ in BAD_RECORDS] + [good_offer("good-2")]
    caplog.set_level(logging.INFO, logger="kiosk.catalogue")
    report = load(engine, catalogue(offers))

    stored = stored_offer_ids(engine)
    assert {"good-1", "good-2"} <= stored
    for ident, _, reason, kept in BAD_RECORDS:
        assert (ident in stored) is kept, ident
        lines = [r.getMessage() for r in caplog.records if repr(ident) in r.getMessage()]
        assert any(reason in line for line in lines), (ident, lines)
        if not kept:
            assert any(kind == "offer" and i == ident for kind, i, _ in report.rejected)
            assert any(r.levelno == logging.WARNING and "skipped offer" in r.getMessage()
                       for r in caplog.records if repr(ident) in r.getMessage())
    assert report.offers == len(stored)


def test_a_repaired_provider_is_reported_and_logged(engine, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.catalogue")
    data = catalogue([good_offer("good-1")])
    data["providers"][0]["kind"] = "university"
    report = load(engine, data)
    assert ("provider", "lib", "unknown kind 'university' read as 'other'") in report.repaired
    assert "repaired provider 'lib': unknown kind 'university'" in caplog.text
    assert stored_offer_ids(engine) == {"good-1"}


def test_repaired_texts_are_stored_as_plain_text(engine) -> None:
    load(engine, catalogue([
        good_offer("html", title={"en": "<b>Bold</b><script>alert(1)</script>\u202eevil\x07"},
                   description={"en": "x" * 1_000_000}),
    ]))
    with engine.connect() as conn:
        title, description = conn.execute(select(OfferText.title, OfferText.description)).one()
    assert title == "Bold evil"
    assert len(description) <= 4000


def test_duplicate_offer_ids_in_one_file_keep_the_first(engine, caplog: pytest.LogCaptureFixture) -> None:
    report = load(engine, catalogue([
        good_offer("twin", title={"en": "First"}),
        good_offer("twin", title={"en": "Second"}, sessions=[{"id": "twin:2", "starts_at": "2026-03-06T10:00"}]),
        good_offer("other"),
    ]))
    assert report.offers == 2
    with engine.connect() as conn:
        assert conn.execute(select(OfferText.title).join(Offer).where(Offer.hub_id == "twin")).scalar_one() == "First"
    assert "appears more than once" in caplog.text


def test_duplicate_offer_ids_across_batches_also_keep_the_first(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kiosk.catalogue.load.BATCH", 2)
    report = load(engine, catalogue([good_offer("a"), good_offer("b"), good_offer("a", title={"en": "Later"})]))
    assert report.offers == 2 and [r[1] for r in report.rejected] == ["a"]


def test_a_session_id_taken_by_another_offer_is_dropped_not_the_load(engine, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.catalogue")
    first = good_offer("first", sessions=[{"id": "shared", "starts_at": "2026-03-04T10:00"}])
    second = good_offer("second", sessions=[
        {"id": "shared", "starts_at": "2026-03-05T10:00"},
        {"id": "own", "starts_at": "2026-03-06T10:00"}])
    only_clash = good_offer("only-clash", sessions=[{"id": "shared", "starts_at": "2026-03-07T10:00"}])
    report = load(engine, catalogue([first, second, only_clash]))
    assert stored_offer_ids(engine) == {"first", "second"}
    with engine.connect() as conn:
        owners = dict(conn.execute(select(Session.hub_id, Offer.hub_id).join(Offer)).all())
    assert owners == {"shared": "first", "own": "second"}
    assert "already belongs to another offer" in caplog.text
    assert [r[1] for r in report.rejected] == ["only-clash"]

    # A later file that reuses an id already in the store is handled the same way.
    load(engine, catalogue([good_offer("third", sessions=[
        {"id": "own", "starts_at": "2026-03-09T10:00"}, {"id": "new", "starts_at": "2026-03-10T10:00"}])]))
    with engine.connect() as conn:
        owners = dict(conn.execute(select(Session.hub_id, Offer.hub_id).join(Offer)).all())
    assert owners["own"] == "second" and owners["new"] == "third"


def test_reloading_an_offer_replaces_its_sessions_and_search_row(engine) -> None:
    load(engine, catalogue([good_offer("o")]))
    load(engine, catalogue([good_offer("o", title={"en": "Renamed"}, version=2)]))
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Session)).scalar_one() == 1
        assert conn.execute(text("SELECT count(*) FROM offer_fts WHERE offer_fts MATCH 'renamed'")).scalar_one() == 1


def test_absurd_venue_coordinates_are_logged_and_the_venue_kept(engine, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.catalogue")
    data = catalogue([good_offer("o")])
    data["venues"][0].update(lat=math.nan, lon=500)
    report = load(engine, data)
    with engine.connect() as conn:
        assert conn.execute(select(Venue.latitude, Venue.longitude)).one() == (None, None)
    assert report.offers == 1
    assert "repaired venue 'v1': coordinates" in caplog.text


def test_records_of_the_wrong_shape_are_skipped(engine, caplog: pytest.LogCaptureFixture) -> None:
    data = catalogue([None, 7, "offer", [], good_offer("ok")])
    data["providers"].append("not a provider")
    data["venues"].append({"id": [1], "name": "x"})
    report = load(engine, data)
    assert stored_offer_ids(engine) == {"ok"}
    assert len(report.rejected) == 6
    assert caplog.text.count("skipped") == 6


def test_a_section_that_is_not_a_list_is_logged(engine, caplog: pytest.LogCaptureFixture) -> None:
    report = load(engine, {"providers": [{"id": "lib", "name": "L"}], "venues": {"v1": {}}, "offers": []})
    assert report.providers == 1
    assert "venues is not a list" in caplog.text


# --- whole files ----------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "reason"), [
    (b"\xff\xfe{\"offers\": []}", "not UTF-8"),
    ("{\"offers\": [\"caf\xe9\"]}".encode("latin-1"), "not UTF-8"),
    (b"<html><body>404</body></html>", "not valid JSON"),
    (b"", "not valid JSON"),
    (b"{\"offers\": [", "not valid JSON"),
    (b"{\"offers\": [\n {\"id\": \"a", r"Unterminated string starting at \(line 2, column 9\)"),
    (b"[1, 2, 3]", "found a JSON list"),
    (b"\"just text\"", "found a JSON str"),
    (b"{\"services\": []}", "no list of providers, venues or offers"),
    (b"{\"format\": \"hsds/3\", \"offers\": []}", "not connect-catalogue/1"),
    (b"{\"format\": \"connect-catalogue/2\", \"offers\": []}", "not connect-catalogue/1"),
    (b"{\"format\": \"connect-catalogue\", \"version\": 7, \"offers\": []}", "not connect-catalogue/1"),
    (b"[" * 100_000 + b"]" * 100_000, "JSON"),
    (b"{\"offers\": [" + b"9" * 5000 + b"]}", "not usable JSON"),
])
def test_an_unusable_file_is_refused_with_a_plain_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "catalogue.json"
    path.write_bytes(content)
    with pytest.raises(CatalogueFileError, match=reason):
        read_catalogue_file(path)


def test_both_spellings_of_the_format_are_read(tmp_path: Path) -> None:
    for body in (b'{"format": "connect-catalogue/1", "offers": []}',
                 b'{"format": "connect-catalogue", "version": 1, "offers": []}', b'{"offers": []}'):
        (tmp_path / "c.json").write_bytes(body)
        assert read_catalogue_file(tmp_path / "c.json")["offers"] == []


def test_load_catalogue_refuses_something_that_is_not_a_catalogue(engine) -> None:
    with engine.begin() as conn, pytest.raises(CatalogueFileError, match="found a JSON list"):
        load_catalogue(conn, [{"id": "o"}], TODAY)  # type: ignore[arg-type]


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogueFileError, match="cannot read"):
        read_catalogue_file(tmp_path / "absent.json")


def test_nan_and_bom_in_a_file_are_survived(tmp_path: Path, engine) -> None:
    data = catalogue([good_offer("o")])
    body = json.dumps(data).replace('"lat": 48.1', '"lat": NaN')
    path = tmp_path / "c.json"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode())
    report = load(engine, read_catalogue_file(path))
    assert report.offers == 1 and report.venues == 1


# --- real third-party data ------------------------------------------------------------------

MADRID = REAL_TESTDATA / "courses" / "madrid-agenda-actividades" / "206974-0-agenda-eventos-culturales-100_2022-01_utf8bom.csv"


@pytest.mark.skipif(not MADRID.is_file(), reason=f"real third-party test data not present at {MADRID}")
def test_madrid_open_data_agenda_loads_or_is_skipped_row_by_row(engine) -> None:
    """Madrid's agenda, mapped field for field, goes through the same checks as any feed."""
    with MADRID.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    venues, offers = {}, []
    for row in rows:
        place = row["NOMBRE-INSTALACION"]
        venue_id = f"mad-{abs(hash(place)) % 10**8}" if place else None
        if venue_id:
            venues[venue_id] = {"id": venue_id, "name": place, "district": row["DISTRITO-INSTALACION"],
                                "lat": _float(row["LATITUD"]), "lon": _float(row["LONGITUD"])}
        offers.append({
            "id": f"mad-{row[' ID-EVENTO']}", "provider": "madrid", "venue": venue_id,
            "title": {"es": row["TITULO"]}, "description": {"es": row["DESCRIPCION"]},
            "cost_cents": 0 if row["GRATUITO"] == "1" else None, "languages": ["es"],
            "sessions": [{"starts_at": f"{row['FECHA'][:10]}T{row['HORA'] or '00:00'}",
                          "ends_at": f"{row['FECHA-FIN'][:10]}T23:59" if row["FECHA-FIN"] else None}],
        })
    data = {"providers": [{"id": "madrid", "name": "Ayuntamiento de Madrid"}],
            "venues": list(venues.values()), "offers": offers}
    with engine.begin() as conn:
        report = load_catalogue(conn, data, dt.date(2022, 1, 15))
    assert report.offers + len(report.rejected) == len(rows)
    assert report.offers > len(rows) // 2
    assert all(reason for _, _, reason in report.rejected)
    with engine.connect() as conn:
        texts = conn.execute(select(OfferText.title, OfferText.description)).all()
    assert all("<" not in t and "\r" not in t + d for t, d in texts)


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def test_rows_written_with_plain_executemany_are_stored_exactly_as_the_orm_stores_them(engine) -> None:
    # The loader bypasses SQLAlchemy's per-row processing for speed; what lands in each column
    # must still be what the ORM would have written (search compares the stored date strings).
    from kiosk.store.models import OfferLanguage, OfferTopic

    seats = [{"id": "s:1", "starts_at": "2026-03-04T10:00", "ends_at": "2026-03-04T11:30", "seats_left": 3},
             {"id": "s:2", "starts_at": "2026-03-11T18:05:07", "cancelled": True}]
    load(engine, catalogue([good_offer("s", sessions=seats, prerequisites=["o"], topics=["digital", "work"],
                                       languages=["de", "en"], capacity=12, what_to_bring={"en": "Pen"})]))
    dialect = engine.dialect
    with engine.connect() as conn:
        for model in (Offer, OfferText, OfferTopic, OfferLanguage, Session):
            table = model.__table__
            typed = conn.execute(select(table)).all()
            raw = conn.exec_driver_sql(f"SELECT {', '.join(c.name for c in table.columns)} FROM {table.name}").all()
            assert typed and len(raw) == len(typed)
            for typed_row, raw_row in zip(typed, raw, strict=True):
                for column, value, stored in zip(table.columns, typed_row, raw_row, strict=True):
                    bind = column.type.dialect_impl(dialect).bind_processor(dialect)
                    assert stored == (bind(value) if bind else value), (table.name, column.name)
        starts = conn.exec_driver_sql("SELECT starts_at FROM session ORDER BY starts_at").scalars().all()
    assert starts == ["2026-03-04 10:00:00.000000", "2026-03-11 18:05:07.000000"]


def segments(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(DISTINCT segid) FROM offer_fts_idx")).scalar()


def test_merging_the_search_index_after_many_small_loads_leaves_few_segments_and_the_same_matches(engine) -> None:
    for batch in range(15):  # each commit writes its words as one new segment
        load(engine, catalogue([good_offer(f"o{batch}-{i}") for i in range(5)]))
    matching = "SELECT rowid FROM offer_fts WHERE offer_fts MATCH 'kurs* o1*' ORDER BY rowid"
    with engine.connect() as conn:
        before = conn.execute(text(matching)).scalars().all()
    crowded = segments(engine)
    assert crowded == 15  # up to 15 a level wait to be merged (migration 0003)
    with engine.connect() as conn:
        assert merge_search_index(conn) > 1
        assert merge_search_index(conn) == 1  # nothing left to merge: one step that wrote nothing
    assert segments(engine) <= 3
    with engine.connect() as conn:
        assert conn.execute(text(matching)).scalars().all() == before and len(before) == 30  # o1-, o10- ... o14-
        conn.exec_driver_sql("INSERT INTO offer_fts (offer_fts) VALUES ('integrity-check')")


def test_merging_commits_the_load_before_it(engine) -> None:
    with engine.connect() as conn:
        load_catalogue(conn, catalogue([good_offer("a")]), TODAY)
        merge_search_index(conn)
        assert not conn.in_transaction()
    assert stored_offer_ids(engine) == {"a"}
