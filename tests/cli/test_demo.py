"""`deepdive demo`: its own workspace, the story's month, alerts on a week-2 day."""

import json

from click.testing import CliRunner

from deepdive.cli.main import cli


def test_demo_builds_its_own_workspace_and_shows_the_stall(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("DEEPDIVE_HOME", str(home))
    result = CliRunner().invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Transformers and GPT-3: day 13 of 28, week 2 of 4: Study the GPT family" in out
    assert "missed 4 days in a row" in out
    assert "Language Models are Unsupervised Multitask Learners is stalling" in out
    assert "Week 2 is behind" in out
    demo_db = home / "demo" / "deepdive.sqlite"
    assert demo_db.exists()
    assert not (home / "deepdive.sqlite").exists()  # the user's workspace is untouched
    assert f"export DEEPDIVE_DATABASE_URL=sqlite:///{demo_db}" in out

    monkeypatch.setenv("DEEPDIVE_DATABASE_URL", f"sqlite:///{demo_db}")
    monkeypatch.setenv("DEEPDIVE_NOW", "2021-05-05T20:00")  # as the demo suggests
    rows = json.loads(CliRunner().invoke(cli, ["resources", "--json"]).output)
    annotated = next(r for r in rows if r["title"] == "The Annotated Transformer")
    assert [r["score"] for r in annotated["ratings"]] == [4, 1]  # a changed mind
    week_one = json.loads(CliRunner().invoke(cli, ["status", "--date", "2021-04-12",
                                                   "--json"]).output)
    assert week_one["slot_kept"] is True


def test_demo_can_be_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("DEEPDIVE_HOME", str(tmp_path))
    assert CliRunner().invoke(cli, ["demo"]).exit_code == 0
    again = CliRunner().invoke(cli, ["demo"])
    assert again.exit_code == 0, again.output
    monkeypatch.setenv("DEEPDIVE_DATABASE_URL", f"sqlite:///{tmp_path}/demo/deepdive.sqlite")
    dives = json.loads(CliRunner().invoke(cli, ["list", "--json"]).output)
    assert [d["title"] for d in dives] == ["Transformers and GPT-3"]  # made anew, not doubled
    resources = json.loads(CliRunner().invoke(cli, ["resources", "--json"]).output)
    assert len(resources) == 17
