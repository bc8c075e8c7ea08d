"""The JSON API under /api: the same services as the pages and the CLI, the same JSON keys as
`--json`. State-changing calls need the `X-CSRF-Token` header (GET /api/csrf gives it)."""

from __future__ import annotations

from fastapi import APIRouter

from deepdive.web.api import (
    dives,
    journal,
    reflection,
    resources,
    review,
    status,
    timer,
    writeup,
)

router = APIRouter(prefix="/api", tags=["api"])
for module in (status, resources, timer, dives, review, reflection, journal, writeup):
    router.include_router(module.router)
