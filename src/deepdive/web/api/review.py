"""Review through the API: the next due card (with progress), answer it, undo an answer."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from deepdive.services import review_step
from deepdive.web.api.bodies import AnswerBody, UndoBody
from deepdive.web.state import web

router = APIRouter(prefix="/review")


@router.get("/next")
def next_card(request: Request) -> dict[str, Any]:
    """`card` is null when nothing is due; `position` of `total` counts today's answers."""
    state = web(request)
    step = review_step.step(state.uow(), state.clock)
    today = step.today
    return {
        "card": step.card.to_dict() if step.card else None,
        "source": step.source,
        "position": step.position if step.card else None,
        "total": step.total,
        "due": step.due,
        "today": {"reviewed": today.reviewed, "again": today.again,
                  "retention": today.retention},
        "next_due": step.next_due.isoformat() if step.next_due else None,
    }


@router.post("/answer")
def answer(request: Request, body: AnswerBody) -> dict[str, Any]:
    state = web(request)
    done = review_step.answer(state.uow(), state.clock, body.card_id, body.answer,
                              max(0, body.duration_ms))
    return {"review_id": done.review.id, "rating": done.review.rating,
            "card": done.card.to_dict(), "again_soon": done.requeue}


@router.post("/undo")
def undo(request: Request, body: UndoBody) -> dict[str, Any]:
    state = web(request)
    return review_step.undo(state.uow(), state.clock, body.review_id).to_dict()
