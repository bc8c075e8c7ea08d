"""Experiments and explanations: the hands-on and the out-loud parts of a dive."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.experiment import Experiment
from deepdive.domain.explanation import Explanation
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import experiments, explanations


def _experiment(row: Any) -> Experiment:
    return Experiment(
        id=row.id,
        dive_id=row.dive_id,
        title=row.title,
        at=from_db_required(row.at),
        setup=row.setup,
        expectation=row.expectation,
        result=row.result,
        surprise=row.surprise,
        resource_id=row.resource_id,
    )


class ExperimentRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, experiment: Experiment) -> Experiment:
        result = self._db.execute(
            insert(experiments).values(
                dive_id=experiment.dive_id,
                resource_id=experiment.resource_id,
                title=experiment.title,
                setup=experiment.setup,
                expectation=experiment.expectation,
                result=experiment.result,
                surprise=experiment.surprise,
                at=to_db(experiment.at),
            )
        )
        experiment.id = new_id(result)
        return experiment

    def update(self, experiment: Experiment) -> None:
        self._db.execute(
            update(experiments).where(experiments.c.id == experiment.id).values(
                title=experiment.title,
                setup=experiment.setup,
                expectation=experiment.expectation,
                result=experiment.result,
                surprise=experiment.surprise,
            )
        )

    def for_dive(self, dive_id: int) -> list[Experiment]:
        rows = self._db.execute(
            select(experiments)
            .where(experiments.c.dive_id == dive_id)
            .order_by(experiments.c.at, experiments.c.id)
        )
        return [_experiment(row) for row in rows]


class ExplanationRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, explanation: Explanation) -> Explanation:
        result = self._db.execute(
            insert(explanations).values(
                dive_id=explanation.dive_id,
                topic=explanation.topic,
                audience=explanation.audience,
                minutes=explanation.minutes,
                at=to_db(explanation.at),
            )
        )
        explanation.id = new_id(result)
        return explanation

    def update(self, explanation: Explanation) -> None:
        """Its words (topic, audience, minutes); the date stays."""
        self._db.execute(
            update(explanations).where(explanations.c.id == explanation.id).values(
                topic=explanation.topic, audience=explanation.audience,
                minutes=explanation.minutes,
            )
        )

    def for_dive(self, dive_id: int) -> list[Explanation]:
        rows = self._db.execute(
            select(explanations)
            .where(explanations.c.dive_id == dive_id)
            .order_by(explanations.c.at, explanations.c.id)
        )
        return [
            Explanation(
                id=row.id,
                dive_id=row.dive_id,
                topic=row.topic,
                audience=row.audience,
                minutes=row.minutes,
                at=from_db_required(row.at),
            )
            for row in rows
        ]
