"""Dives and their weeks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from deepdive.domain.dive import Dive, DiveStatus, Slot, Week, WeekKind
from deepdive.domain.parsing import parse_clock_time
from deepdive.storage.convert import from_db, to_db
from deepdive.storage.tables import dives, weeks


def _dive_values(dive: Dive) -> dict[str, Any]:
    return {
        "number": dive.number,
        "title": dive.title,
        "why": dive.why,
        "goals": list(dive.goals),
        "start": dive.start,
        "weeks": dive.weeks,
        "daily_minutes": dive.daily_minutes,
        "slot_start": f"{dive.slot.start:%H:%M}" if dive.slot else None,
        "slot_end": f"{dive.slot.end:%H:%M}" if dive.slot else None,
        "status": str(dive.status),
        "timezone": dive.timezone,
        "created_at": to_db(dive.created_at),
        "ended_at": to_db(dive.ended_at),
        "end_reason": dive.end_reason,
    }


def _dive(row: Any) -> Dive:
    slot = None
    if row.slot_start and row.slot_end:
        slot = Slot(parse_clock_time(row.slot_start), parse_clock_time(row.slot_end))
    return Dive(
        id=row.id,
        number=row.number,
        title=row.title,
        why=row.why,
        goals=list(row.goals or []),
        start=row.start,
        weeks=row.weeks,
        daily_minutes=row.daily_minutes,
        slot=slot,
        status=DiveStatus(row.status),
        timezone=row.timezone,
        created_at=from_db(row.created_at),
        ended_at=from_db(row.ended_at),
        end_reason=row.end_reason,
    )


def _week(row: Any) -> Week:
    return Week(
        id=row.id,
        dive_id=row.dive_id,
        number=row.number,
        focus=row.focus,
        kind=WeekKind(row.kind),
        backup=row.backup,
        retro_title=row.retro_title,
        retro_text=row.retro_text,
    )


class DiveRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, dive: Dive) -> Dive:
        result = self._db.execute(insert(dives).values(**_dive_values(dive)))
        dive.id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        return dive

    def update(self, dive: Dive) -> None:
        self._db.execute(update(dives).where(dives.c.id == dive.id).values(**_dive_values(dive)))

    def get(self, dive_id: int) -> Dive | None:
        row = self._db.execute(select(dives).where(dives.c.id == dive_id)).first()
        return _dive(row) if row else None

    def list(self) -> list[Dive]:
        rows = self._db.execute(select(dives).order_by(dives.c.number, dives.c.id))
        return [_dive(row) for row in rows]

    def next_number(self) -> int:
        highest = self._db.execute(select(func.max(dives.c.number))).scalar()
        return int(highest or 0) + 1

    def weeks(self, dive_id: int) -> dict[int, Week]:
        rows = self._db.execute(
            select(weeks).where(weeks.c.dive_id == dive_id).order_by(weeks.c.number)
        )
        return {row.number: _week(row) for row in rows}

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
            week.id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        else:
            self._db.execute(update(weeks).where(weeks.c.id == week.id).values(**values))
