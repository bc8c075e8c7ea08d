"""`deepdive demo`: a separate workspace with a month-long dive to explore."""

from __future__ import annotations

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.output import bold, say
from deepdive.cli.status import render
from deepdive.clock import local_zone
from deepdive.config import load_config, sqlite_url
from deepdive.services.demo import build_demo, demo_writeup


@click.command()
@pass_app
def demo(app: AppContext) -> None:
    """Build a demo workspace (never your own) and show a day in its second week."""
    from deepdive import bootstrap

    home = load_config().home
    path = home / "demo" / "deepdive.sqlite"
    bootstrap.forget_engines()
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    demo_config = load_config(sqlite_url(path))
    dive, status = build_demo(bootstrap.unit_of_work(demo_config), local_zone())
    post = path.with_name("writeup.md")
    post.write_text(demo_writeup(bootstrap.unit_of_work(demo_config), local_zone(),
                                 bootstrap.writeup_renderer("md")), encoding="utf-8")
    say(f"Built a demo of dive #{dive.number} {bold(dive.title)} "
        f"({dive.start:%d %b} to {dive.end:%d %b %Y}) in {path}\n")
    say(f"Its status on {status.date:%A %d %B %Y}, when the plan stalled "
        "(as it stood that evening; the stalled paper was swapped out the next day):\n")
    render(status)
    say("\nExplore the whole month as it ended (your own workspace is untouched):")
    say(f"  export DEEPDIVE_DATABASE_URL={sqlite_url(path)} DEEPDIVE_NOW=2021-05-05T20:00")
    say("  deepdive show; deepdive resources; deepdive status --date 2021-04-12; deepdive web")
    say(f"\nIts write-up, from the month's log and retros: {post}")
    app.database_url = None


COMMANDS = [demo]
