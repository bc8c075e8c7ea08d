"""The composition root: the one place that wires storage and sources to the services."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from sqlalchemy import Engine

    from deepdive.config import Config
    from deepdive.services.ports import (
        AnkiExporter,
        AnkiImporter,
        DailyUnitOfWork,
        MetadataResolver,
        UnitOfWork,
        WriteupRenderer,
    )


@cache
def _engine(url: str, create_folder: bool = False) -> Engine:
    from deepdive.storage.engine import check_reachable, open_engine
    from deepdive.storage.migrate import ensure_schema

    engine = open_engine(url, create_folder=create_folder)
    check_reachable(engine)
    ensure_schema(engine)
    return engine


def prompt_summary(path: Path, now: datetime) -> tuple[str | None, int, int, int] | None:
    """What `deepdive prompt` shows, read with the standard library (see entry.py)."""
    from deepdive.storage.prompt_reader import read_prompt

    return read_prompt(path, now)


def forget_engines() -> None:
    """Drop opened engines, e.g. after a workspace file was deleted and made anew."""
    _engine.cache_clear()


def daily_unit_of_work(config: Config) -> DailyUnitOfWork:
    """For status, start, stop and log: sqlite3 directly when the SQLite workspace is
    current (fast start), else the full unit of work (which creates or migrates it)."""
    path = config.sqlite_path
    if path is not None:
        from deepdive.storage.quick.unit_of_work import quick_unit_of_work

        quick = quick_unit_of_work(path)
        if quick is not None:
            return quick
    return unit_of_work(config)


def unit_of_work(config: Config) -> UnitOfWork:
    from deepdive.storage.unit_of_work import SqlUnitOfWork

    return SqlUnitOfWork(_engine(config.database_url, config.default_location))


def metadata_resolver(config: Config) -> MetadataResolver:
    from deepdive.sources.resolver import SourceResolver

    return SourceResolver(config.sources)


WRITEUP_FORMATS = ("md", "html")


def writeup_renderer(fmt: str) -> WriteupRenderer:
    """The renderer for `md` or `html` (the CLI offers only these)."""
    if fmt == "html":
        from deepdive.interop.writeup_html import HtmlRenderer

        return HtmlRenderer()
    from deepdive.interop.writeup_markdown import MarkdownRenderer

    return MarkdownRenderer()


def anki_exporter() -> AnkiExporter:
    from deepdive.interop.anki_export import GenankiExporter

    return GenankiExporter()


def anki_importer() -> AnkiImporter:
    from deepdive.interop.anki_import import ApkgImporter

    return ApkgImporter()
