"""The page routers, one module per page. Review (issue 3), Reflection and Write-up (issue 4)
join as review.py, reflection.py and writeup.py: add each to ROUTERS and to render.NAV."""

from __future__ import annotations

from fastapi import APIRouter

from deepdive.web.routes import dives, plan, resource, timer, today

ROUTERS: list[APIRouter] = [today.router, timer.router, plan.router, resource.router,
                            dives.router]
