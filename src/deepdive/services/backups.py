"""Swap a resource for its backup: the first is set aside with the reason, the backup takes
its week and place in the plan, and the swap is logged for the write-up."""

from __future__ import annotations

from dataclasses import dataclass

from deepdive.clock import Clock
from deepdive.domain.backup import Swap
from deepdive.domain.errors import Conflict, InvalidInput, NotFound
from deepdive.domain.resource import Entry, PlacementStatus
from deepdive.services.current import current_dive
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import find_entry

_SWAPPABLE = (PlacementStatus.PLANNED, PlacementStatus.READING)


@dataclass
class Swapped:
    swap: Swap
    old: Entry
    new: Entry


def _in_other_dive(uow: UnitOfWork, dive_id: int, ref: str) -> str | None:
    """Name the other dive `ref` belongs to, for a helpful error."""
    for other in uow.dives.list():
        if other.id == dive_id or other.id is None:
            continue
        try:
            entry = find_entry(uow.resources.entries(other.id), ref)
        except NotFound:
            continue
        return f"#{entry.id} {entry.title} belongs to dive #{other.number} {other.title!r}"
    return None


def _find(uow: UnitOfWork, dive_id: int, entries: list[Entry], ref: str) -> Entry:
    try:
        return find_entry(entries, ref)
    except NotFound:
        elsewhere = _in_other_dive(uow, dive_id, ref)
        if elsewhere:
            raise Conflict(f"{elsewhere}, not this one; only resources of one dive swap") from None
        raise


def swap(
    uow: UnitOfWork, clock: Clock, ref: str, backup_ref: str, why: str,
    dive_ref: str | None = None,
) -> Swapped:
    if not why.strip():
        raise InvalidInput("say why with --why; the write-up tells the next person")
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        entries = uow.resources.entries(dive.id)
        old = _find(uow, dive.id, entries, ref)
        new = _find(uow, dive.id, entries, backup_ref)
        if old.id == new.id:
            raise InvalidInput(f"#{old.id} cannot be swapped with itself; name its backup")
        for entry, role in ((old, "swapped out"), (new, "swapped in")):
            if entry.placement.status not in _SWAPPABLE:
                raise Conflict(
                    f"#{entry.id} {entry.title} is {entry.placement.status}; "
                    f"only planned or reading resources can be {role}"
                )
        old.placement.status = PlacementStatus.SWAPPED
        old.placement.status_reason = why.strip()
        new.placement.week = old.placement.week
        new.placement.position = old.placement.position
        new.placement.backup_for = None  # in the plan now, no longer held in reserve
        uow.resources.update_placement(old.placement)
        uow.resources.update_placement(new.placement)
        logged = uow.resources.add_swap(Swap(dive.id, old.id, new.id, why.strip(), clock()))
        uow.commit()
    return Swapped(logged, old, new)
