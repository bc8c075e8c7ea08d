"""The web app on the test's workspace (SQLite, and PostgreSQL when configured), reached through
Starlette's TestClient as a browser on 127.0.0.1 would: cookies kept, redirects followed."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from deepdive import bootstrap
from deepdive.config import load_config
from deepdive.domain.dive import Slot
from deepdive.services.dives import NewDive, create_dive, set_week
from deepdive.services.ports import UnitOfWork
from deepdive.services.resources import NewResource, add_resource
from deepdive.web.app import create_app
from deepdive.web.once import new_form_id


class MovableClock:
    """A clock the test moves by hand (the app reads it on every request)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


class Site:
    """A TestClient with the habits of a browser tab: it has the CSRF cookie from a page it
    loaded, and each form it sends carries a fresh one-time id unless told otherwise."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.client.get(path, **kwargs)

    @property
    def token(self) -> str:
        if "deepdive_csrf" not in self.client.cookies:
            self.client.get("/api/csrf")
        return str(self.client.cookies["deepdive_csrf"])

    def post(self, path: str, data: dict[str, Any] | None = None, *, form_id: str | None = None,
             csrf: bool = True, **kwargs: Any) -> httpx.Response:
        fields = {"form_id": form_id or new_form_id(), **(data or {})}
        if csrf:
            fields["csrf"] = self.token
        return self.client.post(path, data=fields, **kwargs)

    def api(self, method: str, path: str, json: Any = None) -> httpx.Response:
        return self.client.request(method, path, json=json, headers={"X-CSRF-Token": self.token})


@pytest.fixture
def wall() -> MovableClock:
    """Thursday 15 April 2021, 13:20 UTC: day 8 of the story's dive, inside the slot."""
    return MovableClock(datetime(2021, 4, 15, 13, 20, tzinfo=UTC))


@pytest.fixture
def site(db_url: str, wall: MovableClock) -> Iterator[Site]:
    app = create_app(load_config(db_url), wall)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield Site(client)


@pytest.fixture
def dive(uow: UnitOfWork, wall: MovableClock) -> dict[str, int]:
    """The story's dive with three resources in week 2 and one backup; returns their ids."""
    resolver = bootstrap.metadata_resolver(load_config())
    create_dive(uow, wall, NewDive("Transformers and GPT-3", date(2021, 4, 8), 4, 60,
                                   Slot.parse("13:00-14:00"), timezone="UTC"))
    set_week(uow, 2, focus="Study the GPT family")
    ids = {}
    for key, title, week, backup in (
        ("gpt", "Improving Language Understanding by Generative Pre-Training", 2, None),
        ("gpt2", "Language Models are Unsupervised Multitask Learners", 2, None),
        ("journey", "The Journey of Open AI GPT models", None, "gpt2"),
        ("illustrated", "The Illustrated Transformer", 1, None),
    ):
        new = NewResource(title, week=week, kind="paper", minutes=60,
                          backup_for=str(ids[backup]) if backup else None)
        ids[key] = add_resource(uow, wall, resolver, new).entry.id
    return ids


def text_of(response: httpx.Response) -> str:
    """The page's text without tags, whitespace collapsed, for assertions on what is shown."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", response.text)))
