"""The console script. `deepdive prompt` on SQLite is answered here with the standard
library alone, before click or SQLAlchemy load; everything else goes to the click app."""

from __future__ import annotations

import sys


def _fast_prompt() -> bool:
    """Print the prompt line if the workspace is SQLite; False means use the full app."""
    from deepdive import bootstrap
    from deepdive.clock import ClockError, system_clock
    from deepdive.domain.prompt import prompt_line
    from deepdive.environment import database_url, sqlite_path

    path = sqlite_path(database_url()[0])
    if path is None:
        return False
    try:
        now = system_clock()()
    except ClockError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        raise SystemExit(1) from None
    found = bootstrap.prompt_summary(path, now)
    if found is not None:
        title, running_minutes, today, budget = found
        sys.stdout.write(prompt_line(title, running_minutes, today, budget) + "\n")
    return True


def main() -> None:
    if sys.argv[1:] == ["prompt"] and _fast_prompt():
        return
    from deepdive.cli.main import cli

    cli(prog_name="deepdive")
