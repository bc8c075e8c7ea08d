"""The dive's closing retro, stored on the dive row."""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from deepdive.storage.tables import dives


class RetroRepository:
    """The dive's own retro (week retros live on the weeks, see DiveRepository.save_week)."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def dive_retro(self, dive_id: int) -> str:
        text = self._db.execute(select(dives.c.retro).where(dives.c.id == dive_id)).scalar()
        return str(text or "")

    def set_dive_retro(self, dive_id: int, text: str) -> None:
        self._db.execute(update(dives).where(dives.c.id == dive_id).values(retro=text))
