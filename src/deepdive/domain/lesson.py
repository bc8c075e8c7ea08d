"""Lessons: what I would do differently, carried into the next dive's plan as a checklist.

Uptake of a lesson in a later dive is recorded by the user (`deepdive uptake REF`) or derived
when the lesson names something the plan can show: a backup for every week, an experiment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class Lesson:
    dive_id: int
    text: str
    created_at: datetime
    dive_number: int = 0
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "dive": self.dive_number,
            "text": self.text,
            "created": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class PlanFacts:
    """What the current plan shows, for the derived checks."""

    weeks: int
    weeks_with_backup: int
    experiments: int  # logged experiments plus planned hands-on resources


@dataclass(frozen=True)
class Check:
    label: str
    passed: bool


# Keywords in a lesson's text that name a check the plan can answer (lower case stems).
_CHECKS = (
    (("backup", "back-up", "plan b"), "has a backup for every week"),
    (("experiment", "hands-on", "hands on"), "has at least one experiment planned"),
)


def derived_check(text: str, facts: PlanFacts) -> Check | None:
    lowered = text.lower()
    for stems, label in _CHECKS:
        if any(stem in lowered for stem in stems):
            if label.startswith("has a backup"):
                passed = facts.weeks_with_backup >= facts.weeks > 0
            else:
                passed = facts.experiments > 0
            return Check(label, passed)
    return None


@dataclass(frozen=True)
class CarriedLesson:
    """An earlier dive's lesson as it stands in this dive's checklist."""

    lesson: Lesson
    marked: bool  # the user said it was taken up
    check: Check | None

    @property
    def taken_up(self) -> bool:
        return self.marked or (self.check is not None and self.check.passed)

    def to_dict(self) -> dict[str, object]:
        return self.lesson.to_dict() | {
            "taken_up": self.taken_up,
            "marked": self.marked,
            "check": self.check.label if self.check else None,
        }
