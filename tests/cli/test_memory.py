"""Notes, cards and reviews from the terminal, as the story's author would have used them."""

import json
import stat

from tests.cli.helpers import as_json, planned_dive


def editor(tmp_path, name, body):
    """A stand-in for $EDITOR: a script that does `body` to the file it is given ($1)."""
    script = tmp_path / name
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)

DAY8 = "2021-04-15T13:20"


def test_card_add_reversed_and_cloze_are_listed_with_their_source(run):
    planned_dive(run)
    out = run.ok("card", "add", "What scales the dot products?", "sqrt(d_k)", "--ref", "1").output
    assert "Added basic card #1" in out
    run.ok("card", "add", "Query", "What a position looks for", "--reversed")
    run.ok("card", "cloze", "Weights are {{c1::softmax}} of {{c2::QK^T::scores}}")
    cards = as_json(run, "cards")
    assert [(c["kind"], c["ordinal"]) for c in cards] == [
        ("basic", 1), ("reversed", 1), ("reversed", 2), ("cloze", 1), ("cloze", 2)]
    assert cards[0]["resource_id"] == 1
    assert cards[2]["question"] == "What a position looks for"
    assert cards[4]["question"] == "Weights are softmax of [scores]"
    assert cards[1]["guid"] == cards[2]["guid"] != cards[0]["guid"]
    table = run.ok("cards").output
    assert "Weights are [...] of QK^T" in table  # shown as text, not read as markup


def test_card_add_with_an_empty_front_is_refused_and_writes_nothing(run):
    planned_dive(run)
    result = run("card", "add", "  ", "an answer")
    assert result.exit_code == 1
    assert "front of a card is empty" in result.output
    assert as_json(run, "cards") == []


def test_a_cloze_card_with_no_deletion_is_refused(run):
    planned_dive(run)
    result = run("card", "cloze", "Attention is all you need")
    assert result.exit_code == 1
    assert "{{c1::answer}}" in result.output
    assert as_json(run, "cards") == []


def test_cards_without_a_current_dive_belong_to_the_workspace(run):
    run.ok("card", "add", "Front", "Back")
    assert [c["dive_id"] for c in as_json(run, "cards")] == [None]


def test_note_and_extract_are_idempotent_and_edits_keep_history(run, monkeypatch, tmp_path):
    planned_dive(run)
    out = run.ok("note", "2", "-m", "Q one :: A one\nQ two ::: A two\n{{c1::Self}}-attention",
                 now=DAY8).output
    assert "3 card line(s)" in out
    assert "3 card(s) added" not in out
    first = run.ok("cards", "extract", now=DAY8).output
    assert "4 card(s) added" in first
    assert "0 card(s) added, 0 updated, 0 removed, 4 unchanged" in run.ok(
        "cards", "extract", now=DAY8).output
    run.ok("review", input="3\n", now=DAY8)  # answer the first card
    before = as_json(run, "cards", now=DAY8)[0]
    assert before["state"] == "learning"
    show = run.ok("show", now=DAY8).output
    assert "Q one :: A one" in show  # the note shows under its resource
    # rewrite the note in an "editor": the first answer corrected, the cloze line removed
    monkeypatch.setenv("EDITOR", editor(
        tmp_path, "rewrite", "printf 'Q one :: A one, corrected\\nQ two ::: A two\\n' > \"$1\""))
    run.ok("note", "2", now=DAY8)
    out = run.ok("cards", "extract", now=DAY8).output
    assert "0 card(s) added, 1 updated, 1 removed, 2 unchanged" in out
    after = as_json(run, "cards", now=DAY8)[0]
    assert after["id"] == before["id"]
    assert after["back"] == "A one, corrected"
    assert after["state"] == "learning" and after["due"] == before["due"]


def test_note_from_an_editor_that_saves_nothing_writes_nothing(run, monkeypatch, tmp_path):
    planned_dive(run)
    monkeypatch.setenv("EDITOR", editor(tmp_path, "quit", "exit 0"))
    assert "Nothing saved" in run.ok("note", "1").output
    monkeypatch.setenv("EDITOR", editor(tmp_path, "empty", ': > "$1"'))
    assert "nothing was written" in run.ok("note", "1").output
    show = json.loads(run.ok("show", "--json").output)
    assert show["notes"] == []


