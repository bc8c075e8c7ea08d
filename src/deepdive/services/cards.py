"""Write cards directly (basic, reversed, cloze), list them, and pull them out of notes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from deepdive.clock import Clock
from deepdive.domain import cloze
from deepdive.domain.cards import Card, CardKind, card_sides
from deepdive.domain.dive import Dive
from deepdive.domain.errors import Conflict, NotFound
from deepdive.domain.extract import Extracted, extract, match
from deepdive.domain.scheduling import new_state
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import find_entry


def new_guid() -> str:
    """A note's identity in Anki: kept for ever, so re-exports update instead of duplicating."""
    return uuid.uuid4().hex[:16]


def scope(uow: UnitOfWork, dive_ref: str | None, everything: bool = False) -> Dive | None:
    """The dive a memory command works on; None means the whole workspace (`--all`, or no
    dive is current)."""
    if everything and not dive_ref:
        return None
    try:
        return current_dive(uow, dive_ref)
    except NotFound:
        if dive_ref:
            raise
        return None


def make_cards(
    kind: CardKind,
    front: str,
    back: str,
    now: datetime,
    *,
    guid: str | None = None,
    dive_id: int | None = None,
    resource_id: int | None = None,
    note_id: int | None = None,
    source_key: str | None = None,
) -> list[Card]:
    """The card rows one note makes, all new and due now."""
    note_guid = guid or new_guid()
    return [
        Card(kind, front, back, note_guid, new_state(now), now, now, now, ordinal,
             dive_id, resource_id, note_id, source_key)
        for ordinal in card_sides(kind, front, back)
    ]


def _resource_id(uow: UnitOfWork, dive: Dive | None, ref: str | None) -> int | None:
    if ref is None:
        return None
    if dive is None or dive.id is None:
        raise NotFound("--ref needs a dive: choose one with `deepdive use` or --dive")
    return find_entry(uow.resources.entries(dive.id), ref).id


def add_card(
    uow: UnitOfWork,
    clock: Clock,
    front: str,
    back: str,
    *,
    reversed_too: bool = False,
    ref: str | None = None,
    dive_ref: str | None = None,
) -> list[Card]:
    kind = CardKind.REVERSED if reversed_too else CardKind.BASIC
    return _add(uow, clock, kind, front.strip(), back.strip(), ref, dive_ref)


def add_cloze(
    uow: UnitOfWork,
    clock: Clock,
    text: str,
    extra: str = "",
    *,
    ref: str | None = None,
    dive_ref: str | None = None,
) -> list[Card]:
    cloze.check(text)
    return _add(uow, clock, CardKind.CLOZE, text.strip(), extra.strip(), ref, dive_ref)


def _add(
    uow: UnitOfWork,
    clock: Clock,
    kind: CardKind,
    front: str,
    back: str,
    ref: str | None,
    dive_ref: str | None,
) -> list[Card]:
    card_sides(kind, front, back)  # a clear error before touching the database
    now = clock()
    with uow:
        dive = scope(uow, dive_ref)
        made = make_cards(kind, front, back, now, dive_id=dive.id if dive else None,
                          resource_id=_resource_id(uow, dive, ref))
        uow.cards.add_many(made)
        uow.commit()
    return made


@dataclass
class CardList:
    cards: list[Card]
    dive: Dive | None  # None: the whole workspace


def list_cards(
    uow: UnitOfWork,
    clock: Clock,
    *,
    due_only: bool = False,
    everything: bool = False,
    dive_ref: str | None = None,
) -> CardList:
    with uow:
        dive = scope(uow, dive_ref, everything)
        found = uow.cards.find(dive.id if dive else None, clock() if due_only else None)
    return CardList(found, dive)


@dataclass
class Extraction:
    notes: int = 0
    added: list[Card] = field(default_factory=list)
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    gone: list[Card] = field(default_factory=list)  # the cards removed

    @property
    def reviewed_gone(self) -> int:
        return sum(c.reviewed for c in self.gone)


class ReviewedCardsWouldGo(Conflict):
    """Extracting would remove cards that have been answered; nothing was written."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} card(s) with review history would be removed (their lines "
                         "are gone from the notes); pass --yes to remove them")
        self.count = count


def extract_cards(
    uow: UnitOfWork, clock: Clock, dive_ref: str | None = None, *, remove_reviewed: bool = False
) -> Extraction:
    """Bring the cards written in the dive's notes up to date: new lines add cards, moved lines
    keep theirs, edited lines update theirs (keeping the review history), deleted lines remove
    theirs. Removing a card that has been reviewed needs `remove_reviewed`; without it
    ReviewedCardsWouldGo is raised and nothing is written."""
    now = clock()
    result = Extraction()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        notes = uow.notes.for_dive(dive.id)
        existing = uow.cards.for_notes([n.id for n in notes if n.id is not None])
        for note in notes:
            assert note.id is not None
            result.notes += 1
            mine = [c for c in existing if c.note_id == note.id and c.source_key]
            items = extract(note.text)
            pairs = match([c.source_key for c in mine if c.source_key], items)
            groups: dict[str, list[Card]] = {}
            for card in mine:  # by the keys as stored, before any is rewritten
                groups.setdefault(card.source_key or "", []).append(card)
            kept = set(pairs.values())
            result.gone.extend(c for c in mine if c.source_key not in kept)
            for item in items:  # may rewrite a moved card's key: `gone` is known before
                old_key = pairs.get(item.index)
                group = groups.get(old_key, []) if old_key is not None else []
                _sync(uow, result, group, item, note.id, dive.id, note.resource_id, now)
        if result.reviewed_gone and not remove_reviewed:
            raise ReviewedCardsWouldGo(result.reviewed_gone)
        uow.cards.delete([c.id for c in result.gone if c.id is not None])
        result.removed = len(result.gone)
        uow.commit()
    return result


def _sync(
    uow: UnitOfWork,
    result: Extraction,
    group: list[Card],
    item: Extracted,
    note_id: int,
    dive_id: int,
    resource_id: int | None,
    now: datetime,
) -> None:
    key = item.key(note_id)
    guid = group[0].guid if group else new_guid()
    wanted = card_sides(item.kind, item.front, item.back)
    by_ordinal = {c.ordinal: c for c in group}
    for ordinal in wanted:
        card = by_ordinal.get(ordinal)
        if card is None:
            fresh = make_cards(item.kind, item.front, item.back, now, guid=guid,
                               dive_id=dive_id, resource_id=resource_id, note_id=note_id,
                               source_key=key)
            made = [c for c in fresh if c.ordinal == ordinal]
            uow.cards.add_many(made)
            result.added.extend(made)
            continue
        same = (card.kind, card.front, card.back, card.resource_id) == (
            item.kind, item.front, item.back, resource_id)
        if same and card.source_key == key:
            result.unchanged += 1
            continue
        if same:  # only moved within the note: the card stays as it is, at its new place
            card.source_key = key
            uow.cards.update(card)
            result.unchanged += 1
            continue
        card.kind, card.front, card.back = item.kind, item.front, item.back
        card.source_key, card.resource_id, card.updated_at = key, resource_id, now
        uow.cards.update(card)  # the FSRS state and the reviews stay
        result.updated += 1
    result.gone.extend(c for c in group if c.ordinal not in wanted)
