"""meetings record their next steps and when the next meeting is

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 10:00:00

The minutes print "next steps and the next meeting, if set": until now they were
guessed from the open action items and the next meeting planned in the same
municipality. Both are now the meeting's own fields. The columns are added in
place (SQLite needs no table rebuild for them, so the meeting table's search
triggers stay as they are).
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        'meeting', sa.Column('next_steps', sa.Text(), server_default='', nullable=False)
    )
    op.add_column('meeting', sa.Column('next_meeting_at', sa.String(length=19), nullable=True))


def downgrade() -> None:
    # recreate='never': SQLite drops the columns in place (ALTER TABLE ... DROP
    # COLUMN); rebuilding the table would drop its search triggers.
    with op.batch_alter_table('meeting', recreate='never') as batch_op:
        batch_op.drop_column('next_meeting_at')
        batch_op.drop_column('next_steps')
