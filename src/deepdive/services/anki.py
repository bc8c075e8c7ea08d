"""Anki on both sides: export the cards as an .apkg (a deck per dive), import an .apkg.

Reading and writing the files is the adapters' work (see ports.AnkiExporter/AnkiImporter);
here cards become notes and back, in one transaction per import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deepdive.clock import Clock
from deepdive.domain.cards import Card, CardKind, Review
from deepdive.domain.cloze import numbers as cloze_numbers
from deepdive.domain.deck import CardFace, InNote, OutNote, deck_name, tag_word
from deepdive.domain.dive import Dive
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.resource import Entry
from deepdive.domain.richtext import media_names
from deepdive.domain.scheduling import due_of, new_state, replay
from deepdive.services.cards import scope
from deepdive.services.ports import AnkiExporter, AnkiImporter, Progress, UnitOfWork
from deepdive.services.review import retention


def _quiet(done: int, total: int) -> None:
    """No progress display."""


@dataclass
class Exported:
    path: Path
    notes: int
    cards: int
    decks: list[str]
    media: int
    warnings: list[str] = field(default_factory=list)


def export_anki(
    uow: UnitOfWork,
    exporter: AnkiExporter,
    path: Path,
    *,
    everything: bool = False,
    dive_ref: str | None = None,
    progress: Progress = _quiet,
) -> Exported:
    if path.suffix.lower() != ".apkg":
        raise InvalidInput(f"{path} should end in .apkg (an Anki package)")
    with uow:
        dive = scope(uow, dive_ref, everything)
        cards = uow.cards.faces(dive.id if dive else None)
        if not cards:
            where = f"in {dive.title}" if dive else "in the workspace"
            raise Conflict(f"no cards to export {where}; nothing was written")
        dives = {d.id: d for d in uow.dives.list()}
        entries: dict[int, dict[int, Entry]] = {}
        for dive_id in {c.dive_id for c in cards if c.dive_id is not None}:
            entries[dive_id] = {e.id: e for e in uow.resources.entries(dive_id)}
        notes = _out_notes(cards, dives, entries)
        wanted = sorted({name for n in notes for name in media_names(n.front + n.back)})
        media = uow.media.named(wanted)
    exporter.write(path, notes, media, progress)
    warnings = []
    as_basic = sum(c.kind == CardKind.CLOZE and n.kind == CardKind.BASIC
                   for c, n in zip(cards, notes, strict=True))
    if as_basic:
        warnings.append(f"{as_basic} cloze note(s) have no deletion Anki makes a card from "
                        "(such as {{c1L::...}}): exported as basic cards")
    return Exported(path, len(notes), sum(_anki_cards(n) for n in notes),
                    sorted({n.deck for n in notes}), len(media), warnings)


def _anki_cards(note: OutNote) -> int:
    """How many cards Anki builds from the note."""
    if note.kind == CardKind.CLOZE:
        return len(cloze_numbers(note.front))
    return 2 if note.kind == CardKind.REVERSED else 1


def _out_notes(
    cards: list[CardFace], dives: dict[int | None, Dive], entries: dict[int, dict[int, Entry]]
) -> list[OutNote]:
    notes = []
    # Cards of one resource share their deck, source and tags: work each out once (a big
    # export has 100k cards over a few hundred resources).
    placed: dict[tuple[int | None, int | None, tuple[str, ...]], tuple[str, str, tuple[str, ...]]]
    placed = {}
    for card in cards:  # one row per note (its guid)
        key = (card.dive_id, card.resource_id, tuple(card.tags))
        where = placed.get(key)
        if where is None:
            where = placed[key] = _placement(card, dives, entries)
        kind = card.kind
        if kind == CardKind.CLOZE and not cloze_numbers(card.front):
            kind = CardKind.BASIC  # else Anki would build no card from it
        deck, source, tags = where
        notes.append(OutNote(card.guid, kind, card.front, card.back, source, deck, tags))
    return notes


def _placement(
    card: CardFace, dives: dict[int | None, Dive], entries: dict[int, dict[int, Entry]]
) -> tuple[str, str, tuple[str, ...]]:
    """The deck, the source field and the tags of a card's note."""
    dive = dives.get(card.dive_id)
    tags = [tag_word(t) for t in card.tags]
    if dive is None:
        return deck_name(None), "", tuple(dict.fromkeys(tags))
    tags.append(f"dive::{dive.number}-{tag_word(dive.title)}")
    source = ""
    entry = entries.get(dive.id or 0, {}).get(card.resource_id) if card.resource_id else None
    if entry is not None:
        source = f"{entry.title} {entry.resource.url}".strip()
        tags.append(f"kind::{entry.resource.kind}")
        if entry.placement.week:
            tags.append(f"week::{entry.placement.week}")
    return deck_name(dive.title), source, tuple(dict.fromkeys(tags))


