"""Notes are Markdown: rendered without raw HTML, then sanitized, so a note cannot run code."""

from __future__ import annotations

from functools import cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render_markdown(text: str) -> Markup:
    html = _parser().render(text)
    # nh3 drops anything markdown-it let through that could act: script, event attributes,
    # javascript: links; links get rel=noopener noreferrer.
    return Markup(nh3.clean(html, url_schemes={"http", "https", "mailto"}))
