"""Facet words: the loader (Python) and migration 0002 (SQL, for offers loaded before it) agree."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text

from kiosk.catalogue.facets import filter_expression, offer_facets
from kiosk.catalogue.generate import load_generated
from kiosk.store.migrate import alembic_config, current_revision, head_revision

TODAY = dt.date(2026, 11, 30)


def _facets(engine) -> dict[int, set[str]]:
    with engine.connect() as conn:
        return {
            rowid: set(words.split())
            for rowid, words in conn.execute(text("SELECT rowid, facets FROM offer_fts"))
        }


def test_migration_builds_the_same_facets_as_the_loader(engine) -> None:
    load_generated(engine, 300, seed=4, today=TODAY)
    by_loader = _facets(engine)
    assert len(by_loader) == 300 and all(by_loader.values())
    with engine.connect() as conn:
        before = conn.execute(text("SELECT rowid, title, description FROM offer_fts ORDER BY rowid")).all()
    cfg = alembic_config(engine)
    command.downgrade(cfg, "0001")  # the index as it was, without facets
    command.upgrade(cfg, "head")  # 0002 rebuilds it and fills facets in SQL
    assert current_revision(engine) == head_revision()
    assert _facets(engine) == by_loader
    with engine.connect() as conn:
        after = conn.execute(text("SELECT rowid, title, description FROM offer_fts ORDER BY rowid")).all()
    assert after == before  # nothing of the text was lost on the way


def test_offer_facets_words() -> None:
    words = offer_facets(
        ["digital"], ["de", "en"], "beginner", 0, [3, 3, 7],
        [dt.datetime(2026, 12, 1, 10, 0), dt.datetime(2026, 12, 1, 18, 0), dt.datetime(2026, 12, 2, 12, 0)],
    ).split()
    assert set(words) == {
        "xtdigital", "xlde", "xlen", "xvbeginner", "xfree", "xp3", "xp7",
        "xd20261201", "xd20261201m", "xd20261201e", "xd20261202", "xd20261202a", "xhm", "xhe", "xha",
    }
    assert "xfree" not in offer_facets([], [], "all", 500, [], [])


def test_filter_expression_reduces_values_to_letters_and_digits() -> None:
    expr = filter_expression(('digital" OR x',), ("de)",), "all*", True, [1, 2], [dt.date(2026, 12, 1)], "m")
    assert set(expr) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ():ANDOR"), expr
    assert "xtdigitalorx" in expr and "xlde" in expr and "xvall" in expr and "xd20261201m" in expr
    assert filter_expression((), (), "", False, None, None, "") == ""
