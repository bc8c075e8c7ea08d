"""Web pages: title, authors, year and word count of the main text, via trafilatura."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.encoding import decode_page
from deepdive.sources.http import FetchProblem

_VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com")
_TOOL_HOSTS = ("github.com", "gitlab.com")
_THREAD_HOSTS = (
    "stackoverflow.com",
    "stackexchange.com",
    "reddit.com",
    "news.ycombinator.com",
    "discord.com",
    "discord.gg",
)
_YEAR = re.compile(r"^(\d{4})")


def guess_kind(url: str) -> ResourceKind:
    """A guess from the address alone; the user can override it with --kind."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address still gets a kind
        return ResourceKind.POST
    host = (parts.hostname or "").lower()

    def on(hosts: tuple[str, ...]) -> bool:
        return any(host == known or host.endswith("." + known) for known in hosts)

    if on(_VIDEO_HOSTS):
        return ResourceKind.VIDEO
    if on(_TOOL_HOSTS):
        return ResourceKind.TOOL
    if on(_THREAD_HOSTS):
        return ResourceKind.THREAD
    if parts.path.lower().endswith(".pdf"):
        return ResourceKind.PAPER
    return ResourceKind.POST


def read_webpage(body: bytes, content_type: str, url: str) -> Metadata:
    """Metadata of an HTML page; whatever trafilatura cannot find is left empty."""
    try:  # heavy: loaded only when a page is actually read
        import trafilatura
        from trafilatura.settings import Document
    except ImportError as exc:  # a broken install must not block `add`
        raise FetchProblem(f"cannot read web pages here ({exc}); reinstall deepdive") from None

    html = decode_page(body, content_type)
    title = author = date = text = ""
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception:  # a third-party parser on untrusted input: any failure means "no text"
        document = None
    if isinstance(document, Document):
        title, author = document.title or "", document.author or ""
        date, text = document.date or "", document.text or ""
    if not title:
        try:
            found = trafilatura.extract_metadata(html, default_url=url)
        except Exception:  # same reason as above
            found = None
        if found is not None:
            title, author, date = found.title or "", found.author or author, found.date or date
    year = _YEAR.match(date)
    words = len(text.split())
    title = " ".join(title.split())
    readable = bool(title or words)  # an empty or binary page: try again later
    return Metadata(
        title=title or url,
        kind=guess_kind(url),
        url=url,
        authors=[name.strip() for name in author.split(";") if name.strip()],
        year=int(year[1]) if year else None,
        words=words or None,
        complete=readable,
        problem="" if readable else f"no title or text could be read at {url}",
    )
