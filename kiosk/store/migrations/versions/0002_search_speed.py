"""Search speed: FTS5 prefix indexes for 1-6 letters, filter facets in the index, covering session indexes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 16:00:00

Type-ahead searches for prefixes ("c", "co", "com", "comp", "compu", "comput"). Without a prefix
index for that length FTS5 merges the lists of every word that starts so, for each search; at
100,000 offers that costs 5-400 ms (the index grows by about a half). The new ``facets`` column
holds each offer's filter facts as words (see kiosk/catalogue/facets.py) so FTS5 narrows a
filtered search before SQL checks it; offers already in the store get theirs here, in SQL. The
session indexes cover what search reads of a session, and one by venue lets a district or venue
filter start from that place's sessions.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = "title, topics, provider, venue, description"
# Facet words of the offers already in the store; kiosk/catalogue/facets.py makes the same in
# Python for every load after this (tests/kiosk/catalogue/test_facets.py compares the two).
_FACETS = """
SELECT o.id AS id, trim(
  coalesce((SELECT group_concat('xt' || topic, ' ') FROM offer_topic WHERE offer_id = o.id), '') || ' ' ||
  coalesce((SELECT group_concat('xl' || lang, ' ') FROM offer_language WHERE offer_id = o.id), '') || ' ' ||
  'xv' || o.level || ' ' ||
  CASE WHEN o.cost_cents = 0 THEN 'xfree ' ELSE '' END ||
  coalesce((SELECT group_concat('xp' || v, ' ') FROM (
      SELECT venue_id AS v FROM session WHERE offer_id = o.id AND venue_id IS NOT NULL
      UNION SELECT o.venue_id WHERE o.venue_id IS NOT NULL)), '') || ' ' ||
  coalesce((SELECT group_concat(d || ' ' || d || p || ' xh' || p, ' ') FROM (
      SELECT DISTINCT 'xd' || strftime('%Y%m%d', starts_at) AS d,
             CASE WHEN substr(starts_at, 12, 5) < '12:00' THEN 'm'
                  WHEN substr(starts_at, 12, 5) < '17:00' THEN 'a' ELSE 'e' END AS p
      FROM session WHERE offer_id = o.id)), '')
) AS facets
FROM offer o
"""


def _swap_in(columns: str, prefix: str, rank: str, fill: str) -> None:
    # FTS5 cannot change its columns or prefix option in place: build a new table, fill, swap.
    op.execute(
        f"CREATE VIRTUAL TABLE offer_fts_new USING fts5({columns}, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '{prefix}')"
    )
    op.execute(fill)
    op.execute("INSERT INTO offer_fts_new (offer_fts_new) VALUES ('optimize')")
    op.execute("DROP TABLE offer_fts")
    op.execute("ALTER TABLE offer_fts_new RENAME TO offer_fts")
    op.execute(f"INSERT INTO offer_fts (offer_fts, rank) VALUES ('rank', '{rank}')")


def upgrade() -> None:
    # Weights as in 0001 (title, topics, provider, venue, description); facets never score.
    _swap_in(
        f"{_COLUMNS}, facets", "1 2 3 4 5 6", "bm25(10.0, 5.0, 3.0, 3.0, 1.0, 0.0)",
        f"INSERT INTO offer_fts_new (rowid, {_COLUMNS}, facets) "
        f"SELECT f.rowid, {', '.join('f.' + c for c in _COLUMNS.split(', '))}, coalesce(x.facets, '') "
        f"FROM offer_fts f LEFT JOIN ({_FACETS}) x ON x.id = f.rowid",
    )
    # Session indexes that cover what search asks of a session (start, cancelled, venue, offer):
    # checking "has an upcoming session that fits" then never reads the session row itself,
    # which halves the B-tree seeks per candidate offer.
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index("ix_session_offer_starts")
        batch_op.drop_index("ix_session_starts")
        batch_op.create_index("ix_session_offer_starts", ["offer_id", "starts_at", "cancelled", "venue_id"], unique=False)
        batch_op.create_index("ix_session_starts", ["starts_at", "offer_id", "cancelled", "venue_id"], unique=False)
        batch_op.create_index("ix_session_venue_starts", ["venue_id", "starts_at", "cancelled", "offer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index("ix_session_venue_starts")
        batch_op.drop_index("ix_session_starts")
        batch_op.drop_index("ix_session_offer_starts")
        batch_op.create_index("ix_session_offer_starts", ["offer_id", "starts_at"], unique=False)
        batch_op.create_index("ix_session_starts", ["starts_at", "offer_id"], unique=False)
    _swap_in(
        _COLUMNS, "2 3", "bm25(10.0, 5.0, 3.0, 3.0, 1.0)",
        f"INSERT INTO offer_fts_new (rowid, {_COLUMNS}) SELECT rowid, {_COLUMNS} FROM offer_fts",
    )
