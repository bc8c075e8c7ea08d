"""Markdown written by the user about a resource or the dive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Note:
    dive_id: int
    text: str
    created_at: datetime
    updated_at: datetime
    resource_id: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "resource_id": self.resource_id,
            "text": self.text,
            "created": self.created_at.isoformat(),
            "updated": self.updated_at.isoformat(),
        }
