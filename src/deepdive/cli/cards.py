"""Flashcards: `card add`, `card cloze`, `cards` (list) and `cards extract` (from notes)."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option, json_option
from deepdive.cli.output import print_json, print_table, say
from deepdive.clock import local_zone
from deepdive.domain.cards import Card
from deepdive.domain.richtext import to_text
from deepdive.services import cards as service


def when(moment: datetime) -> str:
    return f"{moment.astimezone(local_zone()):%Y-%m-%d %H:%M}"


def short(text: str, width: int = 60) -> str:
    flat = " ".join(to_text(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _added(cards: list[Card]) -> None:
    first = cards[0]
    ids = ", ".join(f"#{c.id}" for c in cards)
    plural = "s" if len(cards) > 1 else ""
    say(f"Added {first.kind} card{plural} {ids}: {short(first.question)}")


@click.group()
def card() -> None:
    """Write a flashcard: `card add FRONT BACK` or `card cloze TEXT`."""


@card.command(name="add")
@click.argument("front")
@click.argument("back")
@click.option("--reversed", "reversed_too", is_flag=True, help="Also ask back-to-front.")
@click.option("--ref", metavar="REF", help="The resource it comes from.")
@dive_option
@pass_app
def card_add(app: AppContext, front: str, back: str, reversed_too: bool, ref: str | None,
             dive_ref: str | None) -> None:
    """A basic card (two with --reversed)."""
    _added(service.add_card(app.uow(), app.clock, front, back, reversed_too=reversed_too,
                            ref=ref, dive_ref=dive_ref))


@card.command(name="cloze")
@click.argument("text")
@click.option("--extra", default="", help="Shown with the answer.")
@click.option("--ref", metavar="REF", help="The resource it comes from.")
@dive_option
@pass_app
def card_cloze(app: AppContext, text: str, extra: str, ref: str | None,
               dive_ref: str | None) -> None:
    """A cloze card: TEXT holds {{c1::answer}} or {{c1::answer::hint}}; one card per number."""
    _added(service.add_cloze(app.uow(), app.clock, text, extra, ref=ref, dive_ref=dive_ref))


@click.group(name="cards", invoke_without_command=True)
@click.option("--due", "due_only", is_flag=True, help="Only cards due now.")
@click.option("--all", "everything", is_flag=True, help="Every card in the workspace.")
@json_option
@dive_option
@click.pass_context
def cards(ctx: click.Context, due_only: bool, everything: bool, as_json: bool,
          dive_ref: str | None) -> None:
    """The current dive's cards (every card with --all or when no dive is current)."""
    if ctx.invoked_subcommand is not None:
        return
    app = ctx.ensure_object(AppContext)
    found = service.list_cards(app.uow(), app.clock, due_only=due_only, everything=everything,
                               dive_ref=dive_ref)
    if as_json:
        print_json([c.to_dict() for c in found.cards])
        return
    rows = [{"id": c.id, "kind": c.kind if c.ordinal == 1 else f"{c.kind} {c.ordinal}",
             "question": short(c.question), "due": when(c.due), "state": c.to_dict()["state"]}
            for c in found.cards]
    where = found.dive.title if found.dive else "the workspace"
    print_table(rows, [("id", "#"), ("kind", "kind"), ("question", "question"),
                       ("due", "due"), ("state", "state")],
                title=f"{len(rows)} {'due ' if due_only else ''}cards in {where}",
                empty="No cards due." if due_only else
                "No cards yet: `deepdive card add FRONT BACK` or `deepdive cards extract`.")


@cards.command(name="extract")
@click.option("--yes", is_flag=True, help="Remove cards with review history without asking.")
@dive_option
@pass_app
def cards_extract(app: AppContext, yes: bool, dive_ref: str | None) -> None:
    """Make cards from notes: `Q :: A`, `Q ::: A` (both ways) and {{c1::cloze}} lines."""
    try:
        result = service.extract_cards(app.uow(), app.clock, dive_ref, remove_reviewed=yes)
    except service.ReviewedCardsWouldGo as would:
        if not sys.stdin.isatty():
            raise
        click.confirm(f"{would.count} card(s) with review history would be removed (their "
                      "lines are gone from the notes). Remove them?", abort=True)
        result = service.extract_cards(app.uow(), app.clock, dive_ref, remove_reviewed=True)
    say(f"{result.notes} note(s) read: {len(result.added)} card(s) added, {result.updated} "
        f"updated, {result.removed} removed, {result.unchanged} unchanged.")
    for made in result.added:
        say(f"  + #{made.id} {made.kind}: {short(made.question)}")


COMMANDS = [card, cards]
