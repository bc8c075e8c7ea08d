"""`review`: the due cards in the terminal, FSRS-scheduled. Interactive on a terminal (Enter
reveals, 1-4 answers, u undoes, q stops); otherwise answers are read from standard input, one
per line, and all checked before the first is stored."""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

import click

from deepdive.cli.cards import when
from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import dive_option
from deepdive.cli.output import console, esc, say
from deepdive.domain.cards import Card
from deepdive.domain.dive import Dive
from deepdive.domain.errors import InvalidInput
from deepdive.domain.richtext import to_text
from deepdive.domain.scheduling import ACCEPTED, RATING_NAMES, parse_answer
from deepdive.services import review as service

_KEYS = "[1] again  [2] hard  [3] good  [4] easy  [u] undo  [q] quit"


def _scripted() -> deque[str]:
    """Answers from standard input, all checked before any is used."""
    tokens = sys.stdin.read().split()
    for token in tokens:  # every answer checked first: a bad one stores nothing
        if token.lower() not in ("u", "q"):
            try:
                parse_answer(token)
            except InvalidInput:
                raise InvalidInput(
                    f"answer {token!r} is not {ACCEPTED}, u (undo) or q (quit); "
                    "nothing was stored") from None
    return deque(tokens)


def _keys() -> Iterator[str]:
    while True:
        key = click.getchar()
        if len(key) == 1 and key.lower() in "1234aghequ":
            yield key
        elif key in ("\x03", "\x04"):
            yield "q"


@dataclass(frozen=True)
class _Done:
    review_id: int
    card: Card
    rating: int
    ms: int
    requeued: bool  # it came back for another round in this session


@dataclass
class _Tally:
    reviewed: int = 0
    again: int = 0
    milliseconds: int = 0
    done: list[_Done] = field(default_factory=list)


@click.command()
@click.option("--limit", type=click.IntRange(min=1), help="At most N cards.")
@click.option("--all", "everything", is_flag=True, help="Due cards of every dive.")
@dive_option
@pass_app
def review(app: AppContext, limit: int | None, everything: bool, dive_ref: str | None) -> None:
    """Review the due cards: Enter shows the answer, then 1-4 (again, hard, good, easy)."""
    interactive = sys.stdin.isatty()
    script = None if interactive else _scripted()  # None: keys pressed on the terminal
    keys = _keys()
    queue = service.due_queue(app.uow(), app.clock, limit, everything=everything,
                              dive_ref=dive_ref)
    out = console()
    if not queue.cards:
        upcoming = service.next_due(app.uow(), queue.dive)
        later = f" The next card is due {when(upcoming)}." if upcoming else ""
        say(f"Nothing to review: no card is due.{later}")
        return
    if queue.dive is not None and queue.dive_end is not None:
        left = (queue.dive_end - app.clock().date()).days
        out.print(f"[bold]{esc(queue.dive.title)}[/bold] ends {queue.dive_end:%a %d %b %Y} "
                  f"({max(left, 0)} days left). {queue.total} card(s) due.")
    else:
        out.print(f"{queue.total} card(s) due in the workspace.")
    pending: deque[Card] = deque(queue.cards)
    total, fetched = queue.total, len(queue.cards)
    tally = _Tally()
    while pending or fetched < queue.total:
        if limit is not None and tally.reviewed >= limit:
            break  # the limit counts the answers of this sitting, cards come back or not
        if script is not None and not script:
            break  # the scripted answers ran out: no card is shown unanswered
        if not pending:  # the next batch: what is still due now, never answered here
            more = service.due_queue(app.uow(), app.clock, queue.total - fetched,
                                     everything=everything, dive_ref=dive_ref)
            if not more.cards:
                break
            pending.extend(more.cards)
            queue.sources.update(more.sources)
            fetched += len(more.cards)
        current = pending[0]
        out.print(f"\n[dim]{tally.reviewed + 1} of {total}[/dim]"
                  + (f"  [dim]{esc(queue.sources[current.id])}[/dim]"
                     if current.id in queue.sources else ""))
        say(to_text(current.question))
        started = time.monotonic()
        if interactive:
            out.print("[dim](Enter shows the answer)[/dim]")
            if click.getchar() in ("q", "\x03", "\x04"):
                break
        out.print("[dim]---[/dim]")
        say(to_text(current.answer))
        if interactive:
            out.print(f"[dim]{_KEYS}[/dim]")
        key = (script.popleft() if script else "q") if script is not None else next(keys)
        key = key.lower()
        if key == "q":
            break
        if key == "u":
            if not tally.done:
                say("Nothing to undo yet.")
                continue
            last = tally.done.pop()
            restored = service.undo(app.uow(), app.clock, last.review_id)
            if last.requeued:  # its second round is undone too
                again = [c for c in pending if c.id == last.card.id]
                pending.remove(again[-1])
                total -= 1
            pending.appendleft(restored)
            tally.reviewed -= 1
            tally.again -= last.rating == 1
            tally.milliseconds -= last.ms
            say(f"Undone: card #{last.card.id} is back as it was.")
            continue
        ms = int((time.monotonic() - started) * 1000)
        rating = parse_answer(key)
        assert current.id is not None
        result = service.answer_card(app.uow(), app.clock, current.id, rating, ms,
                                     queue.retention)
        pending.popleft()
        assert result.review.id is not None
        tally.done.append(_Done(result.review.id, current, rating, ms, result.requeue))
        tally.reviewed += 1
        tally.again += rating == 1
        tally.milliseconds += ms
        out.print(f"[dim]{RATING_NAMES[rating]}: next {when(result.card.due)}[/dim]")
        if result.requeue:
            pending.append(result.card)
            total = total + 1 if limit is None else min(total + 1, limit)
    seconds = tally.milliseconds // 1000
    out.print(f"\nReviewed {tally.reviewed} card(s), {tally.again} again, in "
              f"{seconds // 60}m {seconds % 60:02d}s. {_next(app, queue.dive, everything)}")


def _next(app: AppContext, dive: Dive | None, everything: bool) -> str:
    left = service.count_due(app.uow(), app.clock, dive, everything=everything)
    if left:
        return f"{left} card(s) still due."
    upcoming = service.next_due(app.uow(), dive)
    return f"Next due {when(upcoming)}." if upcoming else ""


COMMANDS = [review]
