"""start, stop and log: a started session is stored at once; overlaps are refused."""

import subprocess
import sys

from tests.cli.helpers import as_json, planned_dive


def test_start_is_stored_at_once_and_stop_works_from_a_new_shell(run, db_url):
    planned_dive(run)
    run.ok("start", "attention", now="2021-04-08T13:00")
    # A separate process is a new shell after the terminal was closed.
    env_stop = subprocess.run(
        [sys.executable, "-m", "deepdive", "stop", "--mood", "4", "-m", "inputs?"],
        capture_output=True, text=True,
        env={"DEEPDIVE_DATABASE_URL": db_url, "DEEPDIVE_NOW": "2021-04-08T13:50",
             "DEEPDIVE_TZ": "UTC", "PATH": "/usr/bin:/bin"},
    )
    assert env_stop.returncode == 0, env_stop.stderr
    assert env_stop.stdout.strip() == "Stopped after 50 min."
    status = as_json(run, "status", now="2021-04-08T18:00")
    assert status["today_minutes"] == 50
    assert status["slot_kept"] is True
    assert status["running"] is None


def test_the_running_session_shows_in_status(run):
    planned_dive(run)
    run.ok("start", "1", "--kind", "read", now="2021-04-08T13:05")
    status = as_json(run, "status", now="2021-04-08T13:25")
    assert status["running"] == {
        "resource": "Attention Is All You Need", "resource_id": 1, "kind": "read",
        "started": "2021-04-08T13:05:00+00:00", "minutes": 20, "dive": None}
    assert status["today_minutes"] == 20
    assert status["slot_kept"] is None


def test_start_while_running_and_stop_with_nothing_running_are_refused(run):
    planned_dive(run)
    run.ok("start", now="2021-04-08T13:00")
    again = run("start", now="2021-04-08T13:10")
    assert again.exit_code == 1
    assert "already running since 13:00 UTC" in again.output
    run.ok("stop", now="2021-04-08T13:30")
    none = run("stop", now="2021-04-08T13:31")
    assert none.exit_code == 1
    assert "no session is running" in none.output


def test_log_backfills_and_refuses_overlaps(run):
    planned_dive(run)
    run.ok("log", "1h", "attention", "--at", "2021-04-08 13:00", "--mood", "3",
           now="2021-04-09T09:00")
    clash = run("log", "30m", "--at", "2021-04-08 13:45", now="2021-04-09T09:00")
    assert clash.exit_code == 1
    assert "overlaps session #1" in clash.output
    run.ok("log", "30m", "--at", "2021-04-08 14:00", "--kind", "explain", now="2021-04-09T09:00")
    day = as_json(run, "status", "--date", "2021-04-08", now="2021-04-09T09:00")
    assert day["today_minutes"] == 90
    assert day["slot_kept"] is True


def test_log_without_at_ends_now(run):
    planned_dive(run)
    run.ok("log", "45m", now="2021-04-08T13:50")
    status = as_json(run, "status", now="2021-04-08T13:50")
    assert status["today_minutes"] == 45
    assert status["slot_kept"] is True  # 13:05-13:50 is 45 of the slot's 60 minutes


def test_a_timer_forgotten_overnight_asks_when_it_really_stopped(run):
    planned_dive(run)
    run.ok("start", "1", now="2021-04-15T13:00")
    forgot = run("stop", now="2021-04-16T09:00")
    assert forgot.exit_code == 1
    assert forgot.output.strip() == (
        "Error: this session has run 20 h since Thu 13:00 UTC; say when you stopped "
        "(`deepdive stop --at 14:00`) or keep it all with --force")
    assert as_json(run, "status", now="2021-04-16T09:00")["running"] is not None
    late = run("stop", "--at", "12:00", now="2021-04-16T09:00")  # 12:00 after 13:00: next day
    assert late.exit_code == 1 and "in the future" in late.output
    assert run.ok("stop", "--at", "14:05", now="2021-04-16T09:00").output.strip() == (
        "Stopped after 65 min.")
    day = as_json(run, "status", "--date", "2021-04-15", now="2021-04-16T09:00")
    assert (day["today_minutes"], day["running"]) == (65, None)


def test_stop_at_a_full_date_time_or_keep_everything_with_force(run):
    planned_dive(run)
    run.ok("start", now="2021-04-15T13:00")
    early = run("stop", "--at", "2021-04-15 12:00", now="2021-04-15T15:00")
    assert early.exit_code == 1 and "cannot end before it starts" in early.output
    run.ok("stop", "--at", "2021-04-15 14:30", now="2021-04-15T15:00")
    run.ok("start", now="2021-04-15T16:00")
    assert run.ok("stop", "--force", now="2021-04-15T23:30").output.strip() == (
        "Stopped after 450 min.")


def test_status_of_another_dive_shows_the_timer_that_runs_elsewhere(run):
    planned_dive(run)
    run.ok("new", "Bayes", "--start", "2021-04-08", "--force", now="2021-04-08T09:00")
    run.ok("start", "--dive", "1", now="2021-04-08T13:00")
    status = as_json(run, "status", now="2021-04-08T13:30")  # Bayes is current
    assert status["dive"] == "Bayes"
    assert status["running"]["dive"] == "#1 Transformers and GPT-3"
    assert status["running"]["minutes"] == 30
    assert "Running: read in dive #1 Transformers and GPT-3, 30 min so far" in run.ok(
        "status", now="2021-04-08T13:30").output


def test_a_timer_started_this_very_minute_shows_and_a_quick_restart_works(run):
    planned_dive(run)
    run.ok("start", "1", now="2021-04-08T13:00")
    assert as_json(run, "status", now="2021-04-08T13:00")["running"]["resource_id"] == 1
    run.ok("stop", now="2021-04-08T13:00")
    run.ok("start", "1", now="2021-04-08T13:00")  # no overlap with the empty one before
    assert as_json(run, "status", now="2021-04-08T13:00")["running"]["minutes"] == 0
