"""Catalogue search on a real store: folding in every language, prefixes, ranking, each filter, paging cost."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event

from kiosk.catalogue import search as search_module
from kiosk.catalogue.load import load_catalogue
from kiosk.catalogue.search import COUNT_CAP, SearchQuery, match_expression, search
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade

NOW = dt.datetime(2026, 12, 2, 9, 0)  # a Wednesday morning
TODAY = NOW.date()


def at(days: int, hhmm: str) -> str:
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour, minute)).isoformat()


def offer(hub_id, title, *, topics, level="all", languages=("de",), cost=0, venue="v-nord",
          sessions=((1, "10:00"),), provider="p-lib", description=None, fmt="in_person", cancelled=()):
    record = {
        "id": hub_id, "provider": provider, "title": title, "topics": list(topics), "level": level,
        "languages": list(languages), "cost_cents": cost, "format": fmt,
        "description": description or {},
        "sessions": [
            {
                "id": f"{hub_id}:{i}", "starts_at": at(days, hhmm),
                "cancelled": i in cancelled, **({"venue": where} if where else {}),
            }
            for i, (days, hhmm, *rest) in enumerate(sessions)
            for where in [rest[0] if rest else None]
        ],
    }
    if venue:
        record["venue"] = venue
    return record


CATALOGUE = {
    "providers": [
        {"id": "p-lib", "name": "Stadtbibliothek", "kind": "library"},
        {"id": "p-vhs", "name": "Volkshochschule Lernstadt", "kind": "adult_education"},
    ],
    "venues": [
        {"id": "v-nord", "name": "Bibliothek Nord", "district": "Nordviertel",
         "step_free": True, "hearing_loop": True, "accessible_toilet": True},
        {"id": "v-sued", "name": "Bürgerhaus Süd", "district": "Südstadt",
         "step_free": False, "hearing_loop": False, "accessible_toilet": False},
        {"id": "v-mitte", "name": "Gemeindezentrum Mitte", "district": "Mitte",
         "step_free": True, "hearing_loop": False, "accessible_toilet": True},
    ],
    "offers": [
        offer("greek", {"el": "Καλημέρα! Ελληνικά για αρχάριους", "en": "Good morning! Greek for beginners"},
              topics=["language"], level="beginner", languages=["el"], sessions=[(0, "10:00")]),
        offer("excel", {"de": "Tabellen mit Excel", "en": "Spreadsheets with Excel"}, topics=["digital"],
              level="advanced", cost=500, venue="v-sued", sessions=[(0, "18:00")],
              description={"en": "Pivot tables explained step by step."}, provider="p-vhs"),
        offer("repair", {"de": "Reparaturcafé Straßenfest"}, topics=["making"], languages=["de", "en"],
              venue="v-sued", sessions=[(3, "14:00")]),
        offer("romanian", {"ro": "Școală de vară pentru părinți", "en": "Summer school for parents"},
              topics=["family"], level="intermediate", languages=["ro"], cost=1200, sessions=[(10, "10:00")]),
        offer("spanish", {"es": "Ñandú: cuentos en español"}, topics=["reading"], level="beginner",
              languages=["es"], sessions=[(2, "17:30")]),
        offer("turkish", {"tr": "İstanbul ve Kırmızı Şehir"}, topics=["culture"], languages=["tr"],
              venue="v-sued", sessions=[(1, "15:00")]),
        offer("arabic", {"ar": "مَدْرَسَة اللُّغَة"}, topics=["language"], level="beginner",
              languages=["ar"], sessions=[(4, "11:00")]),
        offer("ukrainian", {"uk": "Їжа й мова: розмовний клуб"}, topics=["language", "community"],
              languages=["uk"], venue="v-sued", sessions=[(5, "19:00")]),
        offer("athens", {"el": "Ιστορία της Αθήνας"}, topics=["culture"], languages=["el"], cost=300,
              sessions=[(6, "16:00")]),
        offer("past", {"en": "Computer class that already happened"}, topics=["digital"],
              sessions=[(-1, "10:00")]),
        offer("cancelled", {"en": "Cancelled computer evening"}, topics=["digital"],
              sessions=[(0, "19:00")], cancelled=(0,)),
        offer("online", {"en": "Online computer help"}, topics=["digital"], level="beginner",
              languages=["en"], venue=None, fmt="online", sessions=[(1, "10:00")]),
        offer("garden-title", {"de": "Garten im Hof"}, topics=["nature"], venue="v-mitte",
              sessions=[(1, "12:00")], provider="p-vhs"),
        offer("garden-text", {"de": "Nachbarschaftstreff"}, topics=["community"], venue="v-mitte",
              sessions=[(1, "12:30")], description={"de": "Wir reden auch über den Garten."}),
        # Today in the south in the afternoon, in two days in the north in the evening.
        offer("two-places", {"de": "Lesekreis"}, topics=["reading"], venue="v-sued",
              sessions=[(0, "12:30", "v-sued"), (2, "18:00", "v-nord")]),
    ],
}
UPCOMING = {o["id"] for o in CATALOGUE["offers"]} - {"past", "cancelled"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    engine = make_engine(tmp_path_factory.mktemp("search") / "store.sqlite")
    upgrade(engine)
    with engine.begin() as conn:
        report = load_catalogue(conn, CATALOGUE, TODAY)
    assert report.rejected == []
    yield engine
    engine.dispose()


def found(store, q: SearchQuery, lang: str = "en", **kw) -> list[str]:
    with store.connect() as conn:
        return [item.hub_id for item in search(conn, q, lang=lang, now=NOW, **kw).items]


# --- text: folding, prefixes, fields, ranking --------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("καλημερα", "greek"), ("ΚΑΛΗΜΕΡΑ", "greek"), ("Καλημέρα", "greek"),
        ("ΑΘΗΝΑ", "athens"), ("αθηνας", "athens"),
        ("strasse", "repair"), ("STRASSENFEST", "repair"), ("Straßen", "repair"),
        ("scoala", "romanian"), ("ŞCOALĂ", "romanian"), ("parinti", "romanian"),
        ("nandu", "spanish"), ("ÑANDÚ", "spanish"), ("espanol", "spanish"),
        ("istanbul", "turkish"), ("İSTANBUL", "turkish"), ("kirmizi", "turkish"), ("sehir", "turkish"),
        ("مدرسة", "arabic"), ("مَدْرَسَة", "arabic"),
        ("ЇЖА", "ukrainian"), ("їжа", "ukrainian"), ("КЛУБ", "ukrainian"),
    ],
)
def test_case_and_accents_fold_in_every_language(store, typed: str, expected: str) -> None:
    assert found(store, SearchQuery(text=typed)) == [expected]


def test_prefixes_match_while_typing(store) -> None:
    for typed in ("g", "gr", "gre", "gree", "κ", "κα", "καλ", "καλη", "ΚΑΛΗΜ"):
        assert "greek" in found(store, SearchQuery(text=typed)), typed
    assert found(store, SearchQuery(text="pivo")) == ["excel"]


def test_every_word_is_required(store) -> None:
    assert found(store, SearchQuery(text="greek beginners")) == ["greek"]
    assert found(store, SearchQuery(text="greek excel")) == []


def test_searches_titles_descriptions_topics_providers_and_venues(store) -> None:
    assert found(store, SearchQuery(text="pivot")) == ["excel"]  # description
    assert set(found(store, SearchQuery(text="Volkshochschule"))) == {"excel", "garden-title"}  # provider
    assert set(found(store, SearchQuery(text="Gemeindezentrum"))) == {"garden-title", "garden-text"}  # venue
    # Topic words in other languages: "Sprache" and "γλώσσα" both mean the language topic.
    language = {"greek", "arabic", "ukrainian"}
    assert set(found(store, SearchQuery(text="Sprache"))) == language
    assert set(found(store, SearchQuery(text="γλωσσα"))) == language


def test_a_title_hit_outranks_a_description_hit(store) -> None:
    assert found(store, SearchQuery(text="garten")) == ["garden-title", "garden-text"]


def test_a_very_common_word_is_ordered_by_the_field_it_hits(store, monkeypatch) -> None:
    # Past IDF_CAP offers, bm25's rarity count costs too much: title hits, then topic, provider
    # or venue hits, then description hits, newest first within each.
    monkeypatch.setattr(search_module, "IDF_CAP", 0)
    assert found(store, SearchQuery(text="garten")) == ["garden-title", "garden-text"]
    assert found(store, SearchQuery(text="gar")) == ["garden-title", "garden-text"]
    assert found(store, SearchQuery(text="pivot")) == ["excel"]  # a description hit alone still counts


def test_past_and_cancelled_sessions_never_show(store) -> None:
    # "computer" is in the title of the past, the cancelled and the online offer, and a topic
    # word of every digital offer.
    assert set(found(store, SearchQuery(text="computer"))) == {"online", "excel"}
    assert set(found(store, SearchQuery(), limit=100)) == UPCOMING


@pytest.mark.parametrize(
    "typed",
    ['"', '""', "*", "AND", "OR", "NOT", "NEAR(", "NEAR(a b", "-", "^", "^greek", "greek*", "-greek",
     "title:greek", "{title}: x", "(", ")", "'", "\\", "%", "_", "a_b", "\x00", "🙂", ":", "+", "x" * 5000,
     "AND OR NOT", '"greek" AND "excel"', "greek NEAR/2 excel", "col : (", "\u202e", "ـــ"],
)
def test_fts_syntax_typed_by_a_citizen_never_raises(store, typed: str) -> None:
    with store.connect() as conn:
        page = search(conn, SearchQuery(text=typed), now=NOW)
    assert page.total >= len(page.items)


def test_operators_are_read_as_words(store) -> None:
    assert found(store, SearchQuery(text='"greek"')) == ["greek"]
    assert found(store, SearchQuery(text="greek*")) == ["greek"]
    assert found(store, SearchQuery(text="NEAR(greek")) == []  # "near" is a word no offer has


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_at_all_never_raises(store, typed: str) -> None:
    with store.connect() as conn:
        search(conn, SearchQuery(text=typed), now=NOW)
    assert len(match_expression(typed)) < 40 * 4 + 10


def test_titles_come_in_the_citizens_language(store) -> None:
    with store.connect() as conn:
        page = search(conn, SearchQuery(text="greek"), lang="el", now=NOW)
        assert page.items[0].title == "Καλημέρα! Ελληνικά για αρχάριους"
        page = search(conn, SearchQuery(text="greek"), lang="fr", now=NOW)
        assert page.items[0].title == "Good morning! Greek for beginners"


# --- filters: each one includes what fits and excludes what does not --------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (SearchQuery(topics=("digital",)), {"excel", "online"}),
        (SearchQuery(topics=("digital", "family")), {"excel", "online", "romanian"}),
        (SearchQuery(when="today"), {"greek", "excel", "two-places"}),
        (SearchQuery(when="week"), UPCOMING - {"romanian"}),
        (SearchQuery(when="day", day=TODAY + dt.timedelta(days=3)), {"repair"}),
        (SearchQuery(when="day", day=TODAY - dt.timedelta(days=1)), set()),
        (SearchQuery(time_of_day="morning"), {"greek", "romanian", "arabic", "online"}),
        (SearchQuery(time_of_day="afternoon"), {"repair", "turkish", "athens", "garden-title", "garden-text", "two-places"}),
        (SearchQuery(time_of_day="evening"), {"excel", "spanish", "ukrainian", "two-places"}),
        (SearchQuery(district="Südstadt"), {"excel", "repair", "turkish", "ukrainian", "two-places"}),
        (SearchQuery(district="Nirgendwo"), set()),
        (SearchQuery(venue_hub_id="v-nord"), {"greek", "romanian", "spanish", "arabic", "athens", "two-places"}),
        (SearchQuery(free_only=True), UPCOMING - {"excel", "romanian", "athens"}),
        (SearchQuery(languages=("el",)), {"greek", "athens"}),
        (SearchQuery(languages=("tr", "ar")), {"turkish", "arabic"}),
        (SearchQuery(level="beginner"), UPCOMING - {"excel", "romanian"}),
        (SearchQuery(level="advanced"), UPCOMING - {"greek", "romanian", "spanish", "arabic", "online"}),
        (SearchQuery(access=("step_free",)),
         {"greek", "romanian", "spanish", "arabic", "athens", "garden-title", "garden-text", "two-places"}),
        (SearchQuery(access=("step_free", "hearing_loop")), {"greek", "romanian", "spanish", "arabic", "athens", "two-places"}),
        # Filters apply to the same session: the north session of "two-places" is not today.
        (SearchQuery(district="Nordviertel", when="today"), {"greek"}),
        (SearchQuery(district="Nordviertel", time_of_day="afternoon"), {"athens"}),
        (SearchQuery(district="Südstadt", time_of_day="afternoon"), {"repair", "turkish", "two-places"}),
        (SearchQuery(text="computer", when="today"), {"excel"}),
        (SearchQuery(text="computer", level="beginner"), {"online"}),
        (SearchQuery(text="spreadsheets", free_only=True), set()),
        (SearchQuery(text="greek", level="beginner", languages=("el",), access=("hearing_loop",)), {"greek"}),
        (SearchQuery(topics=("language",), free_only=True, when="week", time_of_day="evening"), {"ukrainian"}),
    ],
    ids=lambda value: repr(value)[:60] if isinstance(value, SearchQuery) else None,
)
def test_filter_includes_and_excludes(store, query: SearchQuery, expected: set[str]) -> None:
    with store.connect() as conn:
        page = search(conn, query, now=NOW, limit=100)
    assert {item.hub_id for item in page.items} == expected
    assert page.total == len(expected)


@pytest.mark.parametrize(
    "query",
    [SearchQuery(free_only=True), SearchQuery(level="advanced"), SearchQuery(level="beginner", when="week"),
     SearchQuery(free_only=True, time_of_day="afternoon", access=("step_free",)),
     SearchQuery(languages=("el", "tr", "ar"), access=("hearing_loop",)), SearchQuery(topics=("language",))],
    ids=lambda q: repr(q)[:60],
)
def test_many_candidates_are_walked_and_counted_exactly(store, monkeypatch, query: SearchQuery) -> None:
    # Caps made tiny so this small store has more candidates than SORT_CAP: the page then comes
    # from the walk in time order and the count goes on past the first candidates read.
    with store.connect() as conn:
        sorted_page = search(conn, query, now=NOW, limit=100)
        monkeypatch.setattr(search_module, "SORT_CAP", 1)
        monkeypatch.setattr(search_module, "COUNT_CAP", 2)
        walked = search(conn, query, now=NOW, limit=100)
        monkeypatch.setattr(search_module, "COUNT_CAP", 100)
        counted = search(conn, query, now=NOW, limit=100)
    assert sorted_page.total > 1
    assert [item.hub_id for item in walked.items] == [item.hub_id for item in sorted_page.items]
    assert walked.total == min(sorted_page.total, 3)
    assert counted.total == sorted_page.total == len(sorted_page.items)


def test_next_session_shown_is_the_next_one_that_fits(store) -> None:
    with store.connect() as conn:
        [item] = search(conn, SearchQuery(text="lesekreis"), now=NOW).items
        assert item.next_start == dt.datetime.combine(TODAY, dt.time(12, 30))
        [item] = search(conn, SearchQuery(text="lesekreis", district="Nordviertel"), now=NOW).items
        assert item.next_start == dt.datetime.combine(TODAY + dt.timedelta(days=2), dt.time(18, 0))


def test_without_text_offers_come_by_their_next_session(store) -> None:
    with store.connect() as conn:
        items = search(conn, SearchQuery(), now=NOW, limit=100).items
    starts = [item.next_start for item in items]
    assert starts == sorted(starts)
    assert items[0].hub_id == "greek"  # today 10:00, the first thing still to come


def test_pages_join_up_without_gaps_or_repeats(store) -> None:
    for q in (SearchQuery(), SearchQuery(text="e"), SearchQuery(free_only=True)):
        whole = found(store, q, limit=100)
        paged = [hub for offset in range(0, 20, 3) for hub in found(store, q, offset=offset, limit=3)]
        assert paged == whole, q


# --- cost: one page, whatever the number of matches --------------------------------------------


class _CountingCursor(sqlite3.Cursor):
    def fetchall(self):
        rows = super().fetchall()
        self.connection.rows_fetched += len(rows)
        return rows

    def fetchone(self):
        row = super().fetchone()
        self.connection.rows_fetched += row is not None
        return row

    def fetchmany(self, size=None):
        rows = super().fetchmany(size if size is not None else self.arraysize)
        self.connection.rows_fetched += len(rows)
        return rows


class _CountingConnection(sqlite3.Connection):
    """A real SQLite connection that counts the rows handed to Python."""

    rows_fetched = 0

    def cursor(self, factory=_CountingCursor):
        return super().cursor(factory)


def _many(n: int) -> dict:
    offers = [
        offer(f"kurs-{i}", {"de": f"Kurs Nummer {i}"}, topics=["digital"], level="beginner",
              sessions=[(1 + i % 20, "10:00"), (2 + i % 20, "18:00")])
        for i in range(n)
    ]
    return {**CATALOGUE, "offers": offers}


def _store_with(path: Path, n: int):
    engine = make_engine(path)
    upgrade(engine)
    with engine.begin() as conn:
        assert load_catalogue(conn, _many(n), TODAY).offers == n
    engine.dispose()
    counting = create_engine(f"sqlite+pysqlite:///{path}", connect_args={"factory": _CountingConnection})
    event.listen(counting, "connect", lambda dbapi, _rec: dbapi.execute("PRAGMA foreign_keys=ON"))
    return counting


def _cost(engine, q: SearchQuery, limit: int) -> tuple[int, int, int]:
    """(rows that reached Python, SQLite VM steps, results) for one search."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0

    with engine.connect() as conn:
        db = conn.connection.driver_connection
        search(conn, q, now=NOW, limit=limit)  # warm up
        db.rows_fetched = 0
        db.set_progress_handler(tick, 1)
        page = search(conn, q, now=NOW, limit=limit)
        db.set_progress_handler(None, 1)
        return db.rows_fetched, steps, len(page.items)


