"""Spans of study. Whether one was in the slot is derived, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.spans import span_minutes


class SessionKind(StrEnum):
    READ = "read"
    EXPERIMENT = "experiment"
    EXPLAIN = "explain"
    DISCUSS = "discuss"
    WRITE = "write"
    REVIEW = "review"
    PLAN = "plan"

    @classmethod
    def parse(cls, text: str) -> SessionKind:
        try:
            return cls(text.strip().lower())
        except ValueError:
            allowed = ", ".join(kind.value for kind in cls)
            raise InvalidInput(f"session kind {text!r} is not one of: {allowed}") from None


@dataclass
class Session:
    dive_id: int
    started_at: datetime
    ended_at: datetime | None = None
    kind: SessionKind = SessionKind.READ
    resource_id: int | None = None
    mood: int | None = None
    note: str = ""
    id: int | None = None

    @property
    def running(self) -> bool:
        return self.ended_at is None

    def end_or(self, now: datetime) -> datetime:
        return self.ended_at if self.ended_at is not None else max(now, self.started_at)

    def minutes(self, now: datetime) -> int:
        return span_minutes(self.started_at, self.end_or(now))

    def overlaps(self, start: datetime, end: datetime, now: datetime) -> bool:
        return self.started_at < end and start < self.end_or(now)

    def to_dict(self, now: datetime) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": str(self.kind),
            "resource_id": self.resource_id,
            "started": self.started_at.isoformat(),
            "ended": self.ended_at.isoformat() if self.ended_at else None,
            "minutes": self.minutes(now),
            "mood": self.mood,
            "note": self.note or None,
        }


# A timer running longer than this was most likely forgotten: `stop` asks when it ended.
UNATTENDED_HOURS = 6


def end_at(started: datetime, at: datetime | time, zone: tzinfo) -> datetime:
    """When a session ended, from `--at`: a date-time (local), or a time of day meaning the
    first such moment after the start (so `--at 14:00` the next morning means yesterday's)."""
    if isinstance(at, datetime):
        return at.replace(tzinfo=zone) if at.tzinfo is None else at
    local_start = started.astimezone(zone)
    moment = datetime.combine(local_start.date(), at, tzinfo=zone)
    return moment if moment > started else moment + timedelta(days=1)


def check_end(
    session: Session, end: datetime, now: datetime, asked: bool, asked_end: bool = False
) -> None:
    """Refuse an end before the start or in the future, and a forgotten timer's whole run."""
    if end < session.started_at or (asked_end and end == session.started_at):
        when = "before" if end < session.started_at else "when"
        raise InvalidInput(
            f"the session started at {session.started_at:%Y-%m-%d %H:%M} UTC; "
            f"it cannot end {when} it starts"
        )
    if end > now + timedelta(minutes=1):
        raise InvalidInput("that end is in the future; stop now or give an earlier --at")
    hours = (end - session.started_at).total_seconds() / 3600
    if not asked and hours > UNATTENDED_HOURS:
        raise Conflict(
            f"this session has run {hours:.0f} h since "
            f"{session.started_at:%a %H:%M} UTC; say when you stopped "
            "(`deepdive stop --at 14:00`) or keep it all with --force"
        )


def check_no_overlap(start: datetime, end: datetime, others: list[Session], now: datetime) -> None:
    """Refuse a span that overlaps a stored session; name the one it hits."""
    for other in others:
        if other.overlaps(start, end, now):
            until = "running" if other.running else f"{other.end_or(now):%H:%M}"
            raise Conflict(
                f"that overlaps session #{other.id} "
                f"({other.started_at:%Y-%m-%d %H:%M} UTC to {until}); pick another time"
            )
