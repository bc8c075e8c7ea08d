"""Flashcards: basic, reversed (two cards from one note) and cloze (one card per deletion).

Card rows that come from one Anki note share its `guid`; `ordinal` says which card of the note
a row is (the reverse side is 2, a cloze card its deletion number).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from deepdive.domain import cloze
from deepdive.domain.errors import InvalidInput


class CardKind(StrEnum):
    BASIC = "basic"
    REVERSED = "reversed"
    CLOZE = "cloze"


@dataclass
class Card:
    kind: CardKind
    front: str  # the cloze text for cloze cards
    back: str  # the extra text for cloze cards
    guid: str
    fsrs: dict[str, Any]
    due: datetime
    created_at: datetime
    updated_at: datetime
    ordinal: int = 1
    dive_id: int | None = None
    resource_id: int | None = None
    note_id: int | None = None
    source_key: str | None = None
    tags: list[str] = field(default_factory=list)
    id: int | None = None

    @property
    def reviewed(self) -> bool:
        """Answered at least once (here or in Anki): removing it loses that history."""
        return self.fsrs.get("last_review") is not None

    @property
    def question(self) -> str:
        if self.kind == CardKind.CLOZE:
            return cloze.front(self.front, self.ordinal)
        if self.kind == CardKind.REVERSED and self.ordinal == 2:
            return self.back
        return self.front

    @property
    def answer(self) -> str:
        if self.kind == CardKind.CLOZE:
            text = cloze.back(self.front, self.ordinal)
            return f"{text}\n\n{self.back}" if self.back.strip() else text
        if self.kind == CardKind.REVERSED and self.ordinal == 2:
            return self.front
        return self.back

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": str(self.kind),
            "ordinal": self.ordinal,
            "front": self.front,
            "back": self.back,
            "question": self.question,
            "answer": self.answer,
            "dive_id": self.dive_id,
            "resource_id": self.resource_id,
            "note_id": self.note_id,
            "guid": self.guid,
            "tags": list(self.tags),
            "due": self.due.isoformat(),
            "state": _state_name(self.fsrs),
            "stability": self.fsrs.get("stability"),
            "difficulty": self.fsrs.get("difficulty"),
        }


@dataclass
class Review:
    card_id: int
    rating: int
    at: datetime
    state_before: dict[str, Any]
    due_before: datetime
    duration_ms: int = 0
    id: int | None = None


@dataclass(frozen=True)
class ReviewEntry:
    """One answer without the state it replaced: what review counts and charts need."""

    id: int
    card_id: int
    rating: int
    at: datetime


_STATES = {1: "learning", 2: "review", 3: "relearning"}


def _state_name(state: dict[str, Any]) -> str:
    if state.get("last_review") is None:
        return "new"
    return _STATES.get(int(state.get("state", 1)), "learning")


def card_sides(kind: CardKind, front: str, back: str) -> list[int]:
    """The ordinals a note of `kind` makes, after checking it can make any card at all."""
    if not front.strip():
        raise InvalidInput("the front of a card is empty; write the question first")
    if kind == CardKind.CLOZE:
        found = cloze.numbers(front)
        if not found:
            raise InvalidInput(
                "a cloze card needs at least one deletion, written {{c1::answer}} "
                "or {{c1::answer::hint}}"
            )
        return found
    if not back.strip():
        raise InvalidInput("the back of a card is empty; write the answer too")
    return [1, 2] if kind == CardKind.REVERSED else [1]
