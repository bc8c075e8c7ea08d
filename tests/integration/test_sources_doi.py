"""DOIs resolve through CSL-JSON content negotiation, served here from a recorded answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.doi import parse_csl
from deepdive.sources.resolver import SourceResolver
from tests.support.recorded_server import (
    RecordedServer,
    fixture_bytes,
    page,
    recorded_server,
)

CSL = "application/vnd.citationstyles.csl+json"
GPT3_DOI = "10.48550/arXiv.2005.14165"


@pytest.fixture
def server() -> Iterator[RecordedServer]:
    routes = {
        f"/doi/{GPT3_DOI}": page(fixture_bytes("doi-10.48550-arXiv.2005.14165.csl.json"), CSL),
        "/doi/10.1000/not-json": page(b"<html>Choose a format</html>", "text/html"),
    }
    with recorded_server(routes) as running:
        yield running


@pytest.mark.parametrize(
    "source",
    [GPT3_DOI, f"doi:{GPT3_DOI}", f"https://doi.org/{GPT3_DOI}", f"https://dx.doi.org/{GPT3_DOI}"],
)
def test_doi_gets_title_authors_year_from_csl_json(server: RecordedServer, source: str) -> None:
    metadata = SourceResolver(server.endpoints()).resolve(source)

    assert metadata.complete, metadata.problem
    assert metadata.title == "Language Models are Few-Shot Learners"
    assert metadata.kind == ResourceKind.PAPER
    assert metadata.year == 2020
    assert metadata.doi == GPT3_DOI
    assert metadata.arxiv_id == "2005.14165"  # an arXiv DOI names its paper
    assert metadata.url == "https://arxiv.org/abs/2005.14165"
    assert len(metadata.authors) == 31
    assert metadata.authors[:3] == ["Tom B. Brown", "Benjamin Mann", "Nick Ryder"]
    assert metadata.authors[-1] == "Dario Amodei"


def test_doi_is_asked_for_csl_json(server: RecordedServer) -> None:
    SourceResolver(server.endpoints()).resolve(GPT3_DOI)

    [(path, headers)] = server.requests
    assert path == f"/doi/{GPT3_DOI}"
    assert headers["Accept"] == CSL


def test_doi_that_redirects_to_its_metadata_is_followed(server: RecordedServer) -> None:
    from tests.support.recorded_server import redirect

    server.routes["/doi/10.1000/moved"] = redirect(f"/doi/{GPT3_DOI}", status=303)
    metadata = SourceResolver(server.endpoints()).resolve("10.1000/moved")

    assert metadata.title == "Language Models are Few-Shot Learners"
    assert metadata.doi == "10.1000/moved"


def test_doi_resolver_answering_html_is_incomplete(server: RecordedServer) -> None:
    metadata = SourceResolver(server.endpoints()).resolve("10.1000/not-json")

    assert metadata == Metadata(
        title="10.1000/not-json",
        kind=ResourceKind.PAPER,
        url="https://doi.org/10.1000/not-json",
        doi="10.1000/not-json",
        complete=False,
        problem="the DOI resolver did not answer with CSL-JSON for 10.1000/not-json",
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (  # Crossref style: list title, string year, page range
            {
                "type": "paper-conference",
                "title": ["ImageNet classification with deep convolutional neural networks"],
                "author": [
                    {"given": "Alex", "family": "Krizhevsky"},
                    {"literal": "SuperVision team"},
                ],
                "issued": {"date-parts": [["2017", "05"]]},
                "page": "84-90",
                "URL": "http://dx.doi.org/10.1145/3065386",
            },
            Metadata(
                title="ImageNet classification with deep convolutional neural networks",
                kind=ResourceKind.PAPER,
                url="http://dx.doi.org/10.1145/3065386",
                authors=["Alex Krizhevsky", "SuperVision team"],
                year=2017,
                doi="10.1145/3065386",
                pages=7,
            ),
        ),
        (  # a book with its page count, no URL, year only under "published"
            {
                "type": "book",
                "title": "Deep Learning",
                "author": [{"family": "Goodfellow"}],
                "published": {"date-parts": [[2016]]},
                "number-of-pages": "775",
                "page": "e12",
            },
            Metadata(
                title="Deep Learning",
                kind=ResourceKind.BOOK,
                url="https://doi.org/10.1145/3065386",
                authors=["Goodfellow"],
                year=2016,
                doi="10.1145/3065386",
                pages=775,
            ),
        ),
        (  # a blog post with odd fields: nothing is guessed
            {
                "type": "post-weblog",
                "title": 42,
                "author": "not a list",
                "issued": {"date-parts": [[None]]},
                "page": "12–3",
            },
            Metadata(
                title="42",
                kind=ResourceKind.POST,
                url="https://doi.org/10.1145/3065386",
                doi="10.1145/3065386",
            ),
        ),
    ],
)
def test_csl_json_variants_are_read(item: dict[str, Any], expected: Metadata) -> None:
    assert parse_csl(item, "10.1145/3065386") == expected


def test_doi_with_url_unsafe_characters_is_escaped_in_the_request() -> None:
    doi = "10.1002/(SICI)1097-0258(19980815/30)17:15/16<1661::AID-SIM968>3.0.CO;2-2"
    csl = b'{"type": "article-journal", "title": "A doi full of symbols"}'
    with recorded_server({f"/doi/{doi}": page(csl, CSL)}) as running:
        metadata = SourceResolver(running.endpoints()).resolve(doi)
        [(path, _)] = running.requests

    assert metadata.title == "A doi full of symbols"
    assert "<" not in path and "%3C" in path
