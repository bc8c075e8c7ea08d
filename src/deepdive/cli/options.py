"""Options shared by many commands, and click types for the values users type."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

import click

from deepdive.domain.errors import InvalidInput
from deepdive.domain.parsing import (
    parse_clock_time,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_score,
)

F = TypeVar("F", bound=Callable[..., Any])
ESTIMATE_HOURS = 500  # a long book or course, estimated with `add --minutes`


class _Parsed(click.ParamType):  # type: ignore[type-arg]
    """Wrap a domain parser so a bad value becomes a usage error naming the accepted form."""

    def __init__(self, name: str, parse: Callable[[str], Any]) -> None:
        self.name = name
        self._parse = parse

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return self._parse(value)
        except InvalidInput as exc:
            self.fail(str(exc), param, ctx)


def _time_or_datetime(text: str) -> time | datetime:
    return parse_datetime(text) if len(text.strip()) > 5 else parse_clock_time(text)


DURATION = _Parsed("duration", parse_duration)
ESTIMATE = _Parsed("estimate", lambda text: parse_duration(text, most=ESTIMATE_HOURS * 60))
WHEN = _Parsed("when", _time_or_datetime)
DATE = _Parsed("date", parse_date)
DATETIME = _Parsed("datetime", parse_datetime)
SCORE = _Parsed("score", parse_score)
MOOD = _Parsed("mood", lambda text: parse_score(text, "mood"))


def dive_option(func: F) -> F:
    return click.option(
        "--dive", "dive_ref", metavar="REF", help="Work on this dive instead of the current one."
    )(func)


class NotConfirmed(click.ClickException):
    """A change that needs a yes, asked where nobody can answer: refused, nothing written."""

    exit_code = 1


def yes_option(func: F) -> F:
    return click.option("--yes", is_flag=True, help="Do it without asking first.")(func)


def confirm(question: str, yes: bool) -> None:
    """Ask before a change that cannot be undone; `--yes` skips the question. Without a
    terminal to answer on, refuse in one line rather than hang or guess."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise NotConfirmed(f"{question} No terminal to ask on: pass --yes to confirm.")
    click.confirm(question, abort=True)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (stable keys).")(func)


__all__ = ["DATE", "DATETIME", "DURATION", "MOOD", "SCORE", "date", "datetime"]
