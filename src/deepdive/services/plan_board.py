"""The plan as a board: weeks as columns, each resource with the backups held for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from deepdive.domain.dive import Dive, Week
from deepdive.domain.resource import Entry
from deepdive.services.current import current_dive
from deepdive.services.ports import DailyUnitOfWork


@dataclass
class Card:
    entry: Entry
    backups: list[Entry] = field(default_factory=list)


@dataclass
class Column:
    number: int | None  # None: not planned for a week yet
    week: Week | None
    cards: list[Card] = field(default_factory=list)

    @property
    def planned_minutes(self) -> int:
        return sum(c.entry.resource.minutes or 0 for c in self.cards)


@dataclass
class Board:
    dive: Dive
    columns: list[Column]
    entries: list[Entry]


def board(uow: DailyUnitOfWork, dive_ref: str | None = None) -> Board:
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        weeks = uow.dives.weeks(dive.id)
        entries = uow.resources.entries(dive.id)
    columns = {n: Column(n, weeks.get(n)) for n in range(1, dive.weeks + 1)}
    loose = Column(None, None)
    cards = {e.id: Card(e) for e in entries if e.placement.backup_for is None}
    for entry in entries:
        target = entry.placement.backup_for
        if target is not None and target in cards:
            cards[target].backups.append(entry)
        elif target is not None:  # its target is gone from the plan: show it on its own
            cards[entry.id] = Card(entry)
    for card in cards.values():
        columns.get(card.entry.placement.week or 0, loose).cards.append(card)
    shown = list(columns.values()) + ([loose] if loose.cards else [])
    return Board(dive, shown, entries)
