"""Media files from imported decks (images, sounds), stored once per content hash."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from deepdive.domain.deck import MediaFile
from deepdive.storage.tables import media


class MediaRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, file: MediaFile, sha1: str) -> bool:
        known = self._db.execute(select(media.c.id).where(media.c.sha1 == sha1)).first()
        if known is not None:
            return False
        self._db.execute(insert(media).values(filename=file.filename, sha1=sha1, data=file.data))
        return True

    def named(self, filenames: list[str]) -> list[MediaFile]:
        if not filenames:
            return []
        rows = self._db.execute(
            select(media.c.filename, media.c.data)
            .where(media.c.filename.in_(filenames))
            .order_by(media.c.id)
        )
        seen: dict[str, MediaFile] = {}
        for row in rows:
            seen.setdefault(row.filename, MediaFile(row.filename, bytes(row.data)))
        return list(seen.values())
