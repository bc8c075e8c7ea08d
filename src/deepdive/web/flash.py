"""A one-shot message carried across a redirect (post, redirect, get) in a cookie."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from fastapi import Request, Response

COOKIE = "deepdive_flash"
MAX_TEXT = 600  # cookies hold about 4 KB


@dataclass(frozen=True)
class Flash:
    kind: str  # "ok" or "error"
    text: str
    refill: str = ""  # the key of the rejected form's values (refill.RejectedForms)


def set_flash(response: Response, flash: Flash) -> None:
    raw = json.dumps({"kind": flash.kind, "text": flash.text[:MAX_TEXT],
                      "refill": flash.refill}).encode()
    value = base64.urlsafe_b64encode(raw).decode()
    response.set_cookie(COOKIE, value, httponly=True, samesite="strict", path="/")


def read_flash(request: Request) -> Flash | None:
    value = request.cookies.get(COOKIE)
    if not value:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(value.encode()))
        kind = "error" if data.get("kind") == "error" else "ok"
        return Flash(kind, str(data.get("text", ""))[:MAX_TEXT], str(data.get("refill", "")))
    except (ValueError, TypeError, AttributeError):
        return None


def clear_flash(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")
