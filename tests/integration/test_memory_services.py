"""Cards, reviews and undo through the services, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

import pytest

from deepdive.clock import fixed_clock
from deepdive.domain.dive import Slot
from deepdive.domain.errors import Conflict, NotFound
from deepdive.services import cards, review
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.notes import write_note

NOW = datetime(2021, 4, 15, 13, 20, tzinfo=UTC)


@pytest.fixture
def dive(uow, clock):
    return create_dive(uow, clock, NewDive("Transformers", NOW.date(), 4, 60,
                                           Slot.parse("13:00-14:00"), "", [], "UTC"))


def test_answer_then_undo_restores_the_card_exactly(uow, clock, dive):
    (card,) = cards.add_card(uow, clock, "Front", "Back")
    answered = review.answer_card(uow, clock, card.id, 4, 1500)
    assert answered.card.due == NOW + timedelta(days=8)
    assert not answered.requeue
    assert review.count_due(uow, clock, dive) == 0
    restored = review.undo(uow, clock, answered.review.id)
    assert restored.fsrs == card.fsrs and restored.due == card.due
    assert review.count_due(uow, clock, dive) == 1
    with pytest.raises(NotFound, match="nothing to undo"):
        review.undo(uow, clock, answered.review.id)


def test_a_card_not_due_cannot_be_answered(uow, clock, dive):
    (card,) = cards.add_card(uow, clock, "Front", "Back")
    review.answer_card(uow, clock, card.id, 4)
    with pytest.raises(Conflict, match="is not due until 2021-04-23"):
        review.answer_card(uow, clock, card.id, 3)


def test_the_queue_is_the_due_cards_oldest_first_with_limit(uow, dive):
    for minutes in (30, 10, 20):
        cards.add_card(uow, fixed_clock(NOW - timedelta(minutes=minutes)), f"F{minutes}", "B")
    queue = review.due_queue(uow, fixed_clock(NOW), 2)
    assert [c.front for c in queue.cards] == ["F30", "F20"]
    assert queue.dive_end == dive.end
    assert review.due_queue(uow, fixed_clock(NOW - timedelta(hours=1))).cards == []


def test_retention_is_a_workspace_setting(uow, clock, dive):
    assert review.retention(uow) == 0.9
    review.set_retention(uow, "0.8")
    assert review.retention(uow) == 0.8


def test_extract_keeps_history_across_a_corrected_answer(uow, clock, dive):
    write_note(uow, clock, None, "Why scale? :: softmax saturates")
    (made,) = cards.extract_cards(uow, clock).added
    review.answer_card(uow, clock, made.id, 3)
    write_note(uow, clock, None, "Why scale? :: large dot products saturate the softmax",
               replace=True)
    result = cards.extract_cards(uow, clock)
    assert (len(result.added), result.updated, result.removed) == (0, 1, 0)
    (card,) = cards.list_cards(uow, clock).cards
    assert card.id == made.id and card.back.startswith("large")
    assert card.fsrs["last_review"] is not None
