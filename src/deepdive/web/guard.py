"""The shield in front of every request of a local app: Host check (DNS rebinding), a body
size limit, security headers, and the CSRF cookie. Plain ASGI, so it costs little per request."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from html import escape
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "deepdive_csrf"
MAX_BODY_BYTES = 1024 * 1024  # a note of a megabyte is a book chapter; more is a mistake
WILDCARD_HOSTS = {"0.0.0.0", "::", ""}

SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class BodyTooLarge(Exception):
    pass


def allowed_hosts(bound: str) -> frozenset[str] | None:
    """Host names a browser may use to reach us; None when bound to every interface."""
    if bound in WILDCARD_HOSTS:
        return None
    names = {bound.lower()}
    if bound in ("127.0.0.1", "localhost", "::1"):
        names |= {"127.0.0.1", "localhost", "[::1]", "::1"}
    return frozenset(names)


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
    def __init__(self, app: ASGIApp, bound_host: str, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.hosts = allowed_hosts(bound_host)
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = host_name(headers.get("host", ""))
        if self.hosts is not None and host not in self.hosts:
            await _refuse(send, 400, "Unknown host",
                          f"This app answers to {', '.join(sorted(self.hosts))}, not {host!r}.")
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_body:
            await _refuse(send, 413, "Too large", _too_large(int(length), self.max_body))
            return
        token = csrf_token_of(headers.get("cookie", ""))
        fresh = token is None
        if token is None:
            token = secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf"] = token
        received = 0
        started = overflow = False

        async def limited_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    overflow = True
                    raise BodyTooLarge
            return message

        async def decorated_send(message: Message) -> None:
            nonlocal started
            if overflow:  # the app turned the cut-off body into its own error: say what it was
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _refuse(send, 413, "Too large", _too_large(received, self.max_body))
                return
            if message["type"] == "http.response.start":
                started = True
                extra = list(SECURITY_HEADERS)
                if fresh:
                    cookie = f"{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
                    extra.append((b"set-cookie", cookie.encode("latin-1")))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, limited_receive, decorated_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send, 413, "Too large", _too_large(received, self.max_body))


def _too_large(size: int, limit: int) -> str:
    return (f"The request holds {size / 1024 / 1024:.1f} MB; the limit is "
            f"{limit // 1024 // 1024} MB. Keep notes shorter or split them.")


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
