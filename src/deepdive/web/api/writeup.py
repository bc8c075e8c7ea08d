"""The write-up through the API: the text in Markdown or HTML, as `deepdive writeup` makes it."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request

from deepdive import bootstrap
from deepdive.services import writeup as writeup_service
from deepdive.web.state import web

router = APIRouter()


@router.get("/writeup")
def writeup(request: Request, format: Literal["md", "html"] = "md") -> dict[str, Any]:
    state = web(request)
    text = writeup_service.render_writeup(state.uow(), state.clock,
                                          bootstrap.writeup_renderer(format))
    return {"format": format, "text": text}
