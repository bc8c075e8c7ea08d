"""The everyday commands stay light: on a current SQLite workspace they never load SQLAlchemy
or the other heavy libraries (bench/startup.py measures the time; this guards the cause)."""

import subprocess
import sys

import pytest

from deepdive.config import sqlite_url
from tests.cli.helpers import planned_dive
from tests.conftest import Cli

PROBE = (
    "import sys\n"
    "sys.argv = ['deepdive'] + sys.argv[1:]\n"
    "from deepdive.entry import main\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = ('sqlalchemy', 'alembic', 'rich', 'httpx', 'fastapi', 'genanki', 'fsrs',\n"
    "         'trafilatura', 'pypdf')\n"
    "print('loaded:', sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
)


@pytest.mark.parametrize("args", [
    ["status"], ["status", "--json"], ["start", "1"], ["log", "20m", "--at", "2021-04-08 09:00"],
])
def test_everyday_commands_load_no_heavy_library(tmp_path, monkeypatch, args):
    db_url = sqlite_url(tmp_path / "ws.sqlite")  # the quick path is SQLite's by design
    monkeypatch.setenv("DEEPDIVE_DATABASE_URL", db_url)
    planned_dive(Cli(monkeypatch))
    env = {"DEEPDIVE_DATABASE_URL": db_url, "DEEPDIVE_NOW": "2021-04-08T13:00",
           "DEEPDIVE_TZ": "UTC", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                         env=env)
    assert out.stderr.strip().splitlines()[-1] == "loaded: []", out.stderr
