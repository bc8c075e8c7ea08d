"""Plan: weeks as columns; add a resource, and move, mark or rate one in place."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.services import plan_board
from deepdive.services import progress as progress_service
from deepdive.services import resources as resources_service
from deepdive.services.resources import NewResource
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import page
from deepdive.web.routes.fields import optional_minutes, optional_week, score
from deepdive.web.state import WebState, web

router = APIRouter()

KINDS = ["paper", "post", "video", "book", "course", "thread", "tool", "activity"]
MARKS = ["reading", "done", "skimmed", "dropped"]
FORM = posted("/plan")


# A column shows this many cards and links to the rest: a board of 1,000 resources is read
# a week at a time, and the page stays quick (see bench/web.py).
CARDS_PER_COLUMN = 30


@router.get("/plan", response_class=HTMLResponse)
def plan(request: Request, week: str = "") -> HTMLResponse:
    board = plan_board.board(web(request).daily_uow())
    shown = board.columns
    problem = ""
    if week:
        shown = [c for c in board.columns if str(c.number or "none") == week]
        if not shown:
            problem = _week_problem(week, board.dive.weeks)
    return page(request, "plan.html", {
        "active": "plan", "board": board, "columns": shown, "kinds": KINDS, "marks": MARKS,
        "limit": None if week else CARDS_PER_COLUMN, "one_week": week, "week_problem": problem,
        "ratings": progress_service.rating_changes(board.entries),
    })


def _week_problem(week: str, weeks: int) -> str:
    """Every week of the dive has a column (empty or not): no column means no such week."""
    if week == "none":
        return "Every resource has a week."
    return f"There is no week {week!r}: this dive has weeks 1 to {weeks}."


@router.post("/resources")
def add(
    source: str = Form(""),
    week: str = Form(""),
    kind: str = Form(""),
    minutes: str = Form(""),
    by: str = Form(""),
    why: str = Form(""),
    optional: str = Form(""),
    backup_for: str = Form(""),
    offline: str = Form(""),
    form: Posted = FORM,
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        new = NewResource(
            source=source, week=optional_week(week), kind=kind or None,
            by=by, why=why, minutes=optional_minutes(minutes), optional=bool(optional),
            backup_for=backup_for.strip() or None, offline=bool(offline),
        )
        added = resources_service.add_resource(state.uow(), state.clock, state.resolver(), new)
        note = "" if added.metadata.complete else f" Metadata incomplete: {added.metadata.problem}."
        return Done(f"Added #{added.entry.id} {added.entry.title}.{note}")

    return form.submit(action)


@router.post("/resources/{resource_id}/move")
def move(resource_id: int, week: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        entry = resources_service.move(state.uow(), str(resource_id), optional_week(week))
        where = f"week {entry.placement.week}" if entry.placement.week else "no week"
        return Done(f"Moved #{entry.id} {entry.title} to {where}.")

    return form.submit(action)


@router.post("/resources/{resource_id}/mark")
def mark(
    resource_id: int, status: str = Form(""), why: str = Form(""), form: Posted = FORM
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        entry = resources_service.mark(state.uow(), str(resource_id), status, why)
        return Done(f"Marked #{entry.id} {entry.title} {entry.placement.status}.")

    return form.submit(action)


@router.post("/resources/{resource_id}/rate")
def rate(
    resource_id: int, rating: str = Form(""), why: str = Form(""), form: Posted = FORM
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        entry = resources_service.rate(
            state.uow(), state.clock, str(resource_id), score(rating), why
        )
        return Done(f"Rated #{entry.id} {entry.title} {entry.rating} of 5.")

    return form.submit(action)
