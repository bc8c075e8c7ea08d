"""The console script. `deepdive prompt` on SQLite is answered here with the standard
library alone, before click or SQLAlchemy load; everything else goes to the click app."""

from __future__ import annotations

import sys


def _fast_prompt() -> bool:
    """Print the prompt line if the workspace is SQLite; False means use the full app."""
    import os

    from deepdive.clock import ClockError, system_clock
    from deepdive.config import load_config
    from deepdive.domain.prompt import prompt_line
    from deepdive.storage.prompt_reader import read_prompt

    config = load_config(os.environ.get("DEEPDIVE_DATABASE_URL"))
    if config.sqlite_path is None:
        return False
    try:
        now = system_clock()()
    except ClockError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        raise SystemExit(1) from None
    found = read_prompt(config.sqlite_path, now)
    if found is not None:
        title, running_minutes, today, budget = found
        sys.stdout.write(prompt_line(title, running_minutes, today, budget) + "\n")
    return True


def main() -> None:
    if sys.argv[1:] == ["prompt"] and _fast_prompt():
        return
    from deepdive.cli.main import cli

    cli(prog_name="deepdive")
