"""The plan's resources: list, one, add, move, mark, rate."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import resources as resources_service
from deepdive.services.resource_page import resource_detail
from deepdive.services.resources import NewResource
from deepdive.web.api.bodies import MarkBody, MoveBody, NewResourceBody, RateBody
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
    entry = resources_service.rate(state.uow(), state.clock, str(resource_id), body.score,
                                   body.why)
    return entry.to_dict()
