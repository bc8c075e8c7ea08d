"""arXiv: ask the arXiv API (Atom XML) about one paper and read its metadata."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlencode

from deepdive.config import SourceEndpoints
from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.http import FetchProblem, fetch

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "arxiv": "http://arxiv.org/schemas/atom",
    "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
}
_ENTRY_ID = re.compile(r"/abs/(?P<id>.+?)(?:v\d+)?$")
_PAGES = re.compile(r"(\d+)\s*(?:pages|pp\b)", re.IGNORECASE)


def abs_url(arxiv_id: str) -> str:
    return f"https://arxiv.org/abs/{arxiv_id}"


def resolve_arxiv(arxiv_id: str, endpoints: SourceEndpoints) -> Metadata:
    """Metadata for one arXiv id; raises FetchProblem when it cannot be had."""
    url = f"{endpoints.arxiv_api}?{urlencode({'id_list': arxiv_id})}"
    fetched = fetch(url, endpoints, accept="application/atom+xml")
    metadata = parse_first_entry(fetched.body)
    if metadata is None:
        raise FetchProblem(f"arXiv has no paper {arxiv_id}")
    return metadata


def parse_first_entry(body: bytes) -> Metadata | None:
    """The first paper of an arXiv API Atom feed, or None if it holds no paper."""
    try:
        # The stdlib parser never fetches external entities; expat caps entity expansion.
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise FetchProblem(f"arXiv answered with malformed XML ({error})") from None
    entry = root.find("atom:entry", NS)
    if entry is None:
        return None
    entry_id = _text(entry, "atom:id")
    title = _text(entry, "atom:title")
    # The API reports a bad id as an entry whose id points at its errors page.
    if not title or "/api/errors" in entry_id:
        return None
    match = _ENTRY_ID.search(entry_id)
    arxiv_id = match["id"] if match else ""
    published = _text(entry, "atom:published")
    comment = _text(entry, "arxiv:comment")
    pages = _PAGES.search(comment)
    return Metadata(
        title=title,
        kind=ResourceKind.PAPER,
        url=abs_url(arxiv_id) if arxiv_id else entry_id,
        authors=[
            name
            for author in entry.findall("atom:author", NS)
            if (name := _text(author, "atom:name"))
        ],
        year=int(published[:4]) if published[:4].isdigit() else None,
        arxiv_id=arxiv_id,
        doi=_text(entry, "arxiv:doi"),
        pages=int(pages[1]) if pages else None,
    )


def _text(element: ET.Element, path: str) -> str:
    """The element's text with runs of whitespace (wrapped lines) collapsed."""
    found = element.find(path, NS)
    if found is None or found.text is None:
        return ""
    return " ".join(found.text.split())
