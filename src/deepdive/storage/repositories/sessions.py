"""Study sessions. A started session is written at once, so a closed terminal loses nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from deepdive.domain.session import Session
from deepdive.storage.convert import new_id, to_db
from deepdive.storage.rows import session_from, session_values
from deepdive.storage.tables import sessions


class SessionRepository:
    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def add(self, session: Session) -> Session:
        result = self._db.execute(insert(sessions).values(**session_values(session)))
        session.id = new_id(result)
        return session

    def update(self, session: Session) -> None:
        self._db.execute(
            update(sessions).where(sessions.c.id == session.id).values(**session_values(session))
        )

    def running(self) -> Session | None:
        """The one running session in the workspace, whichever dive it belongs to."""
        row = self._db.execute(
            select(sessions).where(sessions.c.ended_at.is_(None)).limit(1)
        ).first()
        return session_from(row) if row else None

    def for_dive(self, dive_id: int, until: datetime | None = None) -> list[Session]:
        query = select(sessions).where(sessions.c.dive_id == dive_id)
        if until is not None:
            query = query.where(sessions.c.started_at <= to_db(until))
        rows = self._db.execute(query.order_by(sessions.c.started_at))
        return [session_from(row) for row in rows]

    def for_resource(self, dive_id: int, resource_id: int) -> list[Session]:
        query = select(sessions).where(
            sessions.c.dive_id == dive_id, sessions.c.resource_id == resource_id
        )
        rows = self._db.execute(query.order_by(sessions.c.started_at))
        return [session_from(row) for row in rows]

    def overlapping(self, start: datetime, end: datetime) -> list[Session]:
        """Sessions of any dive that may overlap [start, end) (running ones included)."""
        query = select(sessions).where(
            sessions.c.started_at < to_db(end),
            (sessions.c.ended_at.is_(None)) | (sessions.c.ended_at > to_db(start)),
        )
        return [session_from(row) for row in self._db.execute(query)]
