"""The daily dashboard: the documented JSON keys, a day in the past, the next action."""

from tests.cli.helpers import as_json, planned_dive

STATUS_KEYS = {
    "dive", "date", "day", "days", "week", "focus", "today_minutes", "budget_minutes",
    "week_minutes", "week_planned_minutes", "slot_kept", "running", "resources_done",
    "resources_planned", "cards_due", "open_questions", "alerts", "next_action",
}


def test_status_json_has_every_documented_key(run):
    planned_dive(run)
    status = as_json(run, "status", now="2021-04-08T12:00")
    assert set(status) >= STATUS_KEYS
    assert status["dive"] == "Transformers and GPT-3"
    assert (status["day"], status["days"], status["week"]) == (1, 28, 1)
    assert status["focus"] == "Study transformers"
    assert status["slot_kept"] is None  # before the slot
    assert status["next_action"] == (
        "Start #1 Attention Is All You Need: `deepdive start 1`.")
    assert [a["kind"] for a in status["alerts"]] == ["no_backup"]  # gentle: not the next action


def test_a_past_day_is_shown_as_it_ended(run):
    planned_dive(run)
    for day in ("08", "09"):
        run.ok("log", "1h", "1", "--at", f"2021-04-{day} 13:00", now="2021-04-12T09:00")
    old = as_json(run, "status", "--date", "2021-04-09", now="2021-04-20T09:00")
    assert (old["date"], old["day"], old["today_minutes"], old["week_minutes"]) == (
        "2021-04-09", 2, 60, 120)
    assert old["slot_kept"] is True
    assert old["budget_met"] is True


def test_a_stalled_week_raises_alerts_with_evidence_and_a_way_out(run):
    planned_dive(run)
    run.ok("log", "45m", "3", "--at", "2021-04-16 13:00", "--mood", "2", now="2021-04-20T15:00")
    run.ok("log", "20m", "3", "--at", "2021-04-17 21:30", "--mood", "1", now="2021-04-20T15:00")
    status = as_json(run, "status", now="2021-04-20T15:00")
    kinds = [a["kind"] for a in status["alerts"]]
    assert kinds == ["missed_slots", "stalled_resource", "behind_plan"]
    stalled = status["alerts"][1]
    assert stalled["message"] == (
        "#3 Language Models are Unsupervised Multitask Learners is stalling: "
        "last 2 sessions had mood 2, 1.")
    assert status["next_action"] == status["alerts"][0]["suggestion"]
    text = run.ok("status", now="2021-04-20T15:00").output
    assert "! Slot 13:00-14:00 missed 4 days in a row (Sat 17 Apr to Tue 20 Apr)." in text
    assert "Next: " in text


def test_status_without_any_dive_says_how_to_start(run):
    result = run("status")
    assert result.exit_code == 1
    assert "no current dive: create one with `deepdive new`" in result.output


def test_before_and_after_the_time_box_there_is_no_day_number(run):
    planned_dive(run)
    before = as_json(run, "status", now="2021-03-15T09:00")
    assert (before["phase"], before["day"], before["slot_kept"]) == ("before", None, None)
    assert "Transformers and GPT-3: starts in 24 days, on Thu 08 Apr 2021" in run.ok(
        "status", now="2021-03-15T09:00").output
    after = as_json(run, "status", "--date", "2021-05-10", now="2021-05-10T09:00")
    assert (after["phase"], after["day"], after["alerts"]) == ("after", None, [])
    assert "the time box ended 5 days ago, on Wed 05 May 2021" in run.ok(
        "status", now="2021-05-10T09:00").output


def test_a_finished_dive_takes_no_new_work_but_can_be_backfilled(run):
    planned_dive(run)
    run.ok("finish", "--yes", now="2021-05-06T09:00")
    status = as_json(run, "status", now="2021-05-06T09:00")
    assert status["dive_status"] == "finished"
    assert status["next_action"] == (
        "This dive is finished; plan the next one with `deepdive new`.")
    refused = run("start", "1", now="2021-05-06T09:00")
    assert refused.exit_code == 1
    assert "is finished; cannot start a session in it" in refused.output
    added = run("add", "More", now="2021-05-06T09:00")
    assert "is finished; cannot add to its plan" in added.output
    run.ok("log", "30m", "1", "--at", "2021-05-05 13:00", now="2021-05-06T09:00")
