"""Notes are Markdown: rendered without raw HTML, then sanitized, so a note cannot run code.
Images become links: an <img> of another site would make the browser reach the internet
(and the CSP would block it anyway), so the reader follows it only by choice."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape


def _image_as_link(renderer: Any, tokens: Sequence[Token], idx: int, options: Any,
                   env: Any) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = token.content or src
    return f'<a href="{escape(src)}">{escape(alt)} (image)</a>'


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    parser.add_render_rule("image", _image_as_link)
    return parser


def render_markdown(text: str, shift: int = 0) -> Markup:
    """`shift`: headings go down that many levels (a note's `#` under the page's own h1, h2)."""
    parser = _parser()
    tokens = parser.parse(text)
    if shift:
        for token in tokens:
            if token.type in ("heading_open", "heading_close"):
                token.tag = f"h{min(6, int(token.tag[1]) + shift)}"
    html = parser.renderer.render(tokens, parser.options, {})
    # nh3 drops anything markdown-it let through that could act: script, event attributes,
    # javascript: links; links get rel=noopener noreferrer. No img is allowed through at all.
    tags = nh3.ALLOWED_TAGS - {"img"}
    return Markup(nh3.clean(html, tags=tags, url_schemes={"http", "https", "mailto"}))
