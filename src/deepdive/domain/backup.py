"""Plans held in reserve, and the swaps that put them to use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from deepdive.domain.errors import InvalidInput


class Trigger(StrEnum):
    """When a backup held for a resource is meant to replace it."""

    TOO_HARD = "too-hard"
    TOO_BORING = "too-boring"
    UNAVAILABLE = "unavailable"
    ANY = "any"

    @classmethod
    def parse(cls, text: str) -> Trigger:
        """`too-hard`, `too hard` or `too_hard` alike."""
        key = "-".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
        try:
            return cls(key)
        except ValueError:
            allowed = ", ".join(trigger.value for trigger in cls)
            raise InvalidInput(f"trigger {text!r} is not one of: {allowed}") from None

    @property
    def phrase(self) -> str:
        """In words: "too hard"; "any" reads as "any reason"."""
        return "any reason" if self is Trigger.ANY else self.value.replace("-", " ")

    @property
    def condition(self) -> str:
        """"if too boring", or nothing for a backup held for any reason."""
        return "" if self is Trigger.ANY else f"if {self.phrase}"


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
