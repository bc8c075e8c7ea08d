"""Storage failures that a user can act on."""

from __future__ import annotations

from deepdive.domain.errors import DeepdiveError


class StorageUnavailable(DeepdiveError):
    """The database cannot be reached or opened."""


class SchemaTooNew(DeepdiveError):
    """The database was written by a newer deepdive."""


class DatabaseRefused(DeepdiveError):
    """The database refused a statement (a value out of its range, a NUL byte, ...)."""

    @classmethod
    def because(cls, reason: object) -> DatabaseRefused:
        first = str(reason).strip().splitlines()[0] if str(reason).strip() else "no reason given"
        return cls(f"the database refused this: {first}; nothing was written")
