"""Questions: open until answered (or dropped)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from deepdive.domain.question import Question, QuestionStatus
from deepdive.storage.convert import from_db, from_db_required, new_id, to_db
from deepdive.storage.tables import questions

_OPEN = [str(QuestionStatus.OPEN), str(QuestionStatus.ASKED)]


def _question(row: Any) -> Question:
    return Question(
        id=row.id,
        dive_id=row.dive_id,
        text=row.text,
        to_whom=row.to_whom,
        status=QuestionStatus(row.status),
        answer=row.answer,
        explanation_id=row.explanation_id,
        claim_id=row.claim_id,
        created_at=from_db_required(row.created_at),
        answered_at=from_db(row.answered_at),
    )


class QuestionRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, question: Question) -> Question:
        result = self._db.execute(
            insert(questions).values(
                dive_id=question.dive_id,
                text=question.text,
                to_whom=question.to_whom,
                status=str(question.status),
                answer=question.answer,
                explanation_id=question.explanation_id,
                claim_id=question.claim_id,
                created_at=to_db(question.created_at),
                answered_at=to_db(question.answered_at),
            )
        )
        question.id = new_id(result)
        return question

    def update(self, question: Question) -> None:
        self._db.execute(
            update(questions)
            .where(questions.c.id == question.id)
            .values(
                text=question.text,
                to_whom=question.to_whom,
                status=str(question.status),
                answer=question.answer,
                answered_at=to_db(question.answered_at),
            )
        )

    def for_dive(self, dive_id: int) -> list[Question]:
        rows = self._db.execute(
            select(questions).where(questions.c.dive_id == dive_id).order_by(questions.c.id)
        )
        return [_question(row) for row in rows]

    def count_open(self, dive_id: int) -> int:
        count = self._db.execute(
            select(func.count())
            .select_from(questions)
            .where(questions.c.dive_id == dive_id, questions.c.status.in_(_OPEN))
        ).scalar()
        return int(count or 0)
