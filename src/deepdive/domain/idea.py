"""Topics in the backlog, not yet dives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Idea:
    title: str
    created_at: datetime
    note: str = ""
    dive_id: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "note": self.note or None,
            "created": self.created_at.isoformat(),
            "dive_id": self.dive_id,
        }
