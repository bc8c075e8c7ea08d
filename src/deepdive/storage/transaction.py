"""The transaction half of a unit of work, shared by the SQLAlchemy and the quick sqlite3 one."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol

from deepdive.storage.errors import DatabaseRefused


class _Connection(Protocol):
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def close(self) -> None: ...


class Transactional:
    """Subclasses open `_connection` in `__enter__`; commit() keeps the work, and leaving
    the `with` block without it drops the work whole."""

    _connection: _Connection | None = None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._connection is not None
        self._connection.rollback()
        self._connection.close()
        self._connection = None
        refused = self._refusal(exc) if exc is not None else None
        if refused is not None:  # one line for the user instead of the driver's SQL dump
            raise refused from exc

    def _refusal(self, exc: BaseException) -> DatabaseRefused | None:
        """The driver's error as a user-facing one, or None to let `exc` through."""
        return None

    def commit(self) -> None:
        assert self._connection is not None
        self._connection.commit()

    def rollback(self) -> None:
        assert self._connection is not None
        self._connection.rollback()
