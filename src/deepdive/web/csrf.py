"""CSRF: every state-changing request carries the token of the cookie set by the guard, as a
form field (`csrf`) or, for scripts, the `X-CSRF-Token` header. A page on another site can
neither read the cookie nor send it (SameSite=Strict), so its forms fail here."""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

from deepdive.web.guard import MAX_BODY_BYTES

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
HEADER = "x-csrf-token"
FIELD = "csrf"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def request_token(request: Request) -> str:
    token: str = request.state.csrf
    return token


async def require_csrf(request: Request) -> None:
    if request.method in SAFE_METHODS:
        return
    expected = request.cookies.get("deepdive_csrf")
    sent = request.headers.get(HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(FORM_TYPES):
        value = (await request.form(max_part_size=MAX_BODY_BYTES)).get(FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not secrets.compare_digest(expected, sent):
        raise HTTPException(
            status_code=403,
            detail="This form has no valid CSRF token; reload the page and send it again.",
        )
