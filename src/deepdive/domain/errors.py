"""Errors a user can cause. Each message is one line that says what was wrong and what works."""


class DeepdiveError(Exception):
    """Base of every error shown to the user as one line with exit code 1."""


class InvalidInput(DeepdiveError):
    """A value the user typed is outside what is accepted."""


class NotFound(DeepdiveError):
    """A reference names nothing."""


class Ambiguous(DeepdiveError):
    """A reference names more than one thing; the message lists them."""


class Conflict(DeepdiveError):
    """The request clashes with what is stored: a running session, an overlap, an open dive."""
