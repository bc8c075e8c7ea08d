"""Cards, reviews and undo through the services, on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

import pytest

from deepdive.clock import fixed_clock
from deepdive.domain.dive import Slot
from deepdive.domain.errors import Conflict, InvalidInput, NotFound
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


def counts(result):
    return (len(result.added), result.updated, result.removed, result.unchanged)


def test_a_line_inserted_above_keeps_every_card_and_its_history(uow, clock, dive):
    write_note(uow, clock, None, "A? :: a")
    (a,) = cards.extract_cards(uow, clock).added
    review.answer_card(uow, clock, a.id, 3)
    write_note(uow, clock, None, "A? :: a\nB? :: b", replace=True)
    (b,) = cards.extract_cards(uow, clock).added
    write_note(uow, clock, None, "New? :: n\nA? :: a\nB? :: b", replace=True)
    result = cards.extract_cards(uow, clock)
    assert counts(result) == (1, 0, 0, 2)
    listed = {c.front: c for c in cards.list_cards(uow, clock).cards}
    assert (listed["A?"].id, listed["B?"].id) == (a.id, b.id)
    assert listed["A?"].fsrs["last_review"] is not None
    assert counts(cards.extract_cards(uow, clock)) == (0, 0, 0, 3)


def test_deleting_a_line_removes_only_its_card(uow, clock, dive):
    write_note(uow, clock, None, "A? :: a\nB? :: b")
    _, b = cards.extract_cards(uow, clock).added
    write_note(uow, clock, None, "B? :: b", replace=True)
    assert counts(cards.extract_cards(uow, clock)) == (0, 0, 1, 1)
    assert [c.id for c in cards.list_cards(uow, clock).cards] == [b.id]


def test_removing_a_reviewed_card_needs_consent_and_writes_nothing_without(uow, clock, dive):
    write_note(uow, clock, None, "A? :: a\nB? :: b")
    a, b = cards.extract_cards(uow, clock).added
    review.answer_card(uow, clock, a.id, 3)
    write_note(uow, clock, None, "B? :: b\nC? :: c", replace=True)
    with pytest.raises(cards.ReviewedCardsWouldGo) as refused:
        cards.extract_cards(uow, clock)
    assert refused.value.count == 1
    assert str(refused.value) == ("1 card(s) with review history would be removed (their "
                                  "lines are gone from the notes); pass --yes to remove them")
    assert [c.id for c in cards.list_cards(uow, clock).cards] == [a.id, b.id]
    result = cards.extract_cards(uow, clock, remove_reviewed=True)
    assert counts(result) == (1, 0, 1, 1)
    assert [c.front for c in cards.list_cards(uow, clock).cards] == ["B?", "C?"]


def test_a_cloze_that_makes_no_anki_card_is_refused(uow, clock, dive):
    with pytest.raises(InvalidInput, match=r"^\{\{c1::\}\} has no answer"):
        cards.add_cloze(uow, clock, "{{c1::}}")
    with pytest.raises(InvalidInput, match="cloze numbers start at c1"):
        cards.add_cloze(uow, clock, "{{c0::x}}")
    assert cards.list_cards(uow, clock).cards == []
