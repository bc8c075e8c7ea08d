"""What a momentum alert suggests, as actions a screen can offer as buttons."""

from __future__ import annotations

import re
from dataclasses import dataclass

from deepdive.domain.momentum import Alert

# The stalled-resource alert names its resource first ("#12 Title is stalling: ...").
_LEADING_REF = re.compile(r"^#(\d+) ")


@dataclass(frozen=True)
class Action:
    """`start` the timer, `mark` a resource, name a week's `backup`, or `plan` (open the plan)."""

    kind: str
    label: str
    resource_id: int | None = None
    value: str = ""


def actions_for(alert: Alert, week: int) -> list[Action]:
    if alert.kind == "missed_slots":
        return [Action("start", "Start the timer now")]
    if alert.kind == "stalled_resource":
        found = _LEADING_REF.match(alert.message)
        if found is None:
            return []
        ref = int(found[1])
        return [
            Action("mark", "Mark it skimmed", ref, "skimmed"),
            Action("mark", "Drop it", ref, "dropped"),
        ]
    if alert.kind == "behind_plan":
        return [Action("plan", "Open the plan")]
    if alert.kind == "no_backup":
        return [Action("backup", f"Name a backup for week {week}", value=str(week))]
    return []
