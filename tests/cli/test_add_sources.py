"""`add` and `refresh` against a real local HTTP server replaying recorded responses."""

import pytest

from tests.cli.helpers import as_json, new_dive
from tests.support.recorded_server import (
    Recorded,
    fixture_bytes,
    hang,
    huge,
    page,
    recorded_server,
)

ATOM = "application/atom+xml; charset=utf-8"


@pytest.fixture
def server(monkeypatch):
    routes = {
        "/api/query?id_list=1706.03762": Recorded(
            body=fixture_bytes("arxiv-1706.03762.atom.xml"), headers={"Content-Type": ATOM}),
        "/posts/attention": page(fixture_bytes("blog-self-attention.html")),
        "/posts/cp1252": page(fixture_bytes("cp1252-aeroeskoebing.html"),
                              "text/html; charset=windows-1252"),
        "/huge": huge(50 * 1024 * 1024, declare_length=False),
        "/never": hang(),
    }
    with recorded_server(routes) as running:
        monkeypatch.setenv("DEEPDIVE_ARXIV_API", running.url("/api/query"))
        monkeypatch.setenv("DEEPDIVE_DOI_RESOLVER", running.url("/doi"))
        monkeypatch.setenv("DEEPDIVE_FETCH_TIMEOUT", "0.5")
        yield running


def test_an_arxiv_id_fills_in_the_paper(run, server):
    new_dive(run)
    out = run.ok("add", "1706.03762", "--week", "1").output
    assert out.strip() == "Added #1 Attention Is All You Need (paper, week 1, ~60 min)."
    row = as_json(run, "resources")[0]
    assert row["authors"][:2] == ["Ashish Vaswani", "Noam Shazeer"]
    assert (row["year"], row["url"], row["needs_refresh"]) == (
        2017, "https://arxiv.org/abs/1706.03762", False)


def test_a_blog_post_gets_its_title_and_reading_time(run, server):
    new_dive(run)
    run.ok("add", server.url("/posts/attention"), "--week", "1")
    row = as_json(run, "resources")[0]
    assert row["kind"] == "post"
    assert row["minutes"] and 3 <= row["minutes"] <= 8
    assert row["needs_refresh"] is False


def test_a_page_that_is_not_utf8_is_read_in_its_own_encoding(run, server):
    new_dive(run)
    run.ok("add", server.url("/posts/cp1252"))
    assert "Ærøskøbing" in as_json(run, "resources")[0]["title"]


@pytest.mark.parametrize(("path", "problem"), [
    ("/huge", "larger than the"), ("/never", "timed out")])
def test_a_failed_fetch_still_adds_the_resource_marked_for_refresh(run, server, path, problem):
    new_dive(run)
    result = run.ok("add", server.url(path), "--week", "1")
    assert "Metadata incomplete (" in result.output and problem in result.output
    row = as_json(run, "resources")[0]
    assert row["needs_refresh"] is True
    assert row["url"] == server.url(path)


def test_refresh_fills_in_what_offline_left_out(run, server):
    new_dive(run)
    run.ok("add", "1706.03762", "--offline")
    assert as_json(run, "resources")[0]["title"] == "1706.03762"
    assert run.ok("refresh").output.strip() == "#1 Attention Is All You Need: refreshed."
    row = as_json(run, "resources")[0]
    assert (row["title"], row["needs_refresh"], row["minutes"]) == (
        "Attention Is All You Need", False, 60)
    assert run.ok("refresh").output.strip() == "Nothing needs refreshing."


def test_refreshing_a_plain_title_says_there_is_nothing_to_look_up(run, server):
    new_dive(run)
    run.ok("add", "My own notes on attention")
    assert run.ok("refresh", "1").output.strip() == (
        "#1 My own notes on attention: a plain title, nothing to look up.")
