"""The counts the dashboard shows: cards due, open questions, the next planned check-in."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from deepdive.domain.checkin import Checkin
from deepdive.storage.convert import from_db_required, to_db
from deepdive.storage.quick.connection import stamp

OPEN_QUESTIONS = ("open", "asked")


class QuickCards:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def count_due(self, dive_id: int | None, now: datetime) -> int:
        if dive_id is None:
            row = self._db.execute(
                "SELECT COUNT(*) AS n FROM cards WHERE due <= ?", (stamp(to_db(now)),)
            ).fetchone()
        else:
            row = self._db.execute(
                "SELECT COUNT(*) AS n FROM cards WHERE dive_id = ? AND due <= ?",
                (dive_id, stamp(to_db(now))),
            ).fetchone()
        return int(row.n)


class QuickQuestions:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def count_open(self, dive_id: int) -> int:
        row = self._db.execute(
            "SELECT COUNT(*) AS n FROM questions WHERE dive_id = ? AND status IN (?, ?)",
            (dive_id, *OPEN_QUESTIONS),
        ).fetchone()
        return int(row.n)


class QuickCheckins:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def next_planned(self, dive_id: int, now: datetime) -> Checkin | None:
        row = self._db.execute(
            "SELECT * FROM checkins WHERE dive_id = ? AND planned AND at >= ? "
            "ORDER BY at LIMIT 1",
            (dive_id, stamp(to_db(now))),
        ).fetchone()
        if row is None:
            return None
        return Checkin(row.dive_id, row.with_whom, from_db_required(row.at), True, row.note,
                       id=row.id)
