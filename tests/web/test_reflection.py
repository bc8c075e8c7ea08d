"""Reflection: experiments (add, edit), explanations, questions, check-ins, retros, lessons."""

import re
from datetime import date

from deepdive import bootstrap
from deepdive.config import load_config
from deepdive.domain.dive import Slot
from deepdive.services.checkins import list_checkins
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.experiments import list_experiments
from deepdive.services.lessons import all_lessons
from deepdive.services.questions import ask, list_questions
from deepdive.services.resources import NewResource, add_resource
from tests.web.conftest import text_of


def test_the_page_lists_what_is_there_and_offers_every_form(site, dive):
    page = site.get("/reflection")
    shown = text_of(page)
    for heading in ("Experiments", "Explanations", "Questions", "Check-ins", "Retros",
                    "Lessons: what I would do differently"):
        assert heading in shown
    for action in ("/experiments", "/explanations", "/questions", "/checkins", "/retros/week",
                   "/retros/dive", "/lessons"):
        assert f'action="{action}"' in page.text
    assert "No experiments yet." in shown


def test_add_and_edit_an_experiment(site, uow, dive):
    added = site.post("/experiments", {"title": "Few-shot list sorting", "setup": "GPT-3 prompt",
                                       "expect": "sorted", "ref": str(dive["gpt"])})
    assert "Experiment #1 saved: Few-shot list sorting." in text_of(added)
    assert "GPT-3 prompt" in text_of(added)
    edited = site.post("/experiments/1", {"title": "Few-shot list sorting",
                                          "setup": "GPT-3 prompt", "expect": "sorted",
                                          "result": "sorted up to 8 items",
                                          "surprise": "it invents items"})
    assert "Experiment #1 updated." in text_of(edited)
    (saved,) = list_experiments(uow)
    assert (saved.result, saved.surprise, saved.resource_id) == (
        "sorted up to 8 items", "it invents items", dive["gpt"])


def test_an_empty_experiment_title_is_refused(site, uow, dive):
    answer = site.post("/experiments", {"title": "  ", "setup": "x"})
    assert answer.status_code == 200
    assert "an experiment needs a title" in text_of(answer)
    assert list_experiments(uow) == []
    site.post("/experiments", {"title": "Sorting"})
    edit = site.post("/experiments/1", {"title": ""})
    assert "an experiment needs a title" in text_of(edit)
    assert list_experiments(uow)[0].title == "Sorting"


def test_an_explanation_turns_shaky_spots_into_questions(site, uow, dive):
    answer = site.post("/explanations", {"topic": "self-attention", "audience": "a friend",
                                         "minutes": "20", "shaky": "why scale by sqrt(d)?\n\n"
                                                                   "what is a head?"})
    assert "2 shaky spot(s) became questions" in text_of(answer)
    assert "self-attention to a friend, 20 min" in text_of(answer)
    assert [q.text for q in list_questions(uow)] == ["why scale by sqrt(d)?", "what is a head?"]
    missing = site.post("/explanations", {"topic": "BPE"})
    assert "say who it was explained to" in text_of(missing)


def test_ask_and_answer_a_question(site, uow, dive):
    asked = site.post("/questions", {"text": "Where do the inputs enter?", "to": "the author"})
    assert "Question #1 noted." in text_of(asked)
    answered = site.post("/questions/1/answer", {"text": "At the bottom, embedded."})
    assert "Question #1 answered." in text_of(answered)
    assert "Answer: At the bottom, embedded." in text_of(answered)
    (question,) = list_questions(uow)
    assert question.status == "answered"
    assert "say what the question is" in text_of(site.post("/questions", {"text": ""}))


