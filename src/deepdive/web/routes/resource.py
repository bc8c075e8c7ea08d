"""Resource: what it is, how it was rated over time, the notes on it and the time spent."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from deepdive.services.resource_page import resource_detail
from deepdive.web.render import page
from deepdive.web.routes.plan import KINDS, MARKS
from deepdive.web.state import web

router = APIRouter()


@router.get("/resources/{resource_id}", response_class=HTMLResponse)
def resource(request: Request, resource_id: int) -> HTMLResponse:
    detail = resource_detail(web(request).uow(), str(resource_id))
    return page(request, "resource.html", {
        "active": "plan", "detail": detail, "entry": detail.entry, "kinds": KINDS,
        "marks": MARKS,
    })
