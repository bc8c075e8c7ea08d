"""Bring the schema up to date on first use and after an upgrade.

The common case (already current) is one query and never imports Alembic.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from deepdive.storage.errors import SchemaTooNew
from deepdive.storage.revisions import MIGRATIONS, known_revisions


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
    known = known_revisions()
    if current == known[-1]:
        return
    if current is not None and current not in known:
        raise SchemaTooNew(
            f"this workspace has schema {current}, newer than this deepdive knows; upgrade deepdive"
        )
    upgrade(engine)
