"""Dives: the series, the ideas backlog, starting a new dive."""

from deepdive.services.dives import list_dives
from deepdive.services.ideas import list_ideas
from tests.web.conftest import text_of

NEW = {"title": "Transformers and GPT-3", "start": "2021-04-08", "weeks": "4", "daily": "1h",
       "slot": "13:00-14:00", "why": "It keeps coming up", "goals": "Explain attention\nRead GPT-3"}


def test_start_a_dive_from_the_form(site, uow, wall):
    answer = site.post("/dives", NEW)
    assert str(answer.url).endswith("/plan")
    assert "Dive #1 Transformers and GPT-3 is ready" in text_of(answer)
    [dive] = list_dives(uow, wall)
    assert (dive.weeks, dive.daily_minutes, str(dive.slot)) == (4, 60, "13:00-14:00")
    assert dive.goals == ["Explain attention", "Read GPT-3"]
    assert "Transformers and GPT-3" in text_of(site.get("/dives"))


def test_a_dive_form_sent_twice_makes_one_dive(site, uow, wall):
    site.post("/dives", NEW | {"force": "1"}, form_id="new-dive")
    again = site.post("/dives", NEW | {"force": "1"}, form_id="new-dive")
    assert "already sent" in text_of(again)
    assert len(list_dives(uow, wall)) == 1


def test_bad_dive_fields_say_what_is_accepted(site, uow, wall):
    for field, value, message in (
        ("title", "", "a dive needs a title"),
        ("weeks", "four", "weeks 'four' is not a whole number"),
        ("weeks", "99", "weeks must be from 1 to 52"),
        ("slot", "lunch", "slot 'lunch' is not HH:MM-HH:MM"),
        ("start", "08/04/2021", "is not an ISO date"),
        ("daily", "a lot", "duration 'a lot' is not understood"),
    ):
        answer = site.post("/dives", NEW | {field: value})
        assert message in text_of(answer), field
    assert list_dives(uow, wall) == []


def test_a_second_open_dive_needs_force(site, uow, wall):
    site.post("/dives", NEW)
    answer = site.post("/dives", NEW | {"title": "Another"})
    assert "still active" in text_of(answer)
    site.post("/dives", NEW | {"title": "Another", "force": "1"})
    assert [d.title for d in list_dives(uow, wall)] == ["Transformers and GPT-3", "Another"]


def test_choose_which_dive_to_work_on(site, uow, wall):
    site.post("/dives", NEW)
    site.post("/dives", NEW | {"title": "Another", "force": "1"})
    answer = site.post("/dives/1/use", {})
    assert "Now working on dive #1" in text_of(answer)
    assert "Transformers and GPT-3" in text_of(site.get("/"))
    assert "no dive" in text_of(site.post("/dives/7/use", {})).lower()


def test_ideas_backlog(site, uow):
    answer = site.post("/ideas", {"title": "Interpretability", "note": "circuits"})
    assert "Idea saved: Interpretability." in text_of(answer)
    assert "Interpretability — circuits" in text_of(site.get("/dives"))
    empty = site.post("/ideas", {"title": "  "})
    assert "an idea needs a title" in text_of(empty)
    assert [i.title for i in list_ideas(uow)] == ["Interpretability"]


def test_the_dives_page_works_before_any_dive(site):
    page = site.get("/dives")
    assert page.status_code == 200
    assert "No dives yet" in text_of(page)
