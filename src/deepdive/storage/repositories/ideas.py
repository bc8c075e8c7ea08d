"""The backlog of topics that are not dives yet."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.idea import Idea
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import ideas


def _idea(row: Any) -> Idea:
    return Idea(
        id=row.id,
        title=row.title,
        note=row.note,
        created_at=from_db_required(row.created_at),
        dive_id=row.dive_id,
    )


class IdeaRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, idea: Idea) -> Idea:
        result = self._db.execute(
            insert(ideas).values(
                title=idea.title,
                note=idea.note,
                created_at=to_db(idea.created_at),
                dive_id=idea.dive_id,
            )
        )
        idea.id = new_id(result)
        return idea

    def update(self, idea: Idea) -> None:
        self._db.execute(
            update(ideas)
            .where(ideas.c.id == idea.id)
            .values(title=idea.title, note=idea.note, dive_id=idea.dive_id)
        )

    def list(self) -> list[Idea]:
        return [_idea(row) for row in self._db.execute(select(ideas).order_by(ideas.c.id))]
