"""The services speak the command line's language (`deepdive review`, --why, -m TEXT): the web
says the same things in its own words, with links to the page that does it."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# Error messages naming a flag: the form field that stands for it.
PHRASES: list[tuple[str, str]] = [
    ("create one with `deepdive new` or choose one with `deepdive use`",
     "start one or choose one on the Dives page (/dives)"),
    ("give the answer with -m TEXT", "write the answer first"),
    ("write the retro with -m TEXT", "write the retro first"),
    ("say who the check-in was with: --with WHO", "say who the check-in was with"),
    ("Finish or abandon it first, or pass --force",
     "Finish or abandon it first, or tick \u201cstart even though another dive is open\u201d"),
    ("say why with --why;", "say why;"),
    ("say why the dive is abandoned with --why", "say why the dive is abandoned"),
    ('say who it was explained to with --to, e.g. --to "a friend"',
     "say who it was explained to, e.g. a friend"),
    ("give a shorter one with --title", "give a shorter title"),
    ("add --backup-for REF", "fill in \u201cBackup for\u201d"),
    ("a --claim needs its text", "a claim needs its text"),
    ("but has a --correction", "but has a correction"),
    ("or keep it all with --force", "or keep it all"),
    ("`deepdive stop` it first", "stop the timer first"),
    ("`deepdive start` one or `deepdive log` a past one", "start the timer first"),
]

# `deepdive CMD ...` (with a leading "with " or parentheses around it) as the web says it:
# the words, and the page that does it (None: the page the message is on does it).
COMMAND = re.compile(r"\s?\(?(?:with )?`deepdive ([a-z-]+)([^`]*)`\)?")
COMMANDS: dict[str, tuple[str, str | None]] = {
    "review": ("open Review", "/review"),
    "start": ("start the timer", "/#timer-h"),
    "stop": ("stop the timer", "/#timer-h"),
    "add": ("add a resource on the Plan", "/plan"),
    "rate": ("on the Plan", "/plan"),
    "new": ("on Dives", "/dives"),
    "use": ("on Dives", "/dives"),
    "swap": ("use the Swap button below", None),
    "week": ("in the form below", None),
    "mark": ("", None),  # the alert's Skim and Drop buttons say it
    "finish": ("finish the dive (the command line's finish)", None),
    "log": ("log it from the command line", None),
}


def _phrases(text: str) -> str:
    for cli, words in PHRASES:
        text = text.replace(cli, words)
    return text


def _spaced(words: str) -> str:
    return f" {words}" if words else ""


def plain(text: str) -> str:
    """For flashes and JSON errors: the web's words, no links."""
    def one(found: re.Match[str]) -> str:
        words, _ = COMMANDS.get(found[1], (f"the command line's {found[1]}", None))
        return _spaced(words)

    return COMMAND.sub(one, _phrases(text))


def web_words(text: str) -> Markup:
    """For the page: the web's words, with a link where a page does it."""
    out: list[str] = []
    last = 0
    for found in COMMAND.finditer(_phrases(text)):
        out.append(str(escape(found.string[last:found.start()])))
        words, href = COMMANDS.get(found[1], (f"the command line's {found[1]}", None))
        if words:
            link = f'<a href="{href}">{escape(words)}</a>' if href else str(escape(words))
            out.append(" " + link)
        last = found.end()
    out.append(str(escape(_phrases(text)[last:])))
    return Markup("".join(out))
