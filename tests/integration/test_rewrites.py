"""Rewriting explanations, check-ins, lessons and questions (services, real database)."""

from datetime import date

import pytest

from deepdive.domain.errors import InvalidInput, NotFound
from deepdive.services import checkins, experiments, lessons, questions
from deepdive.services.checkins import ClaimInput
from deepdive.services.dives import NewDive, create_dive


@pytest.fixture
def dive(uow, clock):
    return create_dive(uow, clock, NewDive("Transformers", date(2021, 4, 8), 4, 60))


def test_an_explanation_is_rewritten_and_its_shaky_spots_stay(uow, clock, dive):
    made = experiments.explain(uow, clock, "attention", "a friend", 20, ["softmax?"])
    ref = str(made.explanation.id)
    experiments.update_explanation(uow, ref, "self-attention", "my sister", None)
    (view,) = experiments.list_explanations(uow)
    assert (view.explanation.topic, view.explanation.audience, view.explanation.minutes) == (
        "self-attention", "my sister", None)
    assert [q.text for q in view.shaky] == ["softmax?"]
    with pytest.raises(InvalidInput):
        experiments.update_explanation(uow, ref, "x", " ", None)


def test_a_checkin_is_corrected_and_keeps_its_claims(uow, clock, dive):
    saved = checkins.checkin(uow, clock, "Ana", [ClaimInput("GPT-2 is small", "wrong", "1.5B")])
    checkins.update_checkin(uow, str(saved.id), "Ana B.", "over coffee")
    (found,) = checkins.list_checkins(uow)
    assert (found.with_whom, found.note, len(found.claims)) == ("Ana B.", "over coffee", 1)
    with pytest.raises(InvalidInput):
        checkins.update_checkin(uow, str(saved.id), "", "")


def test_a_lesson_is_reworded_only_in_its_own_dive(uow, clock, dive):
    lesson = lessons.add_lesson(uow, clock, "plan backups")
    lessons.update_lesson(uow, str(lesson.id), "plan a backup for every week")
    assert [x.text for x in lessons.all_lessons(uow)] == ["plan a backup for every week"]
    create_dive(uow, clock, NewDive("Compilers", date(2021, 6, 1), 4, 60), force=True)
    from deepdive.services.dives import use_dive

    use_dive(uow, "2")
    with pytest.raises(NotFound):
        lessons.update_lesson(uow, str(lesson.id), "elsewhere")


def test_a_question_and_its_answer_are_rewritten(uow, clock, dive):
    asked = questions.ask(uow, clock, "What is BPE?", "Ana")
    questions.edit_question(uow, str(asked.id), "What is byte-pair encoding?", "", None)
    questions.answer(uow, clock, str(asked.id), "merging frequent pairs")
    questions.edit_question(uow, str(asked.id), "What is byte-pair encoding?", "",
                            "merging the most frequent pairs")
    (found,) = questions.list_questions(uow)
    assert (found.text, found.to_whom, found.answer) == (
        "What is byte-pair encoding?", "", "merging the most frequent pairs")
    with pytest.raises(InvalidInput):
        questions.edit_question(uow, str(asked.id), "x", "", " ")
