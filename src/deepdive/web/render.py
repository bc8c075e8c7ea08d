"""Server-rendered pages: one Jinja2 environment (autoescaped), the navigation, the flash."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from deepdive.web import charts
from deepdive.web.csrf import request_token
from deepdive.web.flash import clear_flash, read_flash
from deepdive.web.markdown import render_markdown
from deepdive.web.once import new_form_id
from deepdive.web.refill import Refill, refill
from deepdive.web.wording import web_words

HERE = Path(__file__).parent


def local_time(moment: datetime, zone: str) -> str:
    """A stored UTC moment as the dive's wall-clock time."""
    try:
        return f"{moment.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M}"
    except (KeyError, ValueError):
        return f"{moment:%Y-%m-%d %H:%M} UTC"

# The top navigation: (key, path, label, the letter that follows "g" to jump there).
NAV: list[tuple[str, str, str, str]] = [
    ("today", "/", "Today", "t"),
    ("plan", "/plan", "Plan", "p"),
    ("review", "/review", "Review", "r"),
    ("reflection", "/reflection", "Reflection", "f"),
    ("writeup", "/writeup", "Write-up", "w"),
    ("dives", "/dives", "Dives", "d"),
]

templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(
    nav=NAV,
    form_id=new_form_id,
    refill=refill,
    blank=Refill(None),
    web_words=web_words,
    markdown=render_markdown,
    charts=charts,
)
templates.env.filters["local"] = local_time
templates.env.filters["web_link"] = lambda url: str(url).startswith(("http://", "https://"))
templates.env.trim_blocks = True
templates.env.lstrip_blocks = True


def page(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    flash = read_flash(request)
    rejected = None
    if flash is not None and flash.refill:
        rejected = request.app.state.web.rejected.take(flash.refill)
    response = templates.TemplateResponse(
        request,
        name,
        {"csrf": request_token(request), "flash": flash, "rejected": rejected, **context},
        status_code=status_code,
    )
    if flash is not None:
        clear_flash(response)
    return response


def problem(request: Request, title: str, message: str, status_code: int) -> HTMLResponse:
    """A page that says what went wrong in one sentence, with the way back."""
    return page(request, "problem.html", {"title": title, "message": message, "active": ""},
                status_code)
