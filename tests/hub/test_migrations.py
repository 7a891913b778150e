"""The hub's migrations reach head on both backends and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hub.db import current_revision, head_revision
from hub.models import Base


def test_migrated_schema_matches_the_models(hub_db) -> None:
    assert current_revision(hub_db.engine) == head_revision()
    assert hub_db.migrate() is False
    with hub_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
