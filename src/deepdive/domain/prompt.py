"""The one-line summary for a shell prompt. Stdlib only: it runs on every prompt."""

from __future__ import annotations


def prompt_line(running: str | None, running_minutes: int, today: int, budget: int) -> str:
    """`▶ Attention Is All… 12m · 35/60m`, or `35/60m` when nothing runs."""
    tally = f"{today}/{budget}m"
    if running is None:
        return tally
    title = running if len(running) <= 24 else running[:23] + "…"
    return f"▶ {title} {running_minutes}m · {tally}"
