"""Check-ins with experts, each with its claims."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.checkin import Checkin, Claim, Verdict
from deepdive.storage.convert import from_db_required, new_id, to_db
from deepdive.storage.tables import checkins, claims


class CheckinRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, checkin: Checkin) -> Checkin:
        """Store the check-in and its claims; the claims get their ids."""
        result = self._db.execute(
            insert(checkins).values(
                dive_id=checkin.dive_id,
                with_whom=checkin.with_whom,
                at=to_db(checkin.at),
                planned=checkin.planned,
                note=checkin.note,
            )
        )
        checkin.id = new_id(result)
        for claim in checkin.claims:
            claim.checkin_id = checkin.id
            inserted = self._db.execute(
                insert(claims).values(
                    checkin_id=checkin.id,
                    text=claim.text,
                    verdict=str(claim.verdict),
                    correction=claim.correction,
                )
            )
            claim.id = new_id(inserted)
        return checkin

    def update(self, checkin: Checkin) -> None:
        """Who it was with and the note; the claims stay as judged."""
        self._db.execute(
            update(checkins).where(checkins.c.id == checkin.id).values(
                with_whom=checkin.with_whom, note=checkin.note,
            )
        )

    def next_planned(self, dive_id: int, now: datetime) -> Checkin | None:
        """The soonest check-in still to come (its claims are not loaded: none yet)."""
        row = self._db.execute(
            select(checkins)
            .where(checkins.c.dive_id == dive_id, checkins.c.planned.is_(True),
                   checkins.c.at >= to_db(now))
            .order_by(checkins.c.at)
            .limit(1)
        ).first()
        if row is None:
            return None
        return Checkin(row.dive_id, row.with_whom, from_db_required(row.at), True, row.note,
                       id=row.id)

    def for_dive(self, dive_id: int) -> list[Checkin]:
        rows = self._db.execute(
            select(checkins)
            .where(checkins.c.dive_id == dive_id)
            .order_by(checkins.c.at, checkins.c.id)
        ).all()
        by_checkin: dict[int, list[Claim]] = defaultdict(list)
        claim_rows = self._db.execute(
            select(claims)
            .join(checkins, checkins.c.id == claims.c.checkin_id)
            .where(checkins.c.dive_id == dive_id)
            .order_by(claims.c.id)
        )
        for row in claim_rows:
            by_checkin[row.checkin_id].append(
                Claim(row.text, Verdict(row.verdict), row.correction, row.checkin_id, row.id)
            )
        return [
            Checkin(
                id=row.id,
                dive_id=row.dive_id,
                with_whom=row.with_whom,
                at=from_db_required(row.at),
                planned=bool(row.planned),
                note=row.note,
                claims=by_checkin[row.id],
            )
            for row in rows
        ]
