"""DOIs: ask the DOI resolver for CSL-JSON (content negotiation) and read its metadata."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from deepdive.config import SourceEndpoints
from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.http import FetchProblem, fetch

CSL_JSON = "application/vnd.citationstyles.csl+json"

# CSL item types (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types)
_KINDS = {
    "article": ResourceKind.PAPER,
    "article-journal": ResourceKind.PAPER,
    "article-magazine": ResourceKind.POST,
    "article-newspaper": ResourceKind.POST,
    "paper-conference": ResourceKind.PAPER,
    "report": ResourceKind.PAPER,
    "thesis": ResourceKind.PAPER,
    "manuscript": ResourceKind.PAPER,
    "preprint": ResourceKind.PAPER,
    "book": ResourceKind.BOOK,
    "chapter": ResourceKind.BOOK,
    "webpage": ResourceKind.POST,
    "post": ResourceKind.POST,
    "post-weblog": ResourceKind.POST,
    "motion_picture": ResourceKind.VIDEO,
    "broadcast": ResourceKind.VIDEO,
    "software": ResourceKind.TOOL,
}
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(?P<id>.+)$", re.IGNORECASE)
_PAGE_RANGE = re.compile(r"^\s*(\d+)\s*[-–—]\s*(\d+)\s*$")


def resolve_doi(doi: str, endpoints: SourceEndpoints) -> Metadata:
    """Metadata for one DOI; raises FetchProblem when it cannot be had."""
    url = f"{endpoints.doi_resolver.rstrip('/')}/{quote(doi, safe='/:;()')}"
    fetched = fetch(url, endpoints, accept=CSL_JSON)
    try:
        item = json.loads(fetched.body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise FetchProblem(f"the DOI resolver did not answer with CSL-JSON for {doi}") from None
    if not isinstance(item, dict):
        raise FetchProblem(f"the DOI resolver did not answer with CSL-JSON for {doi}")
    return parse_csl(item, doi)


def parse_csl(item: dict[str, Any], doi: str) -> Metadata:
    """Read one CSL-JSON item; fields that are missing or odd are left empty, never guessed."""
    found_doi = doi or _string(item.get("DOI"))  # as the user typed it; DOIs ignore case
    arxiv = _ARXIV_DOI.match(found_doi)
    return Metadata(
        title=_string(item.get("title")),
        kind=_KINDS.get(_string(item.get("type")), ResourceKind.PAPER),
        url=_string(item.get("URL")) or f"https://doi.org/{found_doi}",
        authors=_authors(item.get("author")),
        year=_year(item),
        arxiv_id=arxiv["id"] if arxiv else "",
        doi=found_doi,
        pages=_pages(item),
    )


def _string(value: Any) -> str:
    """CSL fields may be a string or a list of strings (Crossref sends titles as lists)."""
    if isinstance(value, list):
        value = next((part for part in value if isinstance(part, str) and part.strip()), "")
    if isinstance(value, str | int):
        return " ".join(str(value).split())
    return ""


def _authors(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    names = []
    for person in value:
        if not isinstance(person, dict):
            continue
        literal = _string(person.get("literal")) or _string(person.get("name"))
        full = " ".join(
            part for part in (_string(person.get("given")), _string(person.get("family"))) if part
        )
        if name := (full or literal):
            names.append(name)
    return names


def _year(item: dict[str, Any]) -> int | None:
    for key in ("issued", "published", "published-print", "published-online", "created"):
        date = item.get(key)
        if not isinstance(date, dict):
            continue
        try:
            year = int(date["date-parts"][0][0])
        except (KeyError, IndexError, TypeError, ValueError):
            continue
        return year
    return None


def _pages(item: dict[str, Any]) -> int | None:
    counted = _string(item.get("number-of-pages"))
    if counted.isdigit() and int(counted) > 0:
        return int(counted)
    span = _PAGE_RANGE.match(_string(item.get("page")))
    if span:
        first, last = int(span[1]), int(span[2])
        if last >= first:
            return last - first + 1
    return None
