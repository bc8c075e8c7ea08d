"""Build the write-up from a dive's log: a pure function, no storage and no clock."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from deepdive.domain.backup import Swap
from deepdive.domain.checkin import Checkin
from deepdive.domain.days import local_date, slot_kept
from deepdive.domain.dive import Dive, Week
from deepdive.domain.experiment import Experiment
from deepdive.domain.explanation import Explanation
from deepdive.domain.lesson import CarriedLesson, Lesson
from deepdive.domain.question import Question, QuestionStatus
from deepdive.domain.recommendation import Placed, Recommendation, recommend
from deepdive.domain.resource import Entry, PlacementStatus
from deepdive.domain.session import Session
from deepdive.domain.writeup import (
    CheckinPart,
    ExperimentPart,
    ExplanationPart,
    Item,
    PlanWeek,
    RealityWeek,
    RecommendationGroup,
    Writeup,
    long_date,
)


@dataclass
class WriteupInput:
    """Everything the post is made from; the service fills it from storage."""

    dive: Dive
    weeks: dict[int, Week]
    entries: list[Entry]
    sessions: list[Session]
    now: datetime
    zone: ZoneInfo
    swaps: list[Swap] = field(default_factory=list)
    chosen: dict[int, Recommendation] = field(default_factory=dict)
    experiments: list[Experiment] = field(default_factory=list)
    explanations: list[Explanation] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    checkins: list[Checkin] = field(default_factory=list)
    lessons: list[Lesson] = field(default_factory=list)
    carried: list[CarriedLesson] = field(default_factory=list)
    retro: str = ""


def _plan(data: WriteupInput) -> list[PlanWeek]:
    swapped_in = {s.to_resource_id for s in data.swaps}
    titles = {e.id: e.title for e in data.entries}
    weeks = []
    for number in range(1, data.dive.weeks + 1):
        week = data.weeks.get(number)
        here = [e for e in data.entries if e.placement.week == number]
        items = [Item(e.title, e.resource.url, "optional" if e.placement.optional else "")
                 for e in here if e.placement.backup_for is None and e.id not in swapped_in]
        backups = []
        for e in here:
            if e.placement.backup_for is not None or e.id in swapped_in:
                target = e.placement.backup_for or next(
                    (s.from_resource_id for s in data.swaps if s.to_resource_id == e.id), None)
                note = f"backup for {titles.get(target or 0, 'this week')}"
                if e.placement.trigger.condition:
                    note += f", {e.placement.trigger.condition}"
                backups.append(Item(e.title, e.resource.url, note))
        focus = week.focus if week else ""
        if not (focus or items or backups or (week and week.backup)):
            continue  # nothing planned for this week: left out, not an empty heading
        first, _ = data.dive.week_dates(number)
        weeks.append(PlanWeek(number, first, focus,
                              str(week.kind) if week else "study", week.backup if week else "",
                              items, backups))
    return weeks


def _reality(data: WriteupInput) -> list[RealityWeek]:
    dive, today = data.dive, local_date(data.now, data.zone)
    titles = {e.id: e.title for e in data.entries}
    by_id = {e.id: e for e in data.entries}
    rows = []
    for number in range(1, dive.weeks + 1):
        first, last = dive.week_dates(number)
        if first > today:
            break
        week = data.weeks.get(number)
        minutes = sum(
            s.minutes(data.now) for s in data.sessions
            if first <= local_date(s.started_at, data.zone) <= last
        )
        kept: int | None = None
        days = 0
        if dive.slot is not None:
            kept = 0
            for offset in range((min(last, today) - first).days + 1):
                day = date.fromordinal(first.toordinal() + offset)
                answer = slot_kept(data.sessions, day, dive.slot, data.zone, data.now)
                if answer is not None:
                    days += 1
                    kept += 1 if answer else 0
        here = [e for e in data.entries if e.placement.week == number]

        def with_status(status: PlacementStatus, entries: list[Entry] = here) -> list[Item]:
            return [Item(e.title, e.resource.url, comment=e.placement.status_reason)
                    for e in entries
                    if e.placement.status == status]

        swapped = []
        for swap in data.swaps:
            entry = by_id.get(swap.from_resource_id)
            if entry is not None and entry.placement.week == number:
                note = f"for {titles.get(swap.to_resource_id, 'its backup')}"
                swapped.append(Item(entry.title, entry.resource.url, note, swap.why))
        rows.append(RealityWeek(
            number, week.focus if week else "", week.retro_title if week else "",
            week.retro_text if week else "", minutes, dive.daily_minutes * 7, kept, days,
            with_status(PlacementStatus.DONE), with_status(PlacementStatus.SKIMMED),
            with_status(PlacementStatus.DROPPED), swapped,
        ))
    return rows


def _recommendations(data: WriteupInput) -> list[RecommendationGroup]:
    first_read: dict[int, datetime] = {}
    for session in sorted(data.sessions, key=lambda s: s.started_at):
        if session.resource_id is not None:
            first_read.setdefault(session.resource_id, session.started_at)
    groups: dict[int | None, list[Placed]] = {}
    for placed in recommend(data.entries, data.chosen, first_read):
        groups.setdefault(placed.entry.placement.week, []).append(placed)
    result = []
    for week_number, placed_list in groups.items():
        week = data.weeks.get(week_number) if week_number is not None else None
        lines = []
        for placed in placed_list:
            facts = []
            if placed.history:
                facts.append(placed.history)
            elif placed.entry.rating is not None:
                facts.append(f"rated {placed.entry.rating}/5")
            lines.append(Item(placed.entry.title, placed.entry.resource.url, "; ".join(facts),
                              placed.comment, str(placed.place).capitalize()))
        result.append(RecommendationGroup(week_number, week.focus if week else "", lines))
    return result


def _experiments(data: WriteupInput) -> list[ExperimentPart]:
    titles = {e.id: e.title for e in data.entries}
    parts = []
    for exp in data.experiments:
        fields = [("Setup", exp.setup), ("Expected", exp.expectation), ("Result", exp.result),
                  ("Surprise", exp.surprise)]
        if exp.resource_id in titles:
            fields.append(("From", titles[exp.resource_id or 0]))
        heading = f"{exp.title} ({long_date(local_date(exp.at, data.zone))})"
        parts.append(ExperimentPart(heading, [(k, v) for k, v in fields if v]))
    return parts


def _explanations(data: WriteupInput) -> list[ExplanationPart]:
    parts = []
    for exp in data.explanations:
        facts = f"To {exp.audience}, {long_date(local_date(exp.at, data.zone))}"
        if exp.minutes:
            facts += f", {exp.minutes} minutes"
        shaky = [Item(q.text, comment=q.answer) for q in data.questions
                 if q.explanation_id == exp.id]
        parts.append(ExplanationPart(exp.topic, facts + ".", shaky))
    return parts


def _checkins(data: WriteupInput) -> list[CheckinPart]:
    parts = []
    for checkin in data.checkins:
        if checkin.planned:
            continue
        heading = f"With {checkin.with_whom}, {long_date(local_date(checkin.at, data.zone))}"
        claims = [Item(c.text, comment=c.correction, label=str(c.verdict).capitalize())
                  for c in checkin.claims]
        parts.append(CheckinPart(heading, checkin.note, claims))
    return parts


def _logged(data: WriteupInput) -> bool:
    touched = any(e.ratings or e.placement.status != PlacementStatus.PLANNED
                  for e in data.entries)
    retros = any(w.retro_text for w in data.weeks.values())
    return bool(
        data.sessions or touched or retros or data.swaps or data.chosen or data.experiments
        or data.explanations or data.questions or data.lessons or data.retro
        or any(not c.planned for c in data.checkins)
    )


def build_writeup(data: WriteupInput) -> Writeup:
    dive = data.dive
    slot = f" in {dive.slot}" if dive.slot else ""
    base = Writeup(
        title=dive.title,
        dates=f"Deep dive #{dive.number}, {long_date(dive.start)} to {long_date(dive.end)}.",
        why=dive.why,
        goals=list(dive.goals),
        plan_summary=f"{dive.weeks} week{'s' if dive.weeks != 1 else ''}, "
        f"{dive.daily_minutes} minutes a day{slot}.",
        plan=_plan(data),
        logged=_logged(data),
    )
    if not base.logged:
        return base
    answered = [
        Item(q.text, note=f"asked {q.to_whom}" if q.to_whom else "", comment=q.answer)
        for q in data.questions
        if q.status == QuestionStatus.ANSWERED and q.explanation_id is None and q.claim_id is None
    ]
    return replace(
        base,
        reality=_reality(data),
        recommendations=_recommendations(data),
        experiments=_experiments(data),
        explanations=_explanations(data),
        questions=answered,
        checkins=_checkins(data),
        lessons=[lesson.text for lesson in data.lessons],
        carried=[(c.lesson.text, c.taken_up) for c in data.carried],
        conclusion=data.retro,
    )
