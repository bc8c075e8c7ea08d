"""`review`: the due cards in the terminal, FSRS-scheduled. Interactive on a terminal (Enter
reveals, 1-4 answers, u undoes, q stops); otherwise answers are read from standard input, one
per line, and all checked before the first is stored."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import click

from deepdive.cli.cards import when
from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option
from deepdive.cli.output import console, esc, say
from deepdive.domain.richtext import to_text
from deepdive.domain.scheduling import ACCEPTED, RATING_NAMES, parse_answer
from deepdive.services.review_session import QUIT, UNDO, ReviewSession, Script

_KEYS = "[1] again  [2] hard  [3] good  [4] easy  [u] undo  [q] quit"


def _keys() -> Iterator[str]:
    while True:
        key = click.getchar()
        if len(key) == 1 and key.lower() in "1234aghequ":
            yield key.lower()
        elif key in ("\x03", "\x04"):
            yield QUIT


@click.command()
@click.option("--limit", type=click.IntRange(min=1),
              help="Stop after N answers (a card that comes back counts again).")
@click.option("--all", "everything", is_flag=True, help="Due cards of every dive.")
@dive_option
@pass_app
def review(app: AppContext, limit: int | None, everything: bool, dive_ref: str | None) -> None:
    """Review the due cards: Enter shows the answer, then 1-4 (again, hard, good, easy)."""
    interactive = sys.stdin.isatty()
    script = None if interactive else Script(sys.stdin.read())
    keys = _keys()
    session = ReviewSession.open(app.uow(), app.clock, limit, everything=everything,
                                 dive_ref=dive_ref, script=script)
    out = console()
    if session.current() is None:
        if script is not None and session.queue.total:
            due = session.still_due()
            say(f"{due} card(s) due, but no answers were given on standard input: "
                f"give one a line, {ACCEPTED}.")
            return
        upcoming = session.next_due()
        later = f" The next card is due {when(upcoming)}." if upcoming else ""
        say(f"Nothing to review: no card is due.{later}")
        return
    if session.dive is not None and session.dive_end is not None:
        out.print(f"[bold]{esc(session.dive.title)}[/bold] ends {session.dive_end:%a %d %b %Y} "
                  f"({session.days_left} days left). {session.queue.total} card(s) due.")
    else:
        out.print(f"{session.queue.total} card(s) due in the workspace.")
    while (card := session.current()) is not None:
        source = session.source(card)
        out.print(f"\n[dim]{session.position} of {session.total}[/dim]"
                  + (f"  [dim]{esc(source)}[/dim]" if source else ""))
        say(to_text(card.question))
        started = time.monotonic()
        if interactive:
            out.print("[dim](Enter shows the answer)[/dim]")
            if click.getchar() in ("q", "\x03", "\x04"):
                break
        out.print("[dim]---[/dim]")
        say(to_text(card.answer))
        if interactive:
            out.print(f"[dim]{_KEYS}[/dim]")
        key = script.take() if script is not None else next(keys)
        if key == QUIT:
            break
        if key == UNDO:
            restored = session.undo()
            say(f"Undone: card #{restored.id} is back as it was." if restored
                else "Nothing to undo yet.")
            continue
        rating = parse_answer(key)
        result = session.answer(rating, int((time.monotonic() - started) * 1000))
        out.print(f"[dim]{RATING_NAMES[rating]}: next {when(result.card.due)}[/dim]")
    seconds = session.milliseconds // 1000
    out.print(f"\nReviewed {session.reviewed} card(s), {session.again} again, in "
              f"{seconds // 60}m {seconds % 60:02d}s. {_next(session)}")


def _next(session: ReviewSession) -> str:
    left = session.still_due()
    if left:
        return f"{left} card(s) still due."
    upcoming = session.next_due()
    return f"Next due {when(upcoming)}." if upcoming else ""


COMMANDS = [review]
