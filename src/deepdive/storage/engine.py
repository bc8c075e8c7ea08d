"""Open the workspace database: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import NullPool

from deepdive.storage.errors import StorageUnavailable

BUSY_TIMEOUT_MS = 5000


def normalize_url(url: str) -> str:
    """`postgresql://` works as given: it means psycopg 3, which is what we install."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _redacted(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def _sqlite_file(url: str, create_folder: bool) -> None:
    path = url.split("///", 1)[1] if "///" in url else ""
    if not path or path == ":memory:":
        raise StorageUnavailable(
            f"database URL {url!r} names no file; use sqlite:///PATH/TO/workspace.sqlite"
        )
    folder = Path(path).parent
    if create_folder:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        raise StorageUnavailable(
            f"the folder {folder} does not exist; create it first (nothing was written)"
        )


def open_engine(url: str, *, create_folder: bool = False) -> Engine:
    """An engine for `url`; SQLite's folder is created only when `create_folder` says so."""
    url = normalize_url(url)
    try:
        if url.startswith("sqlite"):
            _sqlite_file(url, create_folder)
            engine = create_engine(url, poolclass=NullPool)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(
                url, poolclass=NullPool, connect_args={"connect_timeout": 5}
            )
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StorageUnavailable(
            f"database URL {_redacted(url)!r} is not usable; "
            "use sqlite:///PATH or postgresql://USER@HOST/DB"
        ) from exc
    except OSError as exc:
        raise StorageUnavailable(f"cannot create the workspace folder: {exc}") from exc
    return engine


def check_reachable(engine: Engine) -> None:
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise StorageUnavailable(
            f"cannot reach the database at {_redacted(str(engine.url))}: {reason}"
        ) from exc
