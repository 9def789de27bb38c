"""sync keeps its state: high-water marks, set-aside bundles, held changes, history;
contacts can be erased

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 17:10:00

The shipping half of sync needs to remember, per database, how far it applied each
other replica, what it set aside and why, and its history for the Sync page. None
of these tables is synced. `contact.erased_at` marks a GDPR erase, which the merge
lets win over any later edit of the row.

`base` on the change log and the field clocks is the clock of the value an edit
replaced: the merge uses it to tell an edit made over another (history) from two
edits made without seeing each other (a conflict to show the user). Columns are
added in place, so the tables' triggers stay.
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_peer',
        sa.Column('replica_id', sa.String(length=64), nullable=False),
        sa.Column('applied_seq', sa.Integer(), nullable=False),
        sa.Column('applied_at', sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint('replica_id', name=op.f('pk_sync_peer')),
    )
    op.create_table(
        'sync_set_aside',
        sa.Column('path', sa.String(length=300), nullable=False),
        sa.Column('replica_id', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.String(length=40), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('noticed_at', sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint('path', name=op.f('pk_sync_set_aside')),
    )
    op.create_table(
        'sync_held_change',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('hlc', sa.String(length=80), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.Column('base', sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_held_change')),
    )
    op.create_table(
        'sync_run',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('started_at', sa.String(length=27), nullable=False),
        sa.Column('finished_at', sa.String(length=27), nullable=True),
        sa.Column('remote', sa.String(length=500), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('sent_changes', sa.Integer(), nullable=False),
        sa.Column('received_changes', sa.Integer(), nullable=False),
        sa.Column('sent_bytes', sa.Integer(), nullable=False),
        sa.Column('received_bytes', sa.Integer(), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('warnings', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_run')),
    )
    op.create_table(
        'sync_listing_hint',
        sa.Column('folder', sa.String(length=300), nullable=False),
        sa.Column('hint', sa.String(length=200), nullable=False),
        sa.Column('checked_at', sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint('folder', name=op.f('pk_sync_listing_hint')),
    )
    op.add_column('contact', sa.Column('erased_at', sa.String(length=27), nullable=True))
    op.add_column(
        'change_log', sa.Column('base', sa.String(length=80), server_default='', nullable=False)
    )
    op.add_column(
        'field_clock', sa.Column('base', sa.String(length=80), server_default='', nullable=False)
    )


def downgrade() -> None:
    for table, column in (('field_clock', 'base'), ('change_log', 'base'), ('contact', 'erased_at')):
        with op.batch_alter_table(table, recreate='never') as batch_op:
            batch_op.drop_column(column)
    op.drop_table('sync_listing_hint')
    op.drop_table('sync_run')
    op.drop_table('sync_held_change')
    op.drop_table('sync_set_aside')
    op.drop_table('sync_peer')
