"""Lessons of every dive, and which of them a later dive took up."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.lesson import Lesson
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import dives, lesson_uptakes, lessons


class LessonRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, lesson: Lesson) -> Lesson:
        result = self._db.execute(
            insert(lessons).values(
                dive_id=lesson.dive_id, text=lesson.text, created_at=to_db(lesson.created_at)
            )
        )
        lesson.id = new_id(result)
        return lesson

    def update(self, lesson: Lesson) -> None:
        self._db.execute(update(lessons).where(lessons.c.id == lesson.id).values(text=lesson.text))

    def all(self) -> list[Lesson]:
        """Every lesson, in the order of the dives and then of writing."""
        rows = self._db.execute(
            select(lessons, dives.c.number)
            .join(dives, dives.c.id == lessons.c.dive_id)
            .order_by(dives.c.number, lessons.c.id)
        )
        return [
            Lesson(
                id=row.id,
                dive_id=row.dive_id,
                text=row.text,
                created_at=from_db_required(row.created_at),
                dive_number=row.number,
            )
            for row in rows
        ]

    def uptakes(self, dive_id: int) -> dict[int, bool]:
        rows = self._db.execute(
            select(lesson_uptakes.c.lesson_id, lesson_uptakes.c.taken_up).where(
                lesson_uptakes.c.dive_id == dive_id
            )
        )
        return {row.lesson_id: bool(row.taken_up) for row in rows}

    def set_uptake(self, dive_id: int, lesson_id: int, taken_up: bool) -> None:
        where = (lesson_uptakes.c.dive_id == dive_id) & (lesson_uptakes.c.lesson_id == lesson_id)
        found = self._db.execute(select(lesson_uptakes.c.id).where(where)).first()
        if found is None:
            self._db.execute(
                insert(lesson_uptakes).values(
                    dive_id=dive_id, lesson_id=lesson_id, taken_up=taken_up
                )
            )
        else:
            self._db.execute(update(lesson_uptakes).where(where).values(taken_up=taken_up))
