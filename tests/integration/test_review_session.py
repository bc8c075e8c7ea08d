"""A review sitting through the service the terminal drives: order, "again", undo, limit."""

from datetime import UTC, datetime, timedelta

import pytest

from deepdive.clock import fixed_clock
from deepdive.domain.dive import Slot
from deepdive.domain.errors import InvalidInput
from deepdive.services import cards, review
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.review_session import ReviewSession, Script

NOW = datetime(2021, 4, 15, 13, 20, tzinfo=UTC)


def make_dive(uow, clock, zone="UTC"):
    return create_dive(uow, clock, NewDive("Transformers", NOW.date(), 4, 60,
                                           Slot.parse("13:00-14:00"), "", [], zone))


@pytest.fixture
def fronts(uow, clock):
    """Cards A, B, C added 30, 20 and 10 minutes ago: due in that order."""
    make_dive(uow, clock)
    for minutes, front in ((30, "A"), (20, "B"), (10, "C")):
        cards.add_card(uow, fixed_clock(NOW - timedelta(minutes=minutes)), front, "back")


def shown(session):
    card = session.current()
    return card.front if card else None


def test_cards_come_oldest_due_first_with_their_place(uow, clock, fronts):
    session = ReviewSession.open(uow, clock)
    seen = []
    while session.current() is not None:
        seen.append((session.position, session.total, shown(session)))
        session.answer(4)
    assert seen == [(1, 3, "A"), (2, 3, "B"), (3, 3, "C")]
    assert (session.reviewed, session.again, session.still_due()) == (3, 0, 0)


def test_again_sends_the_card_to_the_end_of_the_queue(uow, clock, fronts):
    session = ReviewSession.open(uow, clock)
    result = session.answer(1)
    assert result.requeue and result.card.due == NOW + timedelta(minutes=1)
    assert (session.total, [c.front for c in session.pending]) == (4, ["B", "C", "A"])
    session.answer(4)
    session.answer(4)
    assert (session.position, session.total, shown(session)) == (4, 4, "A")
    session.answer(4)
    assert shown(session) is None
    assert (session.reviewed, session.again) == (4, 1)


def test_undo_restores_the_state_and_due_date_and_shows_the_card_again(uow, clock, fronts):
    session = ReviewSession.open(uow, clock)
    before = session.current()
    assert session.undo() is None  # nothing answered yet
    session.answer(4, 1200)
    assert session.still_due() == 2
    restored = session.undo()
    assert restored.id == before.id
    assert restored.fsrs == before.fsrs and restored.due == before.due == NOW - timedelta(
        minutes=30)
    assert (shown(session), session.position, session.milliseconds) == ("A", 1, 0)
    assert session.still_due() == 3
    assert review.next_due(uow, session.dive) == NOW - timedelta(minutes=30)


def test_undoing_again_takes_back_its_second_round(uow, clock, fronts):
    session = ReviewSession.open(uow, clock)
    session.answer(1)
    session.undo()
    assert (session.total, [c.front for c in session.pending]) == (3, ["A", "B", "C"])
    assert (session.reviewed, session.again) == (0, 0)


def test_the_limit_counts_answers_even_when_a_card_comes_back(uow, clock, fronts):
    session = ReviewSession.open(uow, clock, 2)
    assert session.total == 2
    session.answer(1)  # A comes back, but the limit is 2 answers
    assert session.total == 2
    session.answer(4)
    assert shown(session) is None
    with pytest.raises(InvalidInput, match="the review is over"):
        session.answer(4)
    # C was never shown; A is due again a minute from now
    assert (session.reviewed, session.still_due()) == (2, 1)


def test_a_script_stops_the_sitting_when_its_answers_run_out(uow, clock, fronts):
    script = Script("4\nU\n3\n")
    session = ReviewSession.open(uow, clock, script=script)
    keys = []
    while session.current() is not None:
        keys.append((shown(session), script.take()))
        if keys[-1][1] == "u":
            session.undo()
        else:
            session.answer(int(keys[-1][1]))
    assert keys == [("A", "4"), ("B", "u"), ("A", "3")]
    assert script.take() == "q"  # nothing left: quit
    assert (session.reviewed, session.still_due()) == (1, 2)


def test_a_bad_scripted_answer_is_refused_before_anything_is_stored():
    refused = r"answer 'maybe' is not 1-4 .*, u \(undo\) or q \(quit\); nothing was stored"
    with pytest.raises(InvalidInput, match=refused):
        Script("3 maybe")


def test_a_long_queue_is_fetched_a_batch_at_a_time(uow, clock, monkeypatch):
    monkeypatch.setattr(review, "BATCH", 2)
    make_dive(uow, clock)
    for n in range(5):
        cards.add_card(uow, fixed_clock(NOW - timedelta(minutes=10 - n)), f"F{n}", "back")
    session = ReviewSession.open(uow, clock)
    assert (len(session.pending), session.total) == (2, 5)
    seen = []
    while session.current() is not None:
        seen.append(shown(session))
        session.answer(4)
    assert seen == ["F0", "F1", "F2", "F3", "F4"]


def test_days_left_count_from_the_dives_own_date(uow, clock):
    # 13:20 UTC on 15 April is already 01:20 on 16 April in Auckland
    make_dive(uow, clock, "Pacific/Auckland")
    cards.add_card(uow, clock, "A", "back")
    session = ReviewSession.open(uow, clock)
    assert session.dive_end == NOW.date() + timedelta(days=27)
    assert session.days_left == 26
