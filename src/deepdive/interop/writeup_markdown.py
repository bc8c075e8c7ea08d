"""The write-up as Markdown that pastes cleanly into a forum editor (CommonMark, no HTML).

Titles are escaped so they stay text; the user's own words are Markdown already and pass
through as written.
"""

from __future__ import annotations

import re

from deepdive.domain.writeup import NOTHING_LOGGED, Item, Writeup, long_date

_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def item(entry: Item) -> str:
    title = escape(entry.title)
    linkable = entry.url.startswith(("http://", "https://")) and ">" not in entry.url
    text = f"[{title}](<{entry.url}>)" if linkable else title
    if entry.label:
        text = f"{entry.label}: {text}"
    if entry.note:
        text += f" ({escape(entry.note)})"
    if entry.comment:
        text += f" — {entry.comment}"
    return text


def _block(text: str) -> list[str]:
    return [text.strip(), ""] if text.strip() else []


class MarkdownRenderer:
    def render(self, post: Writeup) -> str:
        lines = [f"# {escape(post.title)}", "", escape(post.dates), ""]
        if post.why or post.goals:
            lines += ["## Introduction", "", *_block(post.why)]
            if post.goals:
                lines += ["Goals:", ""] + [f"- {goal}" for goal in post.goals] + [""]
        lines += ["## The plan", "", escape(post.plan_summary), ""]
        for week in post.plan:
            focus = f": {escape(week.focus)}" if week.focus else ""
            kind = f" ({week.kind})" if week.kind != "study" else ""
            lines += [f"### Week {week.number}, from {long_date(week.first)}{focus}{kind}", ""]
            rows = [f"- {item(i)}" for i in week.items]
            rows += [f"- Backup: {item(i)}" for i in week.backups]
            if week.backup:
                rows.append(f"- Backup plan: {week.backup}")
            lines += rows + ([""] if rows else [])
        if not post.logged:
            lines += [NOTHING_LOGGED, ""]
            return "\n".join(lines).rstrip() + "\n"
        if post.reality:
            lines += ["## The reality", ""]
            for real in post.reality:
                lines += [f"### {escape(real.heading)}", "", escape(real.summary), ""]
                lines += _block(real.retro_text)
                rows = [
                    f"- {label}: " + "; ".join(item(i) for i in items)
                    for label, items in real.outcomes()
                ]
                lines += rows + ([""] if rows else [])
        if post.recommendations:
            lines += ["## Recommendations", ""]
            for group in post.recommendations:
                lines += [f"### {escape(group.heading)}", ""]
                lines += [f"{n}. {item(i)}" for n, i in enumerate(group.lines, 1)] + [""]
        if post.experiments:
            lines += ["## Experiments", ""]
            for exp in post.experiments:
                lines += [f"### {escape(exp.heading)}", ""]
                lines += [f"- {name}: {value}" for name, value in exp.fields]
                lines += [""] if exp.fields else []
        if post.explanations:
            lines += ["## Explanations", ""]
            for part in post.explanations:
                lines += [f"### {escape(part.heading)}", "", escape(part.facts), ""]
                if part.shaky:
                    lines += ["Shaky spots:", ""] + [f"- {item(i)}" for i in part.shaky] + [""]
        if post.questions:
            lines += ["## Questions answered", ""]
            lines += [f"- {item(i)}" for i in post.questions] + [""]
        if post.checkins:
            lines += ["## Check-ins", ""]
            for checkin in post.checkins:
                lines += [f"### {escape(checkin.heading)}", "", *_block(checkin.note)]
                lines += [f"- {item(i)}" for i in checkin.claims]
                lines += [""] if checkin.claims else []
        if post.lessons or post.carried:
            lines += ["## What I would do differently", ""]
            lines += [f"- {lesson}" for lesson in post.lessons]
            lines += [""] if post.lessons else []
            if post.carried:
                lines += ["Lessons from earlier dives:", ""]
                lines += [f"- [{'x' if done else ' '}] {text}" for text, done in post.carried]
                lines += [""]
        if post.conclusion:
            lines += ["## Conclusion", "", *_block(post.conclusion)]
        return "\n".join(lines).rstrip() + "\n"