@dataclass
class Imported:
    format: str
    notes: int = 0
    cards: int = 0
    reviews: int = 0
    skipped: int = 0  # notes already in the workspace (same GUID)
    media_stored: int = 0
    media_known: int = 0
    media_names: list[str] = field(default_factory=list)
    note_types: dict[str, int] = field(default_factory=dict)  # of the notes imported
    warnings: list[str] = field(default_factory=list)
    dive: str | None = None


def import_anki(
    uow: UnitOfWork,
    clock: Clock,
    importer: AnkiImporter,
    path: Path,
    *,
    dive_ref: str | None = None,
    progress: Progress = _quiet,
) -> Imported:
    """Read the package first (untrusted: the adapter checks it), then store it all at once."""
    deck = importer.read(path, progress)
    now = clock()
    keep = retention(uow)
    result = Imported(deck.format, warnings=list(deck.warnings))
    with uow:
        dive = scope(uow, dive_ref)
        result.dive = dive.title if dive else None
        known = uow.cards.guids()
        made: list[Card] = []
        history: list[tuple[Card, list[Review]]] = []
        for note in deck.notes:
            if note.guid in known:
                result.skipped += 1
                continue
            known.add(note.guid)
            cards = _cards_of(note, dive.id if dive else None, now, keep, history)
            if not cards:
                result.warnings.append(f"note {note.guid} ({note.note_type}) makes no card; "
                                       "skipped")
                continue
            made.extend(cards)
            result.notes += 1
            result.note_types[note.note_type] = result.note_types.get(note.note_type, 0) + 1
        uow.cards.add_many(made)
        reviews = []
        for card, steps in history:
            assert card.id is not None
            for review in steps:
                review.card_id = card.id
                reviews.append(review)
        uow.cards.add_reviews(reviews)
        result.cards, result.reviews = len(made), len(reviews)
        for file in deck.media:
            stored = uow.media.add(file, hashlib.sha1(file.data).hexdigest())
            result.media_stored += stored
            result.media_known += not stored
            result.media_names.append(file.filename)
        uow.commit()
    return result


def _cards_of(
    note: InNote,
    dive_id: int | None,
    now: datetime,
    keep: float,
    history: list[tuple[Card, list[Review]]],
) -> list[Card]:
    if note.kind == CardKind.CLOZE:
        # A deletion Anki accepted but we cannot read (e.g. `{{c1L::`) keeps its cards.
        ordinals = cloze_numbers(note.front) or sorted(c.ordinal for c in note.cards)
    elif note.kind == CardKind.REVERSED:
        ordinals = [1, 2]
    else:
        ordinals = [1]
    answered = {c.ordinal: c.history for c in note.cards}
    cards = []
    for ordinal in ordinals:
        past = answered.get(ordinal, ())
        if past:
            state, steps = replay(past, min(at for at, _ in past), keep)
        else:
            state, steps = new_state(now), []
        card = Card(note.kind, note.front, note.back, note.guid, state, due_of(state), now, now,
                    ordinal, dive_id, tags=list(note.tags))
        cards.append(card)
        if steps:
            history.append((card, [Review(0, s.rating, s.at, s.before, s.due_before)
                                   for s in steps]))
    return cards

