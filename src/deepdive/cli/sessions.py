"""Commands for time spent: start, stop, log."""

from __future__ import annotations

import re
from datetime import datetime, time

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import DATETIME, DURATION, MOOD, WHEN, dive_option
from deepdive.cli.output import say
from deepdive.services import sessions as service

SESSION_KINDS = ["read", "experiment", "explain", "discuss", "write", "review", "plan"]


@click.command()
@click.argument("ref", required=False)
@click.option("--kind", type=click.Choice(SESSION_KINDS), default="read", show_default=True,
              help="What the time went to.")
@dive_option
@pass_app
def start(app: AppContext, ref: str | None, kind: str, dive_ref: str | None) -> None:
    """Start the timer (on resource REF)."""
    session, title = service.start(app.daily_uow(), app.clock, ref, kind, dive_ref)
    on = f" on {title}" if title else ""
    say(f"Started {session.kind}{on} at {session.started_at.astimezone():%H:%M}. "
        "`deepdive stop` when done.")


@click.command()
@click.option("--mood", type=MOOD, help="How it went, 1 to 5.")
@click.option("-m", "--message", "note", default="", help="What happened.")
@click.option("--at", type=WHEN, help="When you really stopped: HH:MM or YYYY-MM-DD HH:MM.")
@click.option("--force", is_flag=True, help="Keep all of a session that ran for hours.")
@pass_app
def stop(
    app: AppContext, mood: int | None, note: str, at: time | datetime | None, force: bool
) -> None:
    """Stop the running session (now, or --at when you really stopped)."""
    session = service.stop(app.daily_uow(), app.clock, mood, note, at, force)
    assert session.ended_at is not None
    say(f"Stopped after {session.minutes(session.ended_at)} min.")


class _LogCommand(click.Command):
    """`log -5m` is a (bad) duration, not an option: let DURATION explain what is wrong."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and re.fullmatch(r"-\d.*", args[0]):
            args = ["--", *args]
        return super().parse_args(ctx, args)


@click.command(cls=_LogCommand)
@click.argument("duration", type=DURATION)
@click.argument("ref", required=False)
@click.option("--at", type=DATETIME, help="When it started (YYYY-MM-DD HH:MM); default: ended now.")
@click.option("--kind", type=click.Choice(SESSION_KINDS), default="read", show_default=True,
              help="What the time went to.")
@click.option("--mood", type=MOOD, help="How it went, 1 to 5.")
@click.option("-m", "--message", "note", default="", help="What happened.")
@dive_option
@pass_app
def log(
    app: AppContext,
    duration: int,
    ref: str | None,
    at: datetime | None,
    kind: str,
    mood: int | None,
    note: str,
    dive_ref: str | None,
) -> None:
    """Record a past session of DURATION (45m, 1h30, 90) on resource REF."""
    session, title = service.log(
        app.daily_uow(), app.clock, duration, ref, at, kind, mood, note, dive_ref
    )
    on = f" on {title}" if title else ""
    say(f"Logged {duration} min of {session.kind}{on}.")


COMMANDS = [start, stop, log]
