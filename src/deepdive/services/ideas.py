"""The backlog of topics for later dives."""

from __future__ import annotations

from deepdive.clock import Clock
from deepdive.domain.errors import InvalidInput
from deepdive.domain.idea import Idea
from deepdive.services.ports import UnitOfWork


def add_idea(uow: UnitOfWork, clock: Clock, title: str, note: str = "") -> Idea:
    if not title.strip():
        raise InvalidInput("an idea needs a title")
    with uow:
        idea = uow.ideas.add(Idea(title=title.strip(), note=note.strip(), created_at=clock()))
        uow.commit()
    return idea


def list_ideas(uow: UnitOfWork) -> list[Idea]:
    with uow:
        return uow.ideas.list()
