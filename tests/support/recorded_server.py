"""A real HTTP server on 127.0.0.1 that replays recorded responses to the metadata resolvers.

Routes map "path?query" (percent-decoded) to a Recorded response. Besides plain bodies it can
stream a body too large to keep in memory, accept a request and never answer, and redirect.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

from deepdive.config import SourceEndpoints

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"
_CHUNK = b"x" * (64 * 1024)


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@dataclass(frozen=True)
class Recorded:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    # Produces the body piece by piece instead of `body`, so huge bodies never sit in memory.
    stream: Callable[[], Iterable[bytes]] | None = None
    # Accept the request, then answer nothing until the server shuts down.
    hang: bool = False


def page(body: bytes, content_type: str = "text/html; charset=utf-8") -> Recorded:
    return Recorded(body=body, headers={"Content-Type": content_type})


def redirect(location: str, status: int = 302) -> Recorded:
    return Recorded(status=status, headers={"Location": location})


def hang() -> Recorded:
    return Recorded(hang=True)


def huge(total_bytes: int, *, declare_length: bool) -> Recorded:
    """total_bytes of filler, streamed in 64 KB chunks, with or without a Content-Length."""

    def chunks() -> Iterator[bytes]:
        sent = 0
        while sent < total_bytes:
            piece = _CHUNK[: total_bytes - sent]
            sent += len(piece)
            yield piece

    headers = {"Content-Type": "text/html; charset=utf-8"}
    if declare_length:
        headers["Content-Length"] = str(total_bytes)
    return Recorded(headers=headers, stream=chunks)


class RecordedServer:
    def __init__(self, routes: dict[str, Recorded]) -> None:
        self.routes = dict(routes)
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, headers) as received
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        # A short poll interval keeps shutdown (once per test) from costing half a second.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def url(self, path: str) -> str:
        return self.base_url + path

    def endpoints(
        self, timeout_seconds: float = 2.0, max_bytes: int = 1024 * 1024
    ) -> SourceEndpoints:
        """Endpoints whose arXiv API lives at /api/query and DOI resolver at /doi."""
        return SourceEndpoints(
            arxiv_api=self.url("/api/query"),
            doi_resolver=self.url("/doi"),
            timeout_seconds=timeout_seconds,
            max_bytes=max_bytes,
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()  # releases hanging handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@contextmanager
def recorded_server(routes: dict[str, Recorded] | None = None) -> Iterator[RecordedServer]:
    server = RecordedServer(routes or {})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: connecting is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _handler_for(server: RecordedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append((self.path, dict(self.headers.items())))
            recorded = server.routes.get(unquote(self.path))
            if recorded is None:
                recorded = Recorded(
                    status=404, body=b"not recorded", headers={"Content-Type": "text/plain"}
                )
            if recorded.hang:
                server.stopping.wait()
                return
            self.send_response(recorded.status)
            for name, value in recorded.headers.items():
                self.send_header(name, value)
            if recorded.stream is None:
                self.send_header("Content-Length", str(len(recorded.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                if recorded.stream is None:
                    self.wfile.write(recorded.body)
                else:
                    for piece in recorded.stream():
                        self.wfile.write(piece)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as a size limit should make it do

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output quiet

    return Handler
