"""`deepdive prompt`: one short line, read with the standard library only."""

import subprocess
import sys

from tests.cli.helpers import as_json, planned_dive

PROBE = (
    "import sys\n"
    "sys.argv = ['deepdive', 'prompt']\n"
    "from deepdive.entry import main\n"
    "main()\n"
    "heavy = [m for m in ('sqlalchemy', 'click', 'rich', 'httpx') if m in sys.modules]\n"
    "print('loaded:', heavy, file=sys.stderr)\n"
)


def prompt(db_url, now):
    env = {"DEEPDIVE_DATABASE_URL": db_url, "DEEPDIVE_NOW": now, "DEEPDIVE_TZ": "UTC",
           "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, check=True)


def test_prompt_shows_the_running_session_and_todays_minutes(run, db_url):
    planned_dive(run)
    run.ok("log", "30m", "--at", "2021-04-08 09:00", now="2021-04-08T13:10")
    run.ok("start", "illustrated", now="2021-04-08T13:10")
    out = prompt(db_url, "2021-04-08T13:35")
    if db_url.startswith("sqlite"):
        assert out.stdout == "▶ The Illustrated Transfo… 25m · 55/60m\n"
        assert out.stderr.strip() == "loaded: []"
    else:  # PostgreSQL goes through the full app
        assert out.stdout == "▶ The Illustrated Transfo… 25m · 55/60m\n"


def test_prompt_is_quiet_without_a_workspace(tmp_path):
    out = prompt(f"sqlite:///{tmp_path}/none.sqlite", "2021-04-08T13:35")
    assert out.stdout == ""


def test_prompt_without_a_running_session(run, db_url):
    planned_dive(run)
    run.ok("log", "45m", now="2021-04-08T13:50")
    assert prompt(db_url, "2021-04-08T18:00").stdout == "45/60m\n"


def test_prompt_and_status_count_the_same_minutes(run, db_url):
    planned_dive(run)
    for start, stop in [("13:00:00", "13:20:24"), ("13:30:00", "13:50:24")]:
        run.ok("start", now=f"2021-04-08T{start}")
        run.ok("stop", now=f"2021-04-08T{stop}")
    status = as_json(run, "status", now="2021-04-08T18:00")
    assert status["today_minutes"] == 40  # 20 + 20: each session rounds on its own
    assert prompt(db_url, "2021-04-08T18:00").stdout == "40/60m\n"


def test_prompt_and_status_agree_on_which_dive_is_current(run, db_url):
    planned_dive(run)
    run.ok("new", "Bayes", "--start", "2021-04-08", "--daily", "30m", "--force")
    assert prompt(db_url, "2021-04-08T18:00").stdout == "0/30m\n"  # `new` made it current
    run.ok("use", "1")
    assert prompt(db_url, "2021-04-08T18:00").stdout == "0/60m\n"
    assert as_json(run, "status", now="2021-04-08T18:00")["budget_minutes"] == 60
