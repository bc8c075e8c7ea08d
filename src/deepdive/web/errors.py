"""Errors as a user sees them: one sentence on a page (or {"error": ...} for /api), never a
traceback. The status code follows the kind of error."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from deepdive.domain.errors import Ambiguous, Conflict, DeepdiveError, InvalidInput, NotFound
from deepdive.web.flash import Flash, set_flash
from deepdive.web.guard import too_large_message
from deepdive.web.render import problem
from deepdive.web.wording import plain

# Pages of the current dive: with no dive to show they lead to Dives, where one is started.
DIVE_PAGES = frozenset({"/", "/plan", "/review", "/reflection", "/writeup"})
NO_DIVE = "There is no dive to work on yet: start one here (or pick one from the list)."

STATUS = {InvalidInput: 400, Ambiguous: 400, NotFound: 404, Conflict: 409}
TITLES = {400: "Not accepted", 403: "Refused", 404: "Not found", 405: "Not allowed",
          409: "Conflict", 413: "Too large", 422: "Not accepted"}


def _status_of(exc: DeepdiveError) -> int:
    return next((code for kind, code in STATUS.items() if isinstance(exc, kind)), 400)


def _answer(request: Request, status: int, message: str) -> Response:
    oversized = too_large_message(request)
    if oversized:  # whatever the cut-off body then caused, the size is the reason
        status, message = 413, oversized
    message = plain(message)
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"error": message}, status_code=status)
    return problem(request, TITLES.get(status, "Error"), message, status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where or 'request'}: {error.get('msg', 'not accepted')}")
    return "; ".join(parts) or "the request was not understood"


def install(app: FastAPI) -> None:
    @app.exception_handler(DeepdiveError)
    async def domain_error(request: Request, exc: DeepdiveError) -> Response:
        if (isinstance(exc, NotFound) and str(exc).startswith("no current dive")
                and request.method == "GET" and request.url.path in DIVE_PAGES):
            response = RedirectResponse("/dives", status_code=303)
            set_flash(response, Flash("ok", NO_DIVE))
            return response
        return _answer(request, _status_of(exc), str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "not possible"
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        return _answer(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if any(error.get("loc", ("",))[0] == "path" for error in exc.errors()):
            # /resources/abc: ids are numbers, so there is no such thing (not a form mistake)
            return _answer(request, 404, f"There is nothing at {request.url.path}: "
                                         "ids are whole numbers, like /resources/12.")
        status = 422 if request.url.path.startswith("/api/") else 400
        return _answer(request, status, _validation_message(exc))
