"""Alembic environment: runs against the engine handed over by kiosk.store.migrate."""

from alembic import context

from kiosk.store.migrations.env_filters import include_name
from kiosk.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    # render_as_batch: SQLite can ALTER little, so later migrations copy-and-move tables.
    context.configure(
        connection=connection, target_metadata=Base.metadata, render_as_batch=True,
        include_name=include_name,
    )
    context.run_migrations()
