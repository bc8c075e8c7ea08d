"""Printing: JSON for scripts, Rich tables and text for people. Rich loads only when used."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from rich.console import Console


def console() -> Console:
    from rich.console import Console

    # Piped output has no width to fit: a generous one keeps words whole for grep and files.
    return Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def print_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str]],
    *,
    title: str | None = None,
    empty: str = "Nothing here yet.",
    style: Callable[[dict[str, Any]], str | None] | None = None,
) -> None:
    """A table of `rows` showing `columns` as (key, header) pairs."""
    out = console()
    if not rows:
        out.print(empty)
        return
    from rich.table import Table
    from rich.text import Text  # cells as Text: user text is never read as markup

    table = Table(title=Text(title) if title else None, title_justify="left", box=None,
                  header_style="bold")
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        cells = [Text("" if row.get(key) is None else str(row.get(key))) for key, _ in columns]
        table.add_row(*cells, style=style(row) if style else None)
    out.print(table)


def say(text: str, *, markup: bool = False) -> None:
    """Print a line; user text is never read as Rich markup unless asked.

    Plain lines skip Rich entirely: importing it would cost the everyday commands
    (status, log, start, stop) a third of their time budget.
    """
    if markup:
        console().print(text, markup=True)
    else:
        click.echo(text)


def bold(text: str) -> str:
    return click.style(text, bold=True)


def warn(text: str) -> str:
    return click.style(text, fg="yellow")


def esc(text: object) -> str:
    """User text made safe inside a Rich markup string."""
    from rich.markup import escape

    return escape(str(text))
