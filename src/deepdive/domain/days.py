"""Turn UTC sessions into local days: minutes per day and whether the slot was kept."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from deepdive.domain.dive import Slot
from deepdive.domain.session import Session

SLOT_KEPT_FRACTION = 0.5  # at least half the slot spent studying inside it


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def slot_window(day: date, slot: Slot, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return (
        datetime.combine(day, slot.start, tzinfo=zone),
        datetime.combine(day, slot.end, tzinfo=zone),
    )


def minutes_by_day(
    sessions: Iterable[Session], zone: ZoneInfo, now: datetime
) -> dict[date, int]:
    """Minutes studied per local day; a session counts on the day it started."""
    totals: dict[date, int] = defaultdict(int)
    for session in sessions:
        totals[local_date(session.started_at, zone)] += session.minutes(now)
    return dict(totals)


def minutes_in_window(
    sessions: Iterable[Session], start: datetime, end: datetime, now: datetime
) -> int:
    seconds = 0.0
    for session in sessions:
        lo = max(session.started_at, start)
        hi = min(session.end_or(now), end)
        if hi > lo:
            seconds += (hi - lo).total_seconds()
    return round(seconds / 60)


def slot_kept(
    sessions: Iterable[Session], day: date, slot: Slot, zone: ZoneInfo, now: datetime
) -> bool | None:
    """True once enough of the slot was spent studying; None while that is still possible."""
    start, end = slot_window(day, slot, zone)
    spent = minutes_in_window(sessions, start, end, now)
    if spent >= slot.minutes() * SLOT_KEPT_FRACTION:
        return True
    if now < end:
        return None
    return False
