"""Anki's cloze deletions: `{{c1::answer}}` and `{{c1::answer::hint}}`, one card per number."""

from __future__ import annotations

import re

from deepdive.domain.errors import InvalidInput

CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


def _makes_card(match: re.Match[str]) -> bool:
    """Anki builds a card only from c1 upwards and only when the deletion holds something."""
    inside = match[0][match[0].index("::") + 2 : -2]
    return int(match[1]) >= 1 and inside != ""


def numbers(text: str) -> list[int]:
    """The distinct deletion numbers Anki makes cards from, ascending: one card each."""
    return sorted({int(match[1]) for match in CLOZE.finditer(text) if _makes_card(match)})


def check(text: str) -> None:
    """Refuse deletions that make no card: `{{c0::x}}` (Anki counts from c1) and an empty
    answer such as `{{c1::}}`."""
    for match in CLOZE.finditer(text):
        if int(match[1]) < 1:
            raise InvalidInput(f"{match[0]} makes no card: cloze numbers start at c1, "
                               f"as in {{{{c1::{match[2]}}}}}")
        if not match[2].strip():
            raise InvalidInput(f"{match[0]} has no answer; write {{{{c{match[1]}::answer}}}}")


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
