"""Parse what users type: durations, dates, times, scores. Errors name the accepted form."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from deepdive.domain.errors import InvalidInput

_DURATION = re.compile(r"^(?:(?P<h>\d+)h(?P<hm>\d+)?m?|(?P<m>\d+)m?|(?P<m2>\d+)min)$")


def parse_duration(text: str, most: int = 24 * 60) -> int:
    """Minutes from `45m`, `1h30`, `1h`, `90`: positive, and at most `most` (a day for time
    spent; estimates of a book's reading time pass a larger bound)."""
    cleaned = text.strip().lower().replace(" ", "")
    match = _DURATION.match(cleaned)
    if not match:
        raise InvalidInput(f"duration {text!r} is not understood; use e.g. 45m, 1h30 or 90")
    if match["h"] is not None:
        minutes = int(match["h"]) * 60 + int(match["hm"] or 0)
    else:
        minutes = int(match["m"] or match["m2"])
    if minutes <= 0:
        raise InvalidInput(f"duration {text!r} must be more than zero minutes")
    if minutes > most:
        limit = "a day" if most == 24 * 60 else f"{most // 60} hours"
        raise InvalidInput(f"duration {text!r} is longer than {limit}")
    return minutes


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(f"date {text!r} is not an ISO date; use YYYY-MM-DD") from exc


def parse_datetime(text: str) -> datetime:
    """A naive local date-time from `2021-04-08 13:00` or `2021-04-08T13:00`."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(
            f"date-time {text!r} is not understood; use YYYY-MM-DD HH:MM"
        ) from exc
    return moment.replace(tzinfo=None) if moment.tzinfo else moment


def parse_clock_time(text: str) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match:
        raise InvalidInput(f"time {text!r} is not HH:MM")
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        raise InvalidInput(f"time {text!r} is not a time of day (00:00 to 23:59)")
    return time(hour, minute)


def parse_score(text: str | int, what: str = "rating") -> int:
    """A whole number from 1 to 5 (ratings, moods)."""
    try:
        value = int(str(text).strip())
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not a number; use 1 to 5") from None
    if not 1 <= value <= 5:
        raise InvalidInput(f"{what} {value} is outside 1 to 5")
    return value
