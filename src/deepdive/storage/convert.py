"""Row <-> value helpers shared by the repositories: timestamps are stored as naive UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the quick sqlite3 path imports this module: no SQLAlchemy at run time
    from sqlalchemy import CursorResult


def to_db(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_db(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC)


def from_db_required(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def new_id(result: CursorResult[Any]) -> int | None:
    """The id the database gave the row an insert just made."""
    key = result.inserted_primary_key
    return int(key[0]) if key else None
