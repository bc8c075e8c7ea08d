"""Reflection from the terminal: swaps, logs, check-ins, retros, lessons, and bad input."""

import json


def start_dive(run, title="Transformers and GPT-3", weeks="4"):
    run.ok("new", title, "--start", "2021-04-08", "--weeks", weeks, "--slot", "13:00-14:00",
           now="2021-04-07T20:00")


def test_swap_shows_in_show_and_the_stall_names_the_backup(run):
    start_dive(run)
    run.ok("add", "GPT-2 paper", "--week", "2", "--offline", "--minutes", "60")
    run.ok("add", "History of GPT", "--backup-for", "1", "--offline")
    run.ok("log", "30m", "1", "--at", "2021-04-15 13:00", "--mood", "2", now="2021-04-16T20:00")
    run.ok("log", "20m", "1", "--at", "2021-04-16 13:00", "--mood", "1", now="2021-04-16T20:00")
    status = json.loads(run.ok("status", "--json", now="2021-04-16T20:00").output)
    stall = next(a for a in status["alerts"] if a["kind"] == "stalled_resource")
    assert 'deepdive swap 1 2 --why "..."' in stall["suggestion"]
    out = run.ok("swap", "1", "2", "--why", "too boring", now="2021-04-16T20:05").output
    assert out == "Swapped #1 GPT-2 paper for #2 History of GPT in week 2: too boring\n"
    shown = run.ok("show").output
    assert "#1 GPT-2 paper -> #2 History of GPT: too boring" in shown
    view = json.loads(run.ok("show", "--json").output)
    assert [(s["from"], s["to"]) for s in view["swaps"]] == [(1, 2)]


def test_a_swap_with_itself_is_refused_and_nothing_changes(run):
    start_dive(run)
    run.ok("add", "GPT-2 paper", "--week", "2", "--offline")
    result = run("swap", "1", "1", "--why", "bored")
    assert result.exit_code == 1
    assert result.output == "Error: #1 cannot be swapped with itself; name its backup\n"
    assert json.loads(run.ok("resources", "--json").output)[0]["status"] == "planned"


def test_a_swap_with_another_dives_resource_is_refused(run):
    start_dive(run, "First")
    run.ok("add", "Old paper", "--week", "1", "--offline")
    run.ok("finish", "--yes")
    run.ok("new", "Second", "--start", "2021-05-08", "--weeks", "2")
    run.ok("add", "New paper", "--week", "1", "--offline")
    result = run("swap", "2", "1", "--why", "bored")
    assert result.exit_code == 1
    assert "#1 Old paper belongs to dive #1 'First', not this one" in result.output
    assert json.loads(run.ok("show", "--json").output)["swaps"] == []


def test_checkin_pairs_claims_verdicts_and_corrections_in_order(run):
    start_dive(run)
    out = run.ok("checkin", "--with", "Laria", "--claim", "prompts are programs",
                 "--verdict", "right", "--claim", "examples teach the task", "--verdict",
                 "partly", "--correction", "they locate it", "--claim", "one author",
                 "--verdict", "wrong").output
    assert "3 claims checked, 2 not right (kept as questions)" in out
    [held] = json.loads(run.ok("checkins", "--json").output)
    assert [(c["text"], c["verdict"], c["correction"]) for c in held["claims"]] == [
        ("prompts are programs", "right", None),
        ("examples teach the task", "partly", "they locate it"),
        ("one author", "wrong", None),
    ]
    detail = json.loads(run.ok("checkins", "Laria", "--json").output)
    assert detail["id"] == held["id"]
    open_ones = json.loads(run.ok("questions", "--open", "--json").output)
    assert [q["text"] for q in open_ones] == ["one author"]


def test_a_claim_without_verdict_is_an_error_and_nothing_is_written(run):
    start_dive(run)
    result = run("checkin", "--with", "Kyle", "--claim", "a", "--verdict", "right",
                 "--claim", "b")
    assert result.exit_code == 1
    assert result.output == "Error: claim 'b' needs a verdict: right, partly or wrong\n"
    assert json.loads(run.ok("checkins", "--json").output) == []


def test_a_verdict_outside_the_three_words_is_an_error(run):
    start_dive(run)
    result = run("checkin", "--with", "Kyle", "--claim", "a", "--verdict", "maybe")
    assert result.exit_code == 1
    assert "verdict 'maybe' for claim 'a' is not one of: right, partly, wrong" in result.output
    assert json.loads(run.ok("questions", "--json").output) == []


def test_a_verdict_before_any_claim_is_a_usage_error(run):
    start_dive(run)
    result = run("checkin", "--with", "Kyle", "--verdict", "right", "--claim", "a")
    assert result.exit_code == 2
    assert "--verdict must follow the --claim it belongs to" in result.output


