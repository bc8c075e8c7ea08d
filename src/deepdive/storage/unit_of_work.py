"""One transaction per command: repositories share a connection; commit() keeps the work."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Connection, Engine

from deepdive.storage.repositories.dives import DiveRepository
from deepdive.storage.repositories.ideas import IdeaRepository
from deepdive.storage.repositories.notes import NoteRepository
from deepdive.storage.repositories.resources import ResourceRepository
from deepdive.storage.repositories.sessions import SessionRepository
from deepdive.storage.repositories.settings import SettingsRepository


class SqlUnitOfWork:
    dives: DiveRepository
    resources: ResourceRepository
    sessions: SessionRepository
    notes: NoteRepository
    ideas: IdeaRepository
    settings: SettingsRepository

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Connection | None = None

    def __enter__(self) -> SqlUnitOfWork:
        connection = self._engine.connect()
        self._connection = connection
        self.dives = DiveRepository(connection)
        self.resources = ResourceRepository(connection)
        self.sessions = SessionRepository(connection)
        self.notes = NoteRepository(connection)
        self.ideas = IdeaRepository(connection)
        self.settings = SettingsRepository(connection)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._connection is not None
        self._connection.rollback()  # anything not committed is dropped, whole
        self._connection.close()
        self._connection = None

    def commit(self) -> None:
        assert self._connection is not None
        self._connection.commit()

    def rollback(self) -> None:
        assert self._connection is not None
        self._connection.rollback()
