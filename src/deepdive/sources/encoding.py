"""Turn the bytes of a web page into text without ever failing on them."""

from __future__ import annotations

import codecs
import re

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^;\"'\s]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do pages that rely on it.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}


def decode_page(body: bytes, content_type: str = "") -> str:
    """Decode by BOM, then the Content-Type charset, then <meta charset>, then utf-8, cp1252."""
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    header = _HEADER_CHARSET.search(content_type)
    meta = _META_CHARSET.search(body[:4096])
    declared = [header[1] if header else "", meta[1].decode("ascii") if meta else ""]
    for label in [*declared, "utf-8", "cp1252"]:
        if not label:
            continue
        name = "cp1252" if label.lower() in _AS_CP1252 else label
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue  # an unknown label or a wrong declaration: try the next guess
    # cp1252 leaves five bytes undefined; latin-1 maps every byte.
    return body.decode("latin-1")
