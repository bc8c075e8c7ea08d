"""Spans of study. Whether one was in the slot is derived, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from deepdive.domain.errors import Conflict, InvalidInput


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
        return round((self.end_or(now) - self.started_at).total_seconds() / 60)

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


def check_no_overlap(start: datetime, end: datetime, others: list[Session], now: datetime) -> None:
    """Refuse a span that overlaps a stored session; name the one it hits."""
    for other in others:
        if other.overlaps(start, end, now):
            until = "running" if other.running else f"{other.end_or(now):%H:%M}"
            raise Conflict(
                f"that overlaps session #{other.id} "
                f"({other.started_at:%Y-%m-%d %H:%M} UTC to {until}); pick another time"
            )
