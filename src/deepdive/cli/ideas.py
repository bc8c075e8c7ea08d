"""The backlog: idea, ideas."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import json_option
from deepdive.cli.output import print_json, print_table, say
from deepdive.services import ideas as service


@click.command()
@click.argument("title")
@click.option("-m", "--message", "note", default="", help="A note on why it appeals.")
@pass_app
def idea(app: AppContext, title: str, note: str) -> None:
    """Put a topic in the backlog for a later dive."""
    saved = service.add_idea(app.uow(), app.clock, title, note)
    say(f"Idea #{saved.id}: {saved.title}")


@click.command()
@json_option
@pass_app
def ideas(app: AppContext, as_json: bool) -> None:
    """The backlog of topics."""
    rows = [i.to_dict() for i in service.list_ideas(app.uow())]
    if as_json:
        print_json(rows)
        return
    print_table(rows, [("id", "#"), ("title", "idea"), ("note", "note")],
                empty="No ideas yet: `deepdive idea TITLE`.")


COMMANDS = [idea, ideas]
