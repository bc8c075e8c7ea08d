"""Spaced repetition by the `fsrs` package: what an answer does to a card's memory state.

States are kept as `fsrs.Card.to_dict()` so they survive storage unchanged. Fuzzing is off, so
the same answers at the same moments always give the same schedule (tests, replays).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler

from deepdive.domain.errors import InvalidInput

DEFAULT_RETENTION = 0.9
RETENTION_RANGE = (0.7, 0.99)
RATING_NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}
_ANSWERS = {
    **{str(n): n for n in RATING_NAMES},
    **{name: n for n, name in RATING_NAMES.items()},
    **{name[0]: n for n, name in RATING_NAMES.items()},
}
ACCEPTED = "1-4 or a/h/g/e (again, hard, good, easy)"


def parse_answer(text: str) -> int:
    """The rating 1-4 a typed answer means."""
    rating = _ANSWERS.get(text.strip().lower())
    if rating is None:
        raise InvalidInput(f"answer {text.strip()!r} is not {ACCEPTED}")
    return rating


def parse_retention(text: str | float) -> float:
    low, high = RETENTION_RANGE
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(f"retention {text!r} is not a number; use e.g. 0.9") from None
    if not low <= value <= high:
        raise InvalidInput(f"retention {value} is outside {low} to {high}; 0.9 is the usual")
    return value


@lru_cache(maxsize=8)
def _scheduler(retention: float) -> Scheduler:
    return Scheduler(desired_retention=retention, enable_fuzzing=False)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def new_state(now: datetime) -> dict[str, Any]:
    """A card never reviewed, due at once. (`card_id` is given: fsrs would sleep to invent one.)"""
    return dict(FsrsCard(card_id=0, due=_utc(now)).to_dict())


def due_of(state: dict[str, Any]) -> datetime:
    return _utc(datetime.fromisoformat(state["due"]))


@dataclass(frozen=True)
class Answered:
    state: dict[str, Any]
    due: datetime


def answer(
    state: dict[str, Any], rating: int, now: datetime, retention: float = DEFAULT_RETENTION
) -> Answered:
    """The state after answering `rating` (1 again .. 4 easy) at `now`."""
    if rating not in RATING_NAMES:
        raise InvalidInput(f"rating {rating} is not {ACCEPTED}")
    card = FsrsCard.from_dict(state)  # type: ignore[arg-type]
    after, _log = _scheduler(retention).review_card(card, Rating(rating), _utc(now))
    return Answered(dict(after.to_dict()), _utc(after.due))


@dataclass(frozen=True)
class Replayed:
    """One answer of a replayed history, with the state it started from (kept for undo)."""

    rating: int
    at: datetime
    before: dict[str, Any]
    due_before: datetime


def replay(
    history: Sequence[tuple[datetime, int]],
    start: datetime,
    retention: float = DEFAULT_RETENTION,
) -> tuple[dict[str, Any], list[Replayed]]:
    """Rebuild a card's state from its answers in time order (e.g. an Anki review log)."""
    state = new_state(start)
    steps: list[Replayed] = []
    for at, rating in sorted(history, key=lambda item: item[0]):
        steps.append(Replayed(rating, at, state, due_of(state)))
        state = answer(state, rating, at, retention).state
    return state, steps
