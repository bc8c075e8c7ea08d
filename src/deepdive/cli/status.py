"""The daily dashboard (`status`) and the one-line `prompt`."""

from __future__ import annotations

from datetime import date

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import DATE, dive_option, json_option
from deepdive.cli.output import console, esc, print_json
from deepdive.domain.prompt import prompt_line
from deepdive.domain.status import Status
from deepdive.services import status as service

_KEPT = {True: "[green]kept[/green]", False: "[red]missed[/red]", None: "not yet"}


def render(status: Status) -> None:
    out = console()
    out.print(f"[bold]{esc(status.dive)}[/bold]: day {status.day} of {status.days}, "
              f"week {status.week} of {status.weeks}" +
              (f": {esc(status.focus)}" if status.focus else ""))
    if status.slot:
        out.print(f"Slot {status.slot}: {_KEPT[status.slot_kept]}")
    out.print(f"Today {status.today_minutes} of {status.budget_minutes} min; "
              f"this week {status.week_minutes} of {status.week_planned_minutes} min")
    if status.running:
        run = status.running
        on = f" on {esc(run.resource)}" if run.resource else ""
        out.print(f"Running: {run.kind}{on}, {run.minutes} min so far")
    out.print(f"This week's resources: {status.resources_done} of "
              f"{status.resources_planned} done")
    for entry in status.week_resources:
        out.print(f"  #{entry.id} {entry.placement.status:<8} {esc(entry.title)}")
    out.print(f"Cards due: {status.cards_due}; open questions: {status.open_questions}")
    for alert in status.alerts:
        out.print(f"\n[yellow]! {esc(alert.message)}[/yellow]\n  → {esc(alert.suggestion)}")
    out.print(f"\n[bold]Next:[/bold] {esc(status.next_action)}")


@click.command()
@click.option("--date", "on", type=DATE, help="Show another day (YYYY-MM-DD).")
@json_option
@dive_option
@pass_app
def status(app: AppContext, on: date | None, as_json: bool, dive_ref: str | None) -> None:
    """Today at a glance: plan against reality, alerts and the next step."""
    result = service.status(app.uow(), app.clock, on, dive_ref)
    if as_json:
        print_json(result.to_dict())
    else:
        render(result)


@click.command()
@pass_app
def prompt(app: AppContext) -> None:
    """One short line for a shell prompt (running session, today's minutes)."""
    from deepdive.domain.errors import NotFound

    try:
        result = service.status(app.uow(), app.clock)
    except NotFound:
        return
    run = result.running
    click.echo(prompt_line(run.resource or run.kind if run else None,
                           run.minutes if run else 0, result.today_minutes,
                           result.budget_minutes))


COMMANDS = [status, prompt]