@pytest.mark.parametrize(
    "query",
    [SearchQuery(text="kurs"), SearchQuery(text="k"), SearchQuery(), SearchQuery(topics=("digital",)),
     SearchQuery(text="kurs", free_only=True, when="week", time_of_day="morning")],
    ids=["word", "letter", "browse", "filter", "word+filters"],
)
def test_a_page_costs_the_same_for_4x_the_matches(tmp_path, monkeypatch, query: SearchQuery) -> None:
    # Caps made small so small stores exceed them; the rule is the same at the real caps. A word
    # in at most IDF_CAP offers is ranked by bm25 (cost bounded by IDF_CAP); beyond, the cost
    # stops growing, which is what this test shows.
    monkeypatch.setattr(search_module, "COUNT_CAP", 40)
    monkeypatch.setattr(search_module, "RANK_CAP", 40)
    monkeypatch.setattr(search_module, "SORT_CAP", 40)
    monkeypatch.setattr(search_module, "IDF_CAP", 40)
    few = _store_with(tmp_path / "few.sqlite", 100)
    many = _store_with(tmp_path / "many.sqlite", 400)
    rows_few, steps_few, shown = _cost(few, query, limit=10)
    rows_many, steps_many, _ = _cost(many, query, limit=10)
    assert shown == 10
    # Only one page reaches Python: ids and their tiles (+ a count and the ranking setting).
    assert rows_few == rows_many <= 2 * 10 + 4
    # And SQLite's own work does not grow with the matches either.
    assert steps_many <= steps_few * 1.25, (steps_few, steps_many)
    few.dispose()
    many.dispose()


