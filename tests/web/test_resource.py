"""Resource: metadata, rating history, notes (Markdown), sessions."""

from datetime import UTC, datetime

from deepdive.domain.note import Note
from deepdive.services.resources import rate
from deepdive.services.sessions import log
from deepdive.web.app import create_app
from tests.web.conftest import MovableClock, text_of


def test_the_resource_page_shows_what_is_known_and_what_happened(site, uow, wall, dive):
    gpt = dive["gpt"]
    rate(uow, MovableClock(datetime(2021, 4, 12, 14, tzinfo=UTC)), str(gpt), 2, "looks dull")
    rate(uow, wall, str(gpt), 4, "perplexity and BPEs")
    log(uow, wall, 45, str(gpt), datetime(2021, 4, 15, 12, 0), mood=4, note="good one")
    now = datetime(2021, 4, 15, tzinfo=UTC)
    with uow:
        uow.notes.add(Note(1, "Key idea: **pre-train**, then fine-tune.", now, now,
                           resource_id=gpt))
        uow.commit()
    page = site.get(f"/resources/{gpt}")
    shown = text_of(page)
    assert "#1 Improving Language Understanding by Generative Pre-Training" in shown
    assert "paper" in shown and "~60 min" in shown and "Week 2" in shown
    assert "2021-04-12 14:00 2/5 looks dull" in shown
    assert "4/5 perplexity and BPEs" in shown
    assert "<strong>pre-train</strong>" in page.text
    assert "45 read 4 good one" in shown
    assert "45 min in 1 sessions" in shown


def test_a_backup_and_what_it_backs_up_point_at_each_other(site, dive):
    assert "The Journey of Open AI GPT models" in text_of(site.get(f"/resources/{dive['gpt2']}"))
    assert "Backup for" in text_of(site.get(f"/resources/{dive['journey']}"))


def test_an_unknown_resource_is_not_found(site, dive):
    page = site.get("/resources/999")
    assert page.status_code == 404
    assert "no resource #999 here" in text_of(page)


def test_rating_from_the_resource_page_comes_back_to_it(site, dive):
    gpt = dive["gpt"]
    answer = site.post(f"/resources/{gpt}/rate", {"rating": "3", "back": f"/resources/{gpt}"})
    assert str(answer.url).endswith(f"/resources/{gpt}")
    assert "3/5" in text_of(answer)


def test_an_unknown_page_is_a_page_that_says_so(site, dive):
    page = site.get("/nowhere")
    assert page.status_code == 404
    assert "There is no page at /nowhere." in text_of(page)


def test_the_app_factory_takes_config_and_clock(db_url, wall):
    from deepdive.config import load_config

    app = create_app(load_config(db_url), wall)
    assert app.state.web.clock is wall
