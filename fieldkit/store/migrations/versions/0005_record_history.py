"""records keep their history: merges (with the losing values) and GDPR erases

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 18:00:00

A merge of two duplicate contacts or organisations keeps the losing record's values
in the kept record's history, so nothing the coordinator dropped is lost; an erase
leaves an audit entry (who, when, which record) without the erased data. The table
is synced like the domain tables.
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'record_history',
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('event', sa.String(length=20), nullable=False),
        sa.Column('happened_at', sa.String(length=27), nullable=False),
        sa.Column('actor', sa.String(length=120), nullable=False),
        sa.Column('other_id', sa.String(length=36), nullable=True),
        sa.Column('details', sa.Text(), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.String(length=27), nullable=False),
        sa.Column('updated_at', sa.String(length=27), nullable=False),
        sa.Column('deleted', sa.Boolean(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_record_history')),
    )
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_record_history_record_id'), ['record_id'], unique=False
        )
        batch_op.create_index(
            batch_op.f('ix_record_history_other_id'), ['other_id'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('record_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_record_history_other_id'))
        batch_op.drop_index(batch_op.f('ix_record_history_record_id'))
    op.drop_table('record_history')
