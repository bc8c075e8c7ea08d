"""Generate a large workspace straight through the tables (executemany), for the benchmarks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from deepdive.config import sqlite_url
from deepdive.storage.engine import open_engine
from deepdive.storage.migrate import ensure_schema
from deepdive.storage.tables import dives, placements, resources, sessions, settings, weeks


def build(path: Path, n_dives: int = 50, per_dive: int = 100, sessions_per_dive: int = 1000
          ) -> tuple[str, date]:
    """A workspace of `n_dives` month-long dives, one after another; returns its URL and the
    last dive's start (the current dive)."""
    url = sqlite_url(path)
    engine = open_engine(url)
    ensure_schema(engine)
    created = datetime(2020, 1, 1)
    first = date(2020, 1, 6)
    with engine.begin() as db:
        db.execute(dives.insert(), [
            {"id": d + 1, "number": d + 1, "title": f"Topic {d + 1}", "why": "", "goals": [],
             "start": first + timedelta(days=28 * d), "weeks": 4, "daily_minutes": 60,
             "slot_start": "13:00", "slot_end": "14:00",
             "status": "active" if d == n_dives - 1 else "finished",
             "timezone": "UTC", "created_at": created, "end_reason": ""}
            for d in range(n_dives)])
        db.execute(weeks.insert(), [
            {"dive_id": d + 1, "number": w, "focus": f"focus {w}", "kind": "study",
             "backup": "", "retro_title": "", "retro_text": ""}
            for d in range(n_dives) for w in range(1, 5)])
        db.execute(resources.insert(), [
            {"id": r + 1, "title": f"Resource {r + 1} on topic {r // per_dive + 1}",
             "kind": "paper", "url": f"https://example.org/{r + 1}", "authors": ["A. Author"],
             "year": 2020, "arxiv_id": "", "doi": "", "minutes": 60, "source": "",
             "needs_refresh": False, "created_at": created}
            for r in range(n_dives * per_dive)])
        db.execute(placements.insert(), [
            {"dive_id": r // per_dive + 1, "resource_id": r + 1, "week": (r % per_dive) % 4 + 1,
             "position": r % per_dive, "status": "planned", "optional": False,
             "recommended_by": "", "why": "", "status_reason": "", "added_at": created}
            for r in range(n_dives * per_dive)])
        rows = []
        for d in range(n_dives):
            start = datetime.combine(first + timedelta(days=28 * d), datetime.min.time())
            for s in range(sessions_per_dive):
                begin = start + timedelta(minutes=38 * s)  # non-overlapping, about 27 days
                rows.append({"dive_id": d + 1, "resource_id": d * per_dive + s % per_dive + 1,
                             "kind": "read", "started_at": begin,
                             "ended_at": begin + timedelta(minutes=30), "mood": 3, "note": ""})
        db.execute(sessions.insert(), rows)
        db.execute(settings.insert(), [{"key": "current_dive", "value": str(n_dives)}])
    engine.dispose()
    return url, first + timedelta(days=28 * (n_dives - 1))


def moment(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