def test_a_retro_for_week_9_of_a_4_week_dive_is_refused(run):
    start_dive(run)
    result = run("retro", "week", "9", "-m", "lost")
    assert result.exit_code == 1
    assert result.output == "Error: week 9 is outside this dive, which has weeks 1 to 4\n"
    weeks = json.loads(run.ok("show", "--json").output)["weeks_plan"]
    assert all(w["retro_text"] == "" for w in weeks)


def test_explain_turns_shaky_spots_into_questions_and_answer_closes_one(run):
    start_dive(run)
    out = run.ok("explain", "self-attention", "--to", "a friend", "--minutes", "45m",
                 "--shaky", "where inputs enter", "--shaky", "why scale").output
    assert "question #1: where inputs enter" in out
    [view] = json.loads(run.ok("explanations", "--json").output)
    assert (view["minutes"], [q["text"] for q in view["shaky"]]) == (
        45, ["where inputs enter", "why scale"])
    run.ok("answer", "where", "-m", "multiplied by learned matrices")
    assert json.loads(run.ok("status", "--json").output)["open_questions"] == 1
    one = json.loads(run.ok("questions", "1", "--json").output)
    assert (one["status"], one["answer"]) == ("answered", "multiplied by learned matrices")


def test_experiments_list_and_detail(run):
    start_dive(run)
    run.ok("experiment", "List sorting", "--setup", "five examples", "--result", "failed")
    [row] = json.loads(run.ok("experiments", "--json").output)
    assert (row["title"], row["setup"], row["result"]) == ("List sorting", "five examples",
                                                          "failed")
    assert "setup: five examples" in run.ok("experiments", "List").output


def test_new_shows_earlier_lessons_as_a_checklist(run):
    start_dive(run, "First")
    run.ok("lesson", "Prepare backup plans")
    run.ok("lesson", "Ankify what I learn")
    run.ok("finish", "--yes")
    run.ok("idea", "Interpretability")
    out = run.ok("new", "--from-idea", "Interp", "--start", "2021-05-10", "--weeks", "1",
                 now="2021-05-09T10:00").output
    assert "Dive #2 Interpretability" in out
    assert "[ ] #1 Prepare backup plans (check: has a backup for every week)" in out
    assert "[ ] #2 Ankify what I learn" in out
    run.ok("uptake", "2")
    run.ok("week", "1", "Circuits", "--backup", "a lecture instead")
    listed = json.loads(run.ok("lessons", "--json").output)
    assert [(c["id"], c["dive"], c["text"], c["in_checklist"], c["taken_up"], c["check"])
            for c in listed] == [
        (1, 1, "Prepare backup plans", True, True, "has a backup for every week"),
        (2, 1, "Ankify what I learn", True, True, None)]
    assert json.loads(run.ok("ideas", "--json").output)[0]["dive_id"] is not None
    listed = json.loads(run.ok("list", "--json").output)
    assert [(d["number"], d["outcome"]) for d in listed] == [(1, "finished"), (2, "planned")]


def test_recommend_overrides_the_derived_place(run):
    start_dive(run)
    run.ok("add", "Annotated", "--week", "1", "--offline")
    run.ok("rate", "1", "4", now="2021-04-08T09:00")
    run.ok("log", "60m", "1", "--at", "2021-04-08 13:00", now="2021-04-08T20:00")
    run.ok("rate", "1", "1", now="2021-04-08T20:00")
    [row] = json.loads(run.ok("recommendations", "--json").output)
    assert (row["place"], row["derived"], row["history"]) == (
        "skip", True, "rated 4 before reading, 1 after")
    run.ok("recommend", "1", "--as", "optional", "--comment", "if you think in code")
    [row] = json.loads(run.ok("recommendations", "--json").output)
    assert (row["place"], row["derived"], row["comment"]) == (
        "optional", False, "if you think in code")
    bad = run("recommend", "1", "--as", "first")
    assert bad.exit_code == 2


def test_a_rank_beyond_1000_is_a_usage_error(run):
    start_dive(run)
    run.ok("add", "Annotated", "--week", "1", "--offline")
    bad = run("recommend", "1", "--as", "start", "--rank", "999999999999")
    assert bad.exit_code == 2
    assert "999999999999 is not in the range 1<=x<=1000" in bad.output
    assert "DataError" not in bad.output
    assert run.ok("recommend", "1", "--as", "start", "--rank", "1000").output == (
        "#1 Annotated: start #1000.\n")


