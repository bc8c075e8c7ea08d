"""Where the workspace is, from the environment. Stdlib only and no dataclasses: the prompt
reads this on every shell prompt (config.py builds the full Config on top of it)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "deepdive"


def home_from_env() -> Path | None:
    explicit = os.environ.get("DEEPDIVE_HOME")
    return Path(explicit).expanduser() if explicit else None


def default_home() -> Path:
    explicit = home_from_env()
    if explicit is not None:
        return explicit
    from platformdirs import user_data_dir  # only when DEEPDIVE_HOME is unset

    return Path(user_data_dir(APP_NAME, appauthor=False))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def database_url(explicit: str | None = None) -> tuple[str, bool]:
    """The workspace URL (flag, then DEEPDIVE_DATABASE_URL, then the default file) and
    whether it is the default location."""
    url = explicit or os.environ.get("DEEPDIVE_DATABASE_URL")
    if url:
        return url, False
    return sqlite_url(default_home() / "deepdive.sqlite"), True


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    return Path(url.split("///", 1)[1]) if "///" in url else None
