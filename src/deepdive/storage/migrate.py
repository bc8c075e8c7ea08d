"""Bring the schema up to date on first use and after an upgrade.

The common case (already current) is one query and never imports Alembic.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from deepdive.storage.errors import SchemaTooNew

# The newest migration in migrations/versions; a test keeps the two in step.
HEAD_REVISION = "0001"
KNOWN_REVISIONS = ("0001",)
MIGRATIONS = Path(__file__).with_name("migrations")


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        except DatabaseError:
            return None
    return row[0] if row else None


def upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def ensure_schema(engine: Engine) -> None:
    current = stored_revision(engine)
    if current == HEAD_REVISION:
        return
    if current is not None and current not in KNOWN_REVISIONS:
        raise SchemaTooNew(
            f"this workspace has schema {current}, newer than this deepdive knows; upgrade deepdive"
        )
    upgrade(engine)
