"""Study with a timer (start/stop) or log a span afterwards. One running session at a time."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from deepdive.clock import Clock
from deepdive.domain.errors import Conflict, InvalidInput
from deepdive.domain.session import Session, SessionKind, check_end, check_no_overlap, end_at
from deepdive.services.current import check_open, current_dive, zone_of
from deepdive.services.ports import DailyUnitOfWork
from deepdive.services.resources import find_entry


def _check_mood(mood: int | None) -> None:
    if mood is not None and not 1 <= mood <= 5:
        raise InvalidInput(f"mood {mood} is outside 1 to 5")


def start(
    uow: DailyUnitOfWork,
    clock: Clock,
    ref: str | None = None,
    kind: str = "read",
    dive_ref: str | None = None,
) -> tuple[Session, str | None]:
    session_kind = SessionKind.parse(kind)
    now = clock()
    with uow:
        running = uow.sessions.running()
        if running is not None:
            raise Conflict(
                f"a session is already running since {running.started_at:%H:%M} UTC; "
                "`deepdive stop` it first"
            )
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        check_open(dive, "start a session in it (`deepdive log` can still backfill)")
        entry = find_entry(uow.resources.entries(dive.id), ref) if ref else None
        check_no_overlap(now, now + timedelta(seconds=1), uow.sessions.overlapping(now, now), now)
        session = uow.sessions.add(
            Session(
                dive_id=dive.id,
                started_at=now,
                kind=session_kind,
                resource_id=entry.id if entry else None,
            )
        )
        uow.commit()  # stored at once: closing the terminal loses nothing
    return session, entry.title if entry else None


def stop(
    uow: DailyUnitOfWork,
    clock: Clock,
    mood: int | None = None,
    note: str = "",
    at: datetime | time | None = None,
    force: bool = False,
) -> Session:
    """Stop the running session now, or at `at` (see domain.session.end_at). A timer left
    running for hours needs `at` or `force`: a forgotten timer would skew every figure."""
    _check_mood(mood)
    now = clock()
    with uow:
        session = uow.sessions.running()
        if session is None:
            raise Conflict(
                "no session is running; `deepdive start` one or `deepdive log` a past one"
            )
        dive = uow.dives.get(session.dive_id)
        zone = zone_of(dive) if dive is not None else UTC
        end = end_at(session.started_at, at, zone) if at is not None else max(
            now, session.started_at)
        check_end(session, end, now, asked=at is not None or force, asked_end=at is not None)
        session.ended_at = end
        session.mood = mood
        session.note = note.strip()
        uow.sessions.update(session)
        uow.commit()
    return session


def log(
    uow: DailyUnitOfWork,
    clock: Clock,
    minutes: int,
    ref: str | None = None,
    at: datetime | None = None,
    kind: str = "read",
    mood: int | None = None,
    note: str = "",
    dive_ref: str | None = None,
) -> tuple[Session, str | None]:
    """Record a finished span. `at` is its local start; without it, it ends now."""
    session_kind = SessionKind.parse(kind)
    _check_mood(mood)
    if minutes <= 0:
        raise InvalidInput("a logged session needs a positive duration")
    now = clock()
    with uow:
        dive = current_dive(uow, dive_ref)
        assert dive.id is not None
        if at is not None:
            started = at.replace(tzinfo=zone_of(dive)) if at.tzinfo is None else at
        else:
            started = now - timedelta(minutes=minutes)
        ended = started + timedelta(minutes=minutes)
        day = started.astimezone(zone_of(dive)).date()
        if not dive.start <= day <= dive.end:
            raise InvalidInput(
                f"{day:%Y-%m-%d} is outside the dive ({dive.start:%d %b} to "
                f"{dive.end:%d %b %Y}); log sessions within its time box"
            )
        if ended > now + timedelta(minutes=1):
            raise InvalidInput("that session would end in the future; use `deepdive start` instead")
        entry = find_entry(uow.resources.entries(dive.id), ref) if ref else None
        check_no_overlap(started, ended, uow.sessions.overlapping(started, ended), now)
        session = uow.sessions.add(
            Session(
                dive_id=dive.id,
                started_at=started,
                ended_at=ended,
                kind=session_kind,
                resource_id=entry.id if entry else None,
                mood=mood,
                note=note.strip(),
            )
        )
        uow.commit()
    return session, entry.title if entry else None
