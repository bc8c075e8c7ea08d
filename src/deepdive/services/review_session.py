"""A review sitting, as the terminal runs it: the due cards in order, a card answered "again"
back at the end of the queue, undo of the last answers, the --limit and the tally.

The web page answers one card per request (services/review_step); both store through
`review.answer_card` and `review.undo` and describe a card's source with `review.source_of`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime

from deepdive.clock import Clock
from deepdive.domain.cards import Card
from deepdive.domain.days import local_date
from deepdive.domain.dive import Dive
from deepdive.domain.errors import InvalidInput
from deepdive.domain.scheduling import ACCEPTED, parse_answer
from deepdive.services import review
from deepdive.services.current import zone_of
from deepdive.services.ports import UnitOfWork

UNDO, QUIT = "u", "q"


class Script:
    """Answers given ahead (standard input), every one checked before the first is stored."""

    def __init__(self, text: str) -> None:
        tokens = text.split()
        for token in tokens:
            if token.lower() not in (UNDO, QUIT):
                try:
                    parse_answer(token)
                except InvalidInput:
                    raise InvalidInput(
                        f"answer {token!r} is not {ACCEPTED}, u (undo) or q (quit); "
                        "nothing was stored") from None
        self._keys = deque(token.lower() for token in tokens)

    def __bool__(self) -> bool:
        return bool(self._keys)

    def take(self) -> str:
        """The next answer; once they have run out, quit."""
        return self._keys.popleft() if self._keys else QUIT


@dataclass(frozen=True)
class Answered:
    review_id: int
    card: Card  # as it was shown, before the answer
    rating: int
    ms: int
    requeued: bool  # it came back for another round in this sitting


@dataclass
class ReviewSession:
    uow: UnitOfWork
    clock: Clock
    queue: review.Queue
    limit: int | None = None
    everything: bool = False
    dive_ref: str | None = None
    script: Script | None = None  # None: answers come one by one (keys on a terminal)
    pending: deque[Card] = field(default_factory=deque)
    total: int = 0  # shown as "n of total": due at the start, plus cards come back, within limit
    fetched: int = 0
    done: list[Answered] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        uow: UnitOfWork,
        clock: Clock,
        limit: int | None = None,
        *,
        everything: bool = False,
        dive_ref: str | None = None,
        script: Script | None = None,
    ) -> ReviewSession:
        queue = review.due_queue(uow, clock, limit, everything=everything, dive_ref=dive_ref)
        return cls(uow, clock, queue, limit, everything, dive_ref, script,
                   deque(queue.cards), queue.total, len(queue.cards))

    @property
    def dive(self) -> Dive | None:
        return self.queue.dive

    @property
    def dive_end(self) -> date | None:
        return self.queue.dive_end

    @property
    def days_left(self) -> int | None:
        """Days until the dive's end, counted from today where the dive is (never below 0)."""
        if self.dive is None or self.dive_end is None:
            return None
        today = local_date(self.clock(), zone_of(self.dive))
        return max((self.dive_end - today).days, 0)

    @property
    def reviewed(self) -> int:
        return len(self.done)

    @property
    def again(self) -> int:
        return sum(a.rating == 1 for a in self.done)

    @property
    def milliseconds(self) -> int:
        return sum(a.ms for a in self.done)

    @property
    def position(self) -> int:
        return self.reviewed + 1

    def current(self) -> Card | None:
        """The card to show now; None when the sitting is over."""
        if self._limit_reached():
            return None
        if self.script is not None and not self.script:
            return None  # the scripted answers ran out: no card is shown unanswered
        if not self.pending and self.fetched < self.queue.total:
            # the next batch: what is still due now; answered cards are no longer due
            more = review.due_queue(self.uow, self.clock, self.queue.total - self.fetched,
                                    everything=self.everything, dive_ref=self.dive_ref)
            self.pending.extend(more.cards)
            self.queue.sources.update(more.sources)
            self.fetched += len(more.cards)
            if not more.cards:
                self.fetched = self.queue.total  # nothing more is due: stop asking
        return self.pending[0] if self.pending else None

    def _limit_reached(self) -> bool:
        # the limit counts answers, whether cards come back or not
        return self.limit is not None and self.reviewed >= self.limit

    def source(self, card: Card) -> str | None:
        return self.queue.sources.get(card.id) if card.id is not None else None

    def answer(self, rating: int, ms: int = 0) -> review.Answer:
        """Answer the current card; one due again within minutes goes to the end of the queue."""
        card = self.pending[0] if self.pending and not self._limit_reached() else None
        if card is None or card.id is None:
            raise InvalidInput("no card to answer: the review is over")
        result = review.answer_card(self.uow, self.clock, card.id, rating, ms,
                                    self.queue.retention)
        self.pending.popleft()
        assert result.review.id is not None
        self.done.append(Answered(result.review.id, card, rating, max(ms, 0), result.requeue))
        if result.requeue:
            self.pending.append(result.card)
            self.total = self.total + 1 if self.limit is None else min(self.total + 1,
                                                                       self.limit)
        return result

    def undo(self) -> Card | None:
        """Take back the last answer: the card as it was, shown next. None: nothing to undo."""
        if not self.done:
            return None
        last = self.done.pop()
        restored = review.undo(self.uow, self.clock, last.review_id)
        if last.requeued:  # its second round is undone too
            back = max(i for i, c in enumerate(self.pending) if c.id == last.card.id)
            del self.pending[back]
            self.total -= 1
        self.pending.appendleft(restored)
        return restored

    def still_due(self) -> int:
        return review.count_due(self.uow, self.clock, self.dive, everything=self.everything)

    def next_due(self) -> datetime | None:
        return review.next_due(self.uow, self.dive)
