"""`config retention [VALUE]`: the workspace's desired retention for FSRS reviews."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.output import say
from deepdive.services import review as service


@click.group(name="config")
def config() -> None:
    """Workspace settings."""


@config.command(name="retention")
@click.argument("value", required=False)
@pass_app
def retention(app: AppContext, value: str | None) -> None:
    """Show or set the desired retention (0.7-0.99; default 0.9): higher means more reviews."""
    if value is None:
        say(f"Desired retention: {service.retention(app.uow())}")
        return
    saved = service.set_retention(app.uow(), value)
    say(f"Desired retention set to {saved}: future reviews are scheduled for it.")


COMMANDS = [config]
