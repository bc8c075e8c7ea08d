"""The plan's resources: list, one, add, move, mark, rate, swap, and the note."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.domain.errors import InvalidInput
from deepdive.services import backups as backups_service
from deepdive.services import notes as notes_service
from deepdive.services import resources as resources_service
from deepdive.services.resource_page import resource_detail
from deepdive.services.resources import NewResource
from deepdive.web.api.bodies import (
    MarkBody,
    MoveBody,
    NewResourceBody,
    NoteBody,
    RateBody,
    SwapBody,
)
from deepdive.web.routes.resource import check_note_size
from deepdive.web.state import web

router = APIRouter(prefix="/resources")


@router.get("")
def list_resources(request: Request, week: int | None = None) -> list[dict[str, Any]]:
    return [e.to_dict() for e in resources_service.list_resources(web(request).uow(), week)]


@router.get("/{resource_id}")
def get_resource(request: Request, resource_id: int) -> dict[str, Any]:
    detail = resource_detail(web(request).uow(), str(resource_id))
    return detail.entry.to_dict() | {
        "notes": [n.to_dict() for n in detail.notes],
        "sessions": [s.to_dict(s.ended_at or s.started_at) for s in detail.sessions],
        "backups": [b.id for b in detail.backups],
    }


@router.post("", status_code=201)
def add(request: Request, body: NewResourceBody) -> dict[str, Any]:
    state = web(request)
    added = resources_service.add_resource(
        state.uow(), state.clock, state.resolver(), NewResource(**body.model_dump())
    )
    return added.entry.to_dict() | {
        "reused": added.reused, "complete": added.metadata.complete,
    }


@router.post("/{resource_id}/move")
def move(request: Request, resource_id: int, body: MoveBody) -> dict[str, Any]:
    return resources_service.move(web(request).uow(), str(resource_id), body.week).to_dict()


@router.post("/{resource_id}/mark")
def mark(request: Request, resource_id: int, body: MarkBody) -> dict[str, Any]:
    entry = resources_service.mark(web(request).uow(), str(resource_id), body.status, body.why)
    return entry.to_dict()


@router.post("/{resource_id}/rate")
def rate(request: Request, resource_id: int, body: RateBody) -> dict[str, Any]:
    state = web(request)
    score = body.value()
    if score is None:
        raise InvalidInput("give the rating (1-5) as `rating`")
    entry = resources_service.rate(state.uow(), state.clock, str(resource_id), score, body.why)
    return entry.to_dict()


@router.post("/{resource_id}/swap")
def swap(request: Request, resource_id: int, body: SwapBody) -> dict[str, Any]:
    """Set the resource aside (`why` is kept for the write-up); the backup takes its place."""
    state = web(request)
    done = backups_service.swap(state.uow(), state.clock, str(resource_id), str(body.backup),
                                body.why)
    return {"swap": done.swap.to_dict(), "old": done.old.to_dict(), "new": done.new.to_dict()}


@router.put("/{resource_id}/note")
def write_note(request: Request, resource_id: int, body: NoteBody) -> dict[str, Any]:
    """Replace the note; an empty text saves nothing (`note` is then null)."""
    check_note_size(body.text)
    state = web(request)
    written = notes_service.write_note(state.uow(), state.clock, str(resource_id), body.text,
                                       replace=True)
    return {"note": written.note.to_dict() if written.note else None,
            "card_lines": written.card_lines}
