"""Write-up: the generated post shown in the page, and downloadable as Markdown and HTML."""

from deepdive.services.resources import rate
from deepdive.services.retros import dive_retro
from tests.web.conftest import text_of


def test_the_writeup_page_shows_the_post(site, uow, wall, dive):
    rate(uow, wall, str(dive["gpt"]), 5, "start *here*")
    dive_retro(uow, "A **good** month.")
    page = site.get("/writeup")
    shown = text_of(page)
    assert page.status_code == 200
    assert "Transformers and GPT-3" in shown
    assert "<strong>good</strong>" in page.text
    assert "<style>" not in page.text and "<html" in page.text and page.text.count("<body") == 1
    assert 'href="/writeup.md"' in page.text and 'href="/writeup.html"' in page.text


def test_download_as_markdown_and_html(site, uow, wall, dive):
    md = site.get("/writeup.md")
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.headers["content-disposition"] == 'attachment; filename="transformers-and-gpt-3.md"'
    assert md.text.startswith("# Transformers and GPT-3")
    html = site.get("/writeup.html")
    assert html.headers["content-type"].startswith("text/html")
    assert html.headers["content-disposition"].endswith('filename="transformers-and-gpt-3.html"')
    assert html.text.startswith("<!doctype html>") or html.text.lower().startswith("<!doctype")


def test_user_text_in_the_writeup_is_inert(site, uow, dive):
    dive_retro(uow, "<script>alert(1)</script> and [x](javascript:alert(2))")
    page = site.get("/writeup")
    assert "<script>alert" not in page.text
    assert 'href="javascript:' not in page.text  # left as text, never a link


def test_another_format_is_not_found(site, dive):
    answer = site.get("/writeup.pdf")
    assert answer.status_code == 404
    assert "comes as .md or .html" in text_of(answer)


def test_without_a_dive_the_page_says_how_to_start(site):
    answer = site.get("/writeup")
    assert str(answer.url).endswith("/dives") and "no dive to work on yet" in text_of(answer)
