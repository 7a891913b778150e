"""Migrations: an empty database reaches head, the chain is linear, and models match the schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from kiosk.store.engine import make_engine
from kiosk.store.migrations.env_filters import include_name
from kiosk.store.migrate import alembic_config, current_revision, head_revision, upgrade
from kiosk.store.models import Base


def test_empty_database_upgrades_to_head(tmp_path) -> None:
    engine = make_engine(tmp_path / "fresh.sqlite")
    assert current_revision(engine) is None
    assert upgrade(engine) is True
    assert current_revision(engine) == head_revision()
    assert upgrade(engine) is False  # nothing to do the second time
    tables = set(inspect(engine).get_table_names())
    assert {"offer", "session", "venue", "provider", "sign_up", "outbox", "offer_fts"} <= tables


def test_current_store_opens_without_importing_alembic(tmp_path) -> None:
    import subprocess
    import sys

    path = tmp_path / "current.sqlite"
    upgrade(make_engine(path))
    code = (
        "import sys\n"
        "from kiosk.store.engine import make_engine\n"
        "from kiosk.store.migrate import upgrade\n"
        f"assert upgrade(make_engine({str(path)!r})) is False\n"
        "assert not [m for m in sys.modules if m.startswith('alembic')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_head_read_from_files_is_alembics_head() -> None:
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for rev in script.walk_revisions():
        assert not rev.is_merge_point, rev.revision
        assert len(rev.nextrev) <= 1, rev.revision


def test_models_match_migrated_schema(engine) -> None:
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata
        )
    assert diff == []


def test_the_search_index_gathers_16_mb_and_merges_16_segments_at_once(engine) -> None:
    # Pull speed (migration 0003): FTS5's defaults are 1 MB and 4.
    with engine.connect() as conn:
        config = dict(conn.execute(text("SELECT k, v FROM offer_fts_config")).all())
    assert config["hashsize"] == 16 * 1024 * 1024
    assert config["automerge"] == 16


def test_store_runs_in_wal_mode_with_durable_commits(engine) -> None:
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
