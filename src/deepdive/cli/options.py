"""Options shared by many commands, and click types for the values users type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

import click

from deepdive.domain.errors import InvalidInput
from deepdive.domain.parsing import parse_date, parse_datetime, parse_duration, parse_score

F = TypeVar("F", bound=Callable[..., Any])


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


DURATION = _Parsed("duration", parse_duration)
DATE = _Parsed("date", parse_date)
DATETIME = _Parsed("datetime", parse_datetime)
SCORE = _Parsed("score", parse_score)
MOOD = _Parsed("mood", lambda text: parse_score(text, "mood"))


def dive_option(func: F) -> F:
    return click.option(
        "--dive", "dive_ref", metavar="REF", help="Work on this dive instead of the current one."
    )(func)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (stable keys).")(func)


__all__ = ["DATE", "DATETIME", "DURATION", "MOOD", "SCORE", "date", "datetime"]
