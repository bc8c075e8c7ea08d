"""Plans held in reserve, and the swaps that put them to use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Trigger(StrEnum):
    TOO_HARD = "too hard"
    TOO_BORING = "too boring"
    UNAVAILABLE = "unavailable"
    ANY = "any"


@dataclass
class Swap:
    dive_id: int
    from_resource_id: int
    to_resource_id: int
    why: str
    at: datetime
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "from": self.from_resource_id,
            "to": self.to_resource_id,
            "why": self.why,
            "at": self.at.isoformat(),
        }
