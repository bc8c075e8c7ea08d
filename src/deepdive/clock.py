"""The one clock: every command asks it for the current time.

`DEEPDIVE_NOW=2021-04-15T13:20` pins it, so tests, the demo and replays of past
dives see a fixed moment. Naive values are local wall-clock time in
`DEEPDIVE_TZ` (or the machine's zone); the clock always answers in UTC.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]


class ClockError(ValueError):
    """DEEPDIVE_NOW holds something that is not an ISO date-time."""


def local_zone() -> ZoneInfo:
    """DEEPDIVE_TZ (a mistake there is an error), else TZ or the machine's zone, else UTC."""
    chosen = os.environ.get("DEEPDIVE_TZ")
    if chosen:
        try:
            return ZoneInfo(chosen)
        except (KeyError, ValueError):
            raise ClockError(
                f"DEEPDIVE_TZ={chosen!r} is not a time zone; use a name like Europe/Paris"
            ) from None
    name = os.environ.get("TZ") or _system_zone_name()
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def _system_zone_name() -> str:
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return "UTC"
    marker = "/zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


def parse_pinned(value: str, zone: ZoneInfo) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ClockError(
            f"DEEPDIVE_NOW={value!r} is not a date-time; use e.g. 2021-04-15T13:20"
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def system_clock() -> Clock:
    """The clock the program runs on: pinned by DEEPDIVE_NOW, else the real time."""
    pinned = os.environ.get("DEEPDIVE_NOW")
    if pinned:
        moment = parse_pinned(pinned, local_zone())
        return lambda: moment
    return lambda: datetime.now(UTC)


def fixed_clock(moment: datetime) -> Clock:
    """A clock stopped at `moment` (aware), for tests and the demo."""
    return lambda: moment.astimezone(UTC)
