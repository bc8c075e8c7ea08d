"""Reflection: explanations, check-ins, lessons and questions are edited in place."""

from deepdive.services import checkins, experiments, lessons, questions
from deepdive.services.checkins import ClaimInput
from tests.web.conftest import text_of


def test_each_is_edited_from_its_form(site, uow, wall, dive):
    made = experiments.explain(uow, wall, "attention", "a friend", 20, [])
    met = checkins.checkin(uow, wall, "Ana", [ClaimInput("GPT-2 is small", "right")])
    lesson = lessons.add_lesson(uow, wall, "plan backups")
    asked = questions.ask(uow, wall, "What is BPE?")
    page = site.get("/reflection").text
    for action in (f"/explanations/{made.explanation.id}", f"/checkins/{met.id}",
                   f"/lessons/{lesson.id}", f"/questions/{asked.id}"):
        assert f'action="{action}"' in page, action

    assert "updated" in text_of(site.post(f"/explanations/{made.explanation.id}",
                                          {"topic": "self-attention", "audience": "a friend",
                                           "minutes": "25"}))
    site.post(f"/checkins/{met.id}", {"with_whom": "Ana B.", "note": "coffee"})
    site.post(f"/lessons/{lesson.id}", {"text": "plan a backup for every week"})
    site.post(f"/questions/{asked.id}", {"text": "What is byte-pair encoding?", "to": "Ana"})
    shown = text_of(site.get("/reflection"))
    for text in ("self-attention", "25 min", "Ana B.", "plan a backup for every week",
                 "What is byte-pair encoding?"):
        assert text in shown, text


def test_a_rejected_edit_comes_back_open_and_filled_in(site, uow, wall, dive):
    lesson = lessons.add_lesson(uow, wall, "plan backups")
    page = site.post(f"/lessons/{lesson.id}", {"text": " "})
    item = page.text[page.text.index(f'id="lesson-{lesson.id}"'):]
    item = item[:item.index("</li>")]
    assert "<details open>" in item and "say what you would do differently" in item
    assert [x.text for x in lessons.all_lessons(uow)] == ["plan backups"]


def test_the_api_edits_them_too(site, uow, wall, dive):
    lesson = lessons.add_lesson(uow, wall, "plan backups")
    asked = questions.ask(uow, wall, "What is BPE?")
    assert site.api("PUT", f"/api/lessons/{lesson.id}", {"text": "plan early"}).status_code == 200
    edited = site.api("PUT", f"/api/questions/{asked.id}", {"text": "BPE?", "to": "Ana"})
    assert edited.json()["text"] == "BPE?" and edited.json()["to"] == "Ana"
    made = site.api("POST", "/api/explanations", {"topic": "a", "audience": "b"}).json()
    changed = site.api("PUT", f"/api/explanations/{made['id']}",
                       {"topic": "attention", "audience": "b", "minutes": 5})
    assert changed.status_code == 200 and changed.json()["topic"] == "attention"
    met = site.api("POST", "/api/checkins", {"with": "Ana"}).json()
    assert site.api("PUT", f"/api/checkins/{met['id']}",
                    {"with": "Bo", "note": "x"}).status_code == 200
