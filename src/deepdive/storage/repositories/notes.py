"""Markdown notes on resources and dives."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.note import Note
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import notes


def _note(row: Any) -> Note:
    return Note(
        id=row.id,
        dive_id=row.dive_id,
        resource_id=row.resource_id,
        text=row.text,
        created_at=from_db_required(row.created_at),
        updated_at=from_db_required(row.updated_at),
    )


class NoteRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, note: Note) -> Note:
        result = self._db.execute(
            insert(notes).values(
                dive_id=note.dive_id,
                resource_id=note.resource_id,
                text=note.text,
                created_at=to_db(note.created_at),
                updated_at=to_db(note.updated_at),
            )
        )
        note.id = new_id(result)
        return note

    def update(self, note: Note) -> None:
        self._db.execute(
            update(notes)
            .where(notes.c.id == note.id)
            .values(text=note.text, updated_at=to_db(note.updated_at))
        )

    def for_dive(self, dive_id: int) -> list[Note]:
        rows = self._db.execute(
            select(notes).where(notes.c.dive_id == dive_id).order_by(notes.c.id)
        )
        return [_note(row) for row in rows]

    def get(self, note_id: int) -> Note | None:
        row = self._db.execute(select(notes).where(notes.c.id == note_id)).first()
        return _note(row) if row else None
