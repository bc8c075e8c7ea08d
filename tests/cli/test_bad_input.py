"""Bad input: one clear line, exit 1 (a refused request) or 2 (a malformed command), and
nothing written."""

import pytest

from tests.cli.helpers import WEEK_ONE_EVE, as_json, planned_dive


def one_line(result):
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def dive(run):
    planned_dive(run)
    run.ok("log", "1h", "1", "--at", "2021-04-08 13:00", now="2021-04-08T15:00")
    return run


def nothing_changed(run):
    rows = as_json(run, "resources", now="2021-04-08T15:00")
    assert [r["rating"] for r in rows] == [None, None, None]
    assert [r["status"] for r in rows] == ["planned", "planned", "planned"]
    assert as_json(run, "status", now="2021-04-08T15:00")["today_minutes"] == 60


@pytest.mark.parametrize("ref", ["42", "#42", "bert"])
def test_unknown_refs(dive, ref):
    result = dive("rate", ref, "4")
    assert result.exit_code == 1
    assert one_line(result).startswith("Error: no resource")
    nothing_changed(dive)


def test_an_ambiguous_ref_lists_the_candidates(dive):
    dive.ok("add", "Attention? Attention!", "--week", "1", now=WEEK_ONE_EVE)
    result = dive("mark", "attention", "done")
    assert result.exit_code == 1
    assert one_line(result) == (
        "Error: 'attention' matches several resources: #1 Attention Is All You Need; "
        "#4 Attention? Attention!")


@pytest.mark.parametrize("score", ["0", "6", "x"])
def test_ratings_outside_one_to_five(dive, score):
    result = dive("rate", "1", score)
    assert result.exit_code == 2
    assert "outside 1 to 5" in one_line(result) or "not a number" in one_line(result)
    nothing_changed(dive)


@pytest.mark.parametrize("duration", ["0m", "-5m", "abc"])
def test_bad_durations(dive, duration):
    result = dive("log", duration, "1", now="2021-04-09T15:00")
    assert result.exit_code == 2
    assert f"Invalid value for 'DURATION': duration '{duration}'" in one_line(result)
    nothing_changed(dive)
    alone = dive("log", duration, now="2021-04-09T15:00")
    assert f"duration '{duration}'" in one_line(alone)


def test_a_mistyped_option_of_log_is_named(dive):
    result = dive("log", "30m", "--moood", "3", now="2021-04-09T15:00")
    assert result.exit_code == 2
    assert "No such option '--moood'. Did you mean '--mood'?" in one_line(result)
    nothing_changed(dive)


@pytest.mark.parametrize(("args", "expected"), [
    (["log", "30m", "--at", "08/04/2021 13:00"], "is not understood; use YYYY-MM-DD HH:MM"),
    (["status", "--date", "April 8"], "is not an ISO date; use YYYY-MM-DD"),
])
def test_dates_in_a_wrong_format(dive, args, expected):
    result = dive(*args, now="2021-04-09T15:00")
    assert result.exit_code == 2
    assert expected in one_line(result)
    nothing_changed(dive)


def test_a_week_outside_the_dive(dive):
    result = dive("week", "9", "Extra")
    assert result.exit_code == 1
    assert one_line(result) == "Error: week 9 is outside this dive, which has weeks 1 to 4"


def test_starting_twice_stopping_nothing_and_overlapping_logs(dive):
    assert dive("stop").exit_code == 1
    dive.ok("start", now="2021-04-09T13:00")
    assert "already running" in one_line(dive("start", now="2021-04-09T13:05"))
    overlap = dive("log", "30m", "--at", "2021-04-08 13:30", now="2021-04-09T13:06")
    assert overlap.exit_code == 1
    assert "overlaps session #1" in one_line(overlap)


@pytest.mark.parametrize(("slot", "expected"), [
    ("25:00-26:00", "is not a time of day"), ("14:00-13:00", "ends before it starts")])
def test_impossible_slots(run, slot, expected):
    result = run("new", "Topic", "--start", "2021-04-08", "--slot", slot)
    assert result.exit_code == 1
    assert expected in one_line(result)
    assert as_json(run, "list") == []


def test_an_unreachable_database_is_one_line(run, monkeypatch):
    monkeypatch.setenv("DEEPDIVE_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    result = run("list")
    assert result.exit_code == 1
    assert one_line(result).startswith("Error: cannot reach the database at")


def test_a_bad_pinned_clock_is_one_line(run):
    result = run("status", now="next tuesday")
    assert result.exit_code == 1
    assert "DEEPDIVE_NOW='next tuesday' is not a date-time" in one_line(result)


def test_a_group_without_its_subcommand_shows_its_help(run):
    result = run("card")
    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")
    assert "add" in result.output and "cloze" in result.output


def test_an_unknown_time_zone_is_one_line(run, monkeypatch):
    monkeypatch.setenv("DEEPDIVE_TZ", "Mars/Base")
    result = run("new", "Topic", "--start", "2021-04-08")
    assert result.exit_code == 1
    assert one_line(result) == (
        "Error: DEEPDIVE_TZ='Mars/Base' is not a time zone; use a name like Europe/Paris")
    monkeypatch.setenv("DEEPDIVE_TZ", "UTC")
    assert as_json(run, "list") == []


def test_a_log_outside_the_time_box_is_refused(dive):
    result = dive("log", "30m", "--at", "2000-01-01 09:00", now="2021-04-09T15:00")
    assert result.exit_code == 1
    assert one_line(result) == (
        "Error: 2000-01-01 is outside the dive (08 Apr to 05 May 2021); "
        "log sessions within its time box")
    nothing_changed(dive)
