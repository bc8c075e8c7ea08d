"""What a momentum alert suggests, as actions a screen can offer as buttons."""

from __future__ import annotations

from dataclasses import dataclass

from deepdive.domain.momentum import Alert


@dataclass(frozen=True)
class Action:
    """`start` the timer, `mark` a resource, `swap` in its backup (`value`: the backup's id),
    name a week's `backup`, or `plan` (open the plan)."""

    kind: str
    label: str
    resource_id: int | None = None
    value: str = ""


def actions_for(alert: Alert, week: int) -> list[Action]:
    if alert.kind == "missed_slots":
        return [Action("start", "Start the timer now")]
    if alert.kind == "stalled_resource":
        ref = alert.resource_id
        if ref is None:
            return []
        swap = ([Action("swap", f"Swap in #{alert.backup_id}", ref, str(alert.backup_id))]
                if alert.backup_id is not None else [])
        return [
            *swap,
            Action("mark", "Mark it skimmed", ref, "skimmed"),
            Action("mark", "Drop it", ref, "dropped"),
        ]
    if alert.kind == "behind_plan":
        return [Action("plan", "Open the plan")]
    if alert.kind == "no_backup":
        return [Action("backup", f"Name a backup for week {week}", value=str(week))]
    return []
