"""Plan against reality as numbers for charts: minutes per week, a calendar of days, ratings
before and after. The web app draws them; the numbers come from the same rules as `status`."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from deepdive.clock import Clock
from deepdive.domain.days import local_date, minutes_by_day, slot_kept, slot_window
from deepdive.domain.dive import Dive, Week
from deepdive.domain.resource import Entry
from deepdive.domain.session import Session
from deepdive.services.current import current_dive, zone_of
from deepdive.services.ports import UnitOfWork


@dataclass(frozen=True)
class WeekMinutes:
    number: int
    focus: str
    planned: int  # the daily budget times seven
    actual: int


@dataclass(frozen=True)
class DayMinutes:
    day: date
    minutes: int
    kept: bool | None  # the slot: kept, missed, or not decided (no slot, or still to come)
    future: bool


@dataclass(frozen=True)
class RatingChange:
    resource_id: int
    title: str
    first: int
    latest: int
    count: int


@dataclass(frozen=True)
class Progress:
    dive: Dive
    weeks: list[WeekMinutes]
    days: list[DayMinutes]


def rating_changes(entries: list[Entry]) -> list[RatingChange]:
    """First against latest rating of each rated resource, in plan order."""
    return [
        RatingChange(e.id, e.title, e.ratings[0].score, e.ratings[-1].score, len(e.ratings))
        for e in entries
        if e.ratings
    ]


def progress(uow: UnitOfWork, clock: Clock, dive_ref: str | None = None) -> Progress:
    now: datetime = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        weeks = uow.dives.weeks(dive.id)
        sessions = uow.sessions.for_dive(dive.id, until=now)
    return progress_of(dive, weeks, sessions, now)


def progress_of(
    dive: Dive, weeks: dict[int, Week], sessions: list[Session], now: datetime
) -> Progress:
    """The chart numbers from data already read (e.g. by `status_and_snapshot`)."""
    zone = zone_of(dive)
    today = local_date(now, zone)
    per_day = minutes_by_day(sessions, zone, now)
    week_rows = []
    for number in range(1, dive.weeks + 1):
        first, last = dive.week_dates(number)
        week = weeks.get(number)
        week_rows.append(
            WeekMinutes(
                number,
                week.focus if week else "",
                dive.daily_minutes * 7,
                sum(m for d, m in per_day.items() if first <= d <= last),
            )
        )
    near = _SessionsNear(sessions, now)
    day_rows = []
    for offset in range(dive.days):
        day = dive.start + timedelta(days=offset)
        future = day > today
        kept = None
        if dive.slot is not None and not future:
            start, end = slot_window(day, dive.slot, zone)
            kept = slot_kept(near.around(start, end), day, dive.slot, zone, now)
        day_rows.append(DayMinutes(day, per_day.get(day, 0), kept, future))
    return Progress(dive, week_rows, day_rows)


class _SessionsNear:
    """The sessions that can overlap a window, found by bisection instead of a scan per day
    (a dive of 1,000 sessions has 28 slots to check)."""

    def __init__(self, sessions: list[Session], now: datetime) -> None:
        self._sessions = sorted(sessions, key=lambda s: s.started_at)
        self._starts = [s.started_at for s in self._sessions]
        self._longest = max((s.end_or(now) - s.started_at for s in sessions),
                            default=timedelta(0))

    def around(self, start: datetime, end: datetime) -> list[Session]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return self._sessions[lo:hi]
