"""Attempts to explain a topic to someone; the shaky spots they revealed become questions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Explanation:
    dive_id: int
    topic: str
    audience: str
    at: datetime
    minutes: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "topic": self.topic,
            "audience": self.audience,
            "minutes": self.minutes,
            "at": self.at.isoformat(),
        }
