"""Momentum alerts: the early signs that a dive is losing steam, each with evidence and a way out.

Every rule is a pure function of a snapshot of the dive; the thresholds live in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from deepdive.domain.days import minutes_by_day, slot_kept
from deepdive.domain.dive import Dive, Week
from deepdive.domain.resource import Entry, PlacementStatus
from deepdive.domain.session import Session


@dataclass(frozen=True)
class Thresholds:
    missed_slot_days: int = 2  # consecutive missed slots before we say so
    low_mood: int = 2  # a mood at or under this is low
    low_mood_sessions: int = 2  # this many low-mood sessions in a row on one resource
    stall_window_days: int = 7  # only recent sessions count towards a stall
    no_progress_factor: float = 1.5  # time spent past 1.5x the estimate, still not done
    behind_fraction: float = 0.5  # under half of the minutes the days so far called for
    behind_min_days: int = 3  # judge a week only after this many of its days
    backup_alert_days: int = 2  # remind about a missing backup in the week's first days


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Alert:
    kind: str
    message: str
    suggestion: str
    evidence: list[str] = field(default_factory=list)
    resource_id: int | None = None  # the resource the alert is about (stalled_resource)
    backup_id: int | None = None  # the backup its suggestion names, when there is one

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "message": self.message,
            "suggestion": self.suggestion,
            "evidence": list(self.evidence),
            "resource_id": self.resource_id,
            "backup_id": self.backup_id,
        }


@dataclass(frozen=True)
class Snapshot:
    """What the rules look at: the dive as it stood at `now` (sessions after it are ignored)."""

    dive: Dive
    weeks: dict[int, Week]
    entries: list[Entry]
    sessions: list[Session]
    today: date
    now: datetime
    zone: ZoneInfo

    @property
    def week(self) -> int:
        return self.dive.week_of(self.today)

    @cached_property
    def _entries_by_id(self) -> dict[int, Entry]:
        return {e.id: e for e in self.entries}

    def entry(self, resource_id: int | None) -> Entry | None:
        # a dict, not a scan: the rules ask once per session (1,000s on a big dive)
        return self._entries_by_id.get(resource_id) if resource_id is not None else None

    def backup_for(self, resource_id: int) -> Entry | None:
        return next(
            (
                e
                for e in self.entries
                if e.placement.backup_for == resource_id
                and e.placement.status == PlacementStatus.PLANNED
            ),
            None,
        )


Rule = Callable[[Snapshot, Thresholds], list[Alert]]


def _short(day: date) -> str:
    return f"{day:%a %d %b}"


def missed_slots(snap: Snapshot, limits: Thresholds) -> list[Alert]:
    slot = snap.dive.slot
    if slot is None:
        return []
    missed: list[date] = []
    day = snap.today
    while day >= snap.dive.start:
        kept = slot_kept(snap.sessions, day, slot, snap.zone, snap.now)
        if kept is None and day == snap.today:
            day -= timedelta(days=1)
            continue
        if kept:
            break
        missed.append(day)
        day -= timedelta(days=1)
    if len(missed) < limits.missed_slot_days:
        return []
    missed.reverse()
    return [
        Alert(
            kind="missed_slots",
            message=f"Slot {slot} missed {len(missed)} days in a row "
            f"({_short(missed[0])} to {_short(missed[-1])}).",
            suggestion="Keep the next slot, even for 15 minutes: `deepdive start` when it begins.",
            evidence=[_short(d) for d in missed],
        )
    ]


def _recent_sessions_by_resource(snap: Snapshot, limits: Thresholds) -> dict[int, list[Session]]:
    since = snap.now - timedelta(days=limits.stall_window_days)
    grouped: dict[int, list[Session]] = {}
    for session in snap.sessions:
        if session.resource_id is not None and session.started_at >= since:
            grouped.setdefault(session.resource_id, []).append(session)
    return grouped


def _way_out(snap: Snapshot, entry: Entry) -> str:
    backup = snap.backup_for(entry.id)
    if backup is not None:
        held = backup.placement.trigger
        when = f" (meant for when it is {held.phrase})" if held.condition else ""
        return (
            f"Swap in its backup #{backup.id} {backup.title}{when}: "
            f"`deepdive swap {entry.id} {backup.id} --why \"...\"`."
        )
    return (
        f"Skim it (`deepdive mark {entry.id} skimmed`), swap in a backup, "
        f"or drop it (`deepdive mark {entry.id} dropped --why \"...\"`)."
    )


def stalled_resources(snap: Snapshot, limits: Thresholds) -> list[Alert]:
    alerts = []
    all_minutes: dict[int, int] = {}
    for session in snap.sessions:
        if session.resource_id is not None:
            all_minutes[session.resource_id] = all_minutes.get(
                session.resource_id, 0
            ) + session.minutes(snap.now)
    for resource_id, recent in _recent_sessions_by_resource(snap, limits).items():
        entry = snap.entry(resource_id)
        if entry is None or entry.placement.status not in (
            PlacementStatus.PLANNED,
            PlacementStatus.READING,
        ):
            continue
        tail = recent[-limits.low_mood_sessions :]
        moods = [s.mood for s in tail]
        low = len(tail) >= limits.low_mood_sessions and all(
            m is not None and m <= limits.low_mood for m in moods
        )
        spent = all_minutes.get(resource_id, 0)
        estimate = entry.resource.minutes
        slow = bool(estimate) and spent > limits.no_progress_factor * (estimate or 0)
        if not (low or slow):
            continue
        evidence = []
        if low:
            evidence.append(f"last {len(tail)} sessions had mood " + ", ".join(map(str, moods)))
        if slow:
            evidence.append(f"{spent} min spent against an estimate of {estimate} min")
        alerts.append(
            Alert(
                kind="stalled_resource",
                message=f"#{entry.id} {entry.title} is stalling: " + "; ".join(evidence) + ".",
                suggestion=_way_out(snap, entry),
                evidence=evidence,
                resource_id=entry.id,
                backup_id=backup.id if (backup := snap.backup_for(entry.id)) else None,
            )
        )
    return alerts


def behind_plan(snap: Snapshot, limits: Thresholds) -> list[Alert]:
    dive = snap.dive
    first, _ = dive.week_dates(snap.week)
    elapsed = min((snap.today - first).days, 7)  # whole days before today
    if elapsed < limits.behind_min_days or snap.today > dive.end:
        return []
    per_day = minutes_by_day(snap.sessions, snap.zone, snap.now)
    done = sum(m for d, m in per_day.items() if first <= d < snap.today)
    expected = dive.daily_minutes * elapsed
    if done >= limits.behind_fraction * expected:
        return []
    return [
        Alert(
            kind="behind_plan",
            message=f"Week {snap.week} is behind: {done} of {expected} minutes "
            f"in its {elapsed} days before today.",
            suggestion="Pick something short or more exciting for the next slot, "
            "or move what is left to a later week.",
            evidence=[f"{done} min studied", f"{expected} min planned so far"],
        )
    ]


def missing_backup(snap: Snapshot, limits: Thresholds) -> list[Alert]:
    week = snap.weeks.get(snap.week)
    first, _ = snap.dive.week_dates(snap.week)
    if (snap.today - first).days >= limits.backup_alert_days or snap.today > snap.dive.end:
        return []
    if week is not None and week.backup:
        return []
    week_ids = {e.id for e in snap.entries if e.placement.week == snap.week}
    if any(e.placement.backup_for in week_ids for e in snap.entries):
        return []
    return [
        Alert(
            kind="no_backup",
            message=f"Week {snap.week} has no backup plan for when a resource is too hard "
            "or too boring.",
            suggestion=f'Name one: `deepdive week {snap.week} --backup "..."`.',
        )
    ]


RULES: tuple[Rule, ...] = (missed_slots, stalled_resources, behind_plan, missing_backup)


def alerts_for(snap: Snapshot, limits: Thresholds = THRESHOLDS) -> list[Alert]:
    if not snap.dive.is_open or not snap.dive.start <= snap.today <= snap.dive.end:
        return []  # a closed dive has nothing left to keep going
    return [alert for rule in RULES for alert in rule(snap, limits)]
