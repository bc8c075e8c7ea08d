"""Gather a dive's record and build its write-up; a renderer lays it out."""

from __future__ import annotations

from deepdive.clock import Clock
from deepdive.domain.writeup import Writeup
from deepdive.domain.writeup_build import WriteupInput, build_writeup
from deepdive.services.current import current_dive, zone_of
from deepdive.services.lessons import carried_in
from deepdive.services.ports import UnitOfWork, WriteupRenderer


def writeup(uow: UnitOfWork, clock: Clock, dive_ref: str | None = None) -> Writeup:
    now = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        data = WriteupInput(
            dive=dive,
            weeks=uow.dives.weeks(dive.id),
            entries=uow.resources.entries(dive.id),
            sessions=[s for s in uow.sessions.for_dive(dive.id, until=now) if not s.running],
            now=now,
            zone=zone_of(dive),
            swaps=uow.resources.swaps(dive.id),
            chosen=uow.recommendations.for_dive(dive.id),
            experiments=uow.experiments.for_dive(dive.id),
            explanations=uow.explanations.for_dive(dive.id),
            questions=uow.questions.for_dive(dive.id),
            checkins=uow.checkins.for_dive(dive.id),
            lessons=[lesson for lesson in uow.lessons.all() if lesson.dive_id == dive.id],
            carried=carried_in(uow, dive.id, dive.number, dive.weeks),
            retro=uow.retros.dive_retro(dive.id),
        )
    return build_writeup(data)


def render_writeup(
    uow: UnitOfWork, clock: Clock, renderer: WriteupRenderer, dive_ref: str | None = None
) -> str:
    return renderer.render(writeup(uow, clock, dive_ref))