def test_every_list_command_prints_a_list_of_objects_with_an_id(run):
    start_dive(run)
    run.ok("add", "Annotated", "--week", "1", "--offline")
    run.ok("rate", "1", "4")
    run.ok("experiment", "Sorting", "--result", "short lists only")
    run.ok("explain", "attention", "--to", "a friend", "--shaky", "the inputs")
    run.ok("checkin", "--with", "Kyle", "--claim", "a", "--verdict", "wrong")
    run.ok("lesson", "Prepare backup plans")
    run.ok("mark", "1", "reading")
    for command in ("experiments", "explanations", "questions", "checkins", "lessons",
                    "recommendations"):
        listed = json.loads(run.ok(command, "--json").output)
        assert isinstance(listed, list) and listed, command
        assert all(isinstance(item, dict) and item["id"] == 1 for item in listed[:1]), command


def test_a_backup_keeps_its_trigger_in_resources_show_status_and_the_writeup(run):
    start_dive(run)
    run.ok("add", "GPT-2 paper", "--week", "2", "--offline", "--minutes", "60")
    added = run.ok("add", "History of GPT", "--backup-for", "1", "--trigger", "too-boring",
                   "--offline").output
    assert "Held in reserve for #1, if too boring." in added
    run.ok("add", "Blog summary", "--backup-for", "1", "--offline")
    listed = json.loads(run.ok("resources", "--json").output)
    assert [(r["id"], r["backup_for"], r["trigger"]) for r in listed] == [
        (1, None, None), (2, 1, "too-boring"), (3, 1, "any")]
    table = run.ok("resources").output
    assert "(backup for #1, if too boring)" in " ".join(table.split())
    assert "(backup for #1, if too boring)" in run.ok("show").output
    run.ok("log", "30m", "1", "--at", "2021-04-15 13:00", "--mood", "2", now="2021-04-16T20:00")
    run.ok("log", "20m", "1", "--at", "2021-04-16 13:00", "--mood", "1", now="2021-04-16T20:00")
    status = json.loads(run.ok("status", "--json", now="2021-04-16T20:00").output)
    stall = next(a for a in status["alerts"] if a["kind"] == "stalled_resource")
    assert "#2 History of GPT (meant for when it is too boring)" in stall["suggestion"]
    post = run.ok("writeup", now="2021-04-16T20:00").output
    assert "- Backup: History of GPT (backup for GPT-2 paper, if too boring)" in post
    assert "- Backup: Blog summary (backup for GPT-2 paper)\n" in post


def test_a_trigger_needs_a_backup_and_a_known_value(run):
    start_dive(run)
    run.ok("add", "GPT-2 paper", "--week", "2", "--offline")
    alone = run("add", "History of GPT", "--trigger", "too-hard", "--offline")
    assert alone.exit_code == 1
    assert alone.output == (
        "Error: a trigger says when a backup replaces something: add --backup-for REF\n")
    assert run("add", "History", "--backup-for", "1", "--trigger", "tired").exit_code == 2
    assert len(json.loads(run.ok("resources", "--json").output)) == 1


def test_every_single_item_json_carries_the_keys_and_values_of_its_list_form(run):
    start_dive(run)
    run.ok("experiment", "Sorting", "--result", "short lists only", now="2021-04-17T20:00")
    run.ok("explain", "attention", "--to", "a friend", "--shaky", "the inputs")
    run.ok("checkin", "--with", "Kyle", "--claim", "a", "--verdict", "wrong",
           now="2021-04-17T15:00")
    for command in ("experiments", "explanations", "questions", "checkins"):
        [listed] = json.loads(run.ok(command, "--json").output)[:1]
        one = json.loads(run.ok(command, "1", "--json").output)
        assert one == listed, command
    one = json.loads(run.ok("checkins", "1", "--json").output)
    assert (one["date"], one["state"], one["claims_checked"]) == ("2021-04-17", "held", 1)
    assert json.loads(run.ok("experiments", "1", "--json").output)["date"] == "2021-04-17"


def test_answering_an_answered_question_again_needs_force(run):
    start_dive(run)
    run.ok("ask", "Why scale?")
    run.ok("answer", "1", "-m", "softmax saturates", now="2021-04-08T10:00")
    again = run("answer", "1", "-m", "no idea", now="2021-04-09T10:00")
    assert (again.exit_code, again.output) == (
        1, "Error: question #1 is already answered: softmax saturates; "
           "pass --force to replace its answer\n")
    one = json.loads(run.ok("questions", "1", "--json").output)
    assert (one["answer"], one["answered"][:10]) == ("softmax saturates", "2021-04-08")
    assert run.ok("answer", "1", "-m", "large dot products", "--force",
                  now="2021-04-09T10:00").output == "Question #1 answered.\n"
    one = json.loads(run.ok("questions", "1", "--json").output)
    assert (one["answer"], one["answered"][:10]) == ("large dot products", "2021-04-09")
