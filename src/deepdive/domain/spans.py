"""Two small rules shared by the full path and the stdlib-only prompt: how a span of time
counts in minutes, and which dive is the current one. Stdlib only, no dataclasses: the
prompt imports this on every shell prompt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime


def span_minutes(start: datetime, end: datetime) -> int:
    """Whole minutes of a session, rounded per session (never summed before rounding)."""
    return round((end - start).total_seconds() / 60)


def current_dive_id(chosen: int | None, existing: Sequence[int], open_ids: Sequence[int]
                    ) -> int | None:
    """The dive `use` chose if it still exists, else the only open dive, else none."""
    if chosen is not None and chosen in existing:
        return chosen
    return open_ids[0] if len(open_ids) == 1 else None
