"""A sqlite3 connection that answers with the same Python values SQLAlchemy would."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from deepdive.storage.revisions import known_revisions

# How SQLAlchemy writes DateTime into SQLite; we write the same so both read each other.
STAMP = "%Y-%m-%d %H:%M:%S.%f"
BUSY_TIMEOUT_S = 5.0


def stamp(moment: datetime | None) -> str | None:
    return moment.strftime(STAMP) if moment is not None else None


def _register_converters() -> None:
    # Converters apply only to connections opened with detect_types, i.e. ours.
    sqlite3.register_converter("DATETIME", lambda raw: datetime.fromisoformat(raw.decode()))
    sqlite3.register_converter("DATE", lambda raw: date.fromisoformat(raw.decode()))
    sqlite3.register_converter("JSON", lambda raw: json.loads(raw))
    sqlite3.register_converter("BOOLEAN", lambda raw: raw not in (b"0", b""))


def _attribute_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> SimpleNamespace:
    """Rows with attribute access, like SQLAlchemy's, so the shared row mappers fit."""
    return SimpleNamespace(**{d[0]: v for d, v in zip(cursor.description, values, strict=True)})


def open_current(path: Path) -> sqlite3.Connection | None:
    """A connection to the workspace, or None when it is missing or not at the newest schema."""
    if not path.exists():
        return None
    _register_converters()
    connection = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, detect_types=sqlite3.PARSE_DECLTYPES
    )
    try:
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        stored = None
    if stored is None or stored[0] != known_revisions()[-1]:
        connection.close()
        return None
    connection.execute("PRAGMA foreign_keys=ON")
    connection.row_factory = _attribute_row
    return connection
