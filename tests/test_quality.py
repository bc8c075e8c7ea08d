"""Lint, types and the layer contract run with the tests, so main cannot drift."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    located = shutil.which(name)
    if located is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return located


def check(*command: str) -> None:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff():
    check(tool("ruff"), "check", "src", "tests", "bench")


def test_mypy():
    check(tool("mypy"))


def test_import_contracts():
    check(tool("lint-imports"))
