"""The shield in front of every request of a local app: Host check (DNS rebinding), a body
size limit, security headers, and the CSRF cookie. Plain ASGI, so it costs little per request."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from html import escape
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "deepdive_csrf"
# A note holds at most 1 MB (routes/resource.py); sent as a form, each byte may take three
# (%E2...), so the request may be up to 4 MB.
MAX_BODY_BYTES = 4 * 1024 * 1024
WILDCARD_HOSTS = {"0.0.0.0", "::", "[::]", ""}
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
TOO_LARGE = "too_large"  # the request state key that says why a body was cut off

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


def allowed_hosts(bound: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """Host names a browser may use to reach us, in every bind mode: a page of any other name
    (DNS rebinding) is refused even when bound to all interfaces."""
    names = set(LOOPBACK_NAMES)
    if bound not in WILDCARD_HOSTS:
        names.add(f"[{bound.lower()}]" if ":" in bound and not bound.startswith("[")
                  else bound.lower())
    names |= {name.strip().lower() for name in extra if name.strip()}
    return frozenset(names)


def too_large_message(request: Request) -> str | None:
    """Why the guard cut this request's body off, if it did."""
    message: str | None = getattr(request.state, TOO_LARGE, None)
    return message


async def refuse_oversized(request: Request) -> None:
    """An app dependency before all others: a cut-off body is refused, never half-saved."""
    message = too_large_message(request)
    if message:
        raise HTTPException(status_code=413, detail=message)


def host_name(header: str) -> str:
    """`127.0.0.1:8000` -> `127.0.0.1`; `[::1]:8000` -> `[::1]`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def csrf_token_of(cookie_header: str) -> str | None:
    for part in cookie_header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == CSRF_COOKIE and value:
            return value
    return None


class Guard:
    def __init__(self, app: ASGIApp, bound_host: str, extra_hosts: Iterable[str] = (),
                 max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.hosts = allowed_hosts(bound_host, extra_hosts)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = host_name(headers.get("host", ""))
        if host not in self.hosts:
            await _refuse(send, 400, "Unknown host",
                          f"This app answers to {', '.join(sorted(self.hosts))}, not {host!r}; "
                          "`deepdive web --allow-host NAME` adds a name.")
            return
        state = scope.setdefault("state", {})
        length = headers.get("content-length", "")
        declared = int(length) if length.isdigit() else None
        if declared is not None and declared > self.max_body:
            # The app answers (in its page layout, or JSON under /api) without the body.
            state[TOO_LARGE] = _too_large(declared, self.max_body)
        token = csrf_token_of(headers.get("cookie", ""))
        fresh = token is None
        if token is None:
            token = secrets.token_urlsafe(32)
        state["csrf"] = token
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            if TOO_LARGE in state:
                return {"type": "http.request", "body": b"", "more_body": False}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:  # a body without a length, streamed: cut it
                    state[TOO_LARGE] = _too_large(received, self.max_body, streamed=True)
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def decorated_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(SECURITY_HEADERS)
                if fresh:
                    cookie = f"{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
                    extra.append((b"set-cookie", cookie.encode("latin-1")))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, limited_receive, decorated_send)


def _too_large(size: int, limit: int, streamed: bool = False) -> str:
    held = f"more than {limit // 1024 // 1024} MB" if streamed else f"{size / 1024 / 1024:.1f} MB"
    return (f"Nothing was saved: the request holds {held}; the limit is "
            f"{limit // 1024 // 1024} MB (a note holds at most 1 MB). Keep notes shorter or "
            "split them.")


async def _refuse(send: Send, status: int, title: str, text: str) -> None:
    body = (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>{escape(title)}</title><h1>{escape(title)}</h1><p role=alert>{escape(text)}</p>"
    ).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"text/html; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
            *SECURITY_HEADERS,
        ],
    })
    await send({"type": "http.response.body", "body": body})
