"""Other URLs: HTML pages are read with trafilatura, PDFs with pypdf, redirects are followed."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from deepdive.domain.metadata import Metadata, estimate_minutes
from deepdive.domain.resource import ResourceKind
from deepdive.sources.resolver import SourceResolver
from tests.support.recorded_server import (
    RecordedServer,
    fixture_bytes,
    page,
    recorded_server,
    redirect,
)

BLOG_TITLE = "Self-attention, slowly: what one transformer layer computes"
CP1252_PAGE = fixture_bytes("cp1252-aeroeskoebing.html")


def make_pdf(pages: int, title: str | None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    if title is not None:
        writer.add_metadata({"/Title": title, "/Author": "Ada Lovelace; Charles Babbage"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def server() -> Iterator[RecordedServer]:
    routes = {
        "/blog/self-attention.html": page(fixture_bytes("blog-self-attention.html")),
        "/go/self-attention": redirect("/blog/self-attention.html", status=301),
        "/papers/notes.pdf": page(make_pdf(3, "Notes on Attention"), "application/pdf"),
        "/download?id=7": page(make_pdf(2, None), "application/octet-stream"),
        "/papers/broken.pdf": page(b"%PDF-1.7\nthis is not really a pdf", "application/pdf"),
        # the same windows-1252 bytes, declared in different places (or nowhere)
        "/cafe/header": page(CP1252_PAGE, "text/html; charset=windows-1252"),
        "/cafe/meta-only": page(CP1252_PAGE, "text/html"),
        "/cafe/wrong-header": page(CP1252_PAGE, "text/html; charset=utf-8"),
        "/cafe/undeclared": page(CP1252_PAGE.replace(b"; charset=windows-1252", b""), "text/html"),
        "/cafe/latin-1-label": page(CP1252_PAGE, "text/html; charset=ISO-8859-1"),
        "/cafe/bogus-label": page(CP1252_PAGE, "text/html; charset=no-such-codec"),
        "/bytes": page(bytes(range(256)) * 4, "text/html"),
    }
    with recorded_server(routes) as running:
        yield running


def test_blog_post_gets_title_author_year_and_word_count(server: RecordedServer) -> None:
    url = server.url("/blog/self-attention.html")
    metadata = SourceResolver(server.endpoints()).resolve(url)

    assert metadata.complete, metadata.problem
    assert metadata.title == BLOG_TITLE
    assert metadata.authors == ["Mira Okonkwo"]
    assert metadata.year == 2021
    assert metadata.kind == ResourceKind.POST
    assert metadata.url == url
    assert metadata.words is not None and 950 <= metadata.words <= 1200  # the article, not the nav
    assert estimate_minutes(metadata.words, metadata.pages) in range(4, 6)


def test_redirect_is_followed_and_the_final_url_kept(server: RecordedServer) -> None:
    metadata = SourceResolver(server.endpoints()).resolve(server.url("/go/self-attention"))

    assert metadata.complete, metadata.problem
    assert metadata.title == BLOG_TITLE
    assert metadata.url == server.url("/blog/self-attention.html")


@pytest.mark.parametrize(
    "path",
    [
        "/cafe/header",
        "/cafe/meta-only",
        "/cafe/wrong-header",
        "/cafe/undeclared",
        "/cafe/latin-1-label",
        "/cafe/bogus-label",
    ],
)
def test_windows_1252_page_is_decoded_right(server: RecordedServer, path: str) -> None:
    metadata = SourceResolver(server.endpoints()).resolve(server.url(path))

    assert metadata.complete, metadata.problem
    assert metadata.title == "Ærøskøbing – café notes"
    assert metadata.authors == ["Søren Højgaard"]


def test_page_of_arbitrary_bytes_does_not_crash(server: RecordedServer) -> None:
    metadata = SourceResolver(server.endpoints()).resolve(server.url("/bytes"))

    assert metadata.url == server.url("/bytes")
    assert metadata.title == server.url("/bytes")  # nothing readable: the URL stands in
    assert not metadata.complete  # and `refresh` may try again later
    assert metadata.problem == f"no title or text could be read at {server.url('/bytes')}"


def test_pdf_gets_pages_and_title_from_its_metadata(server: RecordedServer) -> None:
    url = server.url("/papers/notes.pdf")
    metadata = SourceResolver(server.endpoints()).resolve(url)

    assert metadata == Metadata(
        title="Notes on Attention",
        kind=ResourceKind.PAPER,
        url=url,
        authors=["Ada Lovelace", "Charles Babbage"],
        pages=3,
        complete=True,
    )
    assert estimate_minutes(metadata.words, metadata.pages) == 12


def test_pdf_is_recognized_by_its_bytes_and_untitled_one_is_named_by_url(
    server: RecordedServer,
) -> None:
    url = server.url("/download?id=7")
    metadata = SourceResolver(server.endpoints()).resolve(url)

    assert (metadata.title, metadata.kind, metadata.pages, metadata.complete) == (
        url,
        ResourceKind.PAPER,
        2,
        True,
    )


def test_damaged_pdf_is_incomplete_not_a_crash(server: RecordedServer) -> None:
    url = server.url("/papers/broken.pdf")
    metadata = SourceResolver(server.endpoints()).resolve(url)

    assert metadata == Metadata(
        title=url,
        kind=ResourceKind.PAPER,
        url=url,
        complete=False,
        problem=f"could not read the PDF at {url}",
    )
