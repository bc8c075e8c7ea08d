"""The timer's buttons. Stopping twice (two tabs) is not an error: the second one learns the
timer was already stopped and sees the result."""

from __future__ import annotations

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse

from deepdive.domain.errors import Conflict
from deepdive.services import sessions as sessions_service
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.routes.fields import optional_score
from deepdive.web.state import WebState

router = APIRouter()
FORM = posted("/")

ALREADY_STOPPED = "The timer was already stopped (in another tab?); here is where things stand."


@router.post("/timer/start")
def start(resource: str = Form(""), kind: str = Form("read"), form: Posted = FORM
          ) -> RedirectResponse:
    def action(state: WebState) -> Done:
        session, title = sessions_service.start(
            state.uow(), state.clock, resource.strip() or None, kind or "read"
        )
        return Done(f"Timer started: {session.kind}" + (f" on {title}." if title else "."))

    return form.submit(action)


@router.post("/timer/stop")
def stop(mood: str = Form(""), note: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        try:
            session = sessions_service.stop(
                state.uow(), state.clock, optional_score(mood), note
            )
        except Conflict:
            return Done(ALREADY_STOPPED)
        assert session.ended_at is not None
        return Done(f"Timer stopped after {session.minutes(session.ended_at)} min.")

    return form.submit(action)
