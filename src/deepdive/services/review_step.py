"""Review one card at a time, as the web page does: the next due card of the current dive, an
answer to it, undo, and what was reviewed per day (for the progress line and the chart).

Each step stands alone (no session kept between requests): "n of m" counts today's answers
and the cards still due, so a reload or a second tab shows the same place in the queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from deepdive.clock import Clock
from deepdive.domain.cards import Card, ReviewEntry
from deepdive.domain.days import local_date
from deepdive.domain.dive import Dive
from deepdive.domain.errors import NotFound
from deepdive.domain.scheduling import parse_answer
from deepdive.services import review
from deepdive.services.current import current_dive, zone_of
from deepdive.services.ports import UnitOfWork


@dataclass(frozen=True)
class ReviewDay:
    day: date
    reviewed: int
    again: int

    @property
    def retention(self) -> float | None:
        """The share of answers that were not "again"; None on a day without reviews."""
        return (self.reviewed - self.again) / self.reviewed if self.reviewed else None


@dataclass
class ReviewStep:
    dive: Dive
    card: Card | None  # None: nothing is due, the session is over
    source: str | None  # the resource (and note) the card came from
    due: int  # still due, the shown card included
    today: ReviewDay
    next_due: datetime | None
    days: list[ReviewDay]  # the dive's days up to today

    @property
    def position(self) -> int:
        return self.today.reviewed + 1

    @property
    def total(self) -> int:
        return self.today.reviewed + self.due


def review_days(answers: list[ReviewEntry], dive: Dive, today: date) -> list[ReviewDay]:
    """Answers per local day from the dive's start (or its first answer) to today."""
    zone = zone_of(dive)
    counts: dict[date, list[int]] = {}
    for entry in answers:
        tally = counts.setdefault(local_date(entry.at, zone), [0, 0])
        tally[0] += 1
        tally[1] += entry.rating == 1
    first = min([dive.start, *counts]) if counts else dive.start
    last = max([today, *counts])
    return [
        ReviewDay(day, *counts.get(day, [0, 0]))
        for day in (first + timedelta(days=n) for n in range((last - first).days + 1))
    ]


def step(uow: UnitOfWork, clock: Clock) -> ReviewStep:
    now = clock()
    # learning steps due within minutes come back in the same sitting, as in the CLI
    horizon = now + review.LEARN_AHEAD
    with uow:
        dive = current_dive(uow)
        assert dive.id is not None
        found = uow.cards.find(dive.id, horizon, 1)
        due = uow.cards.count_due(dive.id, horizon) if found else 0
        answers = uow.cards.answers(dive.id)
        upcoming = uow.cards.next_due(dive.id)
        titles = {e.id: e.title for e in uow.resources.entries(dive.id)} if found else {}
    card = found[0] if found else None
    today = local_date(now, zone_of(dive))
    days = review_days(answers, dive, today)
    done = next((d for d in days if d.day == today), ReviewDay(today, 0, 0))
    return ReviewStep(dive, card, _source(card, titles), due, done, upcoming, days)


def _source(card: Card | None, titles: dict[int, str]) -> str | None:
    return review.source_of(card, titles) if card is not None else None


def _own_card(uow: UnitOfWork, card_id: int) -> Card:
    """A card of the current dive (inside an open unit of work); another dive's is not found."""
    dive = current_dive(uow)
    card = uow.cards.get(card_id)
    if card is None or card.dive_id != dive.id:
        raise NotFound(f"no card #{card_id} in this dive")
    return card


def answer(
    uow: UnitOfWork, clock: Clock, card_id: int, text: str, duration_ms: int = 0
) -> review.Answer:
    """Answer a card of the current dive with 1-4 (or again, hard, good, easy)."""
    rating = parse_answer(text)
    with uow:
        _own_card(uow, card_id)
    return review.answer_card(uow, clock, card_id, rating, duration_ms)


def undo(uow: UnitOfWork, clock: Clock, review_id: int) -> Card:
    """Take back an answer given to a card of the current dive."""
    with uow:
        found = uow.cards.get_review(review_id)
        if found is None:
            raise NotFound("nothing to undo: that answer is already taken back")
        _own_card(uow, found.card_id)
    return review.undo(uow, clock, review_id)
