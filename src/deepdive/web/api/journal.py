"""What was said and learned: explanations, check-ins, retros and lessons through the API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import checkins as checkins_service
from deepdive.services import experiments as experiments_service
from deepdive.services import lessons as lessons_service
from deepdive.services import retros as retros_service
from deepdive.services.checkins import ClaimInput
from deepdive.services.reflection import reflection as reflection_view
from deepdive.web.api.bodies import (
    CheckinBody,
    CheckinEdit,
    ExplanationBody,
    ExplanationEdit,
    TextBody,
    WeekRetroBody,
)
from deepdive.web.state import web

router = APIRouter()


@router.get("/explanations")
def explanations(request: Request) -> list[dict[str, Any]]:
    return [v.to_dict() for v in experiments_service.list_explanations(web(request).uow())]


@router.post("/explanations", status_code=201)
def explain(request: Request, body: ExplanationBody) -> dict[str, Any]:
    """Each shaky spot becomes an open question."""
    state = web(request)
    return experiments_service.explain(state.uow(), state.clock, body.topic, body.audience,
                                       body.minutes, body.shaky).to_dict()


@router.put("/explanations/{explanation_id}")
def edit_explanation(request: Request, explanation_id: int, body: ExplanationEdit
                     ) -> dict[str, Any]:
    saved = experiments_service.update_explanation(
        web(request).uow(), str(explanation_id), body.topic, body.audience, body.minutes)
    return saved.to_dict()


@router.get("/checkins")
def checkins(request: Request) -> list[dict[str, Any]]:
    return [c.to_dict() for c in checkins_service.list_checkins(web(request).uow())]


@router.post("/checkins", status_code=201)
def checkin(request: Request, body: CheckinBody) -> dict[str, Any]:
    state = web(request)
    claims = [ClaimInput(c.text, c.verdict, c.correction) for c in body.claims]
    return checkins_service.checkin(state.uow(), state.clock, body.with_whom, claims,
                                    note=body.note).to_dict()


@router.put("/checkins/{checkin_id}")
def edit_checkin(request: Request, checkin_id: int, body: CheckinEdit) -> dict[str, Any]:
    return checkins_service.update_checkin(web(request).uow(), str(checkin_id),
                                           body.with_whom, body.note).to_dict()


@router.put("/retros/week/{number}")
def week_retro(request: Request, number: int, body: WeekRetroBody) -> dict[str, Any]:
    week = retros_service.week_retro(web(request).uow(), number, body.text, body.title)
    return {"week": week.number, "title": week.retro_title, "text": week.retro_text}


@router.put("/retros/dive")
def dive_retro(request: Request, body: TextBody) -> dict[str, Any]:
    dive = retros_service.dive_retro(web(request).uow(), body.text)
    return {"dive": dive.number, "text": body.text.strip()}


@router.get("/lessons")
def lessons(request: Request) -> list[dict[str, Any]]:
    """The current dive's lessons."""
    return [lesson.to_dict() for lesson in reflection_view(web(request).uow()).lessons]


@router.post("/lessons", status_code=201)
def add_lesson(request: Request, body: TextBody) -> dict[str, Any]:
    state = web(request)
    return lessons_service.add_lesson(state.uow(), state.clock, body.text).to_dict()


@router.put("/lessons/{lesson_id}")
def edit_lesson(request: Request, lesson_id: int, body: TextBody) -> dict[str, Any]:
    return lessons_service.update_lesson(web(request).uow(), str(lesson_id), body.text).to_dict()
