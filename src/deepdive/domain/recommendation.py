"""Where each resource belongs in the advice to the next person: start, then, finally, optional
or skip. The user's own choice wins; otherwise it is derived from the latest rating, the order
things were read in and their status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from deepdive.domain.errors import InvalidInput
from deepdive.domain.resource import Entry, PlacementStatus, Rating


class Place(StrEnum):
    START = "start"
    THEN = "then"
    FINALLY = "finally"
    OPTIONAL = "optional"
    SKIP = "skip"

    @classmethod
    def parse(cls, text: str) -> Place:
        try:
            return cls(text.strip().lower())
        except ValueError:
            allowed = ", ".join(place.value for place in cls)
            raise InvalidInput(f"place {text!r} is not one of: {allowed}") from None


ORDER = {place: index for index, place in enumerate(Place)}
SKIP_AT_OR_BELOW = 1  # a final rating this low means skip
OPTIONAL_AT_OR_BELOW = 2  # and this low means optional (or "skim it")
MAX_RANK = 1000  # ranks order resources within a place; more is a typo, not an order


@dataclass
class Recommendation:
    """What the user set with `deepdive recommend`."""

    dive_id: int
    resource_id: int
    place: Place
    at: datetime
    rank: int | None = None
    comment: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Placed:
    entry: Entry
    place: Place
    rank: int | None
    comment: str
    derived: bool
    history: str  # "rated 4 before reading, 1 after", or ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.entry.id,
            "title": self.entry.title,
            "week": self.entry.placement.week,
            "place": str(self.place),
            "rank": self.rank,
            "comment": self.comment or None,
            "derived": self.derived,
            "rating": self.entry.rating,
            "history": self.history or None,
        }


def rating_history(ratings: list[Rating], first_read: datetime | None) -> str:
    """Say how the rating moved, when it moved: "rated 4 before reading, 1 after"."""
    scores = [r.score for r in ratings]
    if len(set(scores)) < 2:
        return ""
    before = first_read is not None and ratings[0].at < first_read
    if before and len(ratings) == 2:
        return f"rated {scores[0]} before reading, {scores[1]} after"
    head = f"rated {scores[0]}" + (" before reading" if before else "")
    return ", then ".join([head, *map(str, scores[1:])])


def derive_place(entry: Entry, started: bool = False) -> Place | None:
    """The place the evidence points to, or None when there is none.

    A resource never started (still planned, no session) has no evidence, whatever its rating
    before reading: it is left out unless the user places it with `deepdive recommend`.
    """
    status = entry.placement.status
    rating = entry.rating
    if status in (PlacementStatus.DROPPED, PlacementStatus.SWAPPED):
        return Place.SKIP
    if status == PlacementStatus.PLANNED and not started:
        return None  # never started: a rating before reading is a guess, not advice
    if rating is not None and rating <= SKIP_AT_OR_BELOW:
        return Place.SKIP
    if rating is not None and rating <= OPTIONAL_AT_OR_BELOW:
        return Place.OPTIONAL
    if entry.placement.optional:
        return Place.OPTIONAL
    return Place.THEN  # the core; start and finally come from the reading order


def recommend(
    entries: list[Entry],
    chosen: dict[int, Recommendation],
    first_read: dict[int, datetime],
) -> list[Placed]:
    """Every resource with a place, grouped in plan order by week, best advice first.

    Within a week the core resources, in the order they were first read, become start, then
    ... finally; the user's choices override any of that.
    """
    by_week: dict[int | None, list[Entry]] = {}
    for entry in entries:
        by_week.setdefault(entry.placement.week, []).append(entry)
    placed: list[Placed] = []
    for week_entries in by_week.values():
        placed.extend(_recommend_week(week_entries, chosen, first_read))
    return placed


def _recommend_week(
    entries: list[Entry], chosen: dict[int, Recommendation], first_read: dict[int, datetime]
) -> list[Placed]:
    never = datetime.max.replace(tzinfo=None)

    def read_order(entry: Entry) -> tuple[int, object, int]:
        moment = first_read.get(entry.id)
        key = moment.replace(tzinfo=None) if moment else never
        return (0 if moment else 1, key, entry.placement.position)

    derived: dict[int, Place] = {}
    for entry in entries:
        place = derive_place(entry, entry.id in first_read)
        if place is not None:
            derived[entry.id] = place
    # start and finally go to the first and last core resource read, unless the user already
    # gave those places to something in this week
    taken = {chosen[e.id].place for e in entries if e.id in chosen}
    core = sorted((e for e in entries if derived.get(e.id) == Place.THEN and e.id not in chosen),
                  key=read_order)
    if core and Place.START not in taken:
        derived[core.pop(0).id] = Place.START
    if core and Place.FINALLY not in taken:
        derived[core[-1].id] = Place.FINALLY
    rows = []
    for entry in sorted(entries, key=read_order):
        history = rating_history(entry.ratings, first_read.get(entry.id))
        mine = chosen.get(entry.id)
        if mine is not None:
            rows.append(Placed(entry, mine.place, mine.rank, mine.comment, False, history))
        elif entry.id in derived:
            rows.append(Placed(entry, derived[entry.id], None, "", True, history))
    big = 1_000_000
    rows.sort(key=lambda p: (ORDER[p.place], p.rank if p.rank is not None else big))
    return rows
