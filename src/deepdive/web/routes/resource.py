"""Resource: what it is, how it was rated over time, its note (editable), its cards and the
time spent."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.domain.errors import InvalidInput
from deepdive.services import backups as backups_service
from deepdive.services import notes as notes_service
from deepdive.services.resource_page import resource_detail
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import page
from deepdive.web.routes.plan import KINDS, MARKS
from deepdive.web.state import WebState, web

router = APIRouter()
FORM = posted("/plan")
# Counted in bytes of UTF-8, as stored; the page's counter (static/app.js) counts the same.
NOTE_MAX_BYTES = 1024 * 1024
NOTE_LIMIT_TEXT = "1 MB"


def check_note_size(text: str) -> None:
    size = len(text.encode())
    if size > NOTE_MAX_BYTES:
        raise InvalidInput(f"the note holds {size / 1024 / 1024:.1f} MB; a note holds at most "
                           f"{NOTE_LIMIT_TEXT} (counted in bytes): shorten or split it")


@router.get("/resources/{resource_id}", response_class=HTMLResponse)
def resource(request: Request, resource_id: int) -> HTMLResponse:
    detail = resource_detail(web(request).uow(), str(resource_id))
    return page(request, "resource.html", {
        "active": "plan", "detail": detail, "entry": detail.entry, "kinds": KINDS,
        "marks": MARKS, "note_limit": NOTE_MAX_BYTES, "note_limit_text": NOTE_LIMIT_TEXT,
    })


@router.post("/resources/{resource_id}/note")
def edit_note(resource_id: int, text: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    """The whole note as edited replaces the stored one (as `deepdive note` after $EDITOR)."""
    def action(state: WebState) -> Done:
        check_note_size(text)
        written = notes_service.write_note(state.uow(), state.clock, str(resource_id), text,
                                           replace=True)
        if written.note is None:
            return Done("Nothing saved: the note is empty.")
        cards = (f" {written.card_lines} card line(s) in it: the command line's cards extract "
                 "makes them cards." if written.card_lines else "")
        return Done(f"Note on #{resource_id} saved.{cards}")

    return form.submit(action)


@router.post("/resources/{resource_id}/swap")
def swap(
    resource_id: int, backup: str = Form(""), why: str = Form(""), form: Posted = FORM
) -> RedirectResponse:
    """Set the resource aside and put its backup in its place (as `deepdive swap`)."""
    def action(state: WebState) -> Done:
        if not why.strip():
            raise InvalidInput("say why it is swapped; the write-up tells the next person")
        done = backups_service.swap(state.uow(), state.clock, str(resource_id), backup, why)
        return Done(f"Swapped: #{done.new.id} {done.new.title} takes the place of "
                    f"#{done.old.id} {done.old.title}.")

    return form.submit(action)
