"""The `deepdive` command group: global options, and the translation of errors into one line."""

from __future__ import annotations

import os
from typing import Any

import click

from deepdive.cli.context import AppContext
from deepdive.clock import ClockError
from deepdive.domain.errors import DeepdiveError


class UserError(click.ClickException):
    exit_code = 1


class DeepdiveGroup(click.Group):
    """Turns domain errors into `Error: <one line>` with exit 1; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (DeepdiveError, ClockError) as exc:
            raise UserError(str(exc)) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("DEEPDIVE_DEBUG"):
                raise
            raise UserError(
                f"unexpected {type(exc).__name__}: {exc} (set DEEPDIVE_DEBUG=1 for details)"
            ) from exc


@click.group(cls=DeepdiveGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "database_url",
    metavar="URL",
    envvar="DEEPDIVE_DATABASE_URL",
    help="Workspace database: sqlite:///PATH or postgresql://USER@HOST/DB.",
)
@click.version_option(package_name="deepdive")
@click.pass_context
def cli(ctx: click.Context, database_url: str | None) -> None:
    """Plan, live and write up a time-boxed deep dive into one topic."""
    ctx.obj = AppContext(database_url=database_url)


def _register() -> None:
    from deepdive.cli import demo, dives, ideas, resources, sessions, status

    for module in (dives, resources, sessions, status, ideas, demo):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
