"""Learning goals remember whether staff entered them on the citizen's behalf (staff mode).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 09:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('learning_goal') as batch:
        batch.add_column(sa.Column('staff_assisted', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('learning_goal') as batch:
        batch.drop_column('staff_assisted')
