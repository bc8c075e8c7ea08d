"""Network trouble never raises: the resolver returns what it knows, marked incomplete."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

import pytest

from deepdive.config import SourceEndpoints
from deepdive.domain.resource import ResourceKind
from deepdive.sources.resolver import SourceResolver
from tests.support.recorded_server import (
    Recorded,
    RecordedServer,
    closed_port_url,
    hang,
    huge,
    recorded_server,
)

FIFTY_MB = 50 * 1024 * 1024
TWENTY_MB = 20 * 1024 * 1024


@pytest.fixture
def server() -> Iterator[RecordedServer]:
    routes = {
        "/hang": hang(),
        "/api/query?id_list=1706.03762": hang(),
        "/doi/10.1145/3065386": hang(),
        "/huge/declared": huge(FIFTY_MB, declare_length=True),
        "/huge/streamed": huge(FIFTY_MB, declare_length=False),
        "/broken": Recorded(status=500, body=b"oops"),
    }
    with recorded_server(routes) as running:
        yield running


@pytest.mark.parametrize(
    ("source", "fetched_path"),
    [
        ("/hang", "/hang"),
        ("1706.03762", "/api/query?id_list=1706.03762"),
        ("doi:10.1145/3065386", "/doi/10.1145/3065386"),
    ],
)
def test_server_that_never_answers_times_out_quickly(
    server: RecordedServer, source: str, fetched_path: str
) -> None:
    source = server.url(source) if source.startswith("/") else source
    resolver = SourceResolver(server.endpoints(timeout_seconds=0.5))

    metadata = resolver.resolve(source)  # returns at all: the server never answers

    assert not metadata.complete
    assert metadata.problem == f"timed out after 0.5s fetching {server.url(fetched_path)}"
    assert metadata.title == source


def test_page_declaring_50_mb_is_refused_before_reading_it(server: RecordedServer) -> None:
    url = server.url("/huge/declared")
    resolver = SourceResolver(server.endpoints(max_bytes=TWENTY_MB))

    metadata = resolver.resolve(url)

    assert not metadata.complete
    assert metadata.problem == f"page is larger than the 20 MB limit: {url}"
    assert (metadata.title, metadata.url, metadata.kind) == (url, url, ResourceKind.POST)


def test_page_streaming_50_mb_is_cut_off_at_the_limit_without_holding_it(
    server: RecordedServer,
) -> None:
    url = server.url("/huge/streamed")
    resolver = SourceResolver(server.endpoints(max_bytes=TWENTY_MB))

    tracemalloc.start()
    try:
        metadata = resolver.resolve(url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert not metadata.complete
    assert metadata.problem == f"page is larger than the 20 MB limit: {url}"
    assert peak < 32 * 1024 * 1024  # at most the 20 MB allowed, never the 50 MB sent


def test_connection_refused_is_incomplete(server: RecordedServer) -> None:
    closed = closed_port_url()
    metadata = SourceResolver(server.endpoints()).resolve(f"{closed}/post")

    assert not metadata.complete
    assert metadata.problem.startswith(f"could not connect to {closed}: ")
    assert "refused" in metadata.problem.lower()
    assert metadata.url == f"{closed}/post"


def test_arxiv_api_that_is_down_keeps_the_id() -> None:
    closed = closed_port_url()
    resolver = SourceResolver(SourceEndpoints(arxiv_api=f"{closed}/api/query", timeout_seconds=1))

    metadata = resolver.resolve("https://arxiv.org/abs/1706.03762v3")

    assert (metadata.arxiv_id, metadata.url, metadata.complete) == (
        "1706.03762",
        "https://arxiv.org/abs/1706.03762",
        False,
    )
    assert metadata.problem.startswith(f"could not connect to {closed}")


@pytest.mark.parametrize(
    ("path", "problem"),
    [("/missing", "HTTP 404 Not Found"), ("/broken", "HTTP 500 Internal Server Error")],
)
def test_http_error_status_is_incomplete(server: RecordedServer, path: str, problem: str) -> None:
    url = server.url(path)
    metadata = SourceResolver(server.endpoints()).resolve(url)

    assert not metadata.complete
    assert metadata.problem == f"{problem} fetching {url}"


def test_doi_unknown_to_the_resolver_keeps_the_doi(server: RecordedServer) -> None:
    metadata = SourceResolver(server.endpoints()).resolve("https://doi.org/10.9999/nothing")

    assert (metadata.doi, metadata.url, metadata.complete) == (
        "10.9999/nothing",
        "https://doi.org/10.9999/nothing",
        False,
    )
    assert metadata.problem == f"HTTP 404 Not Found fetching {server.url('/doi/10.9999/nothing')}"


def test_redirect_loop_is_incomplete(server: RecordedServer) -> None:
    from tests.support.recorded_server import redirect

    server.routes["/loop"] = redirect("/loop")
    metadata = SourceResolver(server.endpoints()).resolve(server.url("/loop"))

    assert not metadata.complete
    assert metadata.problem == f"too many redirects fetching {server.url('/loop')}"


def test_server_that_trickles_forever_is_cut_off_by_the_deadline(server: RecordedServer) -> None:
    def trickle() -> Iterator[bytes]:
        # Each piece arrives well within the read timeout; only the overall deadline ends it.
        while not server.stopping.wait(0.05):
            yield b"<p>still going</p>"

    server.routes["/trickle"] = Recorded(headers={"Content-Type": "text/html"}, stream=trickle)
    url = server.url("/trickle")

    metadata = SourceResolver(server.endpoints(timeout_seconds=0.3)).resolve(url)

    # The trickle never ends: returning at all, with this problem, shows the overall cap.
    assert metadata.problem == f"timed out after 0.3s fetching {url}"


@pytest.mark.parametrize("url", ["http://[::1", "https://xn--a.com/"])
def test_malformed_address_is_incomplete_not_a_crash(url: str) -> None:
    metadata = SourceResolver(SourceEndpoints(timeout_seconds=1)).resolve(url)

    assert (metadata.url, metadata.complete) == (url, False)
    assert url in metadata.problem