def test_review_scripted_with_undo_and_summary(run):
    planned_dive(run)
    run.ok("card", "add", "Front A", "Back A", now=DAY8)
    run.ok("card", "add", "Front B", "Back B", now=DAY8)
    out = run.ok("review", input="4\n1\nu\n4\n", now=DAY8).output
    assert "ends Wed 05 May 2021 (20 days left)" in out
    assert "1 of 2" in out and "2 of 2" in out
    assert "Undone: card #2" in out
    assert "Reviewed 2 card(s), 0 again" in out
    cards = as_json(run, "cards", now=DAY8)
    assert [c["state"] for c in cards] == ["review", "review"]
    assert "Nothing to review" in run.ok("review", now=DAY8).output


def test_again_brings_a_card_back_in_the_same_session(run):
    planned_dive(run)
    run.ok("card", "add", "Front", "Back", now=DAY8)
    out = run.ok("review", input="1\n3\n3\n", now=DAY8).output
    assert "2 of 2" in out and "3 of 3" in out
    assert "Reviewed 3 card(s), 1 again" in out


def test_a_bad_scripted_answer_stores_nothing(run):
    planned_dive(run)
    run.ok("card", "add", "Front", "Back", now=DAY8)
    result = run("review", input="3\nmaybe\n", now=DAY8)
    assert result.exit_code == 1
    assert "'maybe' is not 1-4 or a/h/g/e" in result.output
    assert as_json(run, "cards", now=DAY8)[0]["state"] == "new"


def test_review_with_nothing_due_is_friendly(run):
    planned_dive(run)
    result = run("review", now=DAY8)
    assert result.exit_code == 0
    assert "Nothing to review" in result.output


def test_review_limit(run):
    planned_dive(run)
    for n in range(3):
        run.ok("card", "add", f"Front {n}", "Back", now=DAY8)
    out = run.ok("review", "--limit", "2", input="4\n4\n4\n", now=DAY8).output
    assert "Reviewed 2 card(s)" in out and "1 card(s) still due" in out


def test_status_counts_due_cards_and_suggests_review(run):
    run.ok("new", "Transformers", "--start", "2021-04-15", "--weeks", "4", "--daily", "60m",
           "--slot", "13:00-14:00", now="2021-04-15T08:00")
    run.ok("card", "add", "Front", "Back", now="2021-04-15T08:00")
    status = as_json(run, "status", now="2021-04-15T09:00")
    assert status["cards_due"] == 1
    assert "deepdive review" in status["next_action"]


def test_retention_setting(run):
    assert "0.9" in run.ok("config", "retention").output
    assert json.loads(run.ok("config", "retention", "--json").output) == {"retention": 0.9}
    assert "set to 0.85" in run.ok("config", "retention", "0.85").output
    assert "0.85" in run.ok("config", "retention").output
    assert json.loads(run.ok("config", "retention", "--json").output) == {"retention": 0.85}
    bad = run("config", "retention", "1.5")
    assert bad.exit_code == 1 and "outside 0.7 to 0.99" in bad.output


def test_a_long_review_loads_its_cards_batch_by_batch(run, monkeypatch):
    from deepdive.services import review

    monkeypatch.setattr(review, "BATCH", 2)
    planned_dive(run)
    for n in range(5):
        run.ok("card", "add", f"Front {n}", "Back", now=DAY8)
    out = run.ok("review", input="4\n" * 5, now=DAY8).output
    assert "5 card(s) due" in out and "5 of 5" in out
    assert "Reviewed 5 card(s)" in out


def test_the_cards_table_shows_user_text_without_escapes(run):
    planned_dive(run)
    run.ok("card", "add", "[bold]F[/bold]", "B", now=DAY8)
    run.ok("card", "cloze", "a {{c1::b::hint}}", now=DAY8)
    table = run.ok("cards", now=DAY8).output
    assert "[bold]F[/bold]" in table and "a [hint]" in table
    assert "\\" not in table


def test_a_cloze_anki_would_make_no_card_from_is_refused(run):
    planned_dive(run)
    empty = run("card", "cloze", "{{c1::}}")
    assert (empty.exit_code, empty.output) == (
        1, "Error: {{c1::}} has no answer; write {{c1::answer}}\n")
    zero = run("card", "cloze", "{{c0::x}}")
    assert (zero.exit_code, zero.output) == (
        1, "Error: {{c0::x}} makes no card: cloze numbers start at c1, as in {{c1::x}}\n")
    assert as_json(run, "cards") == []


