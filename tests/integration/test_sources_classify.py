"""What `deepdive add SOURCE` makes of each form of SOURCE, and what it does without a network."""

from __future__ import annotations

import sys

import pytest

from deepdive.config import SourceEndpoints
from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind
from deepdive.sources.classify import Classified, SourceForm, classify
from deepdive.sources.resolver import SourceResolver
from deepdive.sources.webpage import guess_kind
from tests.support.recorded_server import closed_port_url


@pytest.mark.parametrize(
    ("source", "form", "value"),
    [
        ("1706.03762", SourceForm.ARXIV, "1706.03762"),
        ("arXiv:1706.03762v5", SourceForm.ARXIV, "1706.03762"),
        ("  arxiv:2005.14165  ", SourceForm.ARXIV, "2005.14165"),
        ("cs/0112017", SourceForm.ARXIV, "cs/0112017"),
        ("math.GT/0309136v2", SourceForm.ARXIV, "math.GT/0309136"),
        ("https://arxiv.org/abs/1706.03762", SourceForm.ARXIV, "1706.03762"),
        ("https://arxiv.org/abs/1706.03762v7", SourceForm.ARXIV, "1706.03762"),
        ("https://arxiv.org/pdf/1706.03762", SourceForm.ARXIV, "1706.03762"),
        ("http://arxiv.org/pdf/1706.03762v2.pdf", SourceForm.ARXIV, "1706.03762"),
        ("https://export.arxiv.org/abs/cond-mat/0412498", SourceForm.ARXIV, "cond-mat/0412498"),
        ("10.48550/arXiv.2005.14165", SourceForm.DOI, "10.48550/arXiv.2005.14165"),
        ("doi:10.1145/3065386", SourceForm.DOI, "10.1145/3065386"),
        ("DOI: 10.1038/nature14539", SourceForm.DOI, "10.1038/nature14539"),
        ("https://doi.org/10.1145/3065386", SourceForm.DOI, "10.1145/3065386"),
        ("https://dx.doi.org/10.1000/a%3Cb%3E", SourceForm.DOI, "10.1000/a<b>"),
        ("arxiv.org/abs/1706.03762", SourceForm.ARXIV, "1706.03762"),
        ("doi.org/10.1145/3065386", SourceForm.DOI, "10.1145/3065386"),
        (
            "https://arxiv.org/list/cs.CL/recent",
            SourceForm.URL,
            "https://arxiv.org/list/cs.CL/recent",
        ),
        (
            "https://jalammar.github.io/illustrated-transformer/",
            SourceForm.URL,
            "https://jalammar.github.io/illustrated-transformer/",
        ),
        ("HTTP://Example.com/a?b=1", SourceForm.URL, "HTTP://Example.com/a?b=1"),
        ("Attention Is All You Need", SourceForm.TEXT, "Attention Is All You Need"),
        ("  The Illustrated Transformer ", SourceForm.TEXT, "The Illustrated Transformer"),
        ("1706.03762 explained", SourceForm.TEXT, "1706.03762 explained"),
        ("ftp://example.com/paper.pdf", SourceForm.TEXT, "ftp://example.com/paper.pdf"),
    ],
)
def test_each_form_of_source_is_recognized(source: str, form: SourceForm, value: str) -> None:
    assert classify(source) == Classified(form, value)


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://www.youtube.com/watch?v=iDulhoQ2pro", ResourceKind.VIDEO),
        ("https://youtu.be/iDulhoQ2pro", ResourceKind.VIDEO),
        ("https://vimeo.com/12345", ResourceKind.VIDEO),
        ("https://github.com/karpathy/minGPT", ResourceKind.TOOL),
        ("https://stackoverflow.com/questions/1/x", ResourceKind.THREAD),
        ("https://ai.stackexchange.com/questions/2/y", ResourceKind.THREAD),
        ("https://old.reddit.com/r/MachineLearning/comments/z", ResourceKind.THREAD),
        ("https://news.ycombinator.com/item?id=1", ResourceKind.THREAD),
        ("https://example.edu/papers/notes.PDF", ResourceKind.PAPER),
        ("https://lilianweng.github.io/posts/2018-06-24-attention/", ResourceKind.POST),
        ("https://notgithub.com/x", ResourceKind.POST),
    ],
)
def test_kind_is_guessed_from_the_address(url: str, kind: ResourceKind) -> None:
    assert guess_kind(url) == kind


def test_plain_text_is_a_complete_title_and_needs_no_network() -> None:
    # The endpoints point at a closed port: any attempt to fetch would mark the result incomplete.
    resolver = SourceResolver(
        SourceEndpoints(arxiv_api=closed_port_url(), doi_resolver=closed_port_url())
    )
    assert resolver.resolve("  Attention Is All You Need ") == Metadata(
        title="Attention Is All You Need", complete=True
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "arXiv:1706.03762v5",
            Metadata(
                title="arXiv:1706.03762v5",
                kind=ResourceKind.PAPER,
                url="https://arxiv.org/abs/1706.03762",
                arxiv_id="1706.03762",
                complete=False,
                problem="offline",
            ),
        ),
        (
            "https://doi.org/10.1145/3065386",
            Metadata(
                title="https://doi.org/10.1145/3065386",
                kind=ResourceKind.PAPER,
                url="https://doi.org/10.1145/3065386",
                doi="10.1145/3065386",
                complete=False,
                problem="offline",
            ),
        ),
        (
            "https://www.youtube.com/watch?v=iDulhoQ2pro",
            Metadata(
                title="https://www.youtube.com/watch?v=iDulhoQ2pro",
                kind=ResourceKind.VIDEO,
                url="https://www.youtube.com/watch?v=iDulhoQ2pro",
                complete=False,
                problem="offline",
            ),
        ),
        ("Some book title", Metadata(title="Some book title", complete=True)),
    ],
)
def test_offline_keeps_what_the_string_tells_and_fetches_nothing(
    source: str, expected: Metadata
) -> None:
    resolver = SourceResolver(
        SourceEndpoints(arxiv_api=closed_port_url(), doi_resolver=closed_port_url())
    )
    assert resolver.resolve(source, offline=True) == expected


def test_importing_the_resolver_does_not_load_heavy_libraries() -> None:
    import subprocess

    code = (
        "import sys, deepdive.sources.resolver; "
        "print(sorted(m for m in ('httpx', 'trafilatura', 'pypdf') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
