"""Dives and their weeks."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select, update

from deepdive.domain.dive import Dive, Week
from deepdive.storage.convert import new_id
from deepdive.storage.rows import dive_from, dive_values, week_from
from deepdive.storage.tables import dives, weeks


class DiveRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, dive: Dive) -> Dive:
        result = self._db.execute(insert(dives).values(**dive_values(dive)))
        dive.id = new_id(result)
        return dive

    def update(self, dive: Dive) -> None:
        self._db.execute(update(dives).where(dives.c.id == dive.id).values(**dive_values(dive)))

    def get(self, dive_id: int) -> Dive | None:
        row = self._db.execute(select(dives).where(dives.c.id == dive_id)).first()
        return dive_from(row) if row else None

    def list(self) -> list[Dive]:
        rows = self._db.execute(select(dives).order_by(dives.c.number, dives.c.id))
        return [dive_from(row) for row in rows]

    def next_number(self) -> int:
        highest = self._db.execute(select(func.max(dives.c.number))).scalar()
        return int(highest or 0) + 1

    def weeks(self, dive_id: int) -> dict[int, Week]:
        rows = self._db.execute(
            select(weeks).where(weeks.c.dive_id == dive_id).order_by(weeks.c.number)
        )
        return {row.number: week_from(row) for row in rows}

    def save_week(self, week: Week) -> None:
        values = {
            "focus": week.focus,
            "kind": str(week.kind),
            "backup": week.backup,
            "retro_title": week.retro_title,
            "retro_text": week.retro_text,
        }
        if week.id is None:
            result = self._db.execute(
                insert(weeks).values(dive_id=week.dive_id, number=week.number, **values)
            )
            week.id = new_id(result)
        else:
            self._db.execute(update(weeks).where(weeks.c.id == week.id).values(**values))
