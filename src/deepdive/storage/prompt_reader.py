"""Read what `deepdive prompt` shows straight from SQLite with the standard library.

It runs on every shell prompt, so it must not import SQLAlchemy (see bench/startup).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

_STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite

_CURRENT_DIVE = """
SELECT id, daily_minutes, timezone FROM dives
WHERE id = (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'current_dive')
   OR (NOT EXISTS (SELECT 1 FROM settings WHERE key = 'current_dive')
       AND status IN ('planned', 'active'))
ORDER BY number DESC LIMIT 1
"""
_RUNNING = """
SELECT s.started_at, r.title FROM sessions s LEFT JOIN resources r ON r.id = s.resource_id
WHERE s.ended_at IS NULL LIMIT 1
"""
_MINUTES = """
SELECT COALESCE(SUM(julianday(COALESCE(ended_at, :now)) - julianday(started_at)), 0) * 1440
FROM sessions WHERE dive_id = :dive AND started_at >= :lo AND started_at < :hi
"""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(_STAMP)


def read_prompt(path: Path, now: datetime) -> tuple[str | None, int, int, int] | None:
    """(running title or None, running minutes, today's minutes, daily budget), or None."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    try:
        dive = connection.execute(_CURRENT_DIVE).fetchone()
        if dive is None:
            return None
        dive_id, budget, zone_name = dive
        zone = ZoneInfo(zone_name)
        local = now.astimezone(zone)
        day_start = datetime(local.year, local.month, local.day, tzinfo=zone)
        minutes = connection.execute(
            _MINUTES,
            {
                "now": _stamp(now),
                "dive": dive_id,
                "lo": _stamp(day_start),
                "hi": _stamp(day_start + timedelta(days=1)),
            },
        ).fetchone()[0]
        running = connection.execute(_RUNNING).fetchone()
    except (sqlite3.Error, KeyError, ValueError):
        return None  # an old or foreign file: say nothing rather than break the prompt
    finally:
        connection.close()
    if running is None:
        return None, 0, round(minutes), budget
    started = datetime.fromisoformat(running[0]).replace(tzinfo=UTC)
    title = running[1] or "study"
    return title, round((now - started).total_seconds() / 60), round(minutes), budget
