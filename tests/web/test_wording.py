"""The web speaks its own words: no command-line flags or commands on its pages."""

from datetime import UTC, datetime

from deepdive.web.wording import plain, web_words
from tests.web.conftest import text_of


def test_commands_become_links_to_the_page_that_does_it():
    shown = web_words("Review the 3 due cards: `deepdive review`.")
    assert shown == 'Review the 3 due cards: <a href="/review">open Review</a>.'
    assert plain("give the answer with -m TEXT") == "write the answer first"
    assert "--force" not in plain("Finish or abandon it first, or pass --force")
    escaped = 'a &lt;b&gt; <a href="/#timer-h">start the timer</a>'
    assert web_words("a <b> `deepdive start`") == escaped


def test_errors_from_services_name_fields_not_flags(site, dive):
    answered = site.post("/questions", {"text": "What is BPE?"})
    assert "noted" in text_of(answered)
    page = site.post("/questions/1/answer", {"text": " "})
    assert "write the answer first" in text_of(page) and "-m TEXT" not in text_of(page)
    started = site.post("/timer/start", {})
    again = site.post("/dives", {"title": "Another", "weeks": "4"})
    assert "tick" in text_of(again) and "--force" not in text_of(again)
    assert "Timer started" in text_of(started)


def test_the_next_line_links_to_review(site, uow, wall, dive):
    from deepdive.services.cards import add_card

    add_card(uow, wall, "What is BPE?", "byte-pair encoding", ref=str(dive["gpt"]))
    wall.moment = datetime(2021, 4, 16, 18, 0, tzinfo=UTC)
    page = site.get("/")
    next_line = page.text[page.text.index('<p class="next">'):]
    next_line = next_line[:next_line.index("</p>")]
    assert "deepdive" not in next_line and "`" not in next_line, next_line
    assert 'href="/' in next_line, next_line


def test_a_resource_without_cards_does_not_name_a_command(site, dive):
    shown = text_of(site.get(f"/resources/{dive['gpt']}"))
    assert "deepdive card add" not in shown and "--ref" not in shown
