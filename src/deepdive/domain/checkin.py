"""Check-ins with an expert: each claim I made, their verdict, and the correction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from deepdive.domain.errors import InvalidInput


class Verdict(StrEnum):
    RIGHT = "right"
    PARTLY = "partly"
    WRONG = "wrong"

    @classmethod
    def parse(cls, text: str | None, claim: str) -> Verdict:
        if text is None or not text.strip():
            raise InvalidInput(f"claim {claim!r} needs a verdict: right, partly or wrong")
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInput(
                f"verdict {text!r} for claim {claim!r} is not one of: right, partly, wrong"
            ) from None


@dataclass
class Claim:
    text: str
    verdict: Verdict
    correction: str = ""
    checkin_id: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "text": self.text,
            "verdict": str(self.verdict),
            "correction": self.correction or None,
        }


@dataclass
class Checkin:
    dive_id: int
    with_whom: str
    at: datetime
    planned: bool = False
    note: str = ""
    claims: list[Claim] = field(default_factory=list)
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "with": self.with_whom,
            "at": self.at.isoformat(),
            "planned": self.planned,
            "note": self.note or None,
            "claims": [claim.to_dict() for claim in self.claims],
        }
