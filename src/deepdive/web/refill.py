"""A rejected form comes back filled in: what was typed is kept on the server for the one page
load after the redirect, and the page's form shows it with the error beside it."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from jinja2 import pass_context

NOT_KEPT = frozenset({"csrf", "form_id", "back"})


@dataclass(frozen=True)
class Rejected:
    action: str  # the path the form was posted to: which form on the page gets the values
    error: str
    values: dict[str, list[str]] = field(default_factory=dict)


class RejectedForms:
    """The last few rejected forms, each taken once (a note can be a megabyte: keep few)."""

    def __init__(self, remember: int = 32) -> None:
        self._kept: OrderedDict[str, Rejected] = OrderedDict()
        self._remember = remember
        self._lock = threading.Lock()

    def keep(self, rejected: Rejected) -> str:
        key = secrets.token_urlsafe(12)
        with self._lock:
            self._kept[key] = rejected
            while len(self._kept) > self._remember:
                self._kept.popitem(last=False)
        return key

    def take(self, key: str) -> Rejected | None:
        with self._lock:
            return self._kept.pop(key, None)


class Refill:
    """What one form of the page shows: the rejected values when it was that form, else the
    defaults the template gives."""

    def __init__(self, rejected: Rejected | None) -> None:
        self.rejected = rejected

    @property
    def active(self) -> bool:
        return self.rejected is not None

    @property
    def error(self) -> str:
        return self.rejected.error if self.rejected else ""

    def get(self, name: str, default: Any = "") -> Any:
        if self.rejected is None:
            return default
        values = self.rejected.values.get(name)
        return values[0] if values else ""

    def every(self, name: str) -> list[str]:
        return list(self.rejected.values.get(name, [])) if self.rejected else []

    def checked(self, name: str, default: bool = False) -> bool:
        return bool(self.get(name)) if self.rejected else default

    def selected(self, name: str, option: object, default: object = None) -> bool:
        """For <option>: the posted choice, else the template's default choice."""
        chosen = self.get(name) if self.rejected else default
        return chosen is not None and str(chosen) == str(option)


@pass_context
def refill(context: Any, *actions: str, **match: object) -> Refill:
    """`refill("/ideas")`: the Refill for the form posted to one of `actions`; `match` narrows
    it to the form whose hidden fields had these values (e.g. the retro of week 2)."""
    rejected: Rejected | None = context.get("rejected")
    if rejected is None or rejected.action not in actions:
        return Refill(None)
    for name, value in match.items():
        if rejected.values.get(name, [""])[0] != str(value):
            return Refill(None)
    return Refill(rejected)
