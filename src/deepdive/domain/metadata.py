"""What a metadata resolver learns about a source, and how long it will take to study."""

from __future__ import annotations

from dataclasses import dataclass, field

from deepdive.domain.resource import ResourceKind

WORDS_PER_MINUTE = 230
MINUTES_PER_PAGE = 4  # a dense paper page; about 900 words at 230 wpm


@dataclass
class Metadata:
    title: str = ""
    kind: ResourceKind | None = None
    url: str = ""
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    arxiv_id: str = ""
    doi: str = ""
    words: int | None = None
    pages: int | None = None
    complete: bool = True  # False when a fetch failed or was skipped: refresh later
    problem: str = ""  # why it is incomplete, shown to the user


def estimate_minutes(words: int | None, pages: int | None) -> int | None:
    """Reading time from words (about 230 a minute) or, failing that, pages."""
    if words:
        return max(1, round(words / WORDS_PER_MINUTE))
    if pages:
        return pages * MINUTES_PER_PAGE
    return None
