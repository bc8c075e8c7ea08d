"""The write-up: golden files on a fixed dive, the empty dive, and where it is written."""

import os
from pathlib import Path

import pytest

from tests.conftest import REPO

GOLDEN = REPO / "tests" / "fixtures" / "writeup"


def build_fixed_dive(run):
    run.ok("new", "Transformers *and* GPT-3", "--start", "2021-04-08", "--weeks", "2",
           "--slot", "13:00-14:00", "--why", "GPT-3 keeps coming up; I know it by *name*.",
           "--goal", "Explain self-attention to a friend", now="2021-04-07T20:00")
    run.ok("week", "1", "Study transformers")
    run.ok("week", "2", "Study the GPT family", "--kind", "practice")
    run.ok("add", "Attention Is All You Need", "--week", "1", "--offline", "--kind", "paper")
    run("add", "The Annotated Transformer", "--week", "1", "--offline")
    run.ok("add", "The Illustrated Transformer", "--week", "1", "--offline")
    run.ok("add", "GPT-2 paper", "--week", "2", "--offline")
    run.ok("add", "History of GPT", "--backup-for", "4", "--offline")
    run.ok("rate", "2", "4", now="2021-04-08T09:00")
    run.ok("rate", "3", "2", now="2021-04-08T09:00")
    for day, ref, mood in (("08", "1", "3"), ("09", "2", "2"), ("10", "3", "5")):
        run.ok("log", "60m", ref, "--at", f"2021-04-{day} 13:00", "--mood", mood,
               now=f"2021-04-{day}T20:00")
    run.ok("rate", "2", "1", "--why", "code-first", now="2021-04-10T20:00")
    run.ok("rate", "3", "5", now="2021-04-10T20:00")
    run.ok("rate", "1", "4", now="2021-04-10T20:00")
    run.ok("mark", "1", "done")
    run.ok("mark", "2", "dropped", "--why", "not for me")
    run.ok("mark", "3", "done")
    run.ok("explain", "self-attention", "--to", "a friend", "--minutes", "30m",
           "--shaky", "where the inputs enter", now="2021-04-10T21:00")
    run.ok("answer", "where", "-m", "times the learned matrices", now="2021-04-11T10:00")
    run.ok("log", "45m", "4", "--at", "2021-04-15 13:00", "--mood", "1", now="2021-04-16T20:00")
    run.ok("swap", "4", "5", "--why", "too boring", now="2021-04-16T20:00")
    run.ok("experiment", "List sorting", "--setup", "five examples", "--expect", "sorted",
           "--result", "only short lists", now="2021-04-18T20:00")
    run.ok("ask", "Why does sorting fail?", "--to", "the authors", now="2021-04-18T20:00")
    run.ok("answer", "Why", "-m", "examples locate the task", now="2021-04-19T20:00")
    run.ok("checkin", "--with", "the authors", "--claim", "examples teach the task",
           "--verdict", "partly", "--correction", "they locate it", now="2021-04-19T20:00")
    run.ok("retro", "week", "1", "--title", "Following the plan",
           "-m", "Kept the slot. <script>alert(1)</script> **Clear** in the end.")
    run.ok("retro", "week", "2", "--title", "The loss of hope", "-m", "Stalled on GPT-2.")
    run.ok("retro", "dive", "-m", "A decent first try.")
    run.ok("lesson", "Prepare backup plans")
    run.ok("recommend", "3", "--as", "then", "--comment", "what made it click")
    run.now = "2021-04-21T22:00"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_writeup_of_a_fixed_dive_matches_its_golden_file(run, fmt):
    build_fixed_dive(run)
    text = run.ok("writeup", "--format", fmt).output
    golden = GOLDEN / f"dive.{fmt}"
    if os.environ.get("DEEPDIVE_UPDATE_GOLDEN"):
        golden.write_text(text)
    assert text == golden.read_text()


def test_user_text_cannot_inject_html(run):
    build_fixed_dive(run)
    html = run.ok("writeup", "--format", "html").output
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <strong>Clear</strong>" in html
    assert "<title>Transformers *and* GPT-3</title>" in html


def test_a_dive_with_nothing_logged_is_the_plan_and_one_line(run):
    run.ok("new", "Quiet", "--start", "2021-04-08", "--weeks", "1", now="2021-04-07T20:00")
    run.ok("week", "1", "Read")
    run.ok("add", "A paper", "--week", "1", "--offline")
    out = run.ok("writeup").output
    assert out == (
        "# Quiet\n\nDeep dive #1, 8 April 2021 to 14 April 2021.\n\n## The plan\n\n"
        "1 week, 60 minutes a day.\n\n### Week 1, from 8 April 2021: Read\n\n- A paper\n\n"
        "Nothing was logged for this dive yet: no sessions, ratings or reflections.\n"
    )


def test_output_into_a_missing_directory_is_a_clear_error(run, tmp_path: Path):
    run.ok("new", "Quiet", "--start", "2021-04-08", "--weeks", "1", now="2021-04-07T20:00")
    target = tmp_path / "nowhere" / "post.md"
    result = run("writeup", "-o", str(target))
    assert result.exit_code == 1
    assert result.output == f"Error: directory {target.parent} does not exist; create it first\n"
    assert not target.parent.exists()


def test_output_over_an_existing_file_asks_first(run, tmp_path: Path):
    run.ok("new", "Quiet", "--start", "2021-04-08", "--weeks", "1", now="2021-04-07T20:00")
    target = tmp_path / "post.html"
    target.write_text("mine")
    refused = run("writeup", "--format", "html", "-o", str(target), input="n\n")
    assert refused.exit_code == 1 and target.read_text() == "mine"
    run.ok("writeup", "--format", "html", "-o", str(target), input="y\n")
    assert target.read_text().startswith("<!DOCTYPE html>")
    target.write_text("mine")
    assert run.ok("writeup", "-o", str(target), "--yes").output == f"Wrote {target}\n"
    assert target.read_text().startswith("# Quiet")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_plan_leaves_out_empty_weeks_and_keeps_a_focus_alone(run, fmt):
    run.ok("new", "Quiet", "--start", "2021-04-08", "--weeks", "3", now="2021-04-07T20:00")
    run.ok("week", "2", "Read")
    run.ok("add", "A paper", "--week", "3", "--offline")
    out = run.ok("writeup", "--format", fmt).output
    weeks = [line for line in out.splitlines() if "Week " in line and "from" in line]
    heading = "### {}" if fmt == "md" else "<h3>{}</h3>"
    assert weeks == [heading.format("Week 2, from 15 April 2021: Read"),
                     heading.format("Week 3, from 22 April 2021")]
