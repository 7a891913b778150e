"""Which database objects Alembic compares against the models."""


def include_name(name, type_, _parent_names) -> bool:
    """The FTS5 index (offer_fts and its shadow tables) is made by hand, not from models."""
    return not (type_ == "table" and name and name.startswith("offer_fts"))
