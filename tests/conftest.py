"""Shared fixtures: a real workspace database per test (SQLite always, PostgreSQL when
DEEPDIVE_TEST_POSTGRES_URL is set), a pinned clock, and a CLI runner on that workspace."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, text

from deepdive import bootstrap
from deepdive.clock import Clock, fixed_clock
from deepdive.config import load_config, sqlite_url
from deepdive.services.ports import UnitOfWork
from deepdive.storage.engine import normalize_url
from deepdive.storage.tables import metadata

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
POSTGRES_ADMIN_URL = os.environ.get("DEEPDIVE_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_ADMIN_URL else ["sqlite"]


def corpus_file(*parts: str) -> Path:
    """A file of ../shared/corpus. Skips only when the corpus folder is absent; a missing
    file inside it is a failure (a renamed deck must not silently skip its tests)."""
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus is not beside the repo (looked in {CORPUS})")
    path = CORPUS.joinpath(*parts)
    assert path.exists(), f"{path} is missing from the corpus"
    return path


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data dir or the real time zone."""
    monkeypatch.setenv("DEEPDIVE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DEEPDIVE_TZ", "UTC")
    monkeypatch.delenv("DEEPDIVE_DATABASE_URL", raising=False)
    monkeypatch.delenv("DEEPDIVE_NOW", raising=False)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """A database made for this run and dropped after it."""
    if not POSTGRES_ADMIN_URL:
        yield None
        return
    name = f"deepdive_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(normalize_url(POSTGRES_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    bootstrap._engine.cache_clear()
    with admin.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name},
        )
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def _empty_postgres(url: str) -> None:
    engine = create_engine(normalize_url(url))
    with engine.begin() as connection:
        names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
        exists = connection.execute(text("SELECT to_regclass('dives')")).scalar()
        if exists:
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    postgres_url: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """The workspace URL for this test, also set as DEEPDIVE_DATABASE_URL."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "workspace.sqlite")
    else:
        assert postgres_url is not None
        url = postgres_url
        bootstrap.unit_of_work(load_config(url))  # make sure the schema exists
        _empty_postgres(url)
    monkeypatch.setenv("DEEPDIVE_DATABASE_URL", url)
    return url


@pytest.fixture
def uow(db_url: str) -> UnitOfWork:
    return bootstrap.unit_of_work(load_config(db_url))


@pytest.fixture
def clock() -> Clock:
    """Thursday 15 April 2021, 13:20 UTC: day 8 of the story's dive."""
    return fixed_clock(datetime(2021, 4, 15, 13, 20, tzinfo=UTC))


class Cli:
    """Runs `deepdive ...` in-process on the test's workspace, with the time pinned."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self.now = "2021-04-15T13:20"

    def __call__(self, *args: str, input: str | None = None, now: str | None = None) -> Result:
        from deepdive.cli.main import cli

        self._monkeypatch.setenv("DEEPDIVE_NOW", now or self.now)
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)

    def ok(self, *args: str, **kwargs: Any) -> Result:
        result = self(*args, **kwargs)
        assert result.exit_code == 0, result.output
        return result


@pytest.fixture
def run(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(monkeypatch)
