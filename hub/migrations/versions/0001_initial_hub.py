"""Initial hub schema: kiosks, catalogue feed, seats, sign-ups, learning goals, change counter.

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 15:38:27.962152
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogue_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'hub_id', name='uq_catalogue_kind_id'),
    sa.UniqueConstraint('seq')
    )
    op.create_table('hub_counter',
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.bulk_insert(
        sa.table('hub_counter', sa.column('name', sa.String), sa.column('value', sa.Integer)),
        [{'name': 'seq', 'value': 0}],
    )
    op.create_table('kiosk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
    sa.Column('app_version', sa.String(length=40), nullable=True),
    sa.Column('last_sync', sa.DateTime(), nullable=True),
    sa.Column('outbox_depth', sa.Integer(), nullable=True),
    sa.Column('printer_state', sa.String(length=20), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    sa.UniqueConstraint('token_sha256')
    )
    op.create_table('session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hub_id', sa.String(length=64), nullable=False),
    sa.Column('offer_hub_id', sa.String(length=64), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('confirmed', sa.Integer(), nullable=False),
    sa.Column('gone', sa.Boolean(), nullable=False),
    sa.Column('seats_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('hub_id')
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_offer_hub_id'), ['offer_hub_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_seats_seq'), ['seats_seq'], unique=False)

    op.create_table('learning_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('kiosk_id', sa.Integer(), nullable=False),
    sa.Column('claim_code', sa.String(length=16), nullable=False),
    sa.Column('request_sha256', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('goal', sa.JSON(), nullable=False),
    sa.Column('pathway', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('claim_code'),
    sa.UniqueConstraint('uuid')
    )
    op.create_table('sign_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('kiosk_id', sa.Integer(), nullable=False),
    sa.Column('request_sha256', sa.String(length=64), nullable=False),
    sa.Column('offer_hub_id', sa.String(length=64), nullable=False),
    sa.Column('session_hub_id', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('display_name', sa.String(length=100), nullable=False),
    sa.Column('contact_kind', sa.String(length=10), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('staff_assisted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('first_answer', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['kiosk_id'], ['kiosk.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('sign_up', schema=None) as batch_op:
        batch_op.create_index('ix_sign_up_kiosk_seq', ['kiosk_id', 'seq'], unique=False)
        batch_op.create_index('ix_sign_up_session_status', ['session_hub_id', 'status', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sign_up', schema=None) as batch_op:
        batch_op.drop_index('ix_sign_up_session_status')
        batch_op.drop_index('ix_sign_up_kiosk_seq')

    op.drop_table('sign_up')
    op.drop_table('learning_goal')
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_seats_seq'))
        batch_op.drop_index(batch_op.f('ix_session_offer_hub_id'))

    op.drop_table('session')
    op.drop_table('kiosk')
    op.drop_table('hub_counter')
    op.drop_table('catalogue_entry')
