"""The places the user chose for resources in the advice to the next person."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.recommendation import Place, Recommendation
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import recommendations


class RecommendationRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def save(self, rec: Recommendation) -> Recommendation:
        """One choice per resource and dive: a new one replaces the old."""
        values = {"place": str(rec.place), "rank": rec.rank, "comment": rec.comment,
                  "at": to_db(rec.at)}
        where = (recommendations.c.dive_id == rec.dive_id) & (
            recommendations.c.resource_id == rec.resource_id
        )
        found = self._db.execute(select(recommendations.c.id).where(where)).first()
        if found is None:
            result = self._db.execute(
                insert(recommendations).values(
                    dive_id=rec.dive_id, resource_id=rec.resource_id, **values
                )
            )
            rec.id = new_id(result)
        else:
            self._db.execute(update(recommendations).where(where).values(**values))
            rec.id = found.id
        return rec

    def for_dive(self, dive_id: int) -> dict[int, Recommendation]:
        rows = self._db.execute(
            select(recommendations).where(recommendations.c.dive_id == dive_id)
        )
        return {
            row.resource_id: Recommendation(
                id=row.id,
                dive_id=row.dive_id,
                resource_id=row.resource_id,
                place=Place(row.place),
                rank=row.rank,
                comment=row.comment,
                at=from_db_required(row.at),
            )
            for row in rows
        }

