"""A dive's resources with their rating histories, read with sqlite3."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from deepdive.domain.resource import Entry, Rating
from deepdive.storage.rows import placement_from, rating_from, resource_from

_ENTRIES = """
SELECT r.*, p.id AS placement_id, p.dive_id, p.week, p.position, p.status, p.optional,
       p.recommended_by, p.why, p.status_reason, p.backup_for, p.backup_trigger
FROM resources r JOIN placements p ON p.resource_id = r.id
WHERE p.dive_id = ?
ORDER BY COALESCE(p.week, 1000000), p.position
"""


class QuickResources:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def entries(self, dive_id: int) -> list[Entry]:
        rows = self._db.execute(_ENTRIES, (dive_id,)).fetchall()
        history: dict[int, list[Rating]] = defaultdict(list)
        for row in self._db.execute(
            "SELECT * FROM ratings WHERE dive_id = ? ORDER BY at, id", (dive_id,)
        ):
            history[row.resource_id].append(rating_from(row))
        return [Entry(resource_from(row), placement_from(row), history[row.id]) for row in rows]
