"""The retrospective post as a value: the user's own words plus facts computed from the log.

Renderers (Markdown, HTML) only lay it out; `writeup_build` makes it from the log. Nothing
here invents prose: a part without data is left empty and renderers leave it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

NOTHING_LOGGED = "Nothing was logged for this dive yet: no sessions, ratings or reflections."


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Item:
    """A resource as the post names it: a title, linked when there is a URL."""

    title: str
    url: str = ""
    note: str = ""  # computed facts, shown in brackets after the title
    comment: str = ""  # the user's words about it, shown after a dash
    label: str = ""  # a leading word: the place of a recommendation, a verdict


@dataclass(frozen=True)
class PlanWeek:
    number: int
    first: date
    focus: str
    kind: str
    backup: str
    items: list[Item]
    backups: list[Item]


@dataclass(frozen=True)
class RealityWeek:
    number: int
    focus: str
    retro_title: str
    retro_text: str
    minutes: int
    planned_minutes: int
    slot_kept: int | None  # days the slot was kept, None without a slot
    slot_days: int
    read: list[Item]
    skimmed: list[Item]
    dropped: list[Item]
    swapped: list[Item]

    @property
    def heading(self) -> str:
        return f"Week {self.number}" + (f": {self.retro_title}" if self.retro_title else "")

    @property
    def summary(self) -> str:
        text = f"{self.minutes} of {self.planned_minutes} planned minutes"
        if self.slot_kept is not None and self.slot_days:
            text += f"; slot kept on {self.slot_kept} of {self.slot_days} days"
        return text + "."

    def outcomes(self) -> list[tuple[str, list[Item]]]:
        groups = [("Read", self.read), ("Skimmed", self.skimmed), ("Dropped", self.dropped),
                  ("Swapped out", self.swapped)]
        return [(label, items) for label, items in groups if items]


@dataclass(frozen=True)
class RecommendationGroup:
    week: int | None
    focus: str
    lines: list[Item]

    @property
    def heading(self) -> str:
        if self.week is None:
            return "Outside the weekly plan"
        return f"Week {self.week}" + (f": {self.focus}" if self.focus else "")


@dataclass(frozen=True)
class ExplanationPart:
    heading: str
    facts: str
    shaky: list[Item]  # each shaky spot, with its answer as the comment once found


@dataclass(frozen=True)
class CheckinPart:
    heading: str
    note: str
    claims: list[Item]  # each claim, its verdict as the label, the correction as comment


@dataclass(frozen=True)
class ExperimentPart:
    heading: str
    fields: list[tuple[str, str]]


@dataclass(frozen=True)
class Writeup:
    title: str
    dates: str
    why: str
    goals: list[str]
    plan_summary: str
    plan: list[PlanWeek]
    logged: bool
    reality: list[RealityWeek] = field(default_factory=list)
    recommendations: list[RecommendationGroup] = field(default_factory=list)
    experiments: list[ExperimentPart] = field(default_factory=list)
    explanations: list[ExplanationPart] = field(default_factory=list)
    questions: list[Item] = field(default_factory=list)
    checkins: list[CheckinPart] = field(default_factory=list)
    lessons: list[str] = field(default_factory=list)
    carried: list[tuple[str, bool]] = field(default_factory=list)
    conclusion: str = ""
