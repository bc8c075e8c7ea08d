"""A real uvicorn server on 127.0.0.1 (ephemeral port, in a thread) and Debian's Chromium
driven by Playwright. Screenshots go to test-artifacts/ (not committed)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from deepdive.config import load_config
from deepdive.web.app import create_app
from tests.conftest import REPO
from tests.web.conftest import MovableClock, wall  # noqa: F401  (the clock fixture)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture
def live_server(db_url: str, wall: MovableClock) -> Iterator[str]:  # noqa: F811
    app = create_app(load_config(db_url), wall, host="127.0.0.1")
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(600):  # wait until it listens; the test itself never depends on timing
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "the server did not start"
    port = server.servers[0].sockets[0].getsockname()[1]  # the ephemeral port it was given
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture
def browser_page(live_server: str) -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run these")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_server, viewport={"width": 1200, "height": 900})
        page = context.new_page()
        yield page
        context.close()
        browser.close()
