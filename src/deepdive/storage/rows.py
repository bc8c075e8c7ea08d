"""Rows <-> domain values, shared by the SQLAlchemy repositories and the quick SQLite reader.

No SQLAlchemy here: `storage/quick/` uses these with the standard library's sqlite3.
Rows are anything with attribute access (SQLAlchemy rows, or sqlite3 rows made so).
"""

from __future__ import annotations

from typing import Any

from deepdive.domain.backup import Trigger
from deepdive.domain.dive import Dive, DiveStatus, Slot, Week, WeekKind
from deepdive.domain.parsing import parse_clock_time
from deepdive.domain.resource import Placement, PlacementStatus, Rating, Resource, ResourceKind
from deepdive.domain.session import Session, SessionKind
from deepdive.storage.convert import from_db, from_db_required, to_db


def dive_values(dive: Dive) -> dict[str, Any]:
    return {
        "number": dive.number,
        "title": dive.title,
        "why": dive.why,
        "goals": list(dive.goals),
        "start": dive.start,
        "weeks": dive.weeks,
        "daily_minutes": dive.daily_minutes,
        "slot_start": f"{dive.slot.start:%H:%M}" if dive.slot else None,
        "slot_end": f"{dive.slot.end:%H:%M}" if dive.slot else None,
        "status": str(dive.status),
        "timezone": dive.timezone,
        "created_at": to_db(dive.created_at),
        "ended_at": to_db(dive.ended_at),
        "end_reason": dive.end_reason,
    }


def dive_from(row: Any) -> Dive:
    slot = None
    if row.slot_start and row.slot_end:
        slot = Slot(parse_clock_time(row.slot_start), parse_clock_time(row.slot_end))
    return Dive(
        id=row.id,
        number=row.number,
        title=row.title,
        why=row.why,
        goals=list(row.goals or []),
        start=row.start,
        weeks=row.weeks,
        daily_minutes=row.daily_minutes,
        slot=slot,
        status=DiveStatus(row.status),
        timezone=row.timezone,
        created_at=from_db(row.created_at),
        ended_at=from_db(row.ended_at),
        end_reason=row.end_reason,
    )


def week_from(row: Any) -> Week:
    return Week(
        id=row.id,
        dive_id=row.dive_id,
        number=row.number,
        focus=row.focus,
        kind=WeekKind(row.kind),
        backup=row.backup,
        retro_title=row.retro_title,
        retro_text=row.retro_text,
    )


def resource_values(resource: Resource) -> dict[str, Any]:
    return {
        "title": resource.title,
        "kind": str(resource.kind),
        "url": resource.url,
        "authors": list(resource.authors),
        "year": resource.year,
        "arxiv_id": resource.arxiv_id,
        "doi": resource.doi,
        "minutes": resource.minutes,
        "words": resource.words,
        "pages": resource.pages,
        "source": resource.source,
        "needs_refresh": resource.needs_refresh,
    }


def placement_values(place: Placement) -> dict[str, Any]:
    return {
        "week": place.week,
        "position": place.position,
        "status": str(place.status),
        "optional": place.optional,
        "recommended_by": place.recommended_by,
        "why": place.why,
        "status_reason": place.status_reason,
        "backup_for": place.backup_for,
        "backup_trigger": str(place.trigger),
    }


def resource_from(row: Any) -> Resource:
    return Resource(
        id=row.id,
        title=row.title,
        kind=ResourceKind(row.kind),
        url=row.url,
        authors=list(row.authors or []),
        year=row.year,
        arxiv_id=row.arxiv_id,
        doi=row.doi,
        minutes=row.minutes,
        words=row.words,
        pages=row.pages,
        source=row.source,
        needs_refresh=bool(row.needs_refresh),
    )


def placement_from(row: Any) -> Placement:
    return Placement(
        id=row.placement_id,
        dive_id=row.dive_id,
        resource_id=row.id,
        week=row.week,
        position=row.position,
        status=PlacementStatus(row.status),
        optional=bool(row.optional),
        recommended_by=row.recommended_by,
        why=row.why,
        status_reason=row.status_reason,
        backup_for=row.backup_for,
        trigger=Trigger(row.backup_trigger),
    )


def rating_from(row: Any) -> Rating:
    return Rating(
        id=row.id,
        dive_id=row.dive_id,
        resource_id=row.resource_id,
        score=row.score,
        reason=row.reason,
        at=from_db_required(row.at),
    )


def session_values(session: Session) -> dict[str, Any]:
    return {
        "dive_id": session.dive_id,
        "resource_id": session.resource_id,
        "kind": str(session.kind),
        "started_at": to_db(session.started_at),
        "ended_at": to_db(session.ended_at),
        "mood": session.mood,
        "note": session.note,
    }


def session_from(row: Any) -> Session:
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
