"""Services added for the web pages, on a real database (SQLite, and PostgreSQL when
configured): a review step, review counts per day, experiment edits, status with its data."""

from datetime import UTC, date, datetime, timedelta

import pytest

from deepdive import bootstrap
from deepdive.clock import fixed_clock
from deepdive.config import load_config
from deepdive.domain.cards import ReviewEntry
from deepdive.domain.dive import Dive
from deepdive.domain.errors import InvalidInput, NotFound
from deepdive.services import progress, review_step, status
from deepdive.services.cards import add_card
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.experiments import NewExperiment, add_experiment, update_experiment
from deepdive.services.reflection import reflection
from deepdive.services.sessions import log


def new_dive(uow, clock):
    return create_dive(uow, clock, NewDive("Transformers", date(2021, 4, 8), 4, 60,
                                           timezone="UTC"))


def test_a_review_step_counts_today_and_moves_on(uow, clock):
    dive = new_dive(uow, clock)
    first, second = (add_card(uow, clock, f"Q{n}", f"A{n}")[0] for n in (1, 2))
    step = review_step.step(uow, clock)
    assert (step.card.id, step.position, step.total) == (first.id, 1, 2)
    done = review_step.answer(uow, clock, first.id, "easy", 1500)
    step = review_step.step(uow, clock)
    assert (step.card.id, step.position, step.total) == (second.id, 2, 2)
    assert step.days[-1] == review_step.ReviewDay(date(2021, 4, 15), 1, 0)
    assert len(step.days) == 8 and step.days[0].day == dive.start
    review_step.undo(uow, clock, done.review.id)
    assert review_step.step(uow, clock).today.reviewed == 0
    with pytest.raises(InvalidInput, match="answer '9' is not 1-4"):
        review_step.answer(uow, clock, first.id, "9")
    with pytest.raises(NotFound, match="no card #999 in this dive"):
        review_step.answer(uow, clock, 999, "3")


def test_review_days_fill_the_gaps_and_count_again():
    shaped = Dive(title="x", start=date(2021, 4, 8), weeks=4, daily_minutes=60, number=1)
    at = datetime(2021, 4, 9, 10, tzinfo=UTC)
    answers = [ReviewEntry(1, 1, 1, at), ReviewEntry(2, 1, 3, at + timedelta(minutes=5)),
               ReviewEntry(3, 2, 4, at + timedelta(days=2))]
    days = review_step.review_days(answers, shaped, date(2021, 4, 12))
    assert [(d.day.day, d.reviewed, d.again) for d in days] == [
        (8, 0, 0), (9, 2, 1), (10, 0, 0), (11, 1, 0), (12, 0, 0)]
    assert days[1].retention == 0.5 and days[0].retention is None


def test_an_experiment_is_edited_in_its_own_dive_only(uow, clock):
    new_dive(uow, clock)
    made = add_experiment(uow, clock, NewExperiment("Sorting", expectation="works"))
    changed = update_experiment(uow, str(made.id), NewExperiment("Sorting lists", result="8"))
    assert (changed.title, changed.expectation, changed.result, changed.at) == (
        "Sorting lists", "", "8", made.at)
    assert reflection(uow).experiments[0].result == "8"
    with pytest.raises(InvalidInput, match="needs a title"):
        update_experiment(uow, str(made.id), NewExperiment(" "))
    with pytest.raises(NotFound):
        update_experiment(uow, "42", NewExperiment("x"))


def test_status_with_its_snapshot_matches_status_and_progress(uow, db_url):
    clock = fixed_clock(datetime(2021, 4, 15, 13, 20, tzinfo=UTC))
    new_dive(uow, clock)
    log(uow, clock, 45, None, datetime(2021, 4, 14, 13, 0))
    daily = bootstrap.daily_unit_of_work(load_config(db_url))
    both, snap = status.status_and_snapshot(daily, clock)
    assert both == status.status(uow, clock)
    assert progress.progress_of(snap.dive, snap.weeks, snap.sessions, snap.now) == \
        progress.progress(uow, clock)
