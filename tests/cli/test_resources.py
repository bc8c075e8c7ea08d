"""add (plain titles and offline sources), resources, mark, rate."""

from tests.cli.helpers import WEEK_ONE_EVE, as_json, new_dive, planned_dive

RESOURCE_KEYS = {"id", "title", "kind", "week", "status", "rating", "url"}


def test_resources_lists_the_plan_in_order_with_the_documented_keys(run):
    planned_dive(run)
    rows = as_json(run, "resources")
    assert set(rows[0]) >= RESOURCE_KEYS
    assert [(r["id"], r["week"], r["title"]) for r in rows] == [
        (1, 1, "Attention Is All You Need"),
        (2, 1, "The Illustrated Transformer"),
        (3, 2, "Language Models are Unsupervised Multitask Learners"),
    ]
    assert rows[0]["minutes"] == 90
    assert rows[0]["recommended_by"] == "everyone"
    assert [r["id"] for r in as_json(run, "resources", "--week", "2")] == [3]


def test_offline_sources_keep_what_the_string_says_and_wait_for_refresh(run):
    new_dive(run)
    out = run.ok("add", "1706.03762", "--offline", "--week", "1").output
    assert "Metadata incomplete (offline); `deepdive refresh` fills it in later." in out
    row = as_json(run, "resources")[0]
    assert row["arxiv_id"] == "1706.03762"
    assert row["needs_refresh"] is True
    assert row["kind"] == "paper"


def test_the_same_source_twice_in_a_dive_is_refused(run):
    new_dive(run)
    run.ok("add", "https://jalammar.github.io/illustrated-transformer/", "--offline")
    again = run("add", "https://jalammar.github.io/illustrated-transformer/", "--offline")
    assert again.exit_code == 1
    assert "is already in this dive" in again.output


def test_mark_and_rate_keep_a_history(run):
    planned_dive(run)
    run.ok("rate", "illustrated", "2", "--why", "just another post?", now="2021-04-08T09:00")
    run.ok("mark", "2", "done")
    out = run.ok("rate", "illustrated", "5", "--why", "cleared it up", now="2021-04-12T14:00")
    assert out.output.strip() == "#2 The Illustrated Transformer: rated 5 (was 2)."
    row = as_json(run, "resources")[1]
    assert row["status"] == "done"
    assert row["rating"] == 5
    assert [(r["score"], r["reason"]) for r in row["ratings"]] == [
        (2, "just another post?"), (5, "cleared it up")]


def test_dropping_says_why(run):
    planned_dive(run)
    run.ok("mark", "Attention", "dropped", "--why", "too dense")
    row = as_json(run, "resources")[0]
    assert row["status"] == "dropped"


def test_status_counts_this_weeks_resources(run):
    planned_dive(run)
    run.ok("mark", "1", "done")
    status = as_json(run, "status", now="2021-04-09T15:00")
    assert (status["resources_done"], status["resources_planned"]) == (1, 2)
    assert [r["title"] for r in status["week_resources"]] == [
        "Attention Is All You Need", "The Illustrated Transformer"]


def test_a_week_outside_the_dive_is_refused_before_any_fetch(run):
    new_dive(run)
    bad = run("add", "Some post", "--week", "9", now=WEEK_ONE_EVE)
    assert bad.exit_code == 1
    assert bad.output.strip() == (
        "Error: week 9 is outside this dive, which has weeks 1 to 4")
    assert as_json(run, "resources") == []


def test_titles_have_a_sane_length_and_estimates_may_be_long(run):
    new_dive(run)
    long = run("add", "x" * 600)
    assert long.exit_code == 1
    assert "a title of 600 characters is too long (500 at most)" in long.output
    assert as_json(run, "resources") == []
    run.ok("add", "Deep Learning (the book)", "--kind", "book", "--minutes", "40h")
    assert as_json(run, "resources")[0]["minutes"] == 2400
    assert run("add", "Everything", "--minutes", "600h").exit_code == 2
