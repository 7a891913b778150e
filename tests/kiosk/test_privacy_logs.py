"""A store error never carries a citizen's data into a log or crash report: SQL parameters are
hidden from error messages and SQL is not logged, even with the root logger at DEBUG."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade
from kiosk.store.models import Learner

NAME = "Xylophonia Logscan"


def test_a_store_error_names_no_one_and_sql_is_not_logged(tmp_path, caplog) -> None:
    engine = make_engine(tmp_path / "kiosk.sqlite")
    upgrade(engine)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        with caplog.at_level(logging.DEBUG):
            with engine.begin() as conn:
                conn.execute(insert(Learner).values(uuid="u-1", display_name=NAME, contact="+4915100000001"))
            with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
                # The same uuid again: an error whose message would show the row's values.
                conn.execute(insert(Learner).values(uuid="u-1", display_name=NAME, contact="+4915100000001"))
            logging.getLogger("kiosk.test").exception("store: could not save")
    finally:
        root.setLevel(level)
        engine.dispose()
    report = str(caught.value) + "\n" + caplog.text
    assert "UNIQUE constraint failed" in report  # the error itself is there for staff
    assert "Xylophonia" not in report and "15100000001" not in report
    assert "SQL parameters hidden" in str(caught.value)
