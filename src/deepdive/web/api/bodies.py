"""Request bodies of the JSON API."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field


class NewResourceBody(BaseModel):
    source: str
    week: int | None = None
    kind: str | None = None
    title: str | None = None
    by: str = ""
    why: str = ""
    minutes: int | None = None
    optional: bool = False
    backup_for: str | None = None
    offline: bool = False


class MoveBody(BaseModel):
    week: int | None = Field(description="The week to plan it for; null: no week yet.")


class MarkBody(BaseModel):
    status: str
    why: str = ""


class RateBody(BaseModel):
    score: int
    why: str = ""


class StartBody(BaseModel):
    resource: str | None = None
    kind: str = "read"


class StopBody(BaseModel):
    mood: int | None = None
    note: str = ""


class NewDiveBody(BaseModel):
    title: str
    start: date | None = None
    weeks: int = 4
    daily_minutes: int = 60
    slot: str | None = None
    why: str = ""
    goals: list[str] = Field(default_factory=list)
    force: bool = False


class NewIdeaBody(BaseModel):
    title: str
    note: str = ""


class AnswerBody(BaseModel):
    card_id: int
    answer: str = Field(description="1-4, or again, hard, good, easy.")
    duration_ms: int = 0


class UndoBody(BaseModel):
    review_id: int


class QuestionBody(BaseModel):
    text: str
    to: str = ""


class AnswerQuestionBody(BaseModel):
    text: str


class ExperimentBody(BaseModel):
    title: str
    setup: str = ""
    expectation: str = ""
    result: str = ""
    surprise: str = ""
    ref: str | None = Field(default=None, description="The resource it is about.")
