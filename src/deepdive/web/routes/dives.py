"""Dives: the series so far, the ideas backlog, and starting a new dive."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.clock import local_zone
from deepdive.domain.days import local_date
from deepdive.domain.dive import Slot
from deepdive.domain.errors import InvalidInput, NotFound
from deepdive.domain.parsing import parse_date, parse_duration
from deepdive.services import dives as dives_service
from deepdive.services import ideas as ideas_service
from deepdive.services.current import current_dive
from deepdive.services.dives import NewDive
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import page
from deepdive.web.state import WebState, web

router = APIRouter()
FORM = posted("/dives")


@router.get("/dives", response_class=HTMLResponse)
def dives(request: Request) -> HTMLResponse:
    state = web(request)
    series = dives_service.list_dives(state.uow(), state.clock)
    try:
        with state.uow() as uow:
            current_id = current_dive(uow).id
    except NotFound:
        current_id = None
    return page(request, "dives.html", {
        "active": "dives",
        "dives": series,
        "current_id": current_id,
        "ideas": ideas_service.list_ideas(state.uow()),
        "today": local_date(state.clock(), local_zone()),
    })


def _weeks(text: str) -> int:
    if not text.strip().isdigit():
        raise InvalidInput(f"weeks {text!r} is not a whole number; a dive lasts 1 to 52 weeks")
    return int(text)


@router.post("/dives")
def new_dive(
    title: str = Form(""),
    start: str = Form(""),
    weeks: str = Form("4"),
    daily: str = Form("60m"),
    slot: str = Form(""),
    why: str = Form(""),
    goals: str = Form(""),
    force: str = Form(""),
    form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        new = NewDive(
            title=title,
            start=parse_date(start) if start.strip() else None,
            weeks=_weeks(weeks),
            daily_minutes=parse_duration(daily or "60m"),
            slot=Slot.parse(slot) if slot.strip() else None,
            why=why,
            goals=goals.splitlines(),
        )
        dive = dives_service.create_dive(state.uow(), state.clock, new, force=bool(force))
        return Done(f"Dive #{dive.number} {dive.title} is ready; plan its weeks.", "/plan")

    return form.submit(action)


@router.post("/dives/{number}/use")
def use(number: int, form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        dive = dives_service.use_dive(state.uow(), str(number))
        return Done(f"Now working on dive #{dive.number} {dive.title}.", "/")

    return form.submit(action)


@router.post("/ideas")
def add_idea(title: str = Form(""), note: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        idea = ideas_service.add_idea(state.uow(), state.clock, title, note)
        return Done(f"Idea saved: {idea.title}.")

    return form.submit(action)
