"""The composition root: the one place that wires storage and sources to the services."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from deepdive.config import Config

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from deepdive.services.ports import MetadataResolver, UnitOfWork


@cache
def _engine(url: str) -> Engine:
    from deepdive.storage.engine import check_reachable, open_engine
    from deepdive.storage.migrate import ensure_schema

    engine = open_engine(url)
    check_reachable(engine)
    ensure_schema(engine)
    return engine


def unit_of_work(config: Config) -> UnitOfWork:
    from deepdive.storage.unit_of_work import SqlUnitOfWork

    return SqlUnitOfWork(_engine(config.database_url))


def metadata_resolver(config: Config) -> MetadataResolver:
    from deepdive.sources.resolver import SourceResolver

    return SourceResolver(config.sources)
