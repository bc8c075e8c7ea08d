"""The web app factory: pages and the JSON API over the same services as the CLI."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from deepdive.clock import Clock
from deepdive.config import Config
from deepdive.web import api, errors
from deepdive.web.csrf import require_csrf
from deepdive.web.guard import MAX_BODY_BYTES, Guard, refuse_oversized
from deepdive.web.render import HERE
from deepdive.web.routes import ROUTERS
from deepdive.web.state import WebState

DEFAULT_HOST = "127.0.0.1"


def create_app(config: Config, clock: Clock, host: str = DEFAULT_HOST,
               allow_hosts: Iterable[str] = ()) -> FastAPI:
    """`host` is the address the server binds: requests naming a host other than it, loopback
    and `allow_hosts` are refused."""
    app = FastAPI(
        title="deepdive",
        summary="Plan, live and write up a time-boxed deep dive into one topic.",
        docs_url=None,  # the docs page loads scripts from a CDN; /openapi.json is enough
        redoc_url=None,
        dependencies=[Depends(refuse_oversized), Depends(require_csrf)],
        # a field (a note) may be as large as the guard lets a request be: the note's own
        # limit (bytes of text) is checked by its route with a message
        form_limits={"max_part_size": MAX_BODY_BYTES},
    )
    app.state.web = WebState(config=config, clock=clock, host=host)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.include_router(api.router)
    errors.install(app)
    app.add_middleware(Guard, bound_host=host, extra_hosts=tuple(allow_hosts))
    return app
