"""Sessions read and written with sqlite3, in the same format SQLAlchemy uses."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from deepdive.domain.session import Session
from deepdive.storage.convert import to_db
from deepdive.storage.quick.connection import stamp
from deepdive.storage.rows import session_from, session_values


def _params(session: Session) -> dict[str, Any]:
    values = session_values(session)
    values["started_at"] = stamp(values["started_at"])
    values["ended_at"] = stamp(values["ended_at"])
    return values


class QuickSessions:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def add(self, session: Session) -> Session:
        cursor = self._db.execute(
            "INSERT INTO sessions (dive_id, resource_id, kind, started_at, ended_at, mood, note) "
            "VALUES (:dive_id, :resource_id, :kind, :started_at, :ended_at, :mood, :note)",
            _params(session),
        )
        session.id = cursor.lastrowid
        return session

    def update(self, session: Session) -> None:
        self._db.execute(
            "UPDATE sessions SET dive_id = :dive_id, resource_id = :resource_id, kind = :kind, "
            "started_at = :started_at, ended_at = :ended_at, mood = :mood, note = :note "
            "WHERE id = :id",
            _params(session) | {"id": session.id},
        )

    def running(self) -> Session | None:
        row = self._db.execute("SELECT * FROM sessions WHERE ended_at IS NULL LIMIT 1").fetchone()
        return session_from(row) if row else None

    def for_dive(self, dive_id: int, until: datetime | None = None) -> list[Session]:
        if until is None:
            rows = self._db.execute(
                "SELECT * FROM sessions WHERE dive_id = ? ORDER BY started_at", (dive_id,)
            )
        else:
            rows = self._db.execute(
                "SELECT * FROM sessions WHERE dive_id = ? AND started_at <= ? ORDER BY started_at",
                (dive_id, stamp(to_db(until))),
            )
        return [session_from(row) for row in rows]

    def overlapping(self, start: datetime, end: datetime) -> list[Session]:
        rows = self._db.execute(
            "SELECT * FROM sessions WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?)",
            (stamp(to_db(end)), stamp(to_db(start))),
        )
        return [session_from(row) for row in rows]
