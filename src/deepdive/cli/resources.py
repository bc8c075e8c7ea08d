"""Commands for the plan's resources: add, refresh, resources, mark, rate."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import ESTIMATE, SCORE, dive_option, json_option
from deepdive.cli.output import print_json, print_table, say
from deepdive.domain.backup import Trigger
from deepdive.services import resources as service
from deepdive.services.resources import NewResource

KINDS = ["paper", "post", "video", "book", "course", "thread", "tool", "activity"]
TRIGGERS = [str(trigger) for trigger in Trigger]


@click.command()
@click.argument("source")
@click.option("--week", type=int, help="The week it is planned for.")
@click.option("--kind", type=click.Choice(KINDS), help="What it is (guessed when omitted).")
@click.option("--title", help="Title to use instead of the fetched one.")
@click.option("--by", default="", help="Who recommended it.")
@click.option("--why", default="", help="Why it is in the plan.")
@click.option("--minutes", type=ESTIMATE, help="Estimated time (guessed from length).")
@click.option("--optional", is_flag=True, help="Nice to have, not part of the core plan.")
@click.option("--backup-for", metavar="REF", help="Hold this in reserve for resource REF.")
@click.option(
    "--trigger",
    type=click.Choice(TRIGGERS),
    help="With --backup-for: when the backup should replace it (default: any).",
)
@click.option("--offline", is_flag=True, help="Do not fetch metadata now; `refresh` later.")
@dive_option
@pass_app
def add(
    app: AppContext,
    source: str,
    week: int | None,
    kind: str | None,
    title: str | None,
    by: str,
    why: str,
    minutes: int | None,
    optional: bool,
    backup_for: str | None,
    trigger: str | None,
    offline: bool,
    dive_ref: str | None,
) -> None:
    """Add SOURCE (arXiv id, DOI, URL or a title) to the plan."""
    new = NewResource(
        source, week, kind, title, by, why, minutes, optional, backup_for, offline, trigger
    )
    added = service.add_resource(app.uow(), app.clock, app.resolver(), new, dive_ref)
    res = added.entry.resource
    where = f"week {added.entry.placement.week}" if added.entry.placement.week else "no week yet"
    length = f", ~{res.minutes} min" if res.minutes else ""
    say(f"Added #{res.id} {res.title} ({res.kind}, {where}{length}).")
    place = added.entry.placement
    if place.backup_for is not None:
        say(f"Held in reserve for #{place.backup_for}"
            + (f", {place.trigger.condition}." if place.trigger.condition else "."))
    if not added.metadata.complete:
        say(f"Metadata incomplete ({added.metadata.problem}); "
            "`deepdive refresh` fills it in later.")


@click.command()
@click.argument("ref", required=False)
@dive_option
@pass_app
def refresh(app: AppContext, ref: str | None, dive_ref: str | None) -> None:
    """Fetch missing metadata again (all marked resources, or REF)."""
    results = service.refresh(app.uow(), app.resolver(), ref, dive_ref)
    if not results:
        say("Nothing needs refreshing.")
    for result in results:
        res = result.resource
        if not result.fetched:
            say(f"#{res.id} {res.title}: a plain title, nothing to look up.")
        elif result.complete:
            say(f"#{res.id} {res.title}: refreshed.")
        else:
            say(f"#{res.id} {res.title}: still incomplete ({result.problem}).")


@click.command(name="resources")
@click.option("--week", type=int, help="Only this week.")
@json_option
@dive_option
@pass_app
def resources_(app: AppContext, week: int | None, as_json: bool, dive_ref: str | None) -> None:
    """The dive's resources in plan order."""
    rows = [e.to_dict() for e in service.list_resources(app.uow(), week, dive_ref)]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        row["min"] = row["minutes"]
        row["rating"] = f"★{row['rating']}" if row["rating"] else ""
        if row["backup_for"]:
            condition = Trigger(str(row["trigger"])).condition
            when = f", {condition}" if condition else ""
            row["title"] = f"{row['title']} (backup for #{row['backup_for']}{when})"
    print_table(
        rows,
        [("id", "#"), ("week", "week"), ("status", "status"), ("kind", "kind"),
         ("title", "title"), ("min", "min"), ("rating", "rating")],
        empty="No resources yet: `deepdive add SOURCE --week N`.",
        style=lambda row: "dim" if row["status"] in ("dropped", "swapped") else None,
    )


@click.command()
@click.argument("ref")
@click.argument("status", type=click.Choice(["reading", "done", "skimmed", "dropped"]))
@click.option("--why", default="", help="Why (kept for the write-up).")
@dive_option
@pass_app
def mark(app: AppContext, ref: str, status: str, why: str, dive_ref: str | None) -> None:
    """Mark resource REF as reading, done, skimmed or dropped."""
    entry = service.mark(app.uow(), ref, status, why, dive_ref)
    say(f"#{entry.id} {entry.title}: {entry.placement.status}.")


@click.command()
@click.argument("ref")
@click.argument("score", type=SCORE)
@click.option("--why", default="", help="What made it useful or not.")
@dive_option
@pass_app
def rate(app: AppContext, ref: str, score: int, why: str, dive_ref: str | None) -> None:
    """Rate how useful resource REF is, 1 to 5 (a history: earlier ratings stay)."""
    entry = service.rate(app.uow(), app.clock, ref, score, why, dive_ref)
    before = entry.ratings[-2].score if len(entry.ratings) > 1 else None
    change = f" (was {before})" if before is not None and before != score else ""
    say(f"#{entry.id} {entry.title}: rated {score}{change}.")


COMMANDS = [add, refresh, resources_, mark, rate]
