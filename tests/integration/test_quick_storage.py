"""The quick sqlite3 path of the everyday commands agrees with the SQLAlchemy path, row for row."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from deepdive import bootstrap
from deepdive.clock import fixed_clock
from deepdive.config import load_config, sqlite_url
from deepdive.services.demo import build_demo
from deepdive.services.sessions import log, start, stop
from deepdive.services.status import status
from deepdive.storage.quick.unit_of_work import QuickUnitOfWork, quick_unit_of_work


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "demo.sqlite"
    build_demo(bootstrap.unit_of_work(load_config(sqlite_url(path))), ZoneInfo("UTC"))
    return path


def full(path):
    return bootstrap.unit_of_work(load_config(sqlite_url(path)))


@pytest.mark.parametrize("day", [date(2021, 4, 9), date(2021, 4, 20), date(2021, 4, 28)])
def test_status_is_the_same_through_both_paths(demo_path, day):
    clock = fixed_clock(datetime(2021, 5, 5, 9, 0, tzinfo=UTC))
    quick = status(QuickUnitOfWork(demo_path), clock, day)
    slow = status(full(demo_path), clock, day)
    assert quick.to_dict() == slow.to_dict()
    assert quick.to_dict()["week_minutes"] > 0


def test_sessions_written_quickly_read_back_exactly_through_sqlalchemy(demo_path):
    began = datetime(2021, 5, 5, 13, 0, 30, 250000, tzinfo=UTC)
    start(QuickUnitOfWork(demo_path), fixed_clock(began), "1", "read")
    stop(QuickUnitOfWork(demo_path), fixed_clock(began + timedelta(minutes=40)), 4, "fine")
    log(QuickUnitOfWork(demo_path), fixed_clock(began + timedelta(hours=3)), 30, "2",
        datetime(2021, 5, 5, 15, 0), "explain", 5, "to a friend")
    uow = full(demo_path)
    with uow:
        mine = [s for s in uow.sessions.for_dive(1) if s.started_at.date() == date(2021, 5, 5)]
    assert [(s.started_at, s.ended_at, s.kind, s.resource_id, s.mood, s.note) for s in mine] == [
        (began, began + timedelta(minutes=40), "read", 1, 4, "fine"),
        (datetime(2021, 5, 5, 15, 0, tzinfo=UTC), datetime(2021, 5, 5, 15, 30, tzinfo=UTC),
         "explain", 2, 5, "to a friend"),
    ]


def test_the_quick_path_waits_for_a_current_schema(tmp_path, demo_path):
    assert quick_unit_of_work(tmp_path / "missing.sqlite") is None
    assert quick_unit_of_work(demo_path) is not None
    engine = bootstrap._engine(sqlite_url(demo_path))
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    assert quick_unit_of_work(demo_path) is None  # the full path migrates first
    assert isinstance(bootstrap.daily_unit_of_work(load_config(sqlite_url(demo_path))),
                      type(full(demo_path)))
