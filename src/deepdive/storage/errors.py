"""Storage failures that a user can act on."""

from deepdive.domain.errors import DeepdiveError


class StorageUnavailable(DeepdiveError):
    """The database cannot be reached or opened."""


class SchemaTooNew(DeepdiveError):
    """The database was written by a newer deepdive."""
