"""The backlog of topics for later dives."""

from __future__ import annotations

from deepdive.clock import Clock
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.idea import Idea
from deepdive.domain.refs import resolve
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


def find_idea(uow: UnitOfWork, ref: str) -> Idea:
    """An idea not yet taken up (inside an open unit of work)."""
    idea = resolve(ref, uow.ideas.list(), number=lambda i: i.id, title=lambda i: i.title,
                   what="idea")
    if idea.dive_id is not None:
        raise Conflict(f"idea #{idea.id} {idea.title!r} already became a dive")
    return idea
