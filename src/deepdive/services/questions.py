"""Questions to find out or to ask someone, and their answers."""

from __future__ import annotations

from deepdive.clock import Clock
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.question import Question, QuestionStatus
from deepdive.domain.refs import resolve
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork


def find_question(questions: list[Question], ref: str) -> Question:
    return resolve(ref, questions, number=lambda q: q.id, title=lambda q: q.text,
                   what="question")


def ask(
    uow: UnitOfWork, clock: Clock, text: str, to_whom: str = "", dive_ref: str | None = None
) -> Question:
    if not text.strip():
        raise InvalidInput("say what the question is")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        question = uow.questions.add(
            Question(dive.id, text.strip(), clock(), to_whom=to_whom.strip())
        )
        uow.commit()
    return question


def answer(
    uow: UnitOfWork, clock: Clock, ref: str, text: str, dive_ref: str | None = None,
    force: bool = False,
) -> Question:
    """Answer question REF; one already answered keeps its answer unless `force`."""
    if not text.strip():
        raise InvalidInput("give the answer with -m TEXT")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        question = find_question(uow.questions.for_dive(dive.id), ref)
        if question.status == QuestionStatus.DROPPED:
            raise Conflict(f"question #{question.id} was dropped")
        if question.status == QuestionStatus.ANSWERED and not force:
            raise Conflict(f"question #{question.id} is already answered: {question.answer}; "
                           "pass --force to replace its answer")
        question.status = QuestionStatus.ANSWERED
        question.answer = text.strip()
        question.answered_at = clock()
        uow.questions.update(question)
        uow.commit()
    return question


def list_questions(
    uow: UnitOfWork, only_open: bool = False, dive_ref: str | None = None
) -> list[Question]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        questions = uow.questions.for_dive(dive.id)
    return [q for q in questions if q.status.is_open or not only_open]


def edit_question(
    uow: UnitOfWork, ref: str, text: str, to_whom: str, answer_text: str | None = None,
    dive_ref: str | None = None,
) -> Question:
    """Reword a question (and whom to ask); `answer_text` rewrites an answer already given."""
    if not text.strip():
        raise InvalidInput("say what the question is")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        question = find_question(uow.questions.for_dive(dive.id), ref)
        question.text, question.to_whom = text.strip(), to_whom.strip()
        if answer_text is not None and question.status == QuestionStatus.ANSWERED:
            if not answer_text.strip():
                raise InvalidInput("an answered question keeps an answer; write it")
            question.answer = answer_text.strip()
        uow.questions.update(question)
        uow.commit()
    return question
