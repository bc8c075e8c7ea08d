"""Resolve what a user types to name a thing: `12`, `#12`, an arXiv id, or a unique title prefix."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from deepdive.domain.errors import Ambiguous, NotFound

T = TypeVar("T")

ARXIV_ID = re.compile(r"^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(v\d+)?$", re.I)


def arxiv_id_of(text: str) -> str | None:
    """The bare arXiv id (no version) in `text`, if it is one."""
    match = ARXIV_ID.match(text.strip())
    return match[1] if match else None


def resolve(
    ref: str,
    items: Sequence[T],
    *,
    number: Callable[[T], int | None],
    title: Callable[[T], str],
    what: str,
    arxiv: Callable[[T], str] | None = None,
) -> T:
    """Find the one item `ref` names, or raise a one-line error that helps."""
    text = ref.strip()
    digits = text[1:] if text.startswith("#") else text
    if digits.isdigit():
        for item in items:
            if number(item) == int(digits):
                return item
        raise NotFound(f"no {what} #{digits} here")
    bare = arxiv_id_of(text)
    if arxiv is not None and bare:
        for item in items:
            if arxiv(item) == bare:
                return item
    lowered = text.lower()
    exact = [item for item in items if title(item).lower() == lowered]
    if len(exact) == 1:
        return exact[0]
    matches = [item for item in items if title(item).lower().startswith(lowered)]
    if not matches:  # people remember a word of the title more often than its start
        matches = [item for item in items if lowered in title(item).lower()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"no {what} matches {ref!r}")
    shown = "; ".join(f"#{number(item)} {title(item)}" for item in matches[:6])
    more = f" and {len(matches) - 6} more" if len(matches) > 6 else ""
    raise Ambiguous(f"{ref!r} matches several {what}s: {shown}{more}")
