"""Commands that shape dives: new, list, show, use, finish, abandon, week."""

from __future__ import annotations

from datetime import date

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import DATE, DURATION, confirm, dive_option, json_option, yes_option
from deepdive.cli.output import bold, print_json, print_table, say
from deepdive.domain.dive import Slot
from deepdive.services import dives as service
from deepdive.services.dives import DiveView, NewDive


@click.command()
@click.argument("title", required=False, default="")
@click.option("--start", type=DATE, help="First day (YYYY-MM-DD); default today.")
@click.option("--weeks", type=click.IntRange(1, 52), default=4, show_default=True,
              help="Length of the time box.")
@click.option("--daily", type=DURATION, default="60m", show_default=True, help="Daily budget.")
@click.option("--slot", help="Daily study slot, e.g. 13:00-14:00.")
@click.option("--why", default="", help="Why this topic, now.")
@click.option("--goal", "goals", multiple=True, help="A goal; repeat for several.")
@click.option("--force", is_flag=True, help="Start even though another dive is open.")
@click.option("--from-idea", "from_idea", metavar="REF",
              help="Make backlog idea REF this dive (its title is the default).")
@pass_app
def new(
    app: AppContext,
    title: str,
    start: date | None,
    weeks: int,
    daily: int,
    slot: str | None,
    why: str,
    goals: tuple[str, ...],
    force: bool,
    from_idea: str | None,
) -> None:
    """Start a new dive: one topic, a time box, a daily budget and slot."""
    parsed_slot = Slot.parse(slot) if slot else None
    dive = service.create_dive(
        app.uow(),
        app.clock,
        NewDive(title, start, weeks, daily, parsed_slot, why, list(goals), None, from_idea),
        force=force,
    )
    say(
        f"Dive #{dive.number} {bold(dive.title)}: {dive.start:%a %d %b} to "
        f"{dive.end:%a %d %b %Y}, {dive.daily_minutes} min a day"
        + (f" in {dive.slot}" if dive.slot else "")
        + "."
    )
    say("Plan the weeks with `deepdive week 1 FOCUS` and `deepdive add SOURCE --week 1`.")
    _print_checklist(app)


def _print_checklist(app: AppContext) -> None:
    """The lessons of earlier dives, to plan this one with them in mind."""
    from deepdive.services.lessons import checklist

    carried = checklist(app.uow())
    if carried:
        say("\nLessons from earlier dives (`deepdive uptake REF` marks one as taken up):")
    for entry in carried:
        check = f" (check: {entry.check.label})" if entry.check else ""
        say(f"  [{'x' if entry.taken_up else ' '}] #{entry.lesson.id} "
            f"{entry.lesson.text}{check}")


@click.command(name="list")
@json_option
@pass_app
def list_(app: AppContext, as_json: bool) -> None:
    """The series of dives, in order."""
    rows = [
        d.to_dict() | {"outcome": str(d.status) + (f": {d.end_reason}" if d.end_reason else "")}
        for d in service.list_dives(app.uow(), app.clock)
    ]
    if as_json:
        print_json(rows)
        return
    print_table(
        rows,
        [("number", "#"), ("title", "title"), ("start", "start"), ("end", "end"),
         ("outcome", "outcome"), ("daily_minutes", "min/day"), ("slot", "slot")],
        empty="No dives yet: `deepdive new TITLE --start DATE --weeks 4`.",
    )


def _print_view(view: DiveView) -> None:
    dive = view.dive
    say(f"{bold(f'#{dive.number} {dive.title}')}  ({dive.status})")
    say(f"{dive.start:%a %d %b %Y} to {dive.end:%a %d %b %Y}, {dive.weeks} weeks, "
        f"{dive.daily_minutes} min a day" + (f" in {dive.slot}" if dive.slot else ""))
    if dive.why:
        say(f"Why: {dive.why}")
    for goal in dive.goals:
        say(f"Goal: {goal}")
    if dive.end_reason:
        say(f"Ended: {dive.end_reason}")
    notes_by_resource: dict[int | None, list[str]] = {}
    for note in view.notes:
        notes_by_resource.setdefault(note.resource_id, []).append(note.text)
    for number in range(1, dive.weeks + 1):
        week = view.weeks.get(number)
        focus = week.focus if week else ""
        kind = f" ({week.kind})" if week and week.kind != "study" else ""
        say(f"\n{bold(f'Week {number}')}{kind}: {focus or '(no focus yet)'}")
        if week and week.backup:
            say(f"  backup plan: {week.backup}")
        if week and week.retro_text:
            title = f" ({week.retro_title})" if week.retro_title else ""
            say(f"  retro{title}: {week.retro_text}")
        for entry in (e for e in view.entries if e.placement.week == number):
            _print_entry(entry, notes_by_resource.get(entry.id, []))
    loose = [e for e in view.entries if e.placement.week is None]
    if loose:
        say("\n" + bold("Not yet in a week"))
        for entry in loose:
            _print_entry(entry, notes_by_resource.get(entry.id, []))
    _print_history(view)


