"""new, list, show, use, finish, abandon, week."""

import json

from tests.cli.helpers import WEEK_ONE_EVE, as_json, new_dive, planned_dive


def test_new_creates_the_current_dive_and_says_when_it_runs(run):
    out = new_dive(run).output
    assert "Dive #1 Transformers and GPT-3: Thu 08 Apr to Wed 05 May 2021, 60 min a day in " \
           "13:00-14:00." in out
    dive = as_json(run, "show", now=WEEK_ONE_EVE)
    assert dive["status"] == "planned"
    assert dive["goals"] == ["Explain attention to a friend"]
    assert dive["current"] is True


def test_a_planned_dive_becomes_active_on_its_first_day(run):
    new_dive(run)
    assert as_json(run, "list", now="2021-04-08T09:00")[0]["status"] == "active"


def test_a_second_open_dive_needs_force_and_says_why(run):
    new_dive(run)
    refused = run("new", "Bayesian statistics", "--start", "2021-05-06", now=WEEK_ONE_EVE)
    assert refused.exit_code == 1
    assert "one dive at a time keeps the focus" in refused.output
    assert len(as_json(run, "list", now=WEEK_ONE_EVE)) == 1
    run.ok("new", "Bayesian statistics", "--start", "2021-05-06", "--force", now=WEEK_ONE_EVE)
    assert [d["number"] for d in as_json(run, "list", now=WEEK_ONE_EVE)] == [1, 2]


def test_use_switches_the_current_dive(run):
    new_dive(run)
    run.ok("new", "Bayes", "--start", "2021-05-06", "--force", now=WEEK_ONE_EVE)
    assert as_json(run, "show")["title"] == "Bayes"
    run.ok("use", "1")
    assert as_json(run, "show")["title"] == "Transformers and GPT-3"
    assert as_json(run, "show", "bayes")["title"] == "Bayes"


def test_finish_and_abandon_close_dives(run):
    new_dive(run)
    unconfirmed = run("finish")
    assert unconfirmed.exit_code == 1
    assert "It cannot be reopened. No terminal to ask on: pass --yes to confirm." in (
        unconfirmed.output)
    assert as_json(run, "show")["status"] == "active"  # unchanged
    run.ok("finish", "--yes")
    assert as_json(run, "show")["status"] == "finished"
    assert run("finish", "--yes").exit_code == 1
    run.ok("new", "Bayes", "--start", "2021-05-06")
    assert run("abandon", "--yes").exit_code == 2  # --why is required
    assert run("abandon", "--why", "deadline").exit_code == 1  # not confirmed
    run.ok("abandon", "--why", "a paper deadline ate the month", "--yes")
    dives = as_json(run, "list")
    assert [d["status"] for d in dives] == ["finished", "abandoned"]


def test_weeks_have_a_focus_a_kind_and_a_backup(run):
    planned_dive(run)
    run.ok("week", "4", "Buffer", "--kind", "buffer")
    weeks = as_json(run, "show")["weeks_plan"]
    assert [w["focus"] for w in weeks] == [
        "Study transformers", "Study the GPT family", "", "Buffer"]
    assert weeks[1]["backup"] == "read the history instead"
    assert weeks[3]["kind"] == "buffer"
    run.ok("week", "1", "--backup", "watch a lecture")
    assert as_json(run, "show")["weeks_plan"][0]["focus"] == "Study transformers"


def test_show_prints_the_plan_week_by_week(run):
    planned_dive(run)
    out = run.ok("show").output
    assert "Week 1: Study transformers" in out
    assert "#1 [planned] Attention Is All You Need" in out
    assert "backup plan: read the history instead" in out


def test_list_json_is_a_list_of_objects_with_ids(run):
    new_dive(run)
    rows = json.loads(run.ok("list", "--json").output)
    assert rows[0]["id"] == 1
    assert {"number", "title", "start", "end", "status", "weeks"} <= set(rows[0])
