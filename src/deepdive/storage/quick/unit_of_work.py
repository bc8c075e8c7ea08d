"""The unit of work of the everyday commands on SQLite (see the package docstring)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from deepdive.storage.errors import DatabaseRefused, StorageUnavailable
from deepdive.storage.quick.connection import open_current
from deepdive.storage.quick.counts import QuickCards, QuickCheckins, QuickQuestions
from deepdive.storage.quick.dives import QuickDives, QuickSettings
from deepdive.storage.quick.resources import QuickResources
from deepdive.storage.quick.sessions import QuickSessions
from deepdive.storage.transaction import Transactional


class QuickUnitOfWork(Transactional):
    dives: QuickDives
    settings: QuickSettings
    resources: QuickResources
    sessions: QuickSessions
    cards: QuickCards
    questions: QuickQuestions
    checkins: QuickCheckins

    def __init__(self, path: Path) -> None:
        self._path = path

    def _refusal(self, exc: BaseException) -> DatabaseRefused | None:
        return DatabaseRefused.because(exc) if isinstance(exc, sqlite3.Error) else None

    def __enter__(self) -> QuickUnitOfWork:
        connection = open_current(self._path)
        if connection is None:  # bootstrap checked moments ago; a concurrent upgrade is rare
            raise StorageUnavailable(
                f"the workspace {self._path} changed schema meanwhile; run the command again"
            )
        self._connection = connection
        self.dives = QuickDives(connection)
        self.settings = QuickSettings(connection)
        self.resources = QuickResources(connection)
        self.sessions = QuickSessions(connection)
        self.cards = QuickCards(connection)
        self.questions = QuickQuestions(connection)
        self.checkins = QuickCheckins(connection)
        return self


def quick_unit_of_work(path: Path) -> QuickUnitOfWork | None:
    """The quick path when the workspace exists at the newest schema, else None."""
    probe = open_current(path)
    if probe is None:
        return None
    probe.close()
    return QuickUnitOfWork(path)
