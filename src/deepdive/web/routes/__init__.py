"""The page routers, one module per page; each page's path is also in render.NAV."""

from __future__ import annotations

from fastapi import APIRouter

from deepdive.web.routes import (
    dives,
    plan,
    reflection,
    resource,
    review,
    rewrites,
    timer,
    today,
    writeup,
)

ROUTERS: list[APIRouter] = [today.router, timer.router, plan.router, resource.router,
                            review.router, reflection.router, rewrites.router, writeup.router,
                            dives.router]
