"""Review: one card at a time, 1-4 answers, undo, progress, the source, a summary at the end."""

import re
from datetime import date

from deepdive.domain.dive import Slot
from deepdive.services.cards import add_card, list_cards
from deepdive.services.dives import NewDive, create_dive
from tests.web.conftest import text_of


def cards(uow, wall, dive, n=2):
    made = [add_card(uow, wall, f"Question {i}?", f"Answer {i}.", ref=str(dive["gpt"]))[0]
            for i in range(1, n + 1)]
    return [c.id for c in made]


def reviews(uow):
    with uow:
        return uow.cards.answers(1)


def test_one_card_at_a_time_with_progress_and_source(site, uow, wall, dive):
    first, _second = cards(uow, wall, dive)
    page = site.get("/review")
    shown = text_of(page)
    assert "Card 1 of 2" in shown
    assert "from #1 Improving Language Understanding by Generative Pre-Training" in shown
    assert "Question 1?" in shown and "Question 2?" not in shown
    assert "Answer 1." in shown  # inside <details>: shown on Space (or a click) in a browser
    assert f'action="/review/{first}/answer"' in page.text
    for n, name in ((1, "again"), (2, "hard"), (3, "good"), (4, "easy")):
        assert f'value="{n}"' in page.text and f"{n} {name}" in shown


def test_answering_moves_on_and_offers_undo(site, uow, wall, dive):
    first, _second = cards(uow, wall, dive)
    answer = site.post(f"/review/{first}/answer", {"answer": "3", "ms": "4200"})
    shown = text_of(answer)
    assert re.search(rf"good: card #{first} is due again \d{{4}}-\d\d-\d\d", shown)
    # "good" on a new card is a learning step due in minutes: it comes back in this sitting
    assert "Card 2 of 3" in shown and "Question 2?" in shown
    assert "Undo the last answer" in shown
    done = reviews(uow)
    assert [(r.card_id, r.rating) for r in done] == [(first, 3)]
    undone = site.post("/review/undo", {"review_id": str(done[0].id)})
    assert f"Undone: card #{first} is back as it was." in text_of(undone)
    assert reviews(uow) == []
    assert "Card 1 of 2" in text_of(undone) and "Question 1?" in text_of(undone)


def test_the_end_of_the_queue_shows_a_summary_and_the_chart(site, uow, wall, dive):
    first, second = cards(uow, wall, dive)
    site.post(f"/review/{first}/answer", {"answer": "4"})
    wall.advance(minutes=1)
    end = site.post(f"/review/{second}/answer", {"answer": "easy"})
    shown = text_of(end)
    assert "Nothing is due" in shown
    assert "Today: 2 cards reviewed, 0 again (retention 100%)." in shown
    assert "The next card is due" in shown
    assert "Cards reviewed per day, and retention" in end.text
    assert "Thu 15 Apr: 2 reviewed, 0 again" in end.text


def test_an_answer_other_than_1_to_4_is_refused_on_the_page(site, uow, wall, dive):
    first, _ = cards(uow, wall, dive)
    for bad in ("5", "0", "", "yes"):
        answer = site.post(f"/review/{first}/answer", {"answer": bad})
        assert answer.status_code == 200
        assert f"answer {bad!r} is not 1-4" in text_of(answer)
        assert 'class="flash error"' in answer.text
    assert reviews(uow) == []


def test_an_answer_sent_twice_is_one_review(site, uow, wall, dive):
    first, _ = cards(uow, wall, dive)
    site.post(f"/review/{first}/answer", {"answer": "3"}, form_id="once")
    again = site.post(f"/review/{first}/answer", {"answer": "3"}, form_id="once")
    assert "already sent" in text_of(again)
    assert len(reviews(uow)) == 1


def test_another_dives_card_is_refused(site, uow, wall, dive):
    first, _ = cards(uow, wall, dive)
    create_dive(uow, wall, NewDive("Next topic", date(2021, 5, 10), 2, 30,
                                   Slot.parse("08:00-08:30")), force=True)
    answer = site.post(f"/review/{first}/answer", {"answer": "3"})
    assert f"no card #{first} in this dive" in text_of(answer)
    assert "Nothing is due" in text_of(site.get("/review"))
    assert reviews(uow) == []


def test_undo_of_another_dives_answer_or_a_gone_one_is_refused(site, uow, wall, dive):
    first, _ = cards(uow, wall, dive)
    site.post(f"/review/{first}/answer", {"answer": "1"})
    review_id = reviews(uow)[0].id
    create_dive(uow, wall, NewDive("Next topic", date(2021, 5, 10), 2, 30,
                                   Slot.parse("08:00-08:30")), force=True)
    refused = site.post("/review/undo", {"review_id": str(review_id)})
    assert f"no card #{first} in this dive" in text_of(refused)
    site.post("/dives/1/use", {})
    site.post("/review/undo", {"review_id": str(review_id)})
    gone = site.post("/review/undo", {"review_id": str(review_id)})
    assert "nothing to undo" in text_of(gone)
    assert reviews(uow) == []


def test_an_again_card_comes_back_in_the_same_sitting(site, uow, wall, dive):
    (only,) = cards(uow, wall, dive, n=1)
    answer = site.post(f"/review/{only}/answer", {"answer": "1"})
    assert "again: card" in text_of(answer)
    wall.advance(minutes=2)
    back = text_of(site.get("/review"))
    assert "Question 1?" in back and "Card 2 of 2" in back
    assert [c.id for c in list_cards(uow, wall).cards] == [only]


def test_without_cards_the_page_says_so(site, dive):
    shown = text_of(site.get("/review"))
    assert "Nothing is due" in shown and "No cards reviewed today." in shown
