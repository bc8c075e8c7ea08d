"""Recognize what a SOURCE string given to `deepdive add` is: arXiv id, DOI, URL or a title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urlsplit


class SourceForm(StrEnum):
    ARXIV = "arxiv"
    DOI = "doi"
    URL = "url"
    TEXT = "text"


@dataclass(frozen=True)
class Classified:
    form: SourceForm
    value: str  # the arXiv id (no version), the DOI, the URL, or the stripped text


# New-style ids (0704.0001 onwards, 4 or 5 digits after the dot) and old-style archive/YYMMNNN.
_NEW_ID = r"\d{4}\.\d{4,5}"
_OLD_ID = r"[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_ID = re.compile(rf"^(?:arxiv:\s*)?(?P<id>{_NEW_ID}|{_OLD_ID})(?:v\d+)?$", re.IGNORECASE)
_ARXIV_PATH = re.compile(
    rf"^/(?:abs|pdf|html)/(?P<id>{_NEW_ID}|{_OLD_ID})(?:v\d+)?(?:\.pdf)?/?$", re.IGNORECASE
)
_ARXIV_HOSTS = {"arxiv.org", "www.arxiv.org", "export.arxiv.org"}

_DOI = re.compile(r"^(?:doi:\s*)?(?P<doi>10\.\d{4,9}/\S+)$", re.IGNORECASE)
_DOI_HOSTS = {"doi.org", "dx.doi.org", "www.doi.org"}


def classify(source: str) -> Classified:
    text = source.strip()
    match = _ARXIV_ID.match(text)
    if match:
        return Classified(SourceForm.ARXIV, match["id"])
    match = _DOI.match(text)
    if match:
        return Classified(SourceForm.DOI, match["doi"])
    if re.match(r"^https?://", text, re.IGNORECASE):
        return _classify_url(text)
    if re.match(r"^(?:www\.)?(?:arxiv\.org|doi\.org|dx\.doi\.org)/\S+$", text, re.IGNORECASE):
        return _classify_url("https://" + text)  # pasted without its scheme
    return Classified(SourceForm.TEXT, text)


def _classify_url(url: str) -> Classified:
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed "[" in an IPv6 host: leave it to the fetch to report
        return Classified(SourceForm.URL, url)
    host = (parts.hostname or "").lower()
    if host in _ARXIV_HOSTS:
        match = _ARXIV_PATH.match(parts.path)
        if match:
            return Classified(SourceForm.ARXIV, match["id"])
    if host in _DOI_HOSTS:
        # doi.org paths may percent-encode characters of the DOI itself.
        doi = unquote(parts.path.lstrip("/"))
        if _DOI.match(doi):
            return Classified(SourceForm.DOI, doi)
    return Classified(SourceForm.URL, url)
