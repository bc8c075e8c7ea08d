"""Row <-> value helpers shared by the repositories: timestamps are stored as naive UTC."""

from __future__ import annotations

from datetime import UTC, datetime


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
