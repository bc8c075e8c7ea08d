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


def test_the_note_is_edited_in_place(site, uow, dive):
    from deepdive.services.notes import target

    gpt = dive["gpt"]
    page = site.post(f"/resources/{gpt}/note", {"text": "First *idea*.",
                                                "back": f"/resources/{gpt}"})
    assert f"Note on #{gpt} saved." in text_of(page)
    assert "<em>idea</em>" in page.text
    edited = site.post(f"/resources/{gpt}/note",
                       {"text": "Rewritten.\n\nWhat is BPE? :: byte-pair encoding",
                        "back": f"/resources/{gpt}"})
    assert "1 card line(s) in it" in text_of(edited)
    assert target(uow, str(gpt)).text == "Rewritten.\n\nWhat is BPE? :: byte-pair encoding"
    assert "Rewritten.\n\nWhat is BPE? :: byte-pair encoding</textarea>" in edited.text


def test_an_empty_note_saves_nothing_and_a_huge_one_is_refused(site, uow, dive):
    from deepdive.services.notes import target

    gpt = dive["gpt"]
    assert "the note is empty" in text_of(site.post(f"/resources/{gpt}/note", {"text": " "}))
    huge = site.post(f"/resources/{gpt}/note", {"text": "x" * (10 * 1024 * 1024)},
                     follow_redirects=False)
    assert huge.status_code == 413
    assert target(uow, str(gpt)).text == ""


def test_another_dives_resource_note_is_refused(site, uow, wall, dive):
    from datetime import date

    from deepdive.domain.dive import Slot
    from deepdive.services.dives import NewDive, create_dive

    create_dive(uow, wall, NewDive("Next topic", date(2021, 5, 10), 2, 30,
                                   Slot.parse("08:00-08:30")), force=True)
    answer = site.post(f"/resources/{dive['gpt']}/note", {"text": "mine"})
    assert "no resource #1 here" in text_of(answer)


def test_the_resources_cards_are_listed(site, uow, wall, dive):
    from deepdive.services.cards import add_card

    add_card(uow, wall, "What does GPT pre-train on?", "BooksCorpus", ref=str(dive["gpt"]))
    add_card(uow, wall, "Unrelated?", "Yes")
    shown = text_of(site.get(f"/resources/{dive['gpt']}"))
    assert "What does GPT pre-train on? BooksCorpus" in shown
    assert "Unrelated?" not in shown
    assert "No cards from it yet" in text_of(site.get(f"/resources/{dive['gpt2']}"))
