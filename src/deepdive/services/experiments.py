"""Log experiments and explanations; an explanation's shaky spots become open questions."""

from __future__ import annotations

from dataclasses import dataclass, field

from deepdive.clock import Clock
from deepdive.domain.errors import InvalidInput
from deepdive.domain.experiment import Experiment
from deepdive.domain.explanation import Explanation
from deepdive.domain.question import Question
from deepdive.domain.refs import resolve
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import find_entry

NO_TITLE = "an experiment needs a title, e.g. \"few-shot list sorting\""


@dataclass
class NewExperiment:
    title: str
    setup: str = ""
    expectation: str = ""
    result: str = ""
    surprise: str = ""
    ref: str | None = None


def add_experiment(
    uow: UnitOfWork, clock: Clock, new: NewExperiment, dive_ref: str | None = None
) -> Experiment:
    if not new.title.strip():
        raise InvalidInput(NO_TITLE)
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entry = find_entry(uow.resources.entries(dive.id), new.ref) if new.ref else None
        experiment = uow.experiments.add(Experiment(
            dive_id=dive.id, title=new.title.strip(), at=clock(), setup=new.setup.strip(),
            expectation=new.expectation.strip(), result=new.result.strip(),
            surprise=new.surprise.strip(), resource_id=entry.id if entry else None,
        ))
        uow.commit()
    return experiment


def update_experiment(
    uow: UnitOfWork, ref: str, changed: NewExperiment, dive_ref: str | None = None
) -> Experiment:
    """Rewrite an experiment's text, e.g. its result once it is known; its date stays."""
    if not changed.title.strip():
        raise InvalidInput(NO_TITLE)
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        experiment = find_experiment(uow.experiments.for_dive(dive.id), ref)
        experiment.title = changed.title.strip()
        experiment.setup = changed.setup.strip()
        experiment.expectation = changed.expectation.strip()
        experiment.result = changed.result.strip()
        experiment.surprise = changed.surprise.strip()
        uow.experiments.update(experiment)
        uow.commit()
    return experiment


def list_experiments(uow: UnitOfWork, dive_ref: str | None = None) -> list[Experiment]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        return uow.experiments.for_dive(dive.id)


def find_experiment(experiments: list[Experiment], ref: str) -> Experiment:
    return resolve(ref, experiments, number=lambda e: e.id, title=lambda e: e.title,
                   what="experiment")


@dataclass
class ExplanationView:
    explanation: Explanation
    shaky: list[Question] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return self.explanation.to_dict() | {"shaky": [q.to_dict() for q in self.shaky]}


def explain(
    uow: UnitOfWork, clock: Clock, topic: str, audience: str, minutes: int | None = None,
    shaky: list[str] | None = None, dive_ref: str | None = None,
) -> ExplanationView:
    if not topic.strip():
        raise InvalidInput("say what was explained, e.g. \"self-attention\"")
    if not audience.strip():
        raise InvalidInput("say who it was explained to with --to, e.g. --to \"a friend\"")
    now = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        explanation = uow.explanations.add(
            Explanation(dive.id, topic.strip(), audience.strip(), now, minutes)
        )
        questions = [
            uow.questions.add(Question(dive.id, spot.strip(), now, explanation_id=explanation.id))
            for spot in shaky or [] if spot.strip()
        ]
        uow.commit()
    return ExplanationView(explanation, questions)


def list_explanations(uow: UnitOfWork, dive_ref: str | None = None) -> list[ExplanationView]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        questions = uow.questions.for_dive(dive.id)
        return [
            ExplanationView(e, [q for q in questions if q.explanation_id == e.id])
            for e in uow.explanations.for_dive(dive.id)
        ]


def find_explanation(views: list[ExplanationView], ref: str) -> ExplanationView:
    return resolve(ref, views, number=lambda v: v.explanation.id,
                   title=lambda v: v.explanation.topic, what="explanation")


def update_explanation(
    uow: UnitOfWork, ref: str, topic: str, audience: str, minutes: int | None,
    dive_ref: str | None = None,
) -> Explanation:
    """Rewrite what was explained, to whom and how long; its shaky spots stay questions."""
    if not topic.strip():
        raise InvalidInput("say what was explained, e.g. \"self-attention\"")
    if not audience.strip():
        raise InvalidInput("say who it was explained to, e.g. \"a friend\"")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        views = [ExplanationView(e) for e in uow.explanations.for_dive(dive.id)]
        explanation = find_explanation(views, ref).explanation
        explanation.topic, explanation.audience = topic.strip(), audience.strip()
        explanation.minutes = minutes
        uow.explanations.update(explanation)
        uow.commit()
    return explanation
