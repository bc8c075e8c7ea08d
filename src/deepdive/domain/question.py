"""Things to find out or to ask someone. Shaky spots and corrected claims become questions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class QuestionStatus(StrEnum):
    OPEN = "open"
    ASKED = "asked"
    ANSWERED = "answered"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (QuestionStatus.OPEN, QuestionStatus.ASKED)


@dataclass
class Question:
    dive_id: int
    text: str
    created_at: datetime
    to_whom: str = ""
    status: QuestionStatus = QuestionStatus.OPEN
    answer: str = ""
    explanation_id: int | None = None
    claim_id: int | None = None
    answered_at: datetime | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "text": self.text,
            "to": self.to_whom or None,
            "status": str(self.status),
            "answer": self.answer or None,
            "explanation_id": self.explanation_id,
            "claim_id": self.claim_id,
            "created": self.created_at.isoformat(),
            "answered": self.answered_at.isoformat() if self.answered_at else None,
        }
