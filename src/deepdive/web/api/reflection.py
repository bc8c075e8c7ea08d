"""Questions and experiments through the API: list, add, answer, edit."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import experiments as experiments_service
from deepdive.services import questions as questions_service
from deepdive.services.experiments import NewExperiment
from deepdive.web.api.bodies import (
    AnswerQuestionBody,
    ExperimentBody,
    ExperimentPatch,
    QuestionBody,
    QuestionEdit,
)
from deepdive.web.state import web

router = APIRouter()


@router.get("/questions")
def questions(request: Request, open_only: bool = False) -> list[dict[str, Any]]:
    found = questions_service.list_questions(web(request).uow(), only_open=open_only)
    return [q.to_dict() for q in found]


@router.post("/questions", status_code=201)
def ask(request: Request, body: QuestionBody) -> dict[str, Any]:
    state = web(request)
    return questions_service.ask(state.uow(), state.clock, body.text, body.to).to_dict()


@router.post("/questions/{question_id}/answer")
def answer(request: Request, question_id: int, body: AnswerQuestionBody) -> dict[str, Any]:
    state = web(request)
    found = questions_service.answer(state.uow(), state.clock, str(question_id), body.text)
    return found.to_dict()


@router.put("/questions/{question_id}")
def edit_question(request: Request, question_id: int, body: QuestionEdit) -> dict[str, Any]:
    return questions_service.edit_question(web(request).uow(), str(question_id), body.text,
                                           body.to, body.answer).to_dict()


@router.get("/experiments")
def experiments(request: Request) -> list[dict[str, Any]]:
    return [e.to_dict() for e in experiments_service.list_experiments(web(request).uow())]


@router.post("/experiments", status_code=201)
def add_experiment(request: Request, body: ExperimentBody) -> dict[str, Any]:
    state = web(request)
    new = NewExperiment(**body.model_dump())
    return experiments_service.add_experiment(state.uow(), state.clock, new).to_dict()


@router.put("/experiments/{experiment_id}")
def edit_experiment(request: Request, experiment_id: int, body: ExperimentPatch
                    ) -> dict[str, Any]:
    """Only the fields given change: `{"result": "..."}` fills in the result."""
    state = web(request)
    found = experiments_service.find_experiment(
        experiments_service.list_experiments(state.uow()), str(experiment_id))
    changed = NewExperiment(
        title=found.title if body.title is None else body.title,
        setup=found.setup if body.setup is None else body.setup,
        expectation=found.expectation if body.expectation is None else body.expectation,
        result=found.result if body.result is None else body.result,
        surprise=found.surprise if body.surprise is None else body.surprise,
    )
    saved = experiments_service.update_experiment(state.uow(), str(experiment_id), changed)
    return saved.to_dict()
