"""Build a workspace as an older deepdive left it, to test upgrades."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

from deepdive.storage.revisions import MIGRATIONS


@contextmanager
def at_revision(engine: Engine, revision: str) -> Iterator[Connection]:
    """A connection on a schema migrated only up to `revision`, committed on exit."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        yield connection
