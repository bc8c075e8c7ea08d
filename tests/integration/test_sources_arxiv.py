"""arXiv ids and URLs resolve through the arXiv API, served here from recorded Atom answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from deepdive.domain.metadata import Metadata, estimate_minutes
from deepdive.domain.resource import ResourceKind
from deepdive.sources.resolver import SourceResolver
from tests.conftest import corpus_file
from tests.support.recorded_server import (
    RecordedServer,
    fixture_bytes,
    page,
    recorded_server,
)

ATOM = "application/atom+xml; charset=utf-8"

ATTENTION = Metadata(
    title="Attention Is All You Need",
    kind=ResourceKind.PAPER,
    url="https://arxiv.org/abs/1706.03762",
    authors=[
        "Ashish Vaswani",
        "Noam Shazeer",
        "Niki Parmar",
        "Jakob Uszkoreit",
        "Llion Jones",
        "Aidan N. Gomez",
        "Lukasz Kaiser",
        "Illia Polosukhin",
    ],
    year=2017,
    arxiv_id="1706.03762",
    pages=15,
    complete=True,
)


@pytest.fixture
def server() -> Iterator[RecordedServer]:
    routes = {
        "/api/query?id_list=1706.03762": page(fixture_bytes("arxiv-1706.03762.atom.xml"), ATOM),
        "/api/query?id_list=9912.99999": page(fixture_bytes("arxiv-empty.atom.xml"), ATOM),
        "/api/query?id_list=2101.00001": page(b"<feed><entry>", ATOM),
    }
    with recorded_server(routes) as running:
        yield running


@pytest.mark.parametrize(
    "source",
    [
        "1706.03762",
        "arXiv:1706.03762v5",
        "https://arxiv.org/abs/1706.03762",
        "https://arxiv.org/pdf/1706.03762v7",
    ],
)
def test_arxiv_paper_gets_title_authors_year_and_pages(server: RecordedServer, source: str) -> None:
    metadata = SourceResolver(server.endpoints()).resolve(source)

    assert metadata == ATTENTION
    assert estimate_minutes(metadata.words, metadata.pages) == 60


def test_arxiv_api_is_asked_for_the_id_as_atom(server: RecordedServer) -> None:
    SourceResolver(server.endpoints()).resolve("arXiv:1706.03762v5")

    [(path, headers)] = server.requests
    assert path == "/api/query?id_list=1706.03762"
    assert "atom" in headers["Accept"]
    assert headers["User-Agent"].startswith("deepdive/")


def test_unknown_arxiv_id_is_incomplete_with_a_clear_problem(server: RecordedServer) -> None:
    metadata = SourceResolver(server.endpoints()).resolve("9912.99999")

    assert metadata == Metadata(
        title="9912.99999",
        kind=ResourceKind.PAPER,
        url="https://arxiv.org/abs/9912.99999",
        arxiv_id="9912.99999",
        complete=False,
        problem="arXiv has no paper 9912.99999",
    )


def test_malformed_arxiv_answer_is_incomplete_not_a_crash(server: RecordedServer) -> None:
    metadata = SourceResolver(server.endpoints()).resolve("2101.00001")

    assert not metadata.complete
    assert metadata.arxiv_id == "2101.00001"
    assert metadata.problem.startswith("arXiv answered with malformed XML")


def test_real_arxiv_api_feed_from_the_corpus_is_read() -> None:
    feed = corpus_file("feeds", "arxivpy-search_query=au_del_maestro.xml")
    routes = {"/api/query?id_list=1201.4869": page(feed.read_bytes(), ATOM)}
    with recorded_server(routes) as running:
        metadata = SourceResolver(running.endpoints()).resolve("1201.4869")

    # The first of the feed's 10 entries, as recorded by arxiv.py's test suite.
    assert metadata == Metadata(
        title="A Luttinger Liquid Core Inside Helium-4 Filled Nanopores",
        kind=ResourceKind.PAPER,
        url="https://arxiv.org/abs/1201.4869",
        authors=["Adrian Del Maestro"],
        year=2012,
        arxiv_id="1201.4869",
        doi="10.1142/S021797921244002X",
        pages=26,
        complete=True,
    )
