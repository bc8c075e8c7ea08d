"""PDF files: page count and, when the file says so, its title and author."""

from __future__ import annotations

import io
import logging

from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.http import FetchProblem


def is_pdf(body: bytes, content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() == "application/pdf" or body.startswith(
        b"%PDF"
    )


def read_pdf(body: bytes, url: str) -> Metadata:
    """Metadata of a PDF; raises FetchProblem if the bytes are not a readable PDF."""
    from pypdf import PdfReader  # heavy: loaded only when a PDF is actually read

    # pypdf logs its own complaints about damaged files; ours is the one line the user sees.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(body))
        pages = len(reader.pages)
        info = reader.metadata
        title = str(info.title or "") if info else ""
        author = str(info.author or "") if info else ""
    except Exception:  # pypdf raises many error types on damaged files; all mean "unreadable"
        raise FetchProblem(f"could not read the PDF at {url}") from None
    return Metadata(
        title=" ".join(title.split()) or url,
        kind=ResourceKind.PAPER,
        url=url,
        # Free text: "Last, First" is common, so only ";" is trusted to separate people.
        authors=[name.strip() for name in author.split(";") if name.strip()],
        pages=pages or None,
    )
