"""The one entry point services use: turn a SOURCE string into Metadata, never raising on I/O.

Kept cheap to import: httpx, trafilatura and pypdf load only when a fetch happens.
"""

from __future__ import annotations

from deepdive.config import SourceEndpoints
from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.classify import Classified, SourceForm, classify


class SourceResolver:
    def __init__(self, endpoints: SourceEndpoints) -> None:
        self.endpoints = endpoints

    def resolve(self, source: str, *, offline: bool = False) -> Metadata:
        """Everything that can be learned about source; complete=False says a fetch failed."""
        from deepdive.sources.http import FetchProblem

        found = classify(source)
        if found.form is SourceForm.TEXT:
            return Metadata(title=found.value, complete=True)
        if offline:
            return partial(found, source, "offline")
        try:
            return self._fetch(found)
        except FetchProblem as problem:
            return partial(found, source, str(problem))

    def _fetch(self, found: Classified) -> Metadata:
        if found.form is SourceForm.ARXIV:
            from deepdive.sources.arxiv import resolve_arxiv

            return resolve_arxiv(found.value, self.endpoints)
        if found.form is SourceForm.DOI:
            from deepdive.sources.doi import resolve_doi

            return resolve_doi(found.value, self.endpoints)
        return _resolve_url(found.value, self.endpoints)


def _resolve_url(url: str, endpoints: SourceEndpoints) -> Metadata:
    from deepdive.sources.http import fetch
    from deepdive.sources.pdf import is_pdf, read_pdf
    from deepdive.sources.webpage import read_webpage

    fetched = fetch(
        url, endpoints, accept="text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8"
    )
    if is_pdf(fetched.body, fetched.content_type):
        return read_pdf(fetched.body, fetched.url)
    return read_webpage(fetched.body, fetched.content_type, fetched.url)


def partial(found: Classified, source: str, problem: str) -> Metadata:
    """What the SOURCE string alone tells, marked incomplete so it can be refreshed later."""
    metadata = Metadata(title=source.strip(), complete=False, problem=problem)
    if found.form is SourceForm.ARXIV:
        from deepdive.sources.arxiv import abs_url

        metadata.arxiv_id = found.value
        metadata.url = abs_url(found.value)
        metadata.kind = ResourceKind.PAPER
    elif found.form is SourceForm.DOI:
        metadata.doi = found.value
        metadata.url = f"https://doi.org/{found.value}"
        metadata.kind = ResourceKind.PAPER
    else:
        from deepdive.sources.webpage import guess_kind

        metadata.url = found.value
        metadata.kind = guess_kind(found.value)
    return metadata
