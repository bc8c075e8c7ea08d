"""Build the demo workspace: a month-long dive modelled on the reference story."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from deepdive.clock import Clock, fixed_clock
from deepdive.domain.dive import Dive, Slot
from deepdive.domain.metadata import Metadata
from deepdive.domain.status import Status
from deepdive.services import demo_plan as plan
from deepdive.services.demo_memory import add_memory
from deepdive.services.demo_reflection import reflect
from deepdive.services.dives import NewDive, create_dive, set_week
from deepdive.services.ideas import add_idea
from deepdive.services.ports import UnitOfWork, WriteupRenderer
from deepdive.services.resources import NewResource, add_resource, mark, rate
from deepdive.services.sessions import log
from deepdive.services.status import status
from deepdive.services.writeup import render_writeup


class CatalogResolver:
    """Answers from the demo's own catalog: the demo never touches the network."""

    def resolve(self, source: str, *, offline: bool = False) -> Metadata:
        if source in plan.BACKUPS:
            return plan.BACKUPS[source][1]
        return plan.CATALOG[source][1]


def _at(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    hour, minute = (int(part) for part in hhmm.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def build_demo(uow: UnitOfWork, zone: ZoneInfo) -> tuple[Dive, Status]:
    """Fill an empty workspace with the demo dive; return it and its status on a week-2 day."""
    built_at = _at(plan.START + timedelta(days=28), "22:00", zone)
    clock: Clock = fixed_clock(built_at)
    dive = create_dive(
        uow,
        fixed_clock(_at(plan.START - timedelta(days=1), "20:00", zone)),
        NewDive(plan.TITLE, plan.START, 4, 60, Slot.parse(plan.SLOT), plan.WHY,
                list(plan.GOALS), zone.key),
    )
    for number, (focus, kind) in plan.WEEKS.items():
        set_week(uow, number, focus=focus, kind=kind)
    ids: dict[str, int] = {}
    resolver = CatalogResolver()
    for key, (week, _meta, optional) in plan.CATALOG.items():
        added = add_resource(uow, clock, resolver, NewResource(key, week=week, optional=optional))
        ids[key] = added.entry.id
    for key, (target, _meta) in plan.BACKUPS.items():
        backup = NewResource(key, backup_for=str(ids[target]))
        ids[key] = add_resource(uow, clock, resolver, backup).entry.id
    for key, score, day, why in plan.RATINGS:
        rate(uow, fixed_clock(_at(day, "14:05", zone)), str(ids[key]), score, why)
    for day, on, minutes, hhmm, kind, mood, note in plan.SESSIONS:
        ref = str(ids[on]) if on else None
        log(uow, clock, minutes, ref, _at(day, hhmm, zone).replace(tzinfo=None), kind, mood, note)
    for key, state in plan.MARKS:
        mark(uow, str(ids[key]), state)
    add_idea(uow, clock, "Interpretability of transformer circuits")
    add_idea(uow, clock, "Reinforcement learning from human feedback")
    add_memory(uow, ids, zone)
    day_end = _at(plan.STATUS_DAY, "15:00", zone)
    stalled = status(uow, fixed_clock(day_end), plan.STATUS_DAY)  # before the swap below
    reflect(uow, zone, ids)
    return dive, stalled


def demo_writeup(uow: UnitOfWork, zone: ZoneInfo, renderer: WriteupRenderer) -> str:
    """The demo dive's post, as of the evening the demo's month is over."""
    return render_writeup(uow, fixed_clock(_at(plan.START + timedelta(days=28), "22:00", zone)),
                          renderer)
