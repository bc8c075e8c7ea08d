"""The transaction half of a unit of work, shared by the SQLAlchemy and the quick sqlite3 one."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol


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

    def commit(self) -> None:
        assert self._connection is not None
        self._connection.commit()

    def rollback(self) -> None:
        assert self._connection is not None
        self._connection.rollback()
