"""Read what `deepdive prompt` shows straight from SQLite with the standard library.

It runs on every shell prompt, so it must not import SQLAlchemy (see bench/startup). The
rules (which dive is current, how minutes round) are the domain's, shared with `status`.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from deepdive.domain.spans import current_dive_id, span_minutes

_STAMP = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite

_RUNNING = """
SELECT s.started_at, r.title, s.kind FROM sessions s LEFT JOIN resources r ON r.id = s.resource_id
WHERE s.ended_at IS NULL LIMIT 1
"""
_TODAY = """
SELECT started_at, ended_at FROM sessions
WHERE dive_id = ? AND started_at >= ? AND started_at < ? AND started_at <= ?
"""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(_STAMP)


def _moment(stored: str) -> datetime:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def _current_dive(connection: sqlite3.Connection) -> tuple[int, int, str] | None:
    """(id, daily minutes, time zone) of the current dive, chosen as `status` chooses it."""
    setting = connection.execute(
        "SELECT value FROM settings WHERE key = 'current_dive'"
    ).fetchone()
    dives = connection.execute("SELECT id, daily_minutes, timezone, status FROM dives").fetchall()
    chosen = int(setting[0]) if setting else None
    open_ids = [d[0] for d in dives if d[3] in ("planned", "active")]
    picked = current_dive_id(chosen, [d[0] for d in dives], open_ids)
    return next(((d[0], d[1], d[2]) for d in dives if d[0] == picked), None)


def read_prompt(path: Path, now: datetime) -> tuple[str | None, int, int, int] | None:
    """(running title or None, running minutes, today's minutes, daily budget), or None."""
    if not path.exists():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
    try:
        dive = _current_dive(connection)
        if dive is None:
            return None
        dive_id, budget, zone_name = dive
        local = now.astimezone(ZoneInfo(zone_name))
        day_start = datetime(local.year, local.month, local.day, tzinfo=local.tzinfo)
        spans = connection.execute(
            _TODAY,
            (dive_id, _stamp(day_start), _stamp(day_start + timedelta(days=1)), _stamp(now)),
        ).fetchall()
        running = connection.execute(_RUNNING).fetchone()
    except (sqlite3.Error, KeyError, ValueError):
        return None  # an old or foreign file: say nothing rather than break the prompt
    finally:
        connection.close()
    today = sum(
        span_minutes(_moment(start), _moment(end) if end else max(now, _moment(start)))
        for start, end in spans
    )
    if running is None:
        return None, 0, today, budget
    started = _moment(running[0])
    return running[1] or running[2], span_minutes(started, now), today, budget
