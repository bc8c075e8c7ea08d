"""A Rich progress bar for long imports and exports: shown only past 1,000 items, on stderr."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

THRESHOLD = 1000


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if total <= THRESHOLD:
            return
        if "bar" not in state:
            from rich.console import Console
            from rich.progress import Progress

            bar = Progress(console=Console(stderr=True), transient=True)
            bar.start()
            state["bar"] = bar
            state["task"] = bar.add_task(label, total=total)
        state["bar"].update(state["task"], completed=done)

    try:
        yield update
    finally:
        if "bar" in state:
            state["bar"].stop()
