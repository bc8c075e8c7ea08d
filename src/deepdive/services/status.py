"""The daily dashboard for a date (today by default)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from deepdive.clock import Clock
from deepdive.domain.days import local_date
from deepdive.domain.momentum import Snapshot
from deepdive.domain.status import Running, Status, compute_status
from deepdive.services.current import begin_if_due, current_dive, zone_of
from deepdive.services.ports import DailyUnitOfWork


def status(
    uow: DailyUnitOfWork,
    clock: Clock,
    on: date | None = None,
    dive_ref: str | None = None,
    cards_due: int | None = None,
    open_questions: int | None = None,
) -> Status:
    return _status(uow, clock, on, dive_ref, cards_due, open_questions)[0]


def status_and_snapshot(uow: DailyUnitOfWork, clock: Clock) -> tuple[Status, Snapshot]:
    """Today's status and the data it was computed from, for a page that draws charts too
    (so the sessions are read once)."""
    return _status(uow, clock, None, None, None, None)


def _status(uow: DailyUnitOfWork, clock: Clock, on: date | None, dive_ref: str | None,
            cards_due: int | None, open_questions: int | None) -> tuple[Status, Snapshot]:
    real_now = clock()
    with uow:
        dive = begin_if_due(uow, current_dive(uow, dive_ref), real_now)
        assert dive.id is not None
        zone = zone_of(dive)
        today = on or local_date(real_now, zone)
        now = real_now
        if today != local_date(real_now, zone):  # another day: look at it as it ended
            end_of_day = datetime.combine(today + timedelta(days=1), time(), tzinfo=zone)
            now = min(real_now, end_of_day - timedelta(seconds=1))
        snap = Snapshot(
            dive=dive,
            weeks=uow.dives.weeks(dive.id),
            entries=uow.resources.entries(dive.id),
            sessions=uow.sessions.for_dive(dive.id, until=now),
            today=today,
            now=now,
            zone=zone,
        )
        if cards_due is None:
            cards_due = uow.cards.count_due(dive.id, now)
        if open_questions is None:
            open_questions = uow.questions.count_open(dive.id)
        coming = uow.checkins.next_planned(dive.id, real_now)
        elsewhere = _running_elsewhere(uow, dive.id, now)
        uow.commit()
    next_checkin = None
    if coming is not None:
        at = coming.at.astimezone(zone)
        next_checkin = {"with": coming.with_whom, "at": f"{at:%Y-%m-%d %H:%M}"}
    return compute_status(
        snap, cards_due=cards_due, open_questions=open_questions, next_checkin=next_checkin,
        elsewhere=elsewhere,
    ), snap


def _running_elsewhere(uow: DailyUnitOfWork, dive_id: int, now: datetime) -> Running | None:
    """The workspace's one timer when it runs in another dive, so status never hides it."""
    session = uow.sessions.running()
    if session is None or session.dive_id == dive_id or session.started_at > now:
        return None
    other = uow.dives.get(session.dive_id)
    return Running(None, session.resource_id, str(session.kind), session.started_at.isoformat(),
                   session.minutes(now), dive=f"#{other.number} {other.title}" if other
                   else "another dive")
