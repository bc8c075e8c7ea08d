"""Which dive a command works on: `--dive REF`, else the one `use` chose, else the open one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from deepdive.domain.days import local_date
from deepdive.domain.dive import Dive, DiveStatus
from deepdive.domain.errors import Conflict, NotFound
from deepdive.domain.refs import resolve
from deepdive.domain.spans import current_dive_id
from deepdive.services.ports import DailyUnitOfWork

CURRENT_KEY = "current_dive"


def find_dive(uow: DailyUnitOfWork, ref: str) -> Dive:
    return resolve(
        ref, uow.dives.list(), number=lambda d: d.number, title=lambda d: d.title, what="dive"
    )


def current_dive(uow: DailyUnitOfWork, ref: str | None = None) -> Dive:
    if ref:
        return find_dive(uow, ref)
    chosen = uow.settings.get(CURRENT_KEY)
    dives = uow.dives.list()
    picked = current_dive_id(
        int(chosen) if chosen is not None else None,
        [d.id for d in dives if d.id is not None],
        [d.id for d in dives if d.id is not None and d.is_open],
    )
    for dive in dives:
        if dive.id == picked:
            return dive
    raise NotFound(
        "no current dive: create one with `deepdive new` or choose one with `deepdive use`"
    )


def begin_if_due(uow: DailyUnitOfWork, dive: Dive, now: datetime) -> Dive:
    """A planned dive becomes active on its first day; stored, so every reader agrees."""
    if dive.status == DiveStatus.PLANNED and local_date(now, zone_of(dive)) >= dive.start:
        dive.status = DiveStatus.ACTIVE
        uow.dives.update(dive)
    return dive


def check_open(dive: Dive, to_do: str) -> None:
    """Refuse changing the plan or starting work in a finished or abandoned dive."""
    if not dive.is_open:
        raise Conflict(f"dive #{dive.number} {dive.title!r} is {dive.status}; cannot {to_do}")


def zone_of(dive: Dive) -> ZoneInfo:
    try:
        return ZoneInfo(dive.timezone)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")
