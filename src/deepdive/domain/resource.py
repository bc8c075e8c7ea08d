"""Resources to study, their place in a dive's plan, and the history of their ratings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from deepdive.domain.backup import Trigger
from deepdive.domain.errors import InvalidInput


class ResourceKind(StrEnum):
    PAPER = "paper"
    POST = "post"
    VIDEO = "video"
    BOOK = "book"
    COURSE = "course"
    THREAD = "thread"
    TOOL = "tool"
    ACTIVITY = "activity"

    @classmethod
    def parse(cls, text: str) -> ResourceKind:
        try:
            return cls(text.strip().lower())
        except ValueError:
            allowed = ", ".join(kind.value for kind in cls)
            raise InvalidInput(f"kind {text!r} is not one of: {allowed}") from None


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    READING = "reading"
    DONE = "done"
    SKIMMED = "skimmed"
    DROPPED = "dropped"
    SWAPPED = "swapped"

    @classmethod
    def parse_mark(cls, text: str) -> PlacementStatus:
        marks = (cls.READING, cls.DONE, cls.SKIMMED, cls.DROPPED)
        for status in marks:
            if status.value == text.strip().lower():
                return status
        raise InvalidInput(
            f"status {text!r} is not one of: " + ", ".join(status.value for status in marks)
        )

    @property
    def finished(self) -> bool:
        return self in (PlacementStatus.DONE, PlacementStatus.SKIMMED)


@dataclass
class Resource:
    title: str
    kind: ResourceKind = ResourceKind.POST
    url: str = ""
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    arxiv_id: str = ""
    doi: str = ""
    minutes: int | None = None
    words: int | None = None
    pages: int | None = None
    source: str = ""
    needs_refresh: bool = False
    id: int | None = None


@dataclass
class Placement:
    """A resource as it sits in one dive's plan."""

    dive_id: int
    resource_id: int
    week: int | None = None
    position: int = 0
    status: PlacementStatus = PlacementStatus.PLANNED
    optional: bool = False
    recommended_by: str = ""
    why: str = ""
    status_reason: str = ""
    backup_for: int | None = None
    trigger: Trigger = Trigger.ANY  # when the backup is meant to replace what it backs up
    id: int | None = None


@dataclass(frozen=True)
class Rating:
    dive_id: int
    resource_id: int
    score: int
    at: datetime
    reason: str = ""
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {"score": self.score, "reason": self.reason, "at": self.at.isoformat()}


@dataclass
class Entry:
    """A resource in a dive: what it is, where it sits and how it was rated over time."""

    resource: Resource
    placement: Placement
    ratings: list[Rating] = field(default_factory=list)

    @property
    def id(self) -> int:
        assert self.resource.id is not None
        return self.resource.id

    @property
    def title(self) -> str:
        return self.resource.title

    @property
    def rating(self) -> int | None:
        return self.ratings[-1].score if self.ratings else None

    def to_dict(self) -> dict[str, object]:
        res, place = self.resource, self.placement
        return {
            "id": self.id,
            "title": res.title,
            "kind": str(res.kind),
            "week": place.week,
            "status": str(place.status),
            "rating": self.rating,
            "url": res.url or None,
            "authors": list(res.authors),
            "year": res.year,
            "arxiv_id": res.arxiv_id or None,
            "doi": res.doi or None,
            "minutes": res.minutes,
            "optional": place.optional,
            "recommended_by": place.recommended_by or None,
            "why": place.why or None,
            "backup_for": place.backup_for,
            "trigger": str(place.trigger) if place.backup_for is not None else None,
            "needs_refresh": res.needs_refresh,
            "ratings": [rating.to_dict() for rating in self.ratings],
        }
