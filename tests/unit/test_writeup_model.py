"""The write-up model: computed facts only, and parts without data left out."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from deepdive.domain.backup import Swap, Trigger
from deepdive.domain.dive import Dive, Slot, Week
from deepdive.domain.errors import InvalidInput
from deepdive.domain.question import Question, QuestionStatus
from deepdive.domain.resource import Entry, Placement, PlacementStatus, Resource
from deepdive.domain.session import Session
from deepdive.domain.writeup_build import WriteupInput, build_writeup

UTC_ZONE = ZoneInfo("UTC")


def dive() -> Dive:
    return Dive("Transformers", date(2021, 4, 8), 2, 60, Slot.parse("13:00-14:00"), id=1,
                number=1, why="Curious", goals=["Explain it"])


def entry(rid: int, status=PlacementStatus.PLANNED, backup_for=None, reason="") -> Entry:
    return Entry(Resource(f"R{rid}", url=f"https://example.org/{rid}", id=rid),
                 Placement(1, rid, week=1, position=rid, status=status, backup_for=backup_for,
                           status_reason=reason))


def test_a_dive_with_nothing_logged_is_the_plan_alone():
    post = build_writeup(WriteupInput(
        dive(), {1: Week(1, 1, "Study")}, [entry(1), entry(2, backup_for=1)], [],
        datetime(2021, 4, 20, tzinfo=UTC), UTC_ZONE))
    assert not post.logged
    assert [i.title for i in post.plan[0].items] == ["R1"]
    assert [(i.title, i.note) for i in post.plan[0].backups] == [("R2", "backup for R1")]
    assert post.reality == [] and post.recommendations == [] and post.conclusion == ""


def test_the_plan_leaves_out_weeks_with_no_focus_and_no_resources():
    three = Dive("Transformers", date(2021, 4, 8), 3, 60, Slot.parse("13:00-14:00"), id=1,
                 number=1)
    post = build_writeup(WriteupInput(
        three, {2: Week(1, 2, "GPT family")}, [], [], datetime(2021, 4, 20, tzinfo=UTC),
        UTC_ZONE))
    assert [(w.number, w.focus, w.items) for w in post.plan] == [(2, "GPT family", [])]
    post = build_writeup(WriteupInput(
        three, {}, [entry(1)], [], datetime(2021, 4, 20, tzinfo=UTC), UTC_ZONE))
    assert [(w.number, w.focus, [i.title for i in w.items]) for w in post.plan] == [
        (1, "", ["R1"])]


def test_the_reality_counts_minutes_slots_and_outcomes_per_week():
    sessions = [
        Session(1, datetime(2021, 4, 8, 13, 0, tzinfo=UTC), datetime(2021, 4, 8, 14, 0,
                                                                       tzinfo=UTC)),
        Session(1, datetime(2021, 4, 9, 20, 0, tzinfo=UTC), datetime(2021, 4, 9, 20, 30,
                                                                       tzinfo=UTC)),
    ]
    entries = [entry(1, PlacementStatus.DONE), entry(2, PlacementStatus.SWAPPED, reason="dull"),
               entry(3), entry(4, PlacementStatus.DROPPED, reason="too long")]
    swaps = [Swap(1, 2, 3, "dull", datetime(2021, 4, 9, tzinfo=UTC))]
    post = build_writeup(WriteupInput(
        dive(), {1: Week(1, 1, "Study", retro_title="Good start", retro_text="Went well.")},
        entries, sessions, datetime(2021, 4, 10, 20, 0, tzinfo=UTC), UTC_ZONE, swaps=swaps,
        retro="Done."))
    assert post.logged
    [week] = post.reality  # week 2 has not begun
    assert week.heading == "Week 1: Good start"
    assert week.summary == "90 of 420 planned minutes; slot kept on 1 of 3 days."
    outcomes = {label: [(i.title, i.note, i.comment) for i in items]
                for label, items in week.outcomes()}
    assert outcomes == {
        "Read": [("R1", "", "")],
        "Dropped": [("R4", "", "too long")],
        "Swapped out": [("R2", "for R3", "dull")],
    }
    assert [i.title for i in post.plan[0].items] == ["R1", "R2", "R4"]  # R3 came in as backup
    assert post.conclusion == "Done."


def test_shaky_spots_and_corrections_are_not_repeated_as_answered_questions():
    questions = [
        Question(1, "Shaky", datetime(2021, 4, 9, tzinfo=UTC), explanation_id=5,
                 status=QuestionStatus.ANSWERED, answer="a"),
        Question(1, "Claim", datetime(2021, 4, 9, tzinfo=UTC), claim_id=7,
                 status=QuestionStatus.ANSWERED, answer="b"),
        Question(1, "Asked", datetime(2021, 4, 9, tzinfo=UTC), to_whom="Kyle",
                 status=QuestionStatus.ANSWERED, answer="c"),
        Question(1, "Open", datetime(2021, 4, 9, tzinfo=UTC)),
    ]
    post = build_writeup(WriteupInput(dive(), {}, [], [], datetime(2021, 4, 10, tzinfo=UTC),
                                      UTC_ZONE, questions=questions))
    assert [(q.title, q.note, q.comment) for q in post.questions] == [
        ("Asked", "asked Kyle", "c")]


def test_a_backup_in_the_plan_says_when_it_is_meant_to_be_used():
    hard = entry(2, backup_for=1)
    hard.placement.trigger = Trigger.TOO_HARD
    post = build_writeup(WriteupInput(
        dive(), {1: Week(1, 1, "Study")}, [entry(1), hard, entry(3, backup_for=1)], [],
        datetime(2021, 4, 20, tzinfo=UTC), UTC_ZONE))
    assert [(i.title, i.note) for i in post.plan[0].backups] == [
        ("R2", "backup for R1, if too hard"), ("R3", "backup for R1")]


def test_a_trigger_is_read_with_dashes_spaces_or_underscores():
    assert Trigger.parse("Too Boring") is Trigger.parse("too_boring") is Trigger.TOO_BORING
    assert Trigger.parse("any").condition == ""
    with pytest.raises(InvalidInput, match="trigger 'tired' is not one of: too-hard, "):
        Trigger.parse("tired")
