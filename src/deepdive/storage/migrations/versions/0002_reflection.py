"""reflection: the dive's closing retro

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode so SQLite can add a NOT NULL column with a default
    with op.batch_alter_table('dives') as batch:
        batch.add_column(sa.Column('retro', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('dives') as batch:
        batch.drop_column('retro')
