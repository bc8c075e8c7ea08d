"""A review session: the due cards, one answer at a time (FSRS), undo, and the retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from deepdive.clock import Clock
from deepdive.domain.cards import Card, Review
from deepdive.domain.dive import Dive
from deepdive.domain.errors import Conflict, NotFound
from deepdive.domain.scheduling import DEFAULT_RETENTION, answer, parse_retention
from deepdive.services.cards import scope
from deepdive.services.ports import UnitOfWork

RETENTION_KEY = "desired_retention"
# Cards in their learning steps come back in the same session when due this soon (as in Anki).
LEARN_AHEAD = timedelta(minutes=20)


def retention(uow: UnitOfWork) -> float:
    with uow:
        stored = uow.settings.get(RETENTION_KEY)
    return parse_retention(stored) if stored else DEFAULT_RETENTION


def set_retention(uow: UnitOfWork, value: str | float) -> float:
    checked = parse_retention(value)
    with uow:
        uow.settings.set(RETENTION_KEY, str(checked))
        uow.commit()
    return checked


# A session loads the due cards a batch at a time: 100k due cards must not delay the first.
BATCH = 500


@dataclass
class Queue:
    cards: list[Card]  # the first batch, oldest due first
    total: int  # due now, within the limit
    sources: dict[int, str]  # card id -> where it came from
    dive: Dive | None
    dive_end: date | None
    retention: float


def due_queue(
    uow: UnitOfWork,
    clock: Clock,
    limit: int | None = None,
    *,
    everything: bool = False,
    dive_ref: str | None = None,
) -> Queue:
    now = clock()
    keep = retention(uow)
    with uow:
        dive = scope(uow, dive_ref, everything)
        dive_id = dive.id if dive else None
        cards = uow.cards.find(dive_id, now, min(limit or BATCH, BATCH))
        total = uow.cards.count_due(dive_id, now) if len(cards) == BATCH else len(cards)
        sources = _sources(uow, cards)
    return Queue(cards, min(total, limit or total), sources, dive, dive.end if dive else None,
                 keep)


def _sources(uow: UnitOfWork, cards: list[Card]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for dive_id in {c.dive_id for c in cards if c.resource_id and c.dive_id}:
        titles |= {e.id: e.title for e in uow.resources.entries(dive_id)}
    found: dict[int, str] = {}
    for card in cards:
        described = source_of(card, titles)
        if card.id is not None and described:
            found[card.id] = described
    return found


def source_of(card: Card, titles: dict[int, str]) -> str | None:
    """Where a card came from: its resource (`titles`: resource id -> title) and note."""
    parts = []
    if card.resource_id in titles:
        parts.append(f"#{card.resource_id} {titles[card.resource_id]}")
    if card.note_id:
        parts.append(f"note #{card.note_id}")
    return ", ".join(parts) or None


@dataclass
class Answer:
    card: Card
    review: Review
    requeue: bool  # due again within this session


def answer_card(
    uow: UnitOfWork,
    clock: Clock,
    card_id: int,
    rating: int,
    duration_ms: int = 0,
    keep: float | None = None,
) -> Answer:
    now = clock()
    keep = keep if keep is not None else retention(uow)
    with uow:
        card = uow.cards.get(card_id)
        if card is None:
            raise NotFound(f"no card #{card_id}")
        if card.due > now + LEARN_AHEAD:
            raise Conflict(f"card #{card_id} is not due until {card.due:%Y-%m-%d %H:%M} UTC")
        after = answer(card.fsrs, rating, now, keep)
        review = uow.cards.add_review(
            Review(card_id, rating, now, card.fsrs, card.due, max(0, duration_ms))
        )
        card.fsrs, card.due, card.updated_at = after.state, after.due, now
        uow.cards.update(card)
        uow.commit()
    return Answer(card, review, after.due <= now + LEARN_AHEAD)


def undo(uow: UnitOfWork, clock: Clock, review_id: int) -> Card:
    """Take back an answer: the card gets the state it had before, the answer is forgotten."""
    with uow:
        review = uow.cards.get_review(review_id)
        if review is None:
            raise NotFound("nothing to undo")
        card = uow.cards.get(review.card_id)
        if card is None:
            raise NotFound(f"card #{review.card_id} is gone")
        card.fsrs, card.due, card.updated_at = review.state_before, review.due_before, clock()
        uow.cards.update(card)
        uow.cards.delete_review(review_id)
        uow.commit()
    return card


def next_due(uow: UnitOfWork, dive: Dive | None) -> datetime | None:
    with uow:
        return uow.cards.next_due(dive.id if dive else None)


def count_due(uow: UnitOfWork, clock: Clock, dive: Dive | None, *, everything: bool = False) -> int:
    """Cards due now in `dive` (None: the whole workspace)."""
    with uow:
        return uow.cards.count_due(dive.id if dive and not everything else None, clock())