def _print_history(view: DiveView) -> None:
    """Swaps, and the dive's retro: what changed against the plan, and the conclusion."""
    titles = {e.id: e.title for e in view.entries}
    if view.swaps:
        say("\n" + bold("Swaps"))
    for swap in view.swaps:
        say(f"  {swap.at:%Y-%m-%d}: #{swap.from_resource_id} "
            f"{titles.get(swap.from_resource_id, '?')} -> #{swap.to_resource_id} "
            f"{titles.get(swap.to_resource_id, '?')}: {swap.why}")
    if view.retro:
        say("\n" + bold("Retro"))
        say(view.retro)


def _print_entry(entry: object, notes: list[str]) -> None:
    from deepdive.domain.resource import Entry

    assert isinstance(entry, Entry)
    rating = f" ★{entry.rating}" if entry.rating else ""
    extra = " (optional)" if entry.placement.optional else ""
    place = entry.placement
    when = f", {place.trigger.condition}" if place.trigger.condition else ""
    backup = f" (backup for #{place.backup_for}{when})" if place.backup_for else ""
    say(f"  #{entry.id} [{entry.placement.status}] {entry.title}{rating}{extra}{backup}")
    for text in notes:
        for line in text.splitlines():
            say(f"      {line}")


@click.command()
@click.argument("dive_ref", required=False, metavar="[DIVE]")
@json_option
@pass_app
def show(app: AppContext, dive_ref: str | None, as_json: bool) -> None:
    """One dive in full: plan, weeks, resources and notes."""
    view = service.show_dive(app.uow(), app.clock, dive_ref)
    if as_json:
        print_json(view.to_dict())
    else:
        _print_view(view)


@click.command()
@click.argument("dive_ref", metavar="DIVE")
@pass_app
def use(app: AppContext, dive_ref: str) -> None:
    """Make DIVE the current dive."""
    dive = service.use_dive(app.uow(), dive_ref)
    say(f"Now working on #{dive.number} {dive.title}.")


@click.command()
@dive_option
@yes_option
@pass_app
def finish(app: AppContext, dive_ref: str | None, yes: bool) -> None:
    """Close the dive as finished (it cannot be reopened)."""
    confirm("Close the dive as finished? It cannot be reopened.", yes)
    dive = service.finish_dive(app.uow(), app.clock, dive_ref)
    say(f"Finished #{dive.number} {dive.title}. Well done.")


@click.command()
@click.option("--why", required=True, help="Why it stops here.")
@dive_option
@yes_option
@pass_app
def abandon(app: AppContext, why: str, dive_ref: str | None, yes: bool) -> None:
    """Close the dive as abandoned, with the reason (it cannot be reopened)."""
    confirm("Close the dive as abandoned? It cannot be reopened.", yes)
    dive = service.abandon_dive(app.uow(), app.clock, why, dive_ref)
    say(f"Abandoned #{dive.number} {dive.title}: {dive.end_reason}")


@click.command()
@click.argument("number", type=int)
@click.argument("focus", required=False)
@click.option("--kind", type=click.Choice(["study", "practice", "buffer"]),
              help="Reading, hands-on practice, or slack for what slipped.")
@click.option("--backup", help="What to do instead if this week's plan is too hard or boring.")
@dive_option
@pass_app
def week(
    app: AppContext,
    number: int,
    focus: str | None,
    kind: str | None,
    backup: str | None,
    dive_ref: str | None,
) -> None:
    """Set the focus, kind or backup plan of week NUMBER."""
    saved = service.set_week(
        app.uow(), number, focus=focus, kind=kind, backup=backup, dive_ref=dive_ref
    )
    say(f"Week {saved.number} [{saved.kind}]: {saved.focus or '(no focus)'}"
        + (f"; backup: {saved.backup}" if saved.backup else ""))


COMMANDS = [new, list_, show, use, finish, abandon, week]
