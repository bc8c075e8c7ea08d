"""Write-up: the retrospective post of the current dive, shown and downloadable (md, html)."""

from __future__ import annotations

import re

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from deepdive import bootstrap
from deepdive.services import writeup as writeup_service
from deepdive.web.render import page
from deepdive.web.state import web

router = APIRouter()

MEDIA_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}


def body_of(document: str) -> str:
    """The part of the standalone HTML page between <body> and </body>: the page is shown
    inside ours, without its own head and inline style (which the CSP would block anyway)."""
    start = document.find("<body>")
    end = document.rfind("</body>")
    return document[start + len("<body>"):end] if start >= 0 and end > start else document


def file_name(title: str, fmt: str) -> str:
    """A safe download name from the dive's title: `transformers-and-gpt-3.md`."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "writeup"
    return f"{slug}.{fmt}"


@router.get("/writeup", response_class=HTMLResponse)
def writeup(request: Request) -> HTMLResponse:
    state = web(request)
    post = writeup_service.writeup(state.uow(), state.clock)
    # The renderer escapes computed text and sanitizes the user's Markdown (nh3).
    body = body_of(bootstrap.writeup_renderer("html").render(post))
    return page(request, "writeup.html", {
        "active": "writeup", "title": post.title, "body": Markup(body),
    })


@router.get("/writeup.{fmt}")
def download(request: Request, fmt: str) -> Response:
    if fmt not in MEDIA_TYPES:
        raise HTTPException(404, f"The write-up comes as .md or .html, not .{fmt}.")
    state = web(request)
    post = writeup_service.writeup(state.uow(), state.clock)
    text = bootstrap.writeup_renderer(fmt).render(post)
    return Response(text, media_type=MEDIA_TYPES[fmt], headers={
        "Content-Disposition": f'attachment; filename="{file_name(post.title, fmt)}"',
    })
