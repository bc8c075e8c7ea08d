"""Handling a posted form: once only; a rejected one comes back filled in, its error beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Form, Request
from fastapi.responses import RedirectResponse

from deepdive.domain.errors import DeepdiveError
from deepdive.web.flash import Flash, set_flash
from deepdive.web.once import BUSY
from deepdive.web.refill import NOT_KEPT, Rejected
from deepdive.web.state import WebState, web
from deepdive.web.wording import plain

REPEATED = "That form was already sent; it was saved once."


@dataclass(frozen=True)
class Done:
    message: str
    location: str | None = None  # where to go next; default: back where the form was


def local_path(back: str, default: str = "/") -> str:
    """Only paths of this app: `//evil.example` or `https://...` would leave it."""
    if back.startswith("/") and not back.startswith("//") and "\\" not in back:
        return back
    return default


def redirect(location: str, flash: Flash | None = None) -> RedirectResponse:
    response = RedirectResponse(location, status_code=303)
    if flash is not None:
        set_flash(response, flash)
    return response


def submit(
    request: Request, form_id: str, back: str, action: Callable[[], Done],
    values: dict[str, list[str]] | None = None,
) -> RedirectResponse:
    ledger = web(request).ledger
    back = local_path(back)
    if form_id:
        earlier = ledger.begin(form_id)
        if earlier is not None:
            return redirect(back if earlier == BUSY else earlier, Flash("ok", REPEATED))
    try:
        done = action()
    except DeepdiveError as exc:
        if form_id:
            ledger.abandon(form_id)
        # Post, redirect, get as on success (a reload sends nothing twice); what was typed
        # waits on the server for the page the redirect opens.
        message = plain(str(exc))
        key = web(request).rejected.keep(Rejected(request.url.path, message, values or {}))
        return redirect(back, Flash("error", message, key))
    except BaseException:
        if form_id:
            ledger.abandon(form_id)
        raise
    location = local_path(done.location or back)
    if form_id:
        ledger.finish(form_id, location)
    return redirect(location, Flash("ok", done.message))


@dataclass(frozen=True)
class Posted:
    """A posted form: its one-time id and where to come back, with the app's state."""

    request: Request
    form_id: str
    back: str
    values: dict[str, list[str]]

    def submit(self, action: Callable[[WebState], Done]) -> RedirectResponse:
        state = web(self.request)
        return submit(self.request, self.form_id, self.back, lambda: action(state), self.values)


def posted(default_back: str) -> Any:
    """The dependency every form handler takes; `back` defaults to the page of the form."""

    async def dependency(
        request: Request, form_id: str = Form(""), back: str = Form(default_back)
    ) -> Posted:
        data = await request.form()  # parsed already: this reads Starlette's cached copy
        values = {name: [str(v) for v in data.getlist(name)]
                  for name in data if name not in NOT_KEPT}
        return Posted(request, form_id, back, values)

    return Depends(dependency)
