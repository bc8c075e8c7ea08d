"""`deepdive web`: serve the local web app (pages and JSON API) over the same workspace."""

from __future__ import annotations

import ipaddress
import os
import socket

import click

from deepdive.cli.context import AppContext, pass_app
from deepdive.cli.output import say

WEB_APP = "deepdive.web.serve:app_from_environment"
WEB_HOST_VARIABLE = "DEEPDIVE_WEB_HOST"
WEB_ALLOW_VARIABLE = "DEEPDIVE_WEB_ALLOW_HOSTS"


def is_loopback(host: str) -> bool:
    """localhost, ::1 and all of 127.0.0.0/8 stay on this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind_warning(host: str) -> str | None:
    if is_loopback(host):
        return None
    return (f"Warning: binding {host} lets other machines on the network reach your "
            "workspace; the app has no login. Use 127.0.0.1 unless you mean it.")


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def port_free(host: str, port: int) -> bool:
    """Bind the port as uvicorn will (address reuse on, as it does), then let it go."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return True  # an unknown host: uvicorn says so itself
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError:
            return False
    return True


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another host name the browser may use (repeatable); others are refused.")
@pass_app
def web(app: AppContext, host: str, port: int, allow_hosts: tuple[str, ...]) -> None:
    """Serve the local web app: Today, Plan, Resource, Review, Reflection, Write-up and Dives
    pages, and the JSON API under /api."""
    import uvicorn

    if port and not port_free(host, port):
        raise click.ClickException(f"port {port} is in use; pick another with --port")
    warning = bind_warning(host)
    if warning:
        click.echo(warning, err=True)
    # The app is built by deepdive.web.serve from these, in this process (see its docstring).
    os.environ["DEEPDIVE_DATABASE_URL"] = app.config.database_url
    os.environ[WEB_HOST_VARIABLE] = host
    os.environ[WEB_ALLOW_VARIABLE] = ",".join(allow_hosts)
    say(f"deepdive web app on {url_of(host, port)} (Ctrl+C stops it)")
    uvicorn.run(WEB_APP, factory=True, host=host, port=port, log_level="warning")


COMMANDS = [web]
