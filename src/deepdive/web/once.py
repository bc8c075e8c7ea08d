"""One-time form ids: a form sent twice (double click, reload, back button) is saved once.

Every rendered form carries a fresh `form_id`; the ledger remembers the ids it has acted on
and answers a repeat with the first result instead of acting again.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

BUSY = "busy"


def new_form_id() -> str:
    return secrets.token_urlsafe(12)


class FormLedger:
    def __init__(self, remember: int = 10_000) -> None:
        self._done: OrderedDict[str, str] = OrderedDict()
        self._busy: set[str] = set()
        self._remember = remember
        self._lock = threading.Lock()

    def begin(self, form_id: str) -> str | None:
        """None: go ahead. Otherwise the form was already sent: where its first answer led,
        or BUSY while that first submission is still being saved."""
        with self._lock:
            if form_id in self._done:
                return self._done[form_id]
            if form_id in self._busy:
                return BUSY
            self._busy.add(form_id)
            return None

    def finish(self, form_id: str, location: str) -> None:
        with self._lock:
            self._busy.discard(form_id)
            self._done[form_id] = location
            while len(self._done) > self._remember:
                self._done.popitem(last=False)

    def abandon(self, form_id: str) -> None:
        """The action failed: the same form may be corrected and sent again."""
        with self._lock:
            self._busy.discard(form_id)
