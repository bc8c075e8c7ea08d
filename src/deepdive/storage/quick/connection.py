"""A sqlite3 connection that answers with the same Python values SQLAlchemy would."""

from __future__ import annotations

import json
import sqlite3
from collections import namedtuple
from datetime import date, datetime
from pathlib import Path
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


# The row class of the query being read. Rows of one query arrive one after another, so one
# remembered (description, class) pair saves building names for every row; a race between
# threads can only cause a rebuild, never a wrong class, since each call checks identity.
_last_row_type: tuple[object, Any] = (None, None)


def _attribute_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Any:
    """Rows with attribute access, like SQLAlchemy's, so the shared row mappers fit."""
    global _last_row_type
    description = cursor.description
    remembered = _last_row_type
    if remembered[0] is not description:
        remembered = (description, namedtuple("Row", [d[0] for d in description]))
        _last_row_type = remembered
    return remembered[1]._make(values)


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
