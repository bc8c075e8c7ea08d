"""Today: the daily dashboard, with the timer and the alerts' suggested actions as buttons."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.services import dives as dives_service
from deepdive.services import progress as progress_service
from deepdive.services import status as status_service
from deepdive.services.actions import actions_for
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import page
from deepdive.web.state import WebState, web

router = APIRouter()
FORM = posted("/")


@router.get("/", response_class=HTMLResponse)
def today(request: Request) -> HTMLResponse:
    state = web(request)
    status, snap = status_service.status_and_snapshot(state.daily_uow(), state.clock)
    progress = progress_service.progress_of(snap.dive, snap.weeks, snap.sessions, snap.now)
    alerts = [(alert, actions_for(alert, status.week)) for alert in status.alerts]
    return page(request, "today.html", {
        "active": "today", "status": status, "progress": progress, "alerts": alerts,
    })


@router.post("/weeks/{number}/backup")
def week_backup(number: int, backup: str = Form(""), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        if not backup.strip():
            return Done("Nothing saved: write the backup plan first.")
        dives_service.set_week(state.uow(), number, backup=backup)
        return Done(f"Week {number} has a backup plan now.")

    return form.submit(action)
