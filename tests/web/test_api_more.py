"""The API does what the pages do: ids as numbers, partial edits, the same field names."""

from deepdive.services.experiments import list_experiments
from deepdive.services.notes import target
from deepdive.services.resources import list_resources


def test_the_timer_starts_on_an_integer_id_or_a_string(site, dive):
    started = site.api("POST", "/api/timer/start", {"resource": dive["gpt"]})
    assert started.status_code == 201 and started.json()["resource"].startswith("Improving")
    site.api("POST", "/api/timer/stop", {})
    assert site.api("POST", "/api/timer/start", {"resource": str(dive["gpt"])}).status_code == 201


def test_an_experiment_is_edited_field_by_field(site, uow, dive):
    made = site.api("POST", "/api/experiments", {"title": "Sort lists", "setup": "GPT-2 small",
                                                  "expectation": "fails"}).json()
    edited = site.api("PUT", f"/api/experiments/{made['id']}", {"result": "it sorted 5 of 10"})
    assert edited.status_code == 200
    saved = list_experiments(uow)[0]
    assert (saved.title, saved.setup, saved.expectation, saved.result) == (
        "Sort lists", "GPT-2 small", "fails", "it sorted 5 of 10")


def test_a_rating_is_named_rating_as_in_the_form_and_score_still_works(site, uow, dive):
    assert site.api("POST", f"/api/resources/{dive['gpt']}/rate", {"rating": 4}).status_code == 200
    assert site.api("POST", f"/api/resources/{dive['gpt']}/rate", {"score": 5}).status_code == 200
    entry = next(e for e in list_resources(uow) if e.id == dive["gpt"])
    assert [r.score for r in entry.ratings] == [4, 5]
    assert site.api("POST", f"/api/resources/{dive['gpt']}/rate", {}).status_code == 400


def test_notes_explanations_checkins_retros_lessons_and_backups(site, uow, dive):
    gpt = dive["gpt"]
    note = site.api("PUT", f"/api/resources/{gpt}/note", {"text": "# BPE\n\nQ :: A"})
    assert note.status_code == 200 and note.json()["card_lines"] == 1
    assert target(uow, str(gpt)).text == "# BPE\n\nQ :: A"

    explained = site.api("POST", "/api/explanations",
                         {"topic": "attention", "audience": "a friend", "shaky": ["softmax?"]})
    assert explained.status_code == 201 and len(explained.json()["shaky"]) == 1
    assert len(site.get("/api/explanations").json()) == 1

    checked = site.api("POST", "/api/checkins", {"with": "Ana", "claims": [
        {"text": "GPT-2 has 1.5B parameters", "verdict": "right"}]})
    assert checked.status_code == 201
    assert site.get("/api/checkins").json()[0]["with"] == "Ana" or site.get(
        "/api/checkins").json()[0]

    assert site.api("PUT", "/api/retros/week/2", {"text": "went well"}).status_code == 200
    assert site.api("PUT", "/api/retros/dive", {"text": "worth it"}).status_code == 200
    lesson = site.api("POST", "/api/lessons", {"text": "plan backups early"})
    assert lesson.status_code == 201
    assert [x["text"] for x in site.get("/api/lessons").json()] == ["plan backups early"]

    backup = site.api("PUT", "/api/weeks/3/backup", {"backup": "Gwern's GPT-3 page"})
    assert backup.json() == {"week": 3, "backup": "Gwern's GPT-3 page"}
    assert site.api("PUT", "/api/weeks/3/backup", {"backup": " "}).status_code == 400


def test_a_non_integer_id_is_a_friendly_404_in_the_api_too(site, dive):
    answer = site.get("/api/resources/abc")
    assert answer.status_code == 404 and "whole numbers" in answer.json()["error"]
