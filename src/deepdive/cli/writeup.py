"""The write-up and the recommendations in it: writeup, recommend, recommendations."""

from __future__ import annotations

from pathlib import Path

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option, json_option
from deepdive.cli.output import print_json, print_table, say
from deepdive.domain.recommendation import MAX_RANK
from deepdive.services import recommendations as recs
from deepdive.services.writeup import render_writeup

PLACES = ["start", "then", "finally", "optional", "skip"]


@click.command()
@click.argument("ref")
@click.option("--as", "place", required=True, type=click.Choice(PLACES),
              help="Where it goes in the advice to the next person.")
@click.option("--rank", type=click.IntRange(1, MAX_RANK),
              help=f"Order among the same place, 1 to {MAX_RANK}.")
@click.option("--comment", default="", help="What to tell the next person about it.")
@dive_option
@pass_app
def recommend(
    app: AppContext, ref: str, place: str, rank: int | None, comment: str, dive_ref: str | None
) -> None:
    """Place resource REF in the recommendations (overrides the derived place)."""
    placed = recs.set_recommendation(app.uow(), app.clock, ref, place, rank, comment, dive_ref)
    say(f"#{placed.entry.id} {placed.entry.title}: {placed.place}"
        + (f" #{placed.rank}" if placed.rank else "") + ".")


@click.command()
@json_option
@dive_option
@pass_app
def recommendations(app: AppContext, as_json: bool, dive_ref: str | None) -> None:
    """Where each resource stands in the advice, chosen or derived."""
    rows = [p.to_dict() for p in recs.recommendations(app.uow(), dive_ref)]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        row["how"] = "derived" if row["derived"] else "chosen"
    print_table(rows, [("id", "#"), ("week", "week"), ("place", "place"), ("how", "how"),
                       ("title", "title"), ("rating", "rating"), ("history", "ratings"),
                       ("comment", "comment")],
                empty="Nothing to recommend yet: rate or finish some resources first.")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md",
              show_default=True, help="Markdown for a forum editor, or one standalone page.")
@click.option("-o", "--output", "target", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to FILE instead of printing.")
@click.option("--yes", is_flag=True, help="Overwrite FILE without asking.")
@dive_option
@pass_app
def writeup(
    app: AppContext, fmt: str, target: Path | None, yes: bool, dive_ref: str | None
) -> None:
    """The dive's retrospective post, from your words and the log."""
    from deepdive import bootstrap

    if target is not None and not target.parent.is_dir():
        raise click.ClickException(f"directory {target.parent} does not exist; create it first")
    text = render_writeup(app.uow(), app.clock, bootstrap.writeup_renderer(fmt), dive_ref)
    if target is None:
        click.echo(text, nl=False)
        return
    if target.exists() and not yes:
        click.confirm(f"{target} exists. Overwrite it?", abort=True)
    target.write_text(text, encoding="utf-8")
    say(f"Wrote {target}")


COMMANDS = [recommend, recommendations, writeup]
