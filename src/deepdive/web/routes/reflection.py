"""Reflection: experiments, explanations and their shaky spots, questions, check-ins, retros
and lessons of the current dive; each added (and experiments edited) from a form here."""

from __future__ import annotations

from itertools import zip_longest

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.services import checkins as checkins_service
from deepdive.services import experiments as experiments_service
from deepdive.services import lessons as lessons_service
from deepdive.services import questions as questions_service
from deepdive.services import retros as retros_service
from deepdive.services.checkins import ClaimInput
from deepdive.services.experiments import NewExperiment
from deepdive.services.reflection import reflection as reflection_view
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import page
from deepdive.web.routes.fields import optional_minutes
from deepdive.web.state import WebState, web

router = APIRouter()

FORM = posted("/reflection")
VERDICTS = ["right", "partly", "wrong"]
CLAIM_ROWS = 3  # claim rows the check-in form offers; empty rows are skipped


@router.get("/reflection", response_class=HTMLResponse)
def reflection(request: Request) -> HTMLResponse:
    view = reflection_view(web(request).uow())
    return page(request, "reflection.html", {
        "active": "reflection", "r": view, "verdicts": VERDICTS, "claim_rows": CLAIM_ROWS,
    })


def _experiment(title: str, setup: str, expect: str, result: str, surprise: str,
                ref: str = "") -> NewExperiment:
    return NewExperiment(title, setup, expect, result, surprise, ref.strip() or None)


@router.post("/experiments")
def add_experiment(
    title: str = Form(""), setup: str = Form(""), expect: str = Form(""),
    result: str = Form(""), surprise: str = Form(""), ref: str = Form(""),
    form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        new = _experiment(title, setup, expect, result, surprise, ref)
        saved = experiments_service.add_experiment(state.uow(), state.clock, new)
        return Done(f"Experiment #{saved.id} saved: {saved.title}.")

    return form.submit(action)


@router.post("/experiments/{experiment_id}")
def edit_experiment(
    experiment_id: int, title: str = Form(""), setup: str = Form(""), expect: str = Form(""),
    result: str = Form(""), surprise: str = Form(""), form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        changed = _experiment(title, setup, expect, result, surprise)
        saved = experiments_service.update_experiment(state.uow(), str(experiment_id), changed)
        return Done(f"Experiment #{saved.id} updated.")

    return form.submit(action)


@router.post("/explanations")
def add_explanation(
    topic: str = Form(""), audience: str = Form(""), minutes: str = Form(""),
    shaky: str = Form(""), form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        view = experiments_service.explain(state.uow(), state.clock, topic, audience,
                                           optional_minutes(minutes), shaky.splitlines())
        spots = f" {len(view.shaky)} shaky spot(s) became questions." if view.shaky else ""
        return Done(f"Explanation of {view.explanation.topic} saved.{spots}")

    return form.submit(action)


@router.post("/questions")
def ask(text: str = Form(""), to: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        question = questions_service.ask(state.uow(), state.clock, text, to)
        return Done(f"Question #{question.id} noted.")

    return form.submit(action)


@router.post("/questions/{question_id}/answer")
def answer(question_id: int, text: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        question = questions_service.answer(state.uow(), state.clock, str(question_id), text)
        return Done(f"Question #{question.id} answered.")

    return form.submit(action)


async def _claim_rows(request: Request) -> list[ClaimInput]:
    """The claim rows of the check-in form (claim, verdict, correction each repeated); rows
    left wholly empty are skipped, a half-filled one goes on to be refused with its reason."""
    data = await request.form()
    columns = [[str(v) for v in data.getlist(name)] for name in ("claim", "verdict", "correction")]
    rows = zip_longest(*columns, fillvalue="")
    return [ClaimInput(text, verdict or None, fix) for text, verdict, fix in rows
            if text.strip() or verdict.strip() or fix.strip()]


CLAIMS = Depends(_claim_rows)


@router.post("/checkins")
def add_checkin(
    with_whom: str = Form(""), note: str = Form(""), claims: list[ClaimInput] = CLAIMS,
    form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        saved = checkins_service.checkin(state.uow(), state.clock, with_whom, claims,
                                         note=note)
        return Done(f"Check-in with {saved.with_whom} saved, {len(saved.claims)} claim(s).")

    return form.submit(action)


@router.post("/retros/week")
def week_retro(
    week: int = Form(0), title: str = Form(""), text: str = Form(""), form: Posted = FORM
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        retros_service.week_retro(state.uow(), week, text, title)
        return Done(f"Week {week}'s retro saved.")

    return form.submit(action)


@router.post("/retros/dive")
def dive_retro(text: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        retros_service.dive_retro(state.uow(), text)
        return Done("The dive's retro saved.")

    return form.submit(action)


@router.post("/lessons")
def add_lesson(text: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        lesson = lessons_service.add_lesson(state.uow(), state.clock, text)
        return Done(f"Lesson #{lesson.id} saved; the next dive's plan will show it.")

    return form.submit(action)