def test_the_count_stops_at_the_cap(tmp_path) -> None:
    engine = _store_with(tmp_path / "big.sqlite", COUNT_CAP + 30)
    with engine.connect() as conn:
        assert search(conn, SearchQuery(text="kurs"), now=NOW).total == COUNT_CAP + 1
        assert search(conn, SearchQuery(), now=NOW).total == COUNT_CAP + 1
        assert search(conn, SearchQuery(topics=("digital",)), now=NOW).total == COUNT_CAP + 1
        assert search(conn, SearchQuery(text="nummer 7"), now=NOW).total < COUNT_CAP
    engine.dispose()


@pytest.mark.parametrize("idf_cap", [10_000, 0], ids=["bm25", "field-hits"])
def test_text_search_starts_from_the_index(store, monkeypatch, idf_cap: int) -> None:
    # The FTS5 pitfall: if the planner starts from another table and probes the index per row,
    # milliseconds become seconds. Every plan of a text search must scan offer_fts first.
    monkeypatch.setattr(search_module, "IDF_CAP", idf_cap)
    plans: list[str] = []
    with store.connect() as conn:
        db = conn.connection.driver_connection
        db.set_trace_callback(lambda sql: plans.append(sql) if "offer_fts MATCH" in sql else None)
        search(conn, SearchQuery(text="kurs", topics=("digital",), free_only=True, district="Südstadt"), now=NOW)
        db.set_trace_callback(None)
        assert plans
        for sql in plans:
            # The trace shows each statement with its values bound in.
            detail = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql)]
            fts = [i for i, step in enumerate(detail) if "offer_fts VIRTUAL TABLE" in step]
            assert fts, detail
            assert not any("SCAN o" == step or step.startswith("SCAN o ") for step in detail), detail
            assert "SCAN session" not in " ".join(detail), detail

