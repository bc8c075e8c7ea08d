"""Card fields as plain terminal text: imported decks carry HTML, which is kept as stored and
only turned into text for display. Control characters are removed so a field cannot drive the
terminal (escape sequences)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCKS = {"br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
_SKIP = {"script", "style"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SOUND = re.compile(r"\[sound:([^\]]+)\]")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "img":
            source = dict(attrs).get("src") or ""
            self.parts.append(f"[image: {source}]")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS - {"br", "hr"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/][^>]*>|&[#a-zA-Z0-9]+;", text))


def to_text(field: str) -> str:
    """A field as safe plain text: tags dropped (block tags become line breaks), entities
    decoded, images and sounds named, control characters removed, blank runs collapsed."""
    text = field
    if looks_like_html(field):
        parser = _Text()
        parser.feed(field)
        parser.close()
        text = unescape("".join(parser.parts))
    text = _SOUND.sub(lambda match: f"[sound: {match[1]}]", text)
    text = _CONTROL.sub("", text.replace("\xa0", " "))
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def media_names(field: str) -> list[str]:
    """Media files a field refers to (`<img src>` and `[sound:]`), in order, without repeats."""
    if "<img" not in field.lower() and "[sound:" not in field:
        return []
    names = re.findall(r"<img[^>]*?\ssrc=[\"']?([^\"'>\s]+)", field, re.IGNORECASE)
    names += _SOUND.findall(field)
    return list(dict.fromkeys(unescape(name) for name in names))
