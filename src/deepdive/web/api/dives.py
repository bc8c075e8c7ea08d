"""Dives (start one, work on one, a week's backup plan) and the ideas backlog."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.domain.dive import Slot
from deepdive.domain.errors import InvalidInput
from deepdive.services import dives as dives_service
from deepdive.services import ideas as ideas_service
from deepdive.services.dives import NewDive
from deepdive.web.api.bodies import NewDiveBody, NewIdeaBody, WeekBackupBody
from deepdive.web.state import web

router = APIRouter()


@router.get("/dives")
def list_dives(request: Request) -> list[dict[str, Any]]:
    state = web(request)
    return [d.to_dict() for d in dives_service.list_dives(state.uow(), state.clock)]


@router.post("/dives", status_code=201)
def new_dive(request: Request, body: NewDiveBody) -> dict[str, Any]:
    state = web(request)
    new = NewDive(
        title=body.title,
        start=body.start,
        weeks=body.weeks,
        daily_minutes=body.daily_minutes,
        slot=Slot.parse(body.slot) if body.slot else None,
        why=body.why,
        goals=body.goals,
    )
    return dives_service.create_dive(state.uow(), state.clock, new, force=body.force).to_dict()


@router.post("/dives/{number}/use")
def use(request: Request, number: int) -> dict[str, Any]:
    return dives_service.use_dive(web(request).uow(), str(number)).to_dict()


@router.get("/ideas")
def list_ideas(request: Request) -> list[dict[str, Any]]:
    return [i.to_dict() for i in ideas_service.list_ideas(web(request).uow())]


@router.post("/ideas", status_code=201)
def add_idea(request: Request, body: NewIdeaBody) -> dict[str, Any]:
    state = web(request)
    return ideas_service.add_idea(state.uow(), state.clock, body.title, body.note).to_dict()


@router.put("/weeks/{number}/backup")
def week_backup(request: Request, number: int, body: WeekBackupBody) -> dict[str, Any]:
    """The current dive's backup plan for week `number`."""
    if not body.backup.strip():
        raise InvalidInput("write the backup plan: `backup` is empty")
    week = dives_service.set_week(web(request).uow(), number, backup=body.backup)
    return {"week": week.number, "backup": week.backup}
