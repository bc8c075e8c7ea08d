"""A dive: one topic, time-boxed, with a daily budget and a study slot; and its weeks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from deepdive.domain.errors import InvalidInput
from deepdive.domain.parsing import parse_clock_time


class DiveStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    FINISHED = "finished"
    ABANDONED = "abandoned"


class WeekKind(StrEnum):
    STUDY = "study"
    PRACTICE = "practice"
    BUFFER = "buffer"


@dataclass(frozen=True)
class Slot:
    """The daily study slot, e.g. 13:00-14:00, in the dive's time zone."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> Slot:
        parts = text.strip().split("-")
        if len(parts) != 2:
            raise InvalidInput(f"slot {text!r} is not HH:MM-HH:MM, e.g. 13:00-14:00")
        start, end = (parse_clock_time(part) for part in parts)
        if end == start:
            raise InvalidInput(f"slot {text!r} is empty: it ends when it starts")
        if end < start:
            raise InvalidInput(f"slot {text!r} ends before it starts")
        return cls(start, end)

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass
class Dive:
    title: str
    start: date
    weeks: int
    daily_minutes: int
    slot: Slot | None = None
    why: str = ""
    goals: list[str] = field(default_factory=list)
    status: DiveStatus = DiveStatus.ACTIVE
    timezone: str = "UTC"
    number: int = 0
    id: int | None = None
    created_at: datetime | None = None
    ended_at: datetime | None = None
    end_reason: str = ""

    @property
    def days(self) -> int:
        return self.weeks * 7

    @property
    def end(self) -> date:
        """The last day of the dive."""
        return self.start + timedelta(days=self.days - 1)

    def day_of(self, today: date) -> int:
        """1-based day number; 0 before the start, past `days` after the end."""
        return (today - self.start).days + 1

    def week_of(self, today: date) -> int:
        """The week `today` falls in, clamped to the dive's weeks."""
        day = self.day_of(today)
        return min(max((day - 1) // 7 + 1, 1), self.weeks)

    def week_dates(self, number: int) -> tuple[date, date]:
        first = self.start + timedelta(days=7 * (number - 1))
        return first, first + timedelta(days=6)

    def check_week(self, number: int) -> None:
        if not 1 <= number <= self.weeks:
            raise InvalidInput(
                f"week {number} is outside this dive, which has weeks 1 to {self.weeks}"
            )

    @property
    def is_open(self) -> bool:
        return self.status in (DiveStatus.PLANNED, DiveStatus.ACTIVE)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "number": self.number,
            "title": self.title,
            "why": self.why,
            "goals": list(self.goals),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "weeks": self.weeks,
            "daily_minutes": self.daily_minutes,
            "slot": str(self.slot) if self.slot else None,
            "status": str(self.status),
            "timezone": self.timezone,
        }


@dataclass
class Week:
    dive_id: int
    number: int
    focus: str = ""
    kind: WeekKind = WeekKind.STUDY
    backup: str = ""
    retro_title: str = ""
    retro_text: str = ""
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "focus": self.focus,
            "kind": str(self.kind),
            "backup": self.backup,
            "retro_title": self.retro_title,
            "retro_text": self.retro_text,
        }
