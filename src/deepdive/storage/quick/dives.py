"""Dives, weeks and settings, read (and the status of a dive updated) with sqlite3."""

from __future__ import annotations

import json
import sqlite3

from deepdive.domain.dive import Dive, Week
from deepdive.storage.quick.connection import stamp
from deepdive.storage.rows import dive_from, dive_values, week_from


class QuickDives:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def get(self, dive_id: int) -> Dive | None:
        row = self._db.execute("SELECT * FROM dives WHERE id = ?", (dive_id,)).fetchone()
        return dive_from(row) if row else None

    def list(self) -> list[Dive]:
        rows = self._db.execute("SELECT * FROM dives ORDER BY number, id")
        return [dive_from(row) for row in rows]

    def update(self, dive: Dive) -> None:
        values = dive_values(dive) | {"id": dive.id}
        values["goals"] = json.dumps(values["goals"])
        values["start"] = values["start"].isoformat()
        values["created_at"] = stamp(values["created_at"])
        values["ended_at"] = stamp(values["ended_at"])
        columns = ", ".join(f"{name} = :{name}" for name in values if name != "id")
        self._db.execute(f"UPDATE dives SET {columns} WHERE id = :id", values)

    def weeks(self, dive_id: int) -> dict[int, Week]:
        rows = self._db.execute(
            "SELECT * FROM weeks WHERE dive_id = ? ORDER BY number", (dive_id,)
        )
        return {row.number: week_from(row) for row in rows}


class QuickSettings:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row.value) if row else None

    def set(self, key: str, value: str | None) -> None:
        self._db.execute("DELETE FROM settings WHERE key = ?", (key,))
        if value is not None:
            self._db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, value))
