"""Charts as inline SVG strings, drawn on the server: no script, no library, themable by CSS.

Pure functions of the numbers the services compute. Every chart carries a <title> (and each
mark its own) so a screen reader can say what it shows. Colours come from CSS classes.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import count

from deepdive.services.progress import DayMinutes, RatingChange, WeekMinutes
from deepdive.services.review_step import ReviewDay

_ids = count(1)


def _open(width: int, height: int, title: str, desc: str, css: str) -> str:
    ident = f"chart{next(_ids)}"
    return (
        f'<svg class="chart {css}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{ident}t {ident}d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}t">{escape(title)}</title><desc id="{ident}d">{escape(desc)}</desc>'
    )


def _text(x: float, y: float, text: str, css: str = "", anchor: str = "middle") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" class="{css}">'
            f"{escape(text)}</text>")


def week_minutes(weeks: Sequence[WeekMinutes]) -> str:
    """Grouped bars per week: the planned minutes (outline) against the actual (filled)."""
    width, height, top, bottom, left = 560, 200, 16, 34, 44
    plot = height - top - bottom
    highest = max([w.planned for w in weeks] + [w.actual for w in weeks] + [1])
    slot = (width - left - 8) / max(len(weeks), 1)
    bar = min(slot * 0.35, 40)
    desc = "; ".join(f"week {w.number}: {w.actual} of {w.planned} min" for w in weeks)
    parts = [_open(width, height, "Minutes per week, planned against actual", desc, "weeks")]
    for frac in (0, 0.5, 1):
        y = top + plot * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 4}" y1="{y:.1f}" y2="{y:.1f}" '
                     'class="grid"/>')
        parts.append(_text(left - 6, y + 4, f"{round(highest * frac)}", "axis", "end"))
    for i, week in enumerate(weeks):
        x = left + slot * i + slot / 2
        for offset, value, css, label in (
            (-bar - 2, week.planned, "planned", "planned"),
            (2, week.actual, "actual", "actual"),
        ):
            h = plot * value / highest
            parts.append(
                f'<rect x="{x + offset:.1f}" y="{top + plot - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}" class="{css}"><title>Week {week.number} {label}: '
                f"{value} min</title></rect>"
            )
        parts.append(_text(x, height - bottom + 16, f"W{week.number}", "axis"))
    parts.append(_legend(left, height - 6, [("planned", "planned"), ("actual", "actual")]))
    parts.append("</svg>")
    return "".join(parts)


def _legend(x: float, y: float, items: list[tuple[str, str]]) -> str:
    out = []
    for css, label in items:
        out.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" class="{css}"/>')
        out.append(_text(x + 14, y, label, "axis", "start"))
        x += 24 + 7 * len(label)
    return "".join(out)


def _level(minutes: int, budget: int) -> int:
    if minutes <= 0:
        return 0
    share = minutes / max(budget, 1)
    return 1 if share < 0.5 else 2 if share < 1 else 3 if share < 1.5 else 4


_KEPT = {True: "slot kept", False: "slot missed", None: ""}


def calendar(days: Sequence[DayMinutes], budget: int) -> str:
    """One square per day, a week per row, shaded by minutes; a kept slot gets a dot, a missed
    one a ring."""
    cell, gap, left, top = 26, 4, 34, 20
    rows = (len(days) + 6) // 7
    width = left + 7 * (cell + gap)
    height = top + rows * (cell + gap) + 4
    kept = sum(1 for d in days if d.kept)
    missed = sum(1 for d in days if d.kept is False)
    total = sum(d.minutes for d in days)
    parts = [_open(width, height, "Daily minutes, with kept slots marked",
                   f"{total} minutes over {len(days)} days; slot kept {kept} days, "
                   f"missed {missed}", "calendar")]
    if days:
        for col in range(7):
            weekday = days[min(col, len(days) - 1)].day
            label = f"{weekday:%a}"[:2] if col < len(days) else ""
            parts.append(_text(left + col * (cell + gap) + cell / 2, top - 6, label, "axis"))
    for i, day in enumerate(days):
        row, col = divmod(i, 7)
        x, y = left + col * (cell + gap), top + row * (cell + gap)
        if col == 0:
            parts.append(_text(left - 6, y + cell / 2 + 4, f"W{row + 1}", "axis", "end"))
        state = "future" if day.future else f"l{_level(day.minutes, budget)}"
        note = ", ".join(p for p in (f"{day.minutes} min", _KEPT[day.kept]) if p)
        parts.append(
            f'<g><title>{day.day:%a %d %b}: {escape(note)}</title>'
            f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" rx="4" class="day {state}"/>'
        )
        if day.kept is True:
            parts.append(f'<circle cx="{x + cell / 2}" cy="{y + cell / 2}" r="4" class="kept"/>')
        elif day.kept is False:
            parts.append(f'<circle cx="{x + cell / 2}" cy="{y + cell / 2}" r="5" '
                         'class="missed"/>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _short(title: str, limit: int = 34) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


def ratings(changes: Sequence[RatingChange]) -> str:
    """Per rated resource, its first rating against its latest on a 1-5 scale."""
    row, left, right, top = 24, 230, 16, 24
    width = 560
    height = top + row * max(len(changes), 1) + 8
    span = width - left - right
    desc = "; ".join(f"{c.title}: {c.first} then {c.latest}" for c in changes)
    parts = [_open(width, height, "Ratings before and after reading (first against latest)",
                   desc or "no ratings yet", "ratings")]
    for score in range(1, 6):
        x = left + span * (score - 1) / 4
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 6}" y2="{height - 4}" '
                     'class="grid"/>')
        parts.append(_text(x, top - 10, str(score), "axis"))
    for i, change in enumerate(changes):
        y = top + row * i + row / 2
        x1 = left + span * (change.first - 1) / 4
        x2 = left + span * (change.latest - 1) / 4
        trend = "up" if change.latest > change.first else "down" if change.latest < change.first \
            else "same"
        parts.append(
            f'<g class="{trend}"><title>{escape(change.title)}: first {change.first}, '
            f"latest {change.latest}</title>"
            + _text(left - 8, y + 4, _short(change.title), "label", "end")
            + f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{y:.1f}" y2="{y:.1f}" class="change"/>'
            f'<circle cx="{x1:.1f}" cy="{y:.1f}" r="5" class="first"/>'
            f'<circle cx="{x2:.1f}" cy="{y:.1f}" r="6" class="latest"/></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def reviews(days: Sequence[ReviewDay]) -> str:
    """Cards reviewed per day (bars, the "again" answers darker at the foot) and the day's
    retention, the share not "again" (dots on a 0-100% scale)."""
    width, height, top, bottom, left, right = 560, 180, 16, 30, 36, 40
    plot = height - top - bottom
    highest = max([d.reviewed for d in days] + [1])
    slot = (width - left - right) / max(len(days), 1)
    bar = max(min(slot * 0.7, 24), 1)
    total = sum(d.reviewed for d in days)
    again = sum(d.again for d in days)
    overall = f"{round(100 * (total - again) / total)}% not again" if total else "no reviews yet"
    parts = [_open(width, height, "Cards reviewed per day, and retention",
                   f"{total} reviews over {len(days)} days; {overall}", "reviews")]
    for frac in (0, 0.5, 1):
        y = top + plot * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                     'class="grid"/>')
        if frac != 0.5 or highest > 1:  # a half of one card is no label
            parts.append(_text(left - 6, y + 4, f"{round(highest * frac)}", "axis", "end"))
        parts.append(_text(width - right + 6, y + 4, f"{round(100 * frac)}%", "axis", "start"))
    points, dots = [], []
    for i, day in enumerate(days):
        x = left + slot * i + (slot - bar) / 2
        h = plot * day.reviewed / highest
        h_again = plot * day.again / highest
        note = f"{day.day:%a %d %b}: {day.reviewed} reviewed, {day.again} again"
        parts.append(
            f"<g><title>{escape(note)}</title>"
            f'<rect x="{x:.1f}" y="{top + plot - h:.1f}" width="{bar:.1f}" height="{h:.1f}" '
            'class="actual"/>'
            f'<rect x="{x:.1f}" y="{top + plot - h_again:.1f}" width="{bar:.1f}" '
            f'height="{h_again:.1f}" class="again"/></g>'
        )
        if day.retention is not None:
            cx, cy = x + bar / 2, top + plot * (1 - day.retention)
            points.append(f"{cx:.1f},{cy:.1f}")
            dots.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" class="retention">'
                         f"<title>{day.day:%a %d %b}: retention "
                         f"{round(100 * day.retention)}%</title></circle>")
        if i % 7 == 0:
            parts.append(_text(x + bar / 2, height - bottom + 14, f"{day.day:%d %b}", "axis"))
    if len(points) > 1:  # drawn before the dots, so each dot (and its title) stays on top
        parts.append(f'<polyline points="{" ".join(points)}" class="retention-line"/>')
    parts.extend(dots)
    parts.append(_legend(left, height - 4, [("actual", "reviewed"), ("again", "again"),
                                            ("retention", "retention")]))
    parts.append("</svg>")
    return "".join(parts)
