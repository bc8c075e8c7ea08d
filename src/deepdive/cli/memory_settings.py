"""`config retention [VALUE]`: the workspace's desired retention for FSRS reviews."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import json_option
from deepdive.cli.output import print_json, say
from deepdive.services import review as service


@click.group(name="config")
def config() -> None:
    """Workspace settings."""


@config.command(name="retention")
@click.argument("value", required=False)
@json_option
@pass_app
def retention(app: AppContext, value: str | None, as_json: bool) -> None:
    """Show or set the desired retention (0.7-0.99; default 0.9): higher means more reviews."""
    if value is None:
        shown = service.retention(app.uow())
        if as_json:
            print_json({"retention": shown})
        else:
            say(f"Desired retention: {shown}")
        return
    saved = service.set_retention(app.uow(), value)
    if as_json:
        print_json({"retention": saved})
        return
    say(f"Desired retention set to {saved}: future reviews are scheduled for it.")


COMMANDS = [config]
