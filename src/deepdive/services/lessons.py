"""Lessons: written in one dive, carried into the next as a checklist.

Uptake: `new` stores a row in lesson_uptakes (not taken up) for every earlier lesson, so the
dive remembers the checklist it was shown; `uptake REF` marks one as taken up by hand; and a
lesson whose text names something the plan shows (a backup, an experiment) is taken up as
soon as the plan shows it (derived each time, never stored, so it follows the plan).
"""

from __future__ import annotations

from deepdive.clock import Clock
from deepdive.domain.errors import InvalidInput
from deepdive.domain.lesson import CarriedLesson, Lesson, PlanFacts, derived_check
from deepdive.domain.refs import resolve
from deepdive.domain.resource import ResourceKind
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork


def add_lesson(uow: UnitOfWork, clock: Clock, text: str, dive_ref: str | None = None) -> Lesson:
    if not text.strip():
        raise InvalidInput("say what you would do differently")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        lesson = uow.lessons.add(Lesson(dive.id, text.strip(), clock(), dive.number))
        uow.commit()
    return lesson


def all_lessons(uow: UnitOfWork) -> list[Lesson]:
    with uow:
        return uow.lessons.all()


def earlier_lessons(uow: UnitOfWork, number: int) -> list[Lesson]:
    """Lessons of the dives before dive `number` (inside an open unit of work)."""
    return [lesson for lesson in uow.lessons.all() if lesson.dive_number < number]


def record_checklist(uow: UnitOfWork, dive_id: int, number: int) -> list[Lesson]:
    """Store the checklist a new dive was shown (inside an open unit of work)."""
    shown = earlier_lessons(uow, number)
    for lesson in shown:
        assert lesson.id is not None
        uow.lessons.set_uptake(dive_id, lesson.id, False)
    return shown


def _facts(uow: UnitOfWork, dive_id: int, weeks: int) -> PlanFacts:
    week_rows = uow.dives.weeks(dive_id)
    entries = uow.resources.entries(dive_id)
    backed = {e.placement.week for e in entries if e.placement.backup_for is not None}
    with_backup = sum(
        1 for n in range(1, weeks + 1) if (n in week_rows and week_rows[n].backup) or n in backed
    )
    hands_on = sum(1 for e in entries if e.resource.kind in (ResourceKind.ACTIVITY,
                                                                ResourceKind.TOOL))
    return PlanFacts(weeks, with_backup, hands_on + len(uow.experiments.for_dive(dive_id)))


def carried_in(uow: UnitOfWork, dive_id: int, number: int, weeks: int) -> list[CarriedLesson]:
    """The earlier lessons as this dive's checklist (inside an open unit of work)."""
    marked = uow.lessons.uptakes(dive_id)
    facts = _facts(uow, dive_id, weeks)
    return [
        CarriedLesson(lesson, marked.get(lesson.id or 0, False), derived_check(lesson.text, facts))
        for lesson in earlier_lessons(uow, number)
    ]


def checklist(uow: UnitOfWork, dive_ref: str | None = None) -> list[CarriedLesson]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        return carried_in(uow, dive.id, dive.number, dive.weeks)


def take_up(
    uow: UnitOfWork, ref: str, undo: bool = False, dive_ref: str | None = None
) -> CarriedLesson:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        carried = carried_in(uow, dive.id, dive.number, dive.weeks)
        chosen = resolve(ref, carried, number=lambda c: c.lesson.id,
                         title=lambda c: c.lesson.text, what="earlier lesson")
        assert chosen.lesson.id is not None
        uow.lessons.set_uptake(dive.id, chosen.lesson.id, not undo)
        uow.commit()
    return CarriedLesson(chosen.lesson, not undo, chosen.check)


def update_lesson(uow: UnitOfWork, ref: str, text: str, dive_ref: str | None = None) -> Lesson:
    """Reword one of the current dive's lessons."""
    if not text.strip():
        raise InvalidInput("say what you would do differently")
    with uow:
        dive = current_dive(uow, dive_ref)
        own = [lesson for lesson in uow.lessons.all() if lesson.dive_id == dive.id]
        lesson = resolve(ref, own, number=lambda x: x.id, title=lambda x: x.text, what="lesson")
        lesson.text = text.strip()
        uow.lessons.update(lesson)
        uow.commit()
    return lesson
