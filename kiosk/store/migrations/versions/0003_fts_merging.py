"""FTS5 merging: new words gather in up to 16 MB of memory, and 16 segments of a level merge at once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:00:00

Every word of an offer goes into the index seven times (the word and its 1-6 letter prefixes).
With FTS5's defaults (1 MB in memory, ``automerge`` 4) a pull of 100,000 offers wrote a new small
segment every megabyte and merged each word's lists over and over, four segments at a time: the
index took 16.7 s of the 33.6 s the pull spent storing. Built alone from the same rows, the
index took 12.1 s instead of 19.4 with both settings, 14.6 s with automerge 16 alone; earlier,
16 MB alone had shown no gain. In ``python -m bench sync`` this alone took the pull from 55.1 s
to 48.0 s; with the quicker thread switches of kiosk/sync/pull.py as well, to 40-44 s, and to
44-49 s with the merge that now ends every pull (see below).
More segments wait on each level before a merge, and each is one more place a search looks, so
every bulk write ends by merging the crowded levels (kiosk.catalogue.load.merge_search_index).
The memory is taken while a transaction writes the index and freed at its commit.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

HASHSIZE = 16 * 1024 * 1024
AUTOMERGE = 16


def upgrade() -> None:
    op.execute(f"INSERT INTO offer_fts (offer_fts, rank) VALUES ('hashsize', {HASHSIZE})")
    op.execute(f"INSERT INTO offer_fts (offer_fts, rank) VALUES ('automerge', {AUTOMERGE})")


def downgrade() -> None:
    # Through FTS5 itself (not by deleting its config rows), so open connections see it too.
    op.execute("INSERT INTO offer_fts (offer_fts, rank) VALUES ('hashsize', 1048576)")
    op.execute("INSERT INTO offer_fts (offer_fts, rank) VALUES ('automerge', 4)")
