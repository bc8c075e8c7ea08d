"""`note`: Markdown notes on a resource (or on the dive), written inline or in $EDITOR."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option
from deepdive.cli.output import say
from deepdive.services import notes as service

TEMPLATE = """<!-- deepdive: a note on {title}. Markdown.
Cards for `deepdive cards extract`, one a line:
  Question :: Answer          (basic)
  Question ::: Answer         (both ways)
  A line with {{{{c1::a deletion}}}} or {{{{c1::answer::hint}}}}
Save an empty note to write nothing. This comment is removed. -->
"""


def _edited(title: str, text: str) -> str | None:
    head = TEMPLATE.format(title=title)
    result = click.edit(head + text, extension=".md", require_save=True)
    if result is None:
        return None
    return result.replace(head.rstrip("\n"), "", 1)


@click.command()
@click.argument("ref", required=False)
@click.option("-m", "--message", "text", help="Add this text (no editor).")
@dive_option
@pass_app
def note(app: AppContext, ref: str | None, text: str | None, dive_ref: str | None) -> None:
    """Write a note on resource REF (or on the dive); without -m it opens $EDITOR."""
    replace = False
    if text is None:
        target = service.target(app.uow(), ref, dive_ref)
        edited = _edited(target.title, target.text)
        if edited is None:
            say("Nothing saved: the note is unchanged.")
            return
        text, replace = edited, True
    written = service.write_note(app.uow(), app.clock, ref, text, replace=replace,
                                 dive_ref=dive_ref)
    if written.note is None:
        say("The note is empty: nothing was written.")
        return
    where = f"#{written.note.resource_id} {written.title}" if written.note.resource_id \
        else written.title
    say(f"Note #{written.note.id} on {where} saved.")
    if written.card_lines:
        say(f"It holds {written.card_lines} card line(s): `deepdive cards extract` "
            "turns them into cards.")


COMMANDS = [note]
