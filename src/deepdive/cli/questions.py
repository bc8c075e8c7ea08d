"""Questions and expert check-ins: ask, answer, questions, checkin, checkins."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.options import DATETIME, dive_option, json_option
from deepdive.cli.output import print_json, print_table, say
from deepdive.domain.checkin import Checkin
from deepdive.services import checkins
from deepdive.services import questions as service
from deepdive.services.checkins import ClaimInput


@click.command()
@click.argument("question")
@click.option("--to", "to_whom", default="", help="Who to ask (an author, a friend).")
@dive_option
@pass_app
def ask(app: AppContext, question: str, to_whom: str, dive_ref: str | None) -> None:
    """Note a question to find out or to ask someone."""
    saved = service.ask(app.uow(), app.clock, question, to_whom, dive_ref)
    say(f"Question #{saved.id}: {saved.text}" + (f" (for {saved.to_whom})" if saved.to_whom
                                                 else ""))


@click.command()
@click.argument("ref")
@click.option("-m", "--message", "text", required=True, help="The answer.")
@click.option("--force", is_flag=True, help="Replace the answer of a question already answered.")
@dive_option
@pass_app
def answer(app: AppContext, ref: str, text: str, force: bool, dive_ref: str | None) -> None:
    """Answer question REF."""
    saved = service.answer(app.uow(), app.clock, ref, text, dive_ref, force=force)
    say(f"Question #{saved.id} answered.")


@click.command()
@click.argument("ref", required=False)
@click.option("--open", "only_open", is_flag=True, help="Only questions still open.")
@json_option
@dive_option
@pass_app
def questions(
    app: AppContext, ref: str | None, only_open: bool, as_json: bool, dive_ref: str | None
) -> None:
    """The dive's questions, or question REF with its answer."""
    found = service.list_questions(app.uow(), only_open, dive_ref)
    if ref is not None:
        one = service.find_question(found, ref)
        if as_json:
            print_json(one.to_dict())
            return
        say(f"#{one.id} [{one.status}] {one.text}" + (f" (for {one.to_whom})" if one.to_whom
                                                      else ""))
        if one.answer:
            say(f"  answer: {one.answer}")
        return
    rows = [q.to_dict() for q in found]
    if as_json:
        print_json(rows)
        return
    print_table(rows, [("id", "#"), ("status", "status"), ("text", "question"), ("to", "for"),
                       ("answer", "answer")],
                empty="No questions." if only_open else "No questions yet: `deepdive ask TEXT`.")


_CLAIM_OPTIONS = ("--claim", "--verdict", "--correction")
_VALUE_OPTIONS = ("--with", "--at", "-m", "--message", "--dive")


def scan_claims(args: list[str]) -> list[tuple[str, str]]:
    """The claim options in the order typed, so each verdict pairs with the claim before it."""
    found: list[tuple[str, str]] = []
    index = 0
    while index < len(args):
        token = args[index]
        if token == "--":
            break
        name = next((n for n in _CLAIM_OPTIONS if token.startswith(n + "=")), None)
        if name is not None:
            found.append((name, token.split("=", 1)[1]))
        elif token in _CLAIM_OPTIONS and index + 1 < len(args):
            found.append((token, args[index + 1]))
            index += 1
        elif token in _VALUE_OPTIONS:
            index += 1  # its value is not an option, whatever it looks like
        index += 1
    return found


def pair_claims(found: list[tuple[str, str]]) -> list[ClaimInput]:
    claims: list[ClaimInput] = []
    for name, value in found:
        if name == "--claim":
            claims.append(ClaimInput(value, None))
            continue
        if not claims:
            raise click.UsageError(f"{name} must follow the --claim it belongs to")
        last = claims[-1]
        if name == "--verdict":
            if last.verdict is not None:
                raise click.UsageError(f"claim {last.text!r} has two verdicts; give one")
            last.verdict = value
        else:
            last.correction = value
    return claims


class ClaimsCommand(click.Command):
    """Keeps the typed order of --claim, --verdict and --correction for pairing."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["claims"] = scan_claims(list(args))
        return super().parse_args(ctx, args)


@click.command(cls=ClaimsCommand)
@click.option("--with", "with_whom", required=True, help="Who the check-in was with.")
@click.option("--claim", "claim_texts", multiple=True, help="Something you said; repeat.")
@click.option("--verdict", "verdicts", multiple=True,
              help="right, partly or wrong: the verdict on the --claim before it.")
@click.option("--correction", "corrections", multiple=True,
              help="What is right instead, for the --claim before it.")
@click.option("--at", type=DATETIME, help="When (YYYY-MM-DD HH:MM); a future time plans it.")
@click.option("-m", "--message", "note", default="", help="A note on the conversation.")
@dive_option
@click.pass_context
def checkin(
    ctx: click.Context, with_whom: str, claim_texts: tuple[str, ...], verdicts: tuple[str, ...],
    corrections: tuple[str, ...], at: datetime | None, note: str, dive_ref: str | None,
) -> None:
    """Log (or plan) a check-in with an expert and the verdict on each claim."""
    app = ctx.find_object(AppContext)
    assert app is not None
    claims = pair_claims(ctx.meta.get("claims", []))
    saved = checkins.checkin(app.uow(), app.clock, with_whom, claims, at, note, dive_ref)
    if saved.planned:
        say(f"Check-in #{saved.id} with {saved.with_whom} planned for {saved.at:%Y-%m-%d %H:%M}.")
        return
    wrong = sum(1 for c in saved.claims if c.verdict != "right")
    count = len(saved.claims)
    say(f"Check-in #{saved.id} with {saved.with_whom}: {count} claim{'s' if count != 1 else ''}"
        " checked"
        + (f", {wrong} not right (kept as questions)." if wrong else "."))


def _checkin_row(item: Checkin) -> dict[str, Any]:
    return item.to_dict() | {
        "date": f"{item.at:%Y-%m-%d}",
        "claims_checked": len(item.claims),
        "state": "planned" if item.planned else "held",
    }


@click.command(name="checkins")
@click.argument("ref", required=False)
@json_option
@dive_option
@pass_app
def checkins_(app: AppContext, ref: str | None, as_json: bool, dive_ref: str | None) -> None:
    """The dive's check-ins, or check-in REF with its claims."""
    found = checkins.list_checkins(app.uow(), dive_ref)
    if ref is not None:
        one = checkins.find_checkin(found, ref)
        if as_json:
            print_json(_checkin_row(one))
            return
        say(f"#{one.id} with {one.with_whom}, {one.at:%Y-%m-%d %H:%M}"
            + (" (planned)" if one.planned else ""))
        if one.note:
            say(f"  {one.note}")
        for claim in one.claims:
            fix = f": {claim.correction}" if claim.correction else ""
            say(f"  [{claim.verdict}] {claim.text}{fix}")
        return
    rows = [_checkin_row(c) for c in found]
    if as_json:
        print_json(rows)
        return
    print_table(rows, [("id", "#"), ("date", "date"), ("with", "with"), ("state", "state"),
                       ("claims_checked", "claims")],
                empty="No check-ins yet: `deepdive checkin --with WHO --claim T --verdict V`.")


COMMANDS = [ask, answer, questions, checkin, checkins_]
