"""The daily dashboard (`status`) and the one-line `prompt`."""

from __future__ import annotations

from datetime import date

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import DATE, dive_option, json_option
from deepdive.cli.output import bold, print_json, say, warn
from deepdive.domain.prompt import prompt_line
from deepdive.domain.status import Status
from deepdive.services import status as service

_KEPT = {
    True: click.style("kept", fg="green"),
    False: click.style("missed", fg="red"),
    None: "not yet",
}


def _when(status: Status) -> str:
    """Where the day falls in the time box, in words."""
    focus = f": {status.focus}" if status.focus else ""
    closed = f" ({status.dive_status})" if status.dive_status in ("finished", "abandoned") else ""
    if status.phase == "before" and status.start:
        days = (status.start - status.date).days
        return f"starts in {days} day{'s' * (days != 1)}, on {status.start:%a %d %b %Y}{closed}"
    if status.phase == "after" and status.end:
        days = (status.date - status.end).days
        return (f"the time box ended {days} day{'s' * (days != 1)} ago, on "
                f"{status.end:%a %d %b %Y}{closed}")
    return f"day {status.day} of {status.days}, week {status.week} of {status.weeks}{focus}{closed}"


def render(status: Status) -> None:
    lines = [f"{bold(status.dive)}: {_when(status)}"]
    if status.slot:
        lines.append(f"Slot {status.slot}: {_KEPT[status.slot_kept]}")
    met = " (budget met)" if status.today_minutes >= status.budget_minutes else ""
    lines.append(f"Today {status.today_minutes} of {status.budget_minutes} min{met}; "
                 f"this week {status.week_minutes} of {status.week_planned_minutes} min")
    if status.running:
        run = status.running
        on = f" on {run.resource}" if run.resource else ""
        on += f" in dive {run.dive}" if run.dive else ""
        lines.append(f"Running: {run.kind}{on}, {run.minutes} min so far")
    lines.append(f"This week's resources: {status.resources_done} of "
                 f"{status.resources_planned} done")
    lines += [f"  {'#' + str(e.id):<4} {e.placement.status:<8} {e.title}"
              for e in status.week_resources]
    lines.append(f"Cards due: {status.cards_due}; open questions: {status.open_questions}")
    if status.next_checkin:
        coming = status.next_checkin
        lines.append(f"Next check-in: with {coming['with']} on {coming['at']}")
    for alert in status.alerts:
        lines.append(f"\n{warn('! ' + alert.message)}\n  → {alert.suggestion}")
    lines.append(f"\n{bold('Next:')} {status.next_action}")
    say("\n".join(lines))


@click.command()
@click.option("--date", "on", type=DATE, help="Show another day (YYYY-MM-DD).")
@json_option
@dive_option
@pass_app
def status(app: AppContext, on: date | None, as_json: bool, dive_ref: str | None) -> None:
    """Today at a glance: plan against reality, alerts and the next step."""
    result = service.status(app.daily_uow(), app.clock, on, dive_ref)
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
        result = service.status(app.daily_uow(), app.clock)
    except NotFound:
        return
    run = result.running
    click.echo(prompt_line(run.resource or run.kind if run else None,
                           run.minutes if run else 0, result.today_minutes,
                           result.budget_minutes))


COMMANDS = [status, prompt]
