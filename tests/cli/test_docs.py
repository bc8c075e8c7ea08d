"""The README documents every command, and CI runs the README's own test command."""

import re

import click

from deepdive.cli.main import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text()


def command_names(group: click.Group, prefix: str = "") -> list[str]:
    """Every command name, loading the lazy ones (the group imports modules on demand)."""
    ctx = click.Context(group)
    names = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        names.append(f"{prefix}{name}")
        if isinstance(command, click.Group):
            names += command_names(command, f"{prefix}{name} ")
    return names


def test_every_command_is_documented_in_the_readme():
    names = command_names(cli)
    assert {"new", "status", "card add", "export anki", "writeup", "web"} <= set(names)
    missing = [n for n in names if not re.search(rf"deepdive {n}\b", README)]
    assert missing == []


def quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    return [line for line in block.strip().splitlines() if line.strip()]


def test_the_quick_start_is_two_commands_install_and_demo_then_tests():
    first, second = quick_start()
    assert first.endswith("deepdive demo")
    assert "pytest" in second and ".[test]" in second


def test_ci_runs_the_readmes_test_command():
    ci = (REPO / ".ci" / "run").read_text().splitlines()
    assert quick_start()[1] in ci


def test_every_command_module_is_in_the_lazy_map():
    import importlib
    import pkgutil

    import deepdive.cli
    from deepdive.cli.main import COMMAND_MODULES

    found = {}
    for info in pkgutil.iter_modules(deepdive.cli.__path__):
        module = importlib.import_module(f"deepdive.cli.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            found[command.name] = info.name
    assert found == COMMAND_MODULES