def test_a_line_inserted_above_keeps_the_cards_and_their_history(run, monkeypatch, tmp_path):
    planned_dive(run)
    run.ok("note", "1", "-m", "A? :: a", now=DAY8)
    run.ok("cards", "extract", now=DAY8)
    run.ok("review", input="3\n", now=DAY8)
    run.ok("note", "1", "-m", "B? :: b", now=DAY8)
    assert "1 card(s) added, 0 updated, 0 removed, 1 unchanged" in run.ok(
        "cards", "extract", now=DAY8).output
    before = as_json(run, "cards", now=DAY8)
    monkeypatch.setenv("EDITOR", editor(
        tmp_path, "insert", "printf 'New? :: n\\nA? :: a\\nB? :: b\\n' > \"$1\""))
    run.ok("note", "1", now=DAY8)
    out = run.ok("cards", "extract", now=DAY8).output
    assert "1 card(s) added, 0 updated, 0 removed, 2 unchanged" in out
    after = as_json(run, "cards", now=DAY8)
    assert after[:2] == before
    assert [c["front"] for c in after] == ["A?", "B?", "New?"]


def test_extract_removing_reviewed_cards_needs_yes(run, monkeypatch, tmp_path):
    planned_dive(run)
    run.ok("note", "1", "-m", "A? :: a\nB? :: b", now=DAY8)
    run.ok("cards", "extract", now=DAY8)
    run.ok("review", "--limit", "1", input="3\n", now=DAY8)
    before = as_json(run, "cards", now=DAY8)
    monkeypatch.setenv("EDITOR", editor(tmp_path, "drop", "printf 'B? :: b\\n' > \"$1\""))
    run.ok("note", "1", now=DAY8)
    refused = run("cards", "extract", now=DAY8)
    assert (refused.exit_code, refused.output) == (
        1, "Error: 1 card(s) with review history would be removed (their lines are gone from "
           "the notes); pass --yes to remove them\n")
    assert as_json(run, "cards", now=DAY8) == before
    out = run.ok("cards", "extract", "--yes", now=DAY8).output
    assert "0 card(s) added, 0 updated, 1 removed, 1 unchanged" in out
    assert as_json(run, "cards", now=DAY8) == before[1:]


def test_review_limit_counts_answers_even_when_a_card_comes_back(run):
    planned_dive(run)
    run.ok("card", "add", "Front A", "Back A", now=DAY8)
    run.ok("card", "add", "Front B", "Back B", now=DAY8)
    out = run.ok("review", "--limit", "1", input="3\n3\n", now=DAY8).output
    assert "1 of 1" in out and "2 of" not in out
    assert out.count("Front A") == 1 and "Front B" not in out
    assert "Reviewed 1 card(s), 0 again" in out and "1 card(s) still due" in out


def test_a_scripted_review_stops_when_its_answers_run_out(run):
    planned_dive(run)
    run.ok("card", "add", "Front A", "Back A", now=DAY8)
    run.ok("card", "add", "Front B", "Back B", now=DAY8)
    out = run.ok("review", input="4\n", now=DAY8).output
    assert "Front B" not in out and "2 of 2" not in out
    assert "Reviewed 1 card(s), 0 again" in out and "1 card(s) still due" in out


def test_days_left_count_from_the_dives_date_not_utcs(run, monkeypatch):
    monkeypatch.setenv("DEEPDIVE_TZ", "Pacific/Auckland")
    planned_dive(run)
    late = "2021-04-16T01:20"  # 13:20 UTC on the 15th: already the 16th in Auckland
    run.ok("card", "add", "Front A", "Back A", now=late)
    out = run.ok("review", input="4\n", now=late).output
    assert "ends Wed 05 May 2021 (19 days left)" in out


def test_a_scripted_review_with_no_answers_says_cards_are_due(run):
    planned_dive(run)
    run.ok("card", "add", "Front A", "Back A", now=DAY8)
    run.ok("card", "add", "Front B", "Back B", now=DAY8)
    out = run.ok("review", input="", now=DAY8).output
    assert out == ("2 card(s) due, but no answers were given on standard input: give one a "
                   "line, 1-4 or a/h/g/e (again, hard, good, easy).\n")
    assert [c["state"] for c in as_json(run, "cards", now=DAY8)] == ["new", "new"]


def test_review_limit_help_says_it_counts_answers(run):
    out = run.ok("review", "--help").output
    assert "Stop after N answers (a card that comes back counts again)." in " ".join(
        out.split())
