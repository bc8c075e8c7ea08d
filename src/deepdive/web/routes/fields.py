"""Turn form text into values with the same parsers as the command line, so errors read alike."""

from __future__ import annotations

from deepdive.domain.errors import InvalidInput
from deepdive.domain.parsing import parse_duration, parse_score


def optional_week(text: str) -> int | None:
    """A week number, or None for "no week yet" (an empty choice)."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise InvalidInput(f"week {text!r} is not a whole number")
    return int(text)


def optional_score(text: str, what: str = "mood") -> int | None:
    return parse_score(text.strip(), what) if text.strip() else None


def score(text: str) -> int:
    if not text.strip():
        raise InvalidInput("choose a rating from 1 to 5")
    return parse_score(text.strip())


def optional_minutes(text: str) -> int | None:
    return parse_duration(text) if text.strip() else None
