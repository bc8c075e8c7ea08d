"""Review: the current dive's due cards one at a time. Space shows the answer, 1-4 answers,
u undoes (static/app.js); without the script the same happens with the buttons."""

from __future__ import annotations

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from deepdive.clock import local_zone
from deepdive.domain.scheduling import RATING_NAMES
from deepdive.services import review_step
from deepdive.web.forms import Done, Posted, posted
from deepdive.web.render import local_time, page
from deepdive.web.state import WebState, web

router = APIRouter()
FORM = posted("/review")


@router.get("/review", response_class=HTMLResponse)
def review(request: Request, last: int | None = None) -> HTMLResponse:
    """`last`: the answer just given, which the undo button takes back."""
    step = review_step.step(web(request).uow(), web(request).clock)
    return page(request, "review.html", {
        "active": "review", "step": step, "last": last, "ratings": RATING_NAMES,
    })


def _ms(text: str) -> int:
    """The time the card was shown (set by the script); missing or odd values count as 0."""
    return int(text) if text.strip().isdigit() else 0


@router.post("/review/{card_id}/answer")
def answer(
    card_id: int, answer: str = Form(""), ms: str = Form(""), form: Posted = FORM
) -> RedirectResponse:
    def action(state: WebState) -> Done:
        done = review_step.answer(state.uow(), state.clock, card_id, answer, _ms(ms))
        due = local_time(done.card.due, local_zone().key)
        return Done(f"{RATING_NAMES[done.review.rating]}: card #{card_id} is due again {due}.",
                    f"/review?last={done.review.id}")

    return form.submit(action)


@router.post("/review/undo")
def undo(review_id: int = Form(0), form: Posted = FORM) -> RedirectResponse:
    def action(state: WebState) -> Done:
        card = review_step.undo(state.uow(), state.clock, review_id)
        return Done(f"Undone: card #{card.id} is back as it was.", "/review")

    return form.submit(action)
