"""`deepdive web`: serve the local web app (pages and JSON API) over the same workspace."""

from __future__ import annotations

import os

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.output import say

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
WEB_APP = "deepdive.web.serve:app_from_environment"
WEB_HOST_VARIABLE = "DEEPDIVE_WEB_HOST"


def bind_warning(host: str) -> str | None:
    if host in LOOPBACK:
        return None
    return (f"Warning: binding {host} lets other machines on the network reach your "
            "workspace; the app has no login. Use 127.0.0.1 unless you mean it.")


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@pass_app
def web(app: AppContext, host: str, port: int) -> None:
    """Serve the local web app: Today, Plan, Resource and Dives pages, and /api."""
    import uvicorn

    warning = bind_warning(host)
    if warning:
        click.echo(warning, err=True)
    # The app is built by deepdive.web.serve from these, in this process (see its docstring).
    os.environ["DEEPDIVE_DATABASE_URL"] = app.config.database_url
    os.environ[WEB_HOST_VARIABLE] = host
    say(f"deepdive web app on {url_of(host, port)} (Ctrl+C stops it)")
    uvicorn.run(WEB_APP, factory=True, host=host, port=port, log_level="warning")


COMMANDS = [web]
