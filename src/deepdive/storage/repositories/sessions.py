"""Study sessions. A started session is written at once, so a closed terminal loses nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.session import Session, SessionKind
from deepdive.storage.convert import from_db, from_db_required, to_db
from deepdive.storage.tables import sessions


def _values(session: Session) -> dict[str, Any]:
    return {
        "dive_id": session.dive_id,
        "resource_id": session.resource_id,
        "kind": str(session.kind),
        "started_at": to_db(session.started_at),
        "ended_at": to_db(session.ended_at),
        "mood": session.mood,
        "note": session.note,
    }


def _session(row: Any) -> Session:
    return Session(
        id=row.id,
        dive_id=row.dive_id,
        resource_id=row.resource_id,
        kind=SessionKind(row.kind),
        started_at=from_db_required(row.started_at),
        ended_at=from_db(row.ended_at),
        mood=row.mood,
        note=row.note,
    )


class SessionRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, session: Session) -> Session:
        result = self._db.execute(insert(sessions).values(**_values(session)))
        session.id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        return session

    def update(self, session: Session) -> None:
        self._db.execute(
            update(sessions).where(sessions.c.id == session.id).values(**_values(session))
        )

    def running(self) -> Session | None:
        """The one running session in the workspace, whichever dive it belongs to."""
        row = self._db.execute(
            select(sessions).where(sessions.c.ended_at.is_(None)).limit(1)
        ).first()
        return _session(row) if row else None

    def for_dive(self, dive_id: int, until: datetime | None = None) -> list[Session]:
        query = select(sessions).where(sessions.c.dive_id == dive_id)
        if until is not None:
            query = query.where(sessions.c.started_at < to_db(until))
        return [_session(row) for row in self._db.execute(query.order_by(sessions.c.started_at))]

    def overlapping(self, start: datetime, end: datetime) -> list[Session]:
        """Sessions of any dive that may overlap [start, end) (running ones included)."""
        query = select(sessions).where(
            sessions.c.started_at < to_db(end),
            (sessions.c.ended_at.is_(None)) | (sessions.c.ended_at > to_db(start)),
        )
        return [_session(row) for row in self._db.execute(query)]
