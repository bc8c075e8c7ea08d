"""Rewriting on the Reflection page what was added there: explanations, check-ins, lessons
and questions (experiments and retros are rewritten in routes/reflection.py)."""

from __future__ import annotations

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse

from deepdive.services import checkins as checkins_service
from deepdive.services import experiments as experiments_service
from deepdive.services import lessons as lessons_service
from deepdive.services import questions as questions_service
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.routes.fields import optional_minutes
from deepdive.web.state import WebState

router = APIRouter()
FORM = posted("/reflection")


@router.post("/explanations/{explanation_id}")
def edit_explanation(
    explanation_id: int, topic: str = Form(""), audience: str = Form(""),
    minutes: str = Form(""), form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        saved = experiments_service.update_explanation(
            state.uow(), str(explanation_id), topic, audience, optional_minutes(minutes))
        return Done(f"Explanation of {saved.topic} updated.")

    return form.submit(action)


@router.post("/checkins/{checkin_id}")
def edit_checkin(
    checkin_id: int, with_whom: str = Form(""), note: str = Form(""), form: Posted = FORM
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        saved = checkins_service.update_checkin(state.uow(), str(checkin_id), with_whom, note)
        return Done(f"Check-in with {saved.with_whom} updated.")

    return form.submit(action)


@router.post("/lessons/{lesson_id}")
def edit_lesson(lesson_id: int, text: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        saved = lessons_service.update_lesson(state.uow(), str(lesson_id), text)
        return Done(f"Lesson #{saved.id} updated.")

    return form.submit(action)


@router.post("/questions/{question_id}")
def edit_question(
    question_id: int, text: str = Form(""), to: str = Form(""),
    answer: str | None = Form(None), form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        saved = questions_service.edit_question(state.uow(), str(question_id), text, to, answer)
        return Done(f"Question #{saved.id} updated.")

    return form.submit(action)
