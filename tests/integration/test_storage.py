"""The workspace database: made on first use, SQLite tuned for two writers, one-line errors."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from deepdive.config import sqlite_url
from deepdive.domain.errors import DeepdiveError
from deepdive.storage.engine import check_reachable, normalize_url, open_engine
from deepdive.storage.migrate import ensure_schema, stored_revision
from deepdive.storage.revisions import MIGRATIONS, known_revisions
from deepdive.storage.tables import metadata


def test_the_schema_is_created_on_first_use_at_the_newest_revision(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "new" / "ws.sqlite"), create_folder=True)
    assert stored_revision(engine) is None
    ensure_schema(engine)
    assert stored_revision(engine) == known_revisions()[-1]
    with engine.connect() as connection:
        names = {row[0] for row in connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table'"))}
    assert set(metadata.tables) <= names


def test_file_names_agree_with_alembics_own_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == known_revisions()[-1]


def test_migrations_match_the_tables(tmp_path):
    """Autogenerate finds nothing to do: the migrations build exactly tables.py."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = open_engine(sqlite_url(tmp_path / "ws.sqlite"))
    ensure_schema(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    assert diff == []


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "ws.sqlite"))
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_an_up_to_date_workspace_does_not_import_alembic(tmp_path):
    url = sqlite_url(tmp_path / "ws.sqlite")
    ensure_schema(open_engine(url))
    probe = (
        "import sys\n"
        "from deepdive.storage.engine import open_engine\n"
        "from deepdive.storage.migrate import ensure_schema\n"
        f"ensure_schema(open_engine({url!r}))\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_workspace_from_a_newer_deepdive_is_refused(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "ws.sqlite"))
    ensure_schema(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DeepdiveError, match="schema 9999, newer than this deepdive"):
        ensure_schema(engine)


def test_postgresql_urls_work_as_given():
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("sqlite:///x") == "sqlite:///x"


def test_an_unreachable_database_is_one_clear_line():
    engine = open_engine("postgresql://nobody@127.0.0.1:1/nothing")
    with pytest.raises(DeepdiveError) as error:
        check_reachable(engine)
    message = str(error.value)
    assert message.startswith("cannot reach the database at postgresql+psycopg://***@127.0.0.1:1")
    assert "\n" not in message


def test_a_url_that_is_not_a_database_is_refused(tmp_path: Path):
    with pytest.raises(DeepdiveError, match="is not usable"):
        open_engine("mongodb://localhost/x")


def test_an_older_workspace_is_upgraded_in_place_keeping_its_data(tmp_path):
    from tests.support.migrations import at_revision

    engine = open_engine(sqlite_url(tmp_path / "old.sqlite"))
    with at_revision(engine, "0001") as connection:
        connection.execute(text(
            "INSERT INTO dives (number, title, why, goals, start, weeks, daily_minutes, status, "
            "timezone, created_at, end_reason) VALUES (1, 'Old dive', '', '[]', '2021-04-08', 4, "
            "60, 'active', 'UTC', '2021-04-07 20:00:00.000000', '')"))
    assert stored_revision(engine) == "0001"
    ensure_schema(engine)
    assert stored_revision(engine) == known_revisions()[-1]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM dives")).scalar() == "Old dive"


def test_an_explicit_path_in_a_missing_folder_is_refused_not_created(tmp_path):
    with pytest.raises(DeepdiveError, match="does not exist; create it first"):
        open_engine(sqlite_url(tmp_path / "typo" / "ws.sqlite"))
    assert not (tmp_path / "typo").exists()
    with pytest.raises(DeepdiveError, match="names no file"):
        open_engine("sqlite:///")


def test_a_refused_statement_is_one_line_and_writes_nothing(uow, clock):
    from datetime import date

    from deepdive.domain.dive import Dive

    with pytest.raises(DeepdiveError) as error, uow:
        uow.dives.add(Dive("kept?", date(2021, 4, 8), 4, 60, number=1, created_at=clock()))
        uow.dives.add(Dive(None, date(2021, 4, 8), 4, 60, number=2, created_at=clock()))  # type: ignore[arg-type]
        uow.commit()
    message = str(error.value)
    assert message.startswith("the database refused this: ")
    assert "null" in message.lower()
    assert message.endswith("; nothing was written")
    assert "\n" not in message
    with uow:
        assert uow.dives.list() == []


def test_a_new_dive_without_start_or_zone_begins_today_in_the_users_zone(uow, monkeypatch):
    from datetime import UTC, datetime

    from deepdive.clock import fixed_clock
    from deepdive.services.dives import NewDive, create_dive

    monkeypatch.setenv("DEEPDIVE_TZ", "Pacific/Auckland")  # already 9 April there
    dive = create_dive(uow, fixed_clock(datetime(2021, 4, 8, 20, 0, tzinfo=UTC)),
                       NewDive("Topic", None, 4, 60))
    assert (str(dive.start), dive.timezone, str(dive.status)) == (
        "2021-04-09", "Pacific/Auckland", "active")
