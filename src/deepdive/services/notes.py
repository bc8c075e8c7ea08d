"""Markdown notes on a resource or on the dive itself: one note each, grown over time."""

from __future__ import annotations

from dataclasses import dataclass

from deepdive.clock import Clock
from deepdive.domain.extract import extract
from deepdive.domain.note import Note
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import find_entry


@dataclass
class NoteTarget:
    """What a note is about, and what it says so far (for the editor)."""

    dive_title: str
    resource_id: int | None
    title: str  # the resource's, or the dive's
    text: str


def target(uow: UnitOfWork, ref: str | None, dive_ref: str | None = None) -> NoteTarget:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entry = find_entry(uow.resources.entries(dive.id), ref) if ref else None
        resource_id = entry.id if entry else None
        note = _existing(uow, dive.id, resource_id)
    return NoteTarget(dive.title, resource_id, entry.title if entry else dive.title,
                      note.text if note else "")


def _existing(uow: UnitOfWork, dive_id: int, resource_id: int | None) -> Note | None:
    return next((n for n in uow.notes.for_dive(dive_id) if n.resource_id == resource_id), None)


@dataclass
class Written:
    note: Note | None  # None: nothing was written
    title: str
    card_lines: int  # cards `cards extract` would find in it


def write_note(
    uow: UnitOfWork,
    clock: Clock,
    ref: str | None,
    text: str,
    *,
    replace: bool = False,
    dive_ref: str | None = None,
) -> Written:
    """Append `text` to the note (or replace it, after an edit). Empty text writes nothing."""
    text = text.strip()
    now = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entry = find_entry(uow.resources.entries(dive.id), ref) if ref else None
        resource_id = entry.id if entry else None
        title = entry.title if entry else dive.title
        note = _existing(uow, dive.id, resource_id)
        if not text:
            return Written(None, title, 0)
        if note is None:
            note = uow.notes.add(Note(dive.id, text, now, now, resource_id))
        else:
            note.text = text if replace else f"{note.text.rstrip()}\n\n{text}"
            note.updated_at = now
            uow.notes.update(note)
        uow.commit()
    return Written(note, title, len(extract(note.text)))
