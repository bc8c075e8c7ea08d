"""Recommendations: the user's choice per resource, or the derived place."""

from __future__ import annotations

from datetime import datetime

from deepdive.clock import Clock
from deepdive.domain.errors import InvalidInput
from deepdive.domain.recommendation import MAX_RANK, Place, Placed, Recommendation, recommend
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import find_entry


def set_recommendation(
    uow: UnitOfWork, clock: Clock, ref: str, place: str, rank: int | None = None,
    comment: str = "", dive_ref: str | None = None,
) -> Placed:
    chosen_place = Place.parse(place)
    if rank is not None and not 1 <= rank <= MAX_RANK:
        raise InvalidInput(f"rank must be from 1 to {MAX_RANK}, not {rank}")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entry = find_entry(uow.resources.entries(dive.id), ref)
        uow.recommendations.save(
            Recommendation(dive.id, entry.id, chosen_place, clock(), rank, comment.strip())
        )
        uow.commit()
    return next(p for p in recommendations(uow, dive_ref) if p.entry.id == entry.id)


def recommendations(uow: UnitOfWork, dive_ref: str | None = None) -> list[Placed]:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entries = uow.resources.entries(dive.id)
        chosen = uow.recommendations.for_dive(dive.id)
        first_read: dict[int, datetime] = {}
        for session in sorted(uow.sessions.for_dive(dive.id), key=lambda s: s.started_at):
            if session.resource_id is not None:
                first_read.setdefault(session.resource_id, session.started_at)
    return recommend(entries, chosen, first_read)
