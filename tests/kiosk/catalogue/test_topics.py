"""Words citizens type for a topic find its offers, in every language: each word of every topic
tile's label (as translated), and the everyday words a newcomer tried ("hijos", "ordenador")."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.catalogue.folding import fold
from kiosk.catalogue.load import load_catalogue
from kiosk.catalogue.search import SearchQuery, search
from kiosk.catalogue.topics import TOPIC_WORDS, TYPED_MIN, words_typed
from kiosk.paths import assets_dir, ui_dir
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 2, 8, 0)
# Little words between a label's halves ("Family & children", "Familia e hijos", "Сім’я та діти").
_JOINERS = {"e", "y", "si", "ve", "та", "και", "und", "and", "el"}


def _tile_labels() -> dict[str, dict[str, str]]:
    """{language: {topic: the tile's label}} as the Discover screen shows it."""
    qml = (ui_dir() / "screens" / "DiscoverScreen.qml").read_text(encoding="utf-8")
    english = {topic: label for topic, label in re.findall(r'case "(\w+)": return qsTr\("([^"]+)"\)', qml)
               if topic in TOPIC_WORDS}
    assert set(english) == set(TOPIC_WORDS)
    labels = {"en": english}
    for ts in sorted((assets_dir() / "translations").glob("kiosk_*.ts")):
        texts = {m.findtext("source"): m.findtext("translation")
                 for c in ET.parse(ts).getroot().iter("context") if c.findtext("name") == "DiscoverScreen"
                 for m in c.iter("message")}
        labels[ts.stem.removeprefix("kiosk_")] = {topic: texts[label] for topic, label in english.items()}
    return labels


def _label_words(label: str) -> list[str]:
    words = []
    for word in re.findall(r"\w+", fold(label)):
        if word.startswith("وال"):  # Arabic joins "and" to the word after it
            word = word[1:]
        if len(word) >= TYPED_MIN and word not in _JOINERS:
            words.append(word)
    return words


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One offer per topic, whose own text names no topic word."""
    engine = make_engine(tmp_path_factory.mktemp("topics") / "store.sqlite")
    upgrade(engine)
    offers = [
        {"id": f"o-{topic}", "provider": "p", "venue": "v", "title": {"en": f"Meeting number {i}"},
         "topics": [topic], "sessions": [{"id": f"s-{topic}", "starts_at": "2026-03-05T10:00"}]}
        for i, topic in enumerate(TOPIC_WORDS)
    ] + [{"id": "o-deutsch", "provider": "p", "venue": "v", "title": {"de": "Deutsch für den Alltag"},
          "topics": ["language"], "sessions": [{"id": "s-deutsch", "starts_at": "2026-03-05T10:00"}]}]
    with engine.begin() as conn:
        report = load_catalogue(conn, {"providers": [{"id": "p", "name": "Haus"}],
                                       "venues": [{"id": "v", "name": "Saal"}], "offers": offers}, TODAY)
    assert report.rejected == []
    yield engine
    engine.dispose()


def _found(store, typed: str) -> set[str]:
    with store.connect() as conn:
        return {item.hub_id for item in search(conn, SearchQuery(text=typed), now=NOW).items}


@pytest.mark.parametrize("lang", ["en", "de", "es", "el", "ro", "tr", "uk", "ar"])
def test_every_word_of_every_topic_tile_finds_that_topics_offers(store, lang: str) -> None:
    for topic, label in _tile_labels()[lang].items():
        for word in _label_words(label):
            assert f"o-{topic}" in _found(store, word), (lang, label, word)


@pytest.mark.parametrize(("typed", "topic"), [
    ("hijos", "family"), ("niños", "family"), ("copii", "family"), ("παιδιά", "family"),
    ("ordenador", "digital"), ("Υπολογιστές", "digital"), ("calculatoare", "digital"),
    ("empleo", "work"), ("δουλειά", "work"), ("meserii", "work"),
    ("ordena", "digital"),  # while typing
])
def test_the_words_a_newcomer_tried_find_the_topic(store, typed: str, topic: str) -> None:
    """A Greek, a Romanian and a Spanish speaker typed these and found nothing."""
    assert f"o-{topic}" in _found(store, typed)


def test_a_short_start_means_no_topic_and_other_words_still_narrow() -> None:
    assert words_typed("co") == () and words_typed(fold("hij")) == ("family",)


@pytest.mark.parametrize("typed", ["alemán", "germană", "Almanca", "німецька", "الألمانية", "γερμανικά", "Deutsch"])
def test_the_name_of_german_in_any_language_finds_the_german_course_not_every_language_course(
        store, typed: str) -> None:
    assert _found(store, typed) == {"o-deutsch"}


def test_a_topic_word_with_another_word_needs_both(store) -> None:
    assert _found(store, "hijos Saal") == {"o-family"}
    assert _found(store, "hijos Bahnhof") == set()
