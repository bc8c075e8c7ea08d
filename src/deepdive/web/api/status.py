"""GET /api/status (the same object as `deepdive status --json`) and the CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import status as status_service
from deepdive.web.csrf import request_token
from deepdive.web.state import web

router = APIRouter()


@router.get("/csrf")
def csrf(request: Request) -> dict[str, str]:
    """The token to send as `X-CSRF-Token`; the cookie that goes with it is set on this answer."""
    return {"token": request_token(request), "header": "X-CSRF-Token"}


@router.get("/status")
def status(request: Request) -> dict[str, Any]:
    state = web(request)
    return status_service.status(state.uow(), state.clock).to_dict()
