"""Resources, their placement in each dive's plan, ratings and swaps."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, update

from deepdive.domain.backup import Swap
from deepdive.domain.resource import (
    Entry,
    Placement,
    Rating,
    Resource,
)
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.rows import (
    placement_from,
    placement_values,
    rating_from,
    resource_from,
    resource_values,
)
from deepdive.storage.tables import placements, ratings, resources, swaps

_ENTRY_COLUMNS: list[Any] = [
    resources,
    placements.c.id.label("placement_id"),
    placements.c.dive_id,
    *[c for c in placements.c if c.name not in ("id", "dive_id", "resource_id", "added_at")],
]


class ResourceRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, resource: Resource, now: datetime) -> Resource:
        values = resource_values(resource) | {"created_at": to_db(now)}
        result = self._db.execute(insert(resources).values(**values))
        resource.id = new_id(result)
        return resource

    def update(self, resource: Resource) -> None:
        self._db.execute(
            update(resources)
            .where(resources.c.id == resource.id)
            .values(**resource_values(resource))
        )

    def find_same(self, arxiv_id: str, doi: str, url: str) -> Resource | None:
        """An already known resource with the same arXiv id, DOI or URL."""
        tests = []
        if arxiv_id:
            tests.append(resources.c.arxiv_id == arxiv_id)
        if doi:
            tests.append(func.lower(resources.c.doi) == doi.lower())
        if url:
            tests.append(resources.c.url == url)
        if not tests:
            return None
        row = self._db.execute(select(resources).where(or_(*tests)).limit(1)).first()
        return resource_from(row) if row else None

    def place(self, placement: Placement, now: datetime) -> Placement:
        values = placement_values(placement) | {
            "dive_id": placement.dive_id,
            "resource_id": placement.resource_id,
            "added_at": to_db(now),
        }
        result = self._db.execute(insert(placements).values(**values))
        placement.id = new_id(result)
        return placement

    def update_placement(self, placement: Placement) -> None:
        self._db.execute(
            update(placements)
            .where(placements.c.id == placement.id)
            .values(**placement_values(placement))
        )

    def next_position(self, dive_id: int) -> int:
        highest = self._db.execute(
            select(func.max(placements.c.position)).where(placements.c.dive_id == dive_id)
        ).scalar()
        return int(highest or 0) + 1

    def entries(self, dive_id: int) -> list[Entry]:
        """Every resource in the dive, in plan order, each with its rating history."""
        return self._entries(dive_id)

    def around(self, dive_id: int, resource_id: int) -> list[Entry]:
        """One resource of the dive, what it backs up and its backups: what its page shows,
        without reading the whole plan."""
        target = select(placements.c.backup_for).where(
            placements.c.dive_id == dive_id, placements.c.resource_id == resource_id
        ).scalar_subquery()
        return self._entries(
            dive_id,
            or_(
                resources.c.id == resource_id,
                resources.c.id == target,
                placements.c.backup_for == resource_id,
            ),
        )

    def _entries(self, dive_id: int, *where: Any) -> list[Entry]:
        rows = self._db.execute(
            select(*_ENTRY_COLUMNS)
            .join(placements, placements.c.resource_id == resources.c.id)
            .where(placements.c.dive_id == dive_id, *where)
            .order_by(func.coalesce(placements.c.week, 1_000_000), placements.c.position)
        ).all()
        ids = [row.id for row in rows]
        query = select(ratings).where(ratings.c.dive_id == dive_id)
        if where:
            query = query.where(ratings.c.resource_id.in_(ids))
        history: dict[int, list[Rating]] = defaultdict(list)
        for row in self._db.execute(query.order_by(ratings.c.at, ratings.c.id)):
            history[row.resource_id].append(rating_from(row))
        return [Entry(resource_from(row), placement_from(row), history[row.id]) for row in rows]

    def needing_refresh(self, dive_id: int | None) -> list[Resource]:
        query = select(resources).where(resources.c.needs_refresh.is_(True))
        if dive_id is not None:
            query = query.join(placements, placements.c.resource_id == resources.c.id).where(
                placements.c.dive_id == dive_id
            )
        return [resource_from(row) for row in self._db.execute(query.order_by(resources.c.id))]

    def add_rating(self, rating: Rating) -> None:
        self._db.execute(
            insert(ratings).values(
                dive_id=rating.dive_id,
                resource_id=rating.resource_id,
                score=rating.score,
                reason=rating.reason,
                at=to_db(rating.at),
            )
        )

    def add_swap(self, swap: Swap) -> Swap:
        result = self._db.execute(
            insert(swaps).values(
                dive_id=swap.dive_id,
                from_resource_id=swap.from_resource_id,
                to_resource_id=swap.to_resource_id,
                why=swap.why,
                at=to_db(swap.at),
            )
        )
        swap.id = new_id(result)
        return swap

    def swaps(self, dive_id: int) -> list[Swap]:
        rows = self._db.execute(
            select(swaps).where(swaps.c.dive_id == dive_id).order_by(swaps.c.at, swaps.c.id)
        )
        return [
            Swap(
                id=row.id,
                dive_id=row.dive_id,
                from_resource_id=row.from_resource_id,
                to_resource_id=row.to_resource_id,
                why=row.why,
                at=from_db_required(row.at),
            )
            for row in rows
        ]