def test_another_dives_question_is_refused(site, uow, wall, dive):
    ask(uow, wall, "What is BPE?")
    create_dive(uow, wall, NewDive("Next topic", date(2021, 5, 10), 2, 30,
                                   Slot.parse("08:00-08:30")), force=True)
    answer = site.post("/questions/1/answer", {"text": "byte pairs"})
    assert "no question" in text_of(answer).lower() and 'class="flash error"' in answer.text
    site.post("/dives/1/use", {})
    assert list_questions(uow)[0].status == "open"


def test_a_checkin_with_claims_and_verdicts(site, uow, dive):
    answer = site.post("/checkins", {
        "with_whom": "Wojciech", "note": "call",
        "claim": ["GPT is a decoder", "BERT is generative", ""],
        "verdict": ["right", "wrong", ""],
        "correction": ["", "BERT is an encoder", ""],
    })
    assert "Check-in with Wojciech saved, 2 claim(s)." in text_of(answer)
    assert "BERT is generative: wrong — BERT is an encoder" in text_of(answer)
    (saved,) = list_checkins(uow)
    assert [c.verdict for c in saved.claims] == ["right", "wrong"]


def test_a_claim_without_verdict_is_refused_and_nothing_saved(site, uow, dive):
    answer = site.post("/checkins", {"with_whom": "Wojciech", "claim": ["GPT is a decoder"],
                                     "verdict": [""], "correction": [""]})
    assert "claim 'GPT is a decoder' needs a verdict: right, partly or wrong" in text_of(answer)
    assert "--verdict" not in text_of(answer)
    assert list_checkins(uow) == []
    nobody = site.post("/checkins", {"with_whom": ""})
    assert "say who the check-in was with" in text_of(nobody)


def test_retros_are_written_and_rewritten(site, uow, dive):
    site.post("/retros/week", {"week": "2", "title": "The loss of hope", "text": "Too slow."})
    again = site.post("/retros/week", {"week": "2", "title": "The loss of hope",
                                       "text": "Slow, then better."})
    assert "Week 2's retro saved." in text_of(again)
    assert "Slow, then better.</textarea>" in again.text
    with uow:
        assert uow.dives.weeks(1)[2].retro_text == "Slow, then better."
    outside = site.post("/retros/week", {"week": "9", "text": "x"})
    assert "week 9 is outside this dive" in text_of(outside)
    dive_retro = site.post("/retros/dive", {"text": "A good month."})
    assert "The dive's retro saved." in text_of(dive_retro)
    assert "A good month.</textarea>" in dive_retro.text
    assert "write the retro" in text_of(site.post("/retros/dive", {"text": ""}))


def test_lessons_sent_twice_are_saved_once(site, uow, dive):
    form = {"text": "Plan a backup for every week"}
    site.post("/lessons", form, form_id="lesson-once")
    again = site.post("/lessons", form, form_id="lesson-once")
    assert "already sent" in text_of(again)
    assert [lesson.text for lesson in all_lessons(uow)] == ["Plan a backup for every week"]
    assert "#1 Plan a backup for every week" in text_of(again)
    assert "say what you would do differently" in text_of(site.post("/lessons", {"text": ""}))


def test_an_experiment_sent_twice_is_saved_once(site, uow, dive):
    for _ in range(2):
        site.post("/experiments", {"title": "Sorting"}, form_id="exp-once")
    assert len(list_experiments(uow)) == 1



def test_the_plan_shows_when_a_backup_is_meant_to_be_used(site, uow, wall, dive):
    resolver = bootstrap.metadata_resolver(load_config())
    add_resource(uow, wall, resolver, NewResource(
        "A gentler GPT-2 post", kind="post", minutes=20, backup_for=str(dive["gpt2"]),
        trigger="too-hard"))
    page = site.get("/plan")
    card = page.text.split(f'id="r{dive["gpt2"]}"', 1)[1].split("</li>", 1)[0]
    shown = " ".join(re.sub(r"<[^>]+>", " ", card).split())
    assert "Backup: #5 A gentler GPT-2 post (if too hard)" in shown
    assert "The Journey of Open AI GPT models planned" in shown  # any trigger: nothing added
