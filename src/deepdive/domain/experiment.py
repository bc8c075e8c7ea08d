"""Hands-on tries: what was set up, what was expected, what happened and what surprised."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Experiment:
    dive_id: int
    title: str
    at: datetime
    setup: str = ""
    expectation: str = ""
    result: str = ""
    surprise: str = ""
    resource_id: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "setup": self.setup or None,
            "expectation": self.expectation or None,
            "result": self.result or None,
            "surprise": self.surprise or None,
            "resource_id": self.resource_id,
            "at": self.at.isoformat(),
        }
