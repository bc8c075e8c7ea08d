"""Resource: what it is, how it was rated over time, its note (editable), its cards and the
time spent."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.services import notes as notes_service
from deepdive.services.resource_page import resource_detail
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import page
from deepdive.web.routes.plan import KINDS, MARKS
from deepdive.web.state import WebState, web

router = APIRouter()
FORM = posted("/plan")


@router.get("/resources/{resource_id}", response_class=HTMLResponse)
def resource(request: Request, resource_id: int) -> HTMLResponse:
    detail = resource_detail(web(request).uow(), str(resource_id))
    return page(request, "resource.html", {
        "active": "plan", "detail": detail, "entry": detail.entry, "kinds": KINDS,
        "marks": MARKS,
    })


@router.post("/resources/{resource_id}/note")
def edit_note(resource_id: int, text: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    """The whole note as edited replaces the stored one (as `deepdive note` after $EDITOR)."""
    def action(state: WebState) -> Done:
        written = notes_service.write_note(state.uow(), state.clock, str(resource_id), text,
                                           replace=True)
        if written.note is None:
            return Done("Nothing saved: the note is empty.")
        cards = f" {written.card_lines} card line(s) in it: `deepdive cards extract` makes " \
            "them cards." if written.card_lines else ""
        return Done(f"Note on #{resource_id} saved.{cards}")

    return form.submit(action)
