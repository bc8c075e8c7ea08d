"""Create, list, choose and close dives; shape their weeks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from deepdive.clock import Clock, local_zone
from deepdive.domain.backup import Swap
from deepdive.domain.days import local_date
from deepdive.domain.dive import Dive, DiveStatus, Slot, Week, WeekKind
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.note import Note
from deepdive.domain.resource import Entry
from deepdive.domain.session import Session
from deepdive.services.current import CURRENT_KEY, begin_if_due, current_dive, find_dive, zone_of
from deepdive.services.ideas import find_idea
from deepdive.services.lessons import record_checklist
from deepdive.services.ports import UnitOfWork

MAX_WEEKS = 52

FOCUS_WARNING = (
    "dive #{number} {title!r} is still {status}; one dive at a time keeps the focus that "
    "makes a deep dive work. Finish or abandon it first, or pass --force"
)


@dataclass
class NewDive:
    title: str
    start: date | None  # None: today, in the dive's zone
    weeks: int
    daily_minutes: int
    slot: Slot | None = None
    why: str = ""
    goals: list[str] = field(default_factory=list)
    timezone: str | None = None  # None: the user's zone (DEEPDIVE_TZ or the machine's)
    from_idea: str | None = None  # an idea in the backlog that becomes this dive


@dataclass
class DiveView:
    """Everything `show` prints about one dive."""

    dive: Dive
    weeks: dict[int, Week]
    entries: list[Entry]
    notes: list[Note]
    sessions: list[Session]
    current: bool
    swaps: list[Swap] = field(default_factory=list)
    retro: str = ""

    def to_dict(self) -> dict[str, object]:
        minutes: dict[int, int] = {}
        for session in self.sessions:
            week = self.dive.week_of(local_date(session.started_at, zone_of(self.dive)))
            if session.ended_at is not None:
                minutes[week] = minutes.get(week, 0) + session.minutes(session.ended_at)
        return self.dive.to_dict() | {
            "current": self.current,
            "weeks_plan": [
                (self.weeks.get(n) or Week(self.dive.id or 0, n)).to_dict()
                | {"minutes": minutes.get(n, 0)}
                for n in range(1, self.dive.weeks + 1)
            ],
            "resources": [entry.to_dict() for entry in self.entries],
            "notes": [note.to_dict() for note in self.notes],
            "swaps": [swap.to_dict() for swap in self.swaps],
            "retro": self.retro or None,
        }


def create_dive(uow: UnitOfWork, clock: Clock, new: NewDive, *, force: bool = False) -> Dive:
    title = new.title.strip()
    if not title and not new.from_idea:
        raise InvalidInput("a dive needs a title")
    if not 1 <= new.weeks <= MAX_WEEKS:
        raise InvalidInput(f"weeks must be from 1 to {MAX_WEEKS}, not {new.weeks}")
    now = clock()
    zone = ZoneInfo(new.timezone) if new.timezone else local_zone()
    start = new.start or local_date(now, zone)
    with uow:
        busy = [d for d in uow.dives.list() if d.is_open]
        if busy and not force:
            other = busy[0]
            raise Conflict(
                FOCUS_WARNING.format(number=other.number, title=other.title, status=other.status)
            )
        idea = find_idea(uow, new.from_idea) if new.from_idea else None
        dive = Dive(
            title=title or (idea.title if idea else ""),
            start=start,
            weeks=new.weeks,
            daily_minutes=new.daily_minutes,
            slot=new.slot,
            why=new.why.strip(),
            goals=[g.strip() for g in new.goals if g.strip()],
            timezone=zone.key,
            number=uow.dives.next_number(),
            created_at=now,
        )
        today = local_date(now, zone_of(dive))
        dive.status = DiveStatus.PLANNED if start > today else DiveStatus.ACTIVE
        uow.dives.add(dive)
        assert dive.id is not None
        if idea is not None:
            idea.dive_id = dive.id  # the idea remembers the dive it became
            uow.ideas.update(idea)
        record_checklist(uow, dive.id, dive.number)
        uow.settings.set(CURRENT_KEY, str(dive.id))
        uow.commit()
    return dive


def list_dives(uow: UnitOfWork, clock: Clock) -> list[Dive]:
    now = clock()
    with uow:
        dives = [begin_if_due(uow, dive, now) for dive in uow.dives.list()]
        uow.commit()
    return dives


def use_dive(uow: UnitOfWork, ref: str) -> Dive:
    with uow:
        dive = find_dive(uow, ref)
        uow.settings.set(CURRENT_KEY, str(dive.id))
        uow.commit()
    return dive


def show_dive(uow: UnitOfWork, clock: Clock, ref: str | None) -> DiveView:
    with uow:
        dive = begin_if_due(uow, current_dive(uow, ref), clock())
        uow.commit()
        assert dive.id is not None
        chosen = uow.settings.get(CURRENT_KEY)
        return DiveView(
            dive=dive,
            weeks=uow.dives.weeks(dive.id),
            entries=uow.resources.entries(dive.id),
            notes=uow.notes.for_dive(dive.id),
            sessions=uow.sessions.for_dive(dive.id),
            current=chosen == str(dive.id),
            swaps=uow.resources.swaps(dive.id),
            retro=uow.retros.dive_retro(dive.id),
        )


def _close(uow: UnitOfWork, clock: Clock, ref: str | None, status: DiveStatus, why: str) -> Dive:
    with uow:
        dive = current_dive(uow, ref)
        if not dive.is_open:
            raise Conflict(f"dive #{dive.number} {dive.title!r} is already {dive.status}")
        running = uow.sessions.running()
        if running is not None and running.dive_id == dive.id:
            raise Conflict("a session is still running in this dive; `deepdive stop` it first")
        dive.status = status
        dive.ended_at = clock()
        dive.end_reason = why
        uow.dives.update(dive)
        uow.commit()
    return dive


def finish_dive(uow: UnitOfWork, clock: Clock, ref: str | None = None) -> Dive:
    return _close(uow, clock, ref, DiveStatus.FINISHED, "")


def abandon_dive(uow: UnitOfWork, clock: Clock, why: str, ref: str | None = None) -> Dive:
    if not why.strip():
        raise InvalidInput("say why the dive is abandoned with --why; the next dive learns from it")
    return _close(uow, clock, ref, DiveStatus.ABANDONED, why.strip())


def set_week(
    uow: UnitOfWork,
    number: int,
    *,
    focus: str | None = None,
    kind: str | None = None,
    backup: str | None = None,
    dive_ref: str | None = None,
) -> Week:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        dive.check_week(number)
        week = uow.dives.weeks(dive.id).get(number) or Week(dive_id=dive.id, number=number)
        if focus is None and week.id is None and backup is None and kind is None:
            raise InvalidInput(
                f'give week {number} a focus, e.g. `deepdive week {number} "study transformers"`'
            )
        if focus is not None:
            week.focus = focus.strip()
        if kind is not None:
            try:
                week.kind = WeekKind(kind.strip().lower())
            except ValueError:
                raise InvalidInput(
                    f"week kind {kind!r} is not one of: study, practice, buffer"
                ) from None
        if backup is not None:
            week.backup = backup.strip()
        uow.dives.save_week(week)
        uow.commit()
    return week
