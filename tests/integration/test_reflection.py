"""Reflection services on a real database (SQLite, and PostgreSQL when configured)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from deepdive.clock import fixed_clock
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.resource import PlacementStatus
from deepdive.services import backups, checkins, lessons, questions, recommendations
from deepdive.services.checkins import ClaimInput
from deepdive.services.dives import NewDive, create_dive, finish_dive, set_week, show_dive
from deepdive.services.experiments import NewExperiment, add_experiment, explain
from deepdive.services.ideas import add_idea, list_ideas
from deepdive.services.resources import NewResource, add_resource, list_resources
from deepdive.services.status import status


class Offline:
    def resolve(self, source, *, offline=False):
        from deepdive.domain.metadata import Metadata

        return Metadata(title=source)


def new_dive(uow, clock, title="Transformers", weeks=4, force=False):
    return create_dive(uow, clock, NewDive(title, date(2021, 4, 8), weeks, 60), force=force)


def add(uow, clock, title, **kw):
    return add_resource(uow, clock, Offline(), NewResource(title, **kw)).entry


def test_a_swap_puts_the_backup_in_place_and_is_logged(uow, clock):
    new_dive(uow, clock)
    add(uow, clock, "GPT paper", week=2)
    gpt2 = add(uow, clock, "GPT-2 paper", week=2)
    add(uow, clock, "GPT-3 paper", week=2)
    backup = add(uow, clock, "History of GPT", backup_for=str(gpt2.id))
    done = backups.swap(uow, clock, "GPT-2", "History", "too boring")
    by_id = {e.id: e for e in list_resources(uow)}
    assert by_id[gpt2.id].placement.status == PlacementStatus.SWAPPED
    assert by_id[gpt2.id].placement.status_reason == "too boring"
    moved = by_id[backup.id].placement
    assert (moved.week, moved.position, moved.backup_for) == (2, gpt2.placement.position, None)
    assert [e.title for e in list_resources(uow, week=2)] == [
        "GPT paper", "GPT-2 paper", "History of GPT", "GPT-3 paper"]
    view = show_dive(uow, clock, None)
    assert [(s.from_resource_id, s.to_resource_id, s.why) for s in view.swaps] == [
        (gpt2.id, backup.id, "too boring")]
    assert done.swap.id is not None


def test_swaps_refuse_the_same_resource_and_another_dives(uow, clock):
    new_dive(uow, clock, "First")
    other = add(uow, clock, "Elsewhere", week=1)
    finish_dive(uow, clock)
    new_dive(uow, clock, "Second")
    mine = add(uow, clock, "Mine", week=1)
    with pytest.raises(InvalidInput, match="with itself"):
        backups.swap(uow, clock, str(mine.id), str(mine.id), "why")
    with pytest.raises(Conflict, match="belongs to dive #1 'First'"):
        backups.swap(uow, clock, str(mine.id), str(other.id), "why")
    assert list_resources(uow)[0].placement.status == PlacementStatus.PLANNED


def test_claims_not_right_become_questions_and_status_counts_them(uow, clock):
    new_dive(uow, clock)
    checkins.checkin(uow, clock, "Laria", [
        ClaimInput("prompts are programs", "right"),
        ClaimInput("examples teach the task", "partly", "they mostly locate it"),
        ClaimInput("one author", "wrong"),
    ])
    found = questions.list_questions(uow)
    assert [(q.text, str(q.status), q.answer, q.to_whom) for q in found] == [
        ("examples teach the task", "answered", "they mostly locate it", "Laria"),
        ("one author", "open", "", "Laria"),
    ]
    explain(uow, clock, "self-attention", "a friend", 30, ["where inputs enter"])
    questions.ask(uow, clock, "What is BPE?", "Kyle")
    assert status(uow, clock).open_questions == 3
    questions.answer(uow, clock, "What is BPE", "byte pair encoding")
    assert status(uow, clock).open_questions == 2


def test_a_claim_needs_one_of_three_verdicts_and_nothing_is_written(uow, clock):
    new_dive(uow, clock)
    with pytest.raises(InvalidInput) as refused:
        checkins.checkin(uow, clock, "Kyle", [ClaimInput("a", "right"), ClaimInput("b", None)])
    assert str(refused.value) == "claim 'b' needs a verdict: right, partly or wrong"
    with pytest.raises(InvalidInput, match="not one of: right, partly, wrong"):
        checkins.checkin(uow, clock, "Kyle", [ClaimInput("a", "maybe")])
    assert checkins.list_checkins(uow) == []


def test_status_names_the_next_planned_checkin(uow, clock):
    new_dive(uow, clock)
    soon = clock() + timedelta(days=3)
    later = clock() + timedelta(days=9)
    checkins.checkin(uow, clock, "the authors", [], at=later)
    checkins.checkin(uow, clock, "Connor", [], at=soon)
    checkins.checkin(uow, clock, "Flora", [], at=clock() - timedelta(days=1))
    assert status(uow, clock).next_checkin == {"with": "Connor", "at": f"{soon:%Y-%m-%d %H:%M}"}


def test_lessons_carry_into_the_next_dive_and_uptake_is_recorded_or_derived(uow, clock):
    first = new_dive(uow, clock, "First")
    lessons.add_lesson(uow, clock, "Prepare backup plans for every week")
    lessons.add_lesson(uow, clock, "Ankify what I learn")
    finish_dive(uow, clock)
    later = fixed_clock(datetime(2021, 6, 1, tzinfo=UTC))
    create_dive(uow, later, NewDive("Second", date(2021, 6, 1), 2, 60))
    carried = lessons.checklist(uow)
    assert [(c.lesson.text, c.taken_up) for c in carried] == [
        ("Prepare backup plans for every week", False), ("Ankify what I learn", False)]
    assert carried[0].check is not None
    set_week(uow, 1, focus="a", backup="talk to someone")
    set_week(uow, 2, focus="b", backup="watch a lecture")
    lessons.take_up(uow, "Ankify")
    assert [c.taken_up for c in lessons.checklist(uow)] == [True, True]
    assert first.number == 1 and lessons.checklist(uow, "First") == []


def test_a_dive_from_an_idea_records_it(uow, clock):
    idea = add_idea(uow, clock, "Interpretability")
    dive = create_dive(uow, clock, NewDive("", date(2021, 4, 8), 4, 60, from_idea=str(idea.id)))
    assert dive.title == "Interpretability"
    assert list_ideas(uow)[0].dive_id == dive.id
    finish_dive(uow, clock)
    with pytest.raises(Conflict, match="already became a dive"):
        create_dive(uow, clock, NewDive("", date(2021, 5, 8), 4, 60, from_idea="Interp"))


def test_an_experiment_names_its_resource(uow, clock):
    new_dive(uow, clock)
    paper = add(uow, clock, "Prompt Programming", week=3)
    saved = add_experiment(uow, clock, NewExperiment("List sorting", result="fails",
                                                     ref="Prompt"))
    assert saved.resource_id == paper.id


@pytest.mark.parametrize("rank", [0, 1001, 999_999_999_999])
def test_a_rank_outside_1_to_1000_is_refused_before_the_database(uow, clock, rank):
    new_dive(uow, clock)
    add(uow, clock, "Attention Is All You Need", week=1)
    with pytest.raises(InvalidInput) as refused:
        recommendations.set_recommendation(uow, clock, "1", "start", rank)
    assert str(refused.value) == f"rank must be from 1 to 1000, not {rank}"
    assert recommendations.set_recommendation(uow, clock, "1", "start", 1000).rank == 1000


def test_the_demo_places_only_resources_it_started_and_leaves_gpt3_unfinished(uow):
    from zoneinfo import ZoneInfo

    from deepdive.services.demo import build_demo

    build_demo(uow, ZoneInfo("UTC"))
    placed = {p.entry.title: p for p in recommendations.recommendations(uow)}
    gpt3 = placed["Language Models are Few-Shot Learners"]
    assert (str(gpt3.entry.placement.status), str(gpt3.place), gpt3.entry.rating) == (
        "reading", "finally", 5)
    assert "The Transformer Family" not in placed  # planned, never started
    # no planned resource is placed; the backup swapped in was read and marked done
    assert [t for t, p in placed.items() if p.entry.placement.status == PlacementStatus.PLANNED
            ] == []
    backup = placed["Better Language Models and Their Implications"]
    assert str(backup.entry.placement.status) == "done"


def test_a_backups_trigger_is_stored_and_read_back(uow, clock):
    new_dive(uow, clock)
    gpt2 = add(uow, clock, "GPT-2 paper", week=2)
    add(uow, clock, "History of GPT", backup_for=str(gpt2.id), trigger="unavailable")
    add(uow, clock, "A blog summary", backup_for=str(gpt2.id))
    assert [str(e.placement.trigger) for e in list_resources(uow)] == [
        "any", "unavailable", "any"]
    with pytest.raises(InvalidInput, match="add --backup-for REF"):
        add(uow, clock, "Lecture", trigger="too-hard")
    assert len(list_resources(uow)) == 3


def test_backups_from_before_triggers_are_held_for_any_reason_after_the_upgrade(tmp_path):
    from sqlalchemy import text

    from deepdive.config import sqlite_url
    from deepdive.storage.engine import open_engine
    from deepdive.storage.migrate import ensure_schema
    from tests.support.migrations import at_revision

    engine = open_engine(sqlite_url(tmp_path / "old.sqlite"))
    with at_revision(engine, "0002") as connection:
        connection.execute(text(
            "INSERT INTO dives (id, number, title, why, goals, start, weeks, daily_minutes, "
            "status, timezone, created_at, end_reason) VALUES (1, 1, 'Old', '', '[]', "
            "'2021-04-08', 4, 60, 'active', 'UTC', '2021-04-07 20:00:00', '')"))
        for rid, title in ((1, "GPT-2 paper"), (2, "History of GPT")):
            connection.execute(text(
                "INSERT INTO resources (id, title, kind, url, authors, arxiv_id, doi, source, "
                f"needs_refresh, created_at) VALUES ({rid}, '{title}', 'post', '', '[]', '', "
                "'', '', 0, '2021-04-07 20:00:00')"))
        connection.execute(text(
            "INSERT INTO placements (dive_id, resource_id, week, position, status, optional, "
            "recommended_by, why, status_reason, backup_for, added_at) VALUES "
            "(1, 1, 2, 1, 'planned', 0, '', '', '', NULL, '2021-04-07 20:00:00'), "
            "(1, 2, 2, 2, 'planned', 0, '', '', '', 1, '2021-04-07 20:00:00')"))
    ensure_schema(engine)
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT resource_id, backup_for, backup_trigger FROM placements ORDER BY resource_id"
        )).all()
    assert [tuple(row) for row in rows] == [(1, None, "any"), (2, 1, "any")]
