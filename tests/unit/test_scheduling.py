"""FSRS through the fsrs package, with a fixed `now` (fuzzing off: exact values)."""

from datetime import UTC, datetime, timedelta

import pytest

from deepdive.domain.errors import InvalidInput
from deepdive.domain.scheduling import (
    answer,
    due_of,
    new_state,
    parse_answer,
    parse_retention,
    replay,
)

NOW = datetime(2021, 4, 15, 13, 20, tzinfo=UTC)


def test_a_new_card_is_due_at_once():
    state = new_state(NOW)
    assert due_of(state) == NOW
    assert state["last_review"] is None


def test_good_then_good_graduates_the_card_to_review_in_days():
    first = answer(new_state(NOW), 3, NOW)
    assert first.due == NOW + timedelta(minutes=10)  # the second learning step
    second = answer(first.state, 3, first.due)
    assert second.state["state"] == 2  # review
    assert second.due == first.due + timedelta(days=2)
    assert second.state["stability"] == pytest.approx(2.3065)


def test_again_restarts_the_learning_steps():
    result = answer(new_state(NOW), 1, NOW)
    assert result.due == NOW + timedelta(minutes=1)
    assert result.state["state"] == 1


def test_easy_goes_straight_to_review():
    result = answer(new_state(NOW), 4, NOW)
    assert result.state["state"] == 2
    assert result.due == NOW + timedelta(days=8)


def test_higher_retention_means_sooner_reviews():
    graduated = answer(new_state(NOW), 4, NOW)
    later = graduated.due + timedelta(days=8)
    relaxed = answer(graduated.state, 3, later, 0.8)
    strict = answer(graduated.state, 3, later, 0.97)
    assert strict.due < relaxed.due


def test_replay_rebuilds_the_state_of_a_history():
    history = [(NOW, 3), (NOW + timedelta(minutes=10), 3)]
    state, steps = replay(history, NOW)
    assert state["state"] == 2
    assert due_of(state) == NOW + timedelta(minutes=10, days=2)
    assert [s.rating for s in steps] == [3, 3]
    assert steps[0].before["last_review"] is None


@pytest.mark.parametrize(("text", "rating"), [("1", 1), ("a", 1), ("Hard", 2), ("g", 3),
                                              ("4", 4), ("e", 4)])
def test_answers_by_number_or_letter(text, rating):
    assert parse_answer(text) == rating


@pytest.mark.parametrize("text", ["0", "5", "x", "good!"])
def test_other_answers_are_refused(text):
    with pytest.raises(InvalidInput, match="1-4 or a/h/g/e"):
        parse_answer(text)


def test_retention_bounds():
    assert parse_retention("0.85") == 0.85
    for bad in ("1.2", "0.3", "lots"):
        with pytest.raises(InvalidInput):
            parse_retention(bad)
