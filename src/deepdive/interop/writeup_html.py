"""The write-up as one standalone HTML page: the same content as the Markdown, a small
readable inline style, no scripts and nothing loaded from elsewhere.

Computed text is escaped; the user's own words are Markdown rendered by markdown-it-py with
raw HTML disabled, then sanitized by nh3.
"""

from __future__ import annotations

from html import escape

import nh3
from markdown_it import MarkdownIt

from deepdive.domain.writeup import NOTHING_LOGGED, Item, Writeup, long_date

STYLE = (
    "body{max-width:46rem;margin:2rem auto;padding:0 1rem;font:17px/1.6 Georgia,serif;"
    "color:#222;background:#fdfdfb}h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}"
    "h2{margin-top:2.2rem;border-bottom:1px solid #ddd}a{color:#1a5fb4}"
    ".facts{color:#555;font-style:italic}li{margin:.2rem 0}"
)

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False})


def user_block(text: str) -> str:
    return nh3.clean(_MD.render(text.strip()))


def user_inline(text: str) -> str:
    return nh3.clean(_MD.renderInline(text.strip()))


def item(entry: Item) -> str:
    title = escape(entry.title)
    linkable = entry.url.startswith(("http://", "https://"))  # never javascript: and the like
    html = f'<a href="{escape(entry.url)}">{title}</a>' if linkable else title
    if entry.label:
        html = f"{escape(entry.label)}: {html}"
    if entry.note:
        html += f" ({escape(entry.note)})"
    if entry.comment:
        html += f" — {user_inline(entry.comment)}"
    return html


def _list(items: list[str], ordered: bool = False) -> list[str]:
    if not items:
        return []
    tag = "ol" if ordered else "ul"
    return [f"<{tag}>", *(f"<li>{text}</li>" for text in items), f"</{tag}>"]


def _h(level: int, text: str) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


class HtmlRenderer:
    def render(self, post: Writeup) -> str:
        out = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(post.title)}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            _h(1, post.title),
            f'<p class="facts">{escape(post.dates)}</p>',
        ]
        if post.why or post.goals:
            out.append(_h(2, "Introduction"))
            if post.why:
                out.append(user_block(post.why))
            if post.goals:
                out += ["<p>Goals:</p>", *_list([user_inline(g) for g in post.goals])]
        out += [_h(2, "The plan"), f'<p class="facts">{escape(post.plan_summary)}</p>']
        for week in post.plan:
            focus = f": {week.focus}" if week.focus else ""
            kind = f" ({week.kind})" if week.kind != "study" else ""
            out.append(_h(3, f"Week {week.number}, from {long_date(week.first)}{focus}{kind}"))
            rows = [item(i) for i in week.items] + [f"Backup: {item(i)}" for i in week.backups]
            if week.backup:
                rows.append(f"Backup plan: {user_inline(week.backup)}")
            out += _list(rows)
        if not post.logged:
            out.append(f"<p>{escape(NOTHING_LOGGED)}</p>")
            return "\n".join([*out, "</body>", "</html>"]) + "\n"
        if post.reality:
            out.append(_h(2, "The reality"))
            for real in post.reality:
                out += [_h(3, real.heading), f'<p class="facts">{escape(real.summary)}</p>']
                if real.retro_text:
                    out.append(user_block(real.retro_text))
                out += _list([f"{label}: " + "; ".join(item(i) for i in items)
                              for label, items in real.outcomes()])
        if post.recommendations:
            out.append(_h(2, "Recommendations"))
            for group in post.recommendations:
                out += [_h(3, group.heading), *_list([item(i) for i in group.lines], True)]
        if post.experiments:
            out.append(_h(2, "Experiments"))
            for exp in post.experiments:
                out += [_h(3, exp.heading),
                        *_list([f"{escape(k)}: {user_inline(v)}" for k, v in exp.fields])]
        if post.explanations:
            out.append(_h(2, "Explanations"))
            for part in post.explanations:
                out += [_h(3, part.heading), f'<p class="facts">{escape(part.facts)}</p>']
                if part.shaky:
                    out += ["<p>Shaky spots:</p>", *_list([item(i) for i in part.shaky])]
        if post.questions:
            out += [_h(2, "Questions answered"), *_list([item(i) for i in post.questions])]
        if post.checkins:
            out.append(_h(2, "Check-ins"))
            for checkin in post.checkins:
                out.append(_h(3, checkin.heading))
                if checkin.note:
                    out.append(user_block(checkin.note))
                out += _list([item(i) for i in checkin.claims])
        if post.lessons or post.carried:
            out.append(_h(2, "What I would do differently"))
            out += _list([user_inline(lesson) for lesson in post.lessons])
            if post.carried:
                marks = [f"{'☑' if done else '☐'} {user_inline(text)}"
                         for text, done in post.carried]
                out += ["<p>Lessons from earlier dives:</p>", *_list(marks)]
        if post.conclusion:
            out += [_h(2, "Conclusion"), user_block(post.conclusion)]
        return "\n".join([*out, "</body>", "</html>"]) + "\n"
