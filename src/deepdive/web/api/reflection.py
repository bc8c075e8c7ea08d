"""Questions and experiments through the API: list, add, answer, edit."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import experiments as experiments_service
from deepdive.services import questions as questions_service
from deepdive.services.experiments import NewExperiment
from deepdive.web.api.bodies import AnswerQuestionBody, ExperimentBody, QuestionBody
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


@router.get("/experiments")
def experiments(request: Request) -> list[dict[str, Any]]:
    return [e.to_dict() for e in experiments_service.list_experiments(web(request).uow())]


@router.post("/experiments", status_code=201)
def add_experiment(request: Request, body: ExperimentBody) -> dict[str, Any]:
    state = web(request)
    new = NewExperiment(**body.model_dump())
    return experiments_service.add_experiment(state.uow(), state.clock, new).to_dict()


@router.put("/experiments/{experiment_id}")
def edit_experiment(request: Request, experiment_id: int, body: ExperimentBody) -> dict[str, Any]:
    changed = NewExperiment(**body.model_dump())
    saved = experiments_service.update_experiment(web(request).uow(), str(experiment_id), changed)
    return saved.to_dict()
