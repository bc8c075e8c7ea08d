"""Everything known about one resource of a dive: metadata, ratings, notes, cards, sessions,
backups."""

from __future__ import annotations

from dataclasses import dataclass

from deepdive.domain.cards import Card
from deepdive.domain.dive import Dive
from deepdive.domain.note import Note
from deepdive.domain.resource import Entry
from deepdive.domain.session import Session
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import find_entry


@dataclass
class ResourceDetail:
    dive: Dive
    entry: Entry
    notes: list[Note]
    sessions: list[Session]
    backups: list[Entry]
    backup_of: Entry | None
    cards: list[Card]

    @property
    def minutes_spent(self) -> int:
        return sum(s.minutes(s.ended_at) for s in self.sessions if s.ended_at is not None)


def resource_detail(uow: UnitOfWork, ref: str, dive_ref: str | None = None) -> ResourceDetail:
    """One resource of the current dive; the id of another dive's resource is not found."""
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        number = ref.strip().lstrip("#")
        # An id (what the pages link with) needs only the resource and its neighbours.
        entries = (uow.resources.around(dive.id, int(number)) if number.isdigit()
                   else uow.resources.entries(dive.id))
        entry = find_entry(entries, ref)
        notes = [n for n in uow.notes.for_dive(dive.id) if n.resource_id == entry.id]
        sessions = uow.sessions.for_resource(dive.id, entry.id)
        cards = [c for c in uow.cards.find(dive.id) if c.resource_id == entry.id]
    backups = [e for e in entries if e.placement.backup_for == entry.id]
    target = entry.placement.backup_for
    backup_of = next((e for e in entries if e.id == target), None) if target else None
    return ResourceDetail(dive, entry, notes, sessions, backups, backup_of, cards)
