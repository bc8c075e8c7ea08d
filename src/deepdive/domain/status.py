"""The daily dashboard as a value: computed from a snapshot, shown by the CLI and the web app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from deepdive.domain.days import minutes_by_day, slot_kept
from deepdive.domain.momentum import THRESHOLDS, Alert, Snapshot, Thresholds, alerts_for
from deepdive.domain.resource import Entry, PlacementStatus


@dataclass(frozen=True)
class Running:
    resource: str | None
    resource_id: int | None
    kind: str
    started: str
    minutes: int
    dive: str | None = None  # "#1 Title" of another dive, when the one timer runs there

    def to_dict(self) -> dict[str, object]:
        return {
            "resource": self.resource,
            "resource_id": self.resource_id,
            "kind": self.kind,
            "started": self.started,
            "minutes": self.minutes,
            "dive": self.dive,
        }


Day = date  # the field `date` below hides the type inside the class


@dataclass(frozen=True)
class Status:
    dive: str
    date: date
    day: int | None  # None outside the time box: see `phase`
    days: int
    week: int
    weeks: int
    focus: str
    slot: str | None
    slot_kept: bool | None
    today_minutes: int
    budget_minutes: int
    week_minutes: int
    week_planned_minutes: int
    running: Running | None
    resources_done: int
    resources_planned: int
    week_resources: list[Entry]
    cards_due: int
    open_questions: int
    alerts: list[Alert] = field(default_factory=list)
    next_action: str = ""
    next_checkin: dict[str, str] | None = None  # {"with", "at"} of the next planned one
    phase: str = "during"  # before, during or after the time box
    dive_status: str = "active"  # planned, active, finished, abandoned
    start: Day | None = None
    end: Day | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "dive": self.dive,
            "date": self.date.isoformat(),
            "day": self.day,
            "days": self.days,
            "week": self.week,
            "weeks": self.weeks,
            "focus": self.focus,
            "slot": self.slot,
            "slot_kept": self.slot_kept,
            "today_minutes": self.today_minutes,
            "budget_met": self.today_minutes >= self.budget_minutes,
            "budget_minutes": self.budget_minutes,
            "week_minutes": self.week_minutes,
            "week_planned_minutes": self.week_planned_minutes,
            "running": self.running.to_dict() if self.running else None,
            "resources_done": self.resources_done,
            "resources_planned": self.resources_planned,
            "week_resources": [
                {"id": e.id, "title": e.title, "status": str(e.placement.status)}
                for e in self.week_resources
            ],
            "cards_due": self.cards_due,
            "open_questions": self.open_questions,
            "alerts": [alert.to_dict() for alert in self.alerts],
            "next_action": self.next_action,
            "next_checkin": self.next_checkin,
            "phase": self.phase,
            "dive_status": self.dive_status,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


# Reminders that should not push studying out of the "next action" line.
GENTLE_ALERTS = frozenset({"no_backup"})


def _next_planned(entries: list[Entry], week: int) -> Entry | None:
    for status in (PlacementStatus.READING, PlacementStatus.PLANNED):
        for entry in entries:
            if (
                entry.placement.week == week
                and entry.placement.status == status
                and entry.placement.backup_for is None
            ):
                return entry
    return None


def _next_action(snap: Snapshot, running: Running | None, alerts: list[Alert],
                 cards_due: int, kept: bool | None, today_minutes: int) -> str:
    if running is not None:
        return "Study on; when you finish: `deepdive stop --mood N -m \"what happened\"`."
    if not snap.dive.is_open:
        return f"This dive is {snap.dive.status}; plan the next one with `deepdive new`."
    if snap.today > snap.dive.end:
        return "The time box is over: write the retro and `deepdive finish`."
    if snap.today < snap.dive.start:
        return f"The dive starts on {snap.dive.start:%A %d %B}; plan week 1 with `deepdive add`."
    if cards_due:  # a short review keeps what was learned, whatever else is going on
        return f"Review the {cards_due} due cards: `deepdive review`."
    urgent = [alert for alert in alerts if alert.kind not in GENTLE_ALERTS]
    if urgent:
        return urgent[0].suggestion
    if today_minutes >= snap.dive.daily_minutes:
        return "Today's study is done; rate what you read with `deepdive rate`."
    if kept:
        left = snap.dive.daily_minutes - today_minutes
        return f"The slot is kept; {left} more minutes would meet today's budget."
    upcoming = _next_planned(snap.entries, snap.week)
    if upcoming is not None:
        return f"Start #{upcoming.id} {upcoming.title}: `deepdive start {upcoming.id}`."
    return f"Plan week {snap.week}: `deepdive add SOURCE --week {snap.week}`."


def compute_status(
    snap: Snapshot,
    *,
    cards_due: int = 0,
    open_questions: int = 0,
    next_checkin: dict[str, str] | None = None,
    elsewhere: Running | None = None,
    limits: Thresholds = THRESHOLDS,
) -> Status:
    """The dashboard; `elsewhere` is a timer running in another dive (there is one timer)."""
    dive, today, now = snap.dive, snap.today, snap.now
    week = dive.week_of(today)
    first, last = dive.week_dates(week)
    per_day = minutes_by_day(snap.sessions, snap.zone, now)
    running_session = next((s for s in snap.sessions if s.running), None)
    running = elsewhere
    if running_session is not None:
        entry = snap.entry(running_session.resource_id)
        running = Running(
            resource=entry.title if entry else None,
            resource_id=running_session.resource_id,
            kind=str(running_session.kind),
            started=running_session.started_at.isoformat(),
            minutes=running_session.minutes(now),
        )
    phase = "before" if today < dive.start else "after" if today > dive.end else "during"
    kept = None
    if dive.slot and phase == "during":
        kept = slot_kept(snap.sessions, today, dive.slot, snap.zone, now)
    week_entries = [
        e
        for e in snap.entries
        if e.placement.week == week
        and e.placement.status != PlacementStatus.SWAPPED
        and e.placement.backup_for is None
    ]
    alerts = alerts_for(snap, limits)
    today_minutes = per_day.get(today, 0)
    week_info = snap.weeks.get(week)
    return Status(
        dive=dive.title,
        date=today,
        day=dive.day_of(today) if phase == "during" else None,
        days=dive.days,
        week=week,
        weeks=dive.weeks,
        focus=week_info.focus if week_info else "",
        slot=str(dive.slot) if dive.slot else None,
        slot_kept=kept,
        today_minutes=today_minutes,
        budget_minutes=dive.daily_minutes,
        week_minutes=sum(m for d, m in per_day.items() if first <= d <= last),
        week_planned_minutes=dive.daily_minutes * 7,
        running=running,
        resources_done=sum(1 for e in week_entries if e.placement.status.finished),
        resources_planned=sum(
            1 for e in week_entries if e.placement.status != PlacementStatus.DROPPED
        ),
        week_resources=week_entries,
        cards_due=cards_due,
        open_questions=open_questions,
        alerts=alerts,
        next_action=_next_action(snap, running, alerts, cards_due, kept, today_minutes),
        next_checkin=next_checkin,
        phase=phase,
        dive_status=str(dive.status),
        start=dive.start,
        end=dive.end,
    )
