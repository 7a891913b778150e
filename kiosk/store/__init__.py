"""The kiosk's local store: SQLite (WAL) through SQLAlchemy 2, migrated by Alembic."""
