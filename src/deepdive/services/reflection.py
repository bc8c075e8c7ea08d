"""Everything a dive's reflection page shows, read in one transaction: experiments,
explanations with their shaky spots, questions, check-ins, retros and lessons."""

from __future__ import annotations

from dataclasses import dataclass

from deepdive.domain.checkin import Checkin
from deepdive.domain.dive import Dive, Week
from deepdive.domain.experiment import Experiment
from deepdive.domain.lesson import Lesson
from deepdive.domain.question import Question
from deepdive.services.current import current_dive
from deepdive.services.experiments import ExplanationView
from deepdive.services.ports import UnitOfWork


@dataclass
class Reflection:
    dive: Dive
    experiments: list[Experiment]
    explanations: list[ExplanationView]
    questions: list[Question]
    checkins: list[Checkin]
    weeks: dict[int, Week]
    dive_retro: str
    lessons: list[Lesson]  # this dive's own


def reflection(uow: UnitOfWork) -> Reflection:
    with uow:
        dive = current_dive(uow)
        assert dive.id is not None
        questions = uow.questions.for_dive(dive.id)
        explanations = [
            ExplanationView(e, [q for q in questions if q.explanation_id == e.id])
            for e in uow.explanations.for_dive(dive.id)
        ]
        return Reflection(
            dive=dive,
            experiments=uow.experiments.for_dive(dive.id),
            explanations=explanations,
            questions=questions,
            checkins=uow.checkins.for_dive(dive.id),
            weeks=uow.dives.weeks(dive.id),
            dive_retro=uow.retros.dive_retro(dive.id),
            lessons=[lesson for lesson in uow.lessons.all() if lesson.dive_id == dive.id],
        )
