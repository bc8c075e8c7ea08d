"""Where the workspace lives and where metadata comes from, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from deepdive.domain.errors import DeepdiveError
from deepdive.environment import database_url, default_home, home_from_env, sqlite_path
from deepdive.environment import sqlite_url as sqlite_url


@dataclass(frozen=True)
class SourceEndpoints:
    """Base URLs of the metadata services; tests point them at a local server."""

    arxiv_api: str = "https://export.arxiv.org/api/query"
    doi_resolver: str = "https://doi.org"
    timeout_seconds: float = 10.0
    max_bytes: int = 20 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    home_dir: Path | None
    database_url: str
    sources: SourceEndpoints = field(default_factory=SourceEndpoints)
    # True when the URL is the default workspace in DEEPDIVE_HOME: only then may its folder
    # be created; a typo in an explicit path must not silently make an empty workspace.
    default_location: bool = False

    @property
    def home(self) -> Path:
        return self.home_dir or default_home()

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.database_url)


class ConfigError(DeepdiveError):
    """An environment variable holds something deepdive cannot use."""


N = TypeVar("N", int, float)


def _number(name: str, kind: type[N], default: N) -> N:
    text = os.environ.get(name)
    if text is None:
        return default
    try:
        value = kind(text)
    except ValueError:
        value = kind(0)
    if value <= 0:
        raise ConfigError(f"{name}={text!r} is not a positive number (default {default})")
    return value


def load_config(database_url_flag: str | None = None) -> Config:
    """Build the config from flags and the environment (flags win)."""
    url, default_location = database_url(database_url_flag)
    home = home_from_env()
    env = os.environ
    sources = SourceEndpoints(
        arxiv_api=env.get("DEEPDIVE_ARXIV_API", SourceEndpoints.arxiv_api),
        doi_resolver=env.get("DEEPDIVE_DOI_RESOLVER", SourceEndpoints.doi_resolver),
        timeout_seconds=_number("DEEPDIVE_FETCH_TIMEOUT", float, SourceEndpoints.timeout_seconds),
        max_bytes=_number("DEEPDIVE_FETCH_MAX_BYTES", int, SourceEndpoints.max_bytes),
    )
    return Config(home_dir=home, database_url=url, sources=sources,
                  default_location=default_location)
