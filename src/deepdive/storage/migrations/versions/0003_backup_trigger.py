"""backup trigger: when a backup should replace what it backs up

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode so SQLite can add a NOT NULL column with a default; existing backups: any
    with op.batch_alter_table('placements') as batch:
        batch.add_column(
            sa.Column('backup_trigger', sa.String(16), nullable=False, server_default='any')
        )


def downgrade() -> None:
    with op.batch_alter_table('placements') as batch:
        batch.drop_column('backup_trigger')
