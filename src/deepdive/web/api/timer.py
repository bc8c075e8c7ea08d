"""Start and stop the timer. A stop with nothing running answers 409 with the message."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import sessions as sessions_service
from deepdive.web.api.bodies import StartBody, StopBody
from deepdive.web.state import web

router = APIRouter(prefix="/timer")


@router.post("/start", status_code=201)
def start(request: Request, body: StartBody) -> dict[str, Any]:
    state = web(request)
    ref = None if body.resource is None else str(body.resource)
    session, title = sessions_service.start(state.uow(), state.clock, ref, body.kind)
    return session.to_dict(session.started_at) | {"resource": title}


@router.post("/stop")
def stop(request: Request, body: StopBody) -> dict[str, Any]:
    state = web(request)
    session = sessions_service.stop(state.uow(), state.clock, body.mood, body.note)
    assert session.ended_at is not None
    return session.to_dict(session.ended_at)
