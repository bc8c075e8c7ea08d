"""The `deepdive` command group: global options, and the translation of errors into one line."""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from deepdive.cli.context import AppContext
from deepdive.clock import ClockError
from deepdive.domain.errors import DeepdiveError


class UserError(click.ClickException):
    exit_code = 1


class DeepdiveGroup(click.Group):
    """Turns domain errors into `Error: <one line>` with exit 1; never a traceback.

    Usage errors also get one line (exit 2), naming the command's --help instead of
    printing the whole usage block.
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:  # `deepdive card`: show its help
            click.echo(exc.ctx.get_help() if exc.ctx else exc.format_message())
            sys.exit(0)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "deepdive"
            click.echo(f"Error: {exc.format_message()} (see `{where} --help`)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted: nothing was changed.", err=True)
            sys.exit(1)
        except BrokenPipeError:  # `deepdive demo | head`: the reader left; leave quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMAND_MODULES) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            module = importlib.import_module(f"deepdive.cli.{COMMAND_MODULES[cmd_name]}")
            for command in module.COMMANDS:
                self.add_command(command)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (DeepdiveError, ClockError) as exc:
            raise UserError(str(exc)) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt,
                BrokenPipeError):
            raise
        except Exception as exc:
            if os.environ.get("DEEPDIVE_DEBUG"):
                raise
            first = (str(exc).strip().splitlines() or [""])[0]
            raise UserError(
                f"unexpected {type(exc).__name__}: {first} (set DEEPDIVE_DEBUG=1 for details)"
            ) from exc


@click.group(
    cls=DeepdiveGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100,
                      "terminal_width": 100},
)
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


# Which module of deepdive.cli holds each command. Only the invoked command's module is
# imported, which keeps `status`, `log`, `start` and `stop` quick (see bench/startup.py);
# tests/cli/test_docs.py checks this map against every module's COMMANDS list.
COMMAND_MODULES: dict[str, str] = {
    "new": "dives",
    "list": "dives",
    "show": "dives",
    "use": "dives",
    "finish": "dives",
    "abandon": "dives",
    "week": "dives",
    "add": "resources",
    "refresh": "resources",
    "resources": "resources",
    "mark": "resources",
    "rate": "resources",
    "start": "sessions",
    "stop": "sessions",
    "log": "sessions",
    "status": "status",
    "prompt": "status",
    "idea": "ideas",
    "ideas": "ideas",
    "demo": "demo",
    "swap": "reflection",
    "experiment": "reflection",
    "experiments": "reflection",
    "explain": "reflection",
    "explanations": "reflection",
    "ask": "questions",
    "answer": "questions",
    "questions": "questions",
    "checkin": "questions",
    "checkins": "questions",
    "retro": "retro",
    "lesson": "retro",
    "lessons": "retro",
    "uptake": "retro",
    "recommend": "writeup",
    "recommendations": "writeup",
    "writeup": "writeup",
    "web": "web",
    "note": "notes",
    "card": "cards",
    "cards": "cards",
    "review": "review",
    "export": "anki",
    "import": "anki",
    "config": "memory_settings",
}
