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
    rating: int | None = Field(default=None, description="1-5, as the form's field is named.")
    score: int | None = Field(default=None, description="The same as `rating` (older name).")
    why: str = ""

    def value(self) -> int | None:
        return self.rating if self.rating is not None else self.score


class StartBody(BaseModel):
    resource: int | str | None = Field(default=None, description="An id (3 or \"3\") or title.")
    kind: str = "read"


class SwapBody(BaseModel):
    backup: int | str = Field(description="The backup that takes the resource's place.")
    why: str


class NoteBody(BaseModel):
    text: str = Field(description="The whole note (Markdown); it replaces the stored one.")


class WeekBackupBody(BaseModel):
    backup: str


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


class ExperimentPatch(BaseModel):
    """Only the fields given change."""

    title: str | None = None
    setup: str | None = None
    expectation: str | None = None
    result: str | None = None
    surprise: str | None = None


class ExplanationBody(BaseModel):
    topic: str
    audience: str
    minutes: int | None = None
    shaky: list[str] = Field(default_factory=list, description="Each becomes a question.")


class ClaimBody(BaseModel):
    text: str
    verdict: str | None = Field(default=None, description="right, partly or wrong.")
    correction: str = ""


class CheckinBody(BaseModel):
    with_whom: str = Field(alias="with")
    note: str = ""
    claims: list[ClaimBody] = Field(default_factory=list)


class TextBody(BaseModel):
    text: str


class WeekRetroBody(BaseModel):
    text: str
    title: str | None = None


class ExplanationEdit(BaseModel):
    topic: str
    audience: str
    minutes: int | None = None


class CheckinEdit(BaseModel):
    with_whom: str = Field(alias="with")
    note: str = ""


class QuestionEdit(BaseModel):
    text: str
    to: str = ""
    answer: str | None = Field(default=None, description="Rewrites an answer already given.")
