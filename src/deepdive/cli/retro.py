"""Retros and lessons: retro week, retro dive, lesson, lessons, uptake."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option, json_option
from deepdive.cli.output import print_json, say
from deepdive.domain.errors import NotFound
from deepdive.domain.lesson import CarriedLesson, Lesson
from deepdive.services import lessons as lesson_service
from deepdive.services import retros as service


@click.group()
def retro() -> None:
    """Write the retro of a week or of the whole dive."""


@retro.command(name="week")
@click.argument("number", type=int)
@click.option("--title", help="The week's title in the write-up, e.g. \"the loss of hope\".")
@click.option("-m", "--message", "text", required=True, help="What happened and why.")
@dive_option
@pass_app
def retro_week(
    app: AppContext, number: int, title: str | None, text: str, dive_ref: str | None
) -> None:
    """The retro of week NUMBER."""
    week = service.week_retro(app.uow(), number, text, title, dive_ref)
    say(f"Retro of week {week.number} saved" + (f": {week.retro_title}" if week.retro_title
                                                else "."))


@retro.command(name="dive")
@click.option("-m", "--message", "text", required=True, help="The conclusion of the dive.")
@dive_option
@pass_app
def retro_dive(app: AppContext, text: str, dive_ref: str | None) -> None:
    """The retro of the whole dive (the write-up's conclusion)."""
    dive = service.dive_retro(app.uow(), text, dive_ref)
    say(f"Retro of dive #{dive.number} {dive.title} saved.")


@click.command()
@click.argument("text")
@dive_option
@pass_app
def lesson(app: AppContext, text: str, dive_ref: str | None) -> None:
    """Note what you would do differently; the next dive shows it as a checklist."""
    saved = lesson_service.add_lesson(app.uow(), app.clock, text, dive_ref)
    say(f"Lesson #{saved.id} of dive #{saved.dive_number}: {saved.text}")


def _lesson_row(item: Lesson, carried: CarriedLesson | None) -> dict[str, object]:
    """One lesson for `lessons --json`, with where it stands in this dive's checklist."""
    return item.to_dict() | {
        "in_checklist": carried is not None,
        "taken_up": carried.taken_up if carried else None,
        "check": carried.check.label if carried and carried.check else None,
    }


@click.command()
@json_option
@dive_option
@pass_app
def lessons(app: AppContext, as_json: bool, dive_ref: str | None) -> None:
    """Every dive's lessons, and this dive's checklist of earlier ones."""
    uow = app.uow()
    every = lesson_service.all_lessons(uow)
    try:
        carried = lesson_service.checklist(uow, dive_ref)
    except NotFound:
        carried = []  # no dive yet: the lessons alone
    if as_json:
        in_list = {c.lesson.id: c for c in carried}
        print_json([_lesson_row(item, in_list.get(item.id)) for item in every])
        return
    if not every:
        say("No lessons yet: `deepdive lesson TEXT` when something should change next time.")
    for item in every:
        say(f"#{item.id} (dive {item.dive_number}) {item.text}")
    if carried:
        say("\nChecklist for this dive:")
        for entry in carried:
            check = f" ({entry.check.label})" if entry.check else ""
            say(f"  [{'x' if entry.taken_up else ' '}] #{entry.lesson.id} "
                f"{entry.lesson.text}{check}")


@click.command()
@click.argument("ref")
@click.option("--undo", is_flag=True, help="Mark it as not taken up after all.")
@dive_option
@pass_app
def uptake(app: AppContext, ref: str, undo: bool, dive_ref: str | None) -> None:
    """Mark earlier lesson REF as taken up in this dive's plan."""
    entry = lesson_service.take_up(app.uow(), ref, undo, dive_ref)
    say(f"[{'x' if entry.taken_up else ' '}] #{entry.lesson.id} {entry.lesson.text}")


COMMANDS = [retro, lesson, lessons, uptake]
