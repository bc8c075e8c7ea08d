"""Workspace-wide settings, such as which dive is current."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from deepdive.storage.tables import settings


class SettingsRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def get(self, key: str) -> str | None:
        return self._db.execute(select(settings.c.value).where(settings.c.key == key)).scalar()

    def set(self, key: str, value: str | None) -> None:
        if value is None:
            self._db.execute(delete(settings).where(settings.c.key == key))
        elif self.get(key) is None:
            self._db.execute(insert(settings).values(key=key, value=value))
        else:
            self._db.execute(update(settings).where(settings.c.key == key).values(value=value))
