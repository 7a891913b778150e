"""Alembic environment: runs against the engine handed over by hub.db."""

from alembic import context

from hub.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
