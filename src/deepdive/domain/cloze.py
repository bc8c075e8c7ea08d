"""Anki's cloze deletions: `{{c1::answer}}` and `{{c1::answer::hint}}`, one card per number."""

from __future__ import annotations

import re

CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


def numbers(text: str) -> list[int]:
    """The distinct deletion numbers in `text`, ascending: one card each."""
    return sorted({int(match[1]) for match in CLOZE.finditer(text)})


def has_cloze(text: str) -> bool:
    return CLOZE.search(text) is not None


def front(text: str, number: int) -> str:
    """The question side of card `number`: its deletions hidden, the others shown."""

    def replace(match: re.Match[str]) -> str:
        if int(match[1]) == number:
            return f"[{match[3]}]" if match[3] else "[...]"
        return match[2]

    return CLOZE.sub(replace, text)


def back(text: str, number: int) -> str:
    """The answer side of card `number`: its deletions filled in and marked."""

    def replace(match: re.Match[str]) -> str:
        return f"[{match[2]}]" if int(match[1]) == number else match[2]

    return CLOZE.sub(replace, text)


def gapped(text: str) -> str:
    """The text with every answer taken out: what stays the same when an answer is corrected."""
    return CLOZE.sub(lambda match: f"{{{{c{match[1]}}}}}", text)
