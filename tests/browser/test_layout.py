"""Phone width without sideways scrolling, the board inside its box at 1280 px, notes that
load nothing from the internet, and `/` reaching the first field of every page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from deepdive.domain.note import Note
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.ports import UnitOfWork
from tests.browser.conftest import ARTIFACTS
from tests.web.conftest import MovableClock, dive  # noqa: F401  (the dive fixture)

pytestmark = pytest.mark.browser

OVERFLOW = "document.documentElement.scrollWidth <= window.innerWidth"


def more_dives(uow: UnitOfWork, wall: MovableClock) -> None:
    """Rows for the Dives table, with long titles."""
    from datetime import date

    for n in range(3):
        create_dive(uow, wall, NewDive(f"A much longer dive title, number {n} of the series",
                                       date(2022, 1, 3 + n), 6, 45, timezone="UTC"), force=True)


@pytest.mark.parametrize("path", ["/dives", "/plan", "/reflection", "/", "/review"])
def test_no_page_scrolls_sideways_at_phone_width(browser_page: Any, uow: UnitOfWork,
                                                  wall: MovableClock, dive: Any,  # noqa: F811
                                                  path: str) -> None:
    more_dives(uow, wall)
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(path)
    name = path.strip("/") or "today"
    page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)
    assert page.evaluate(OVERFLOW), page.evaluate("document.documentElement.scrollWidth")
    if path == "/dives":
        assert page.locator("tbody tr").count() == 4


def test_chart_labels_stay_readable_on_a_phone(browser_page: Any, dive: Any) -> None:  # noqa: F811
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/")
    heights = page.evaluate("[...document.querySelectorAll('svg.weeks text')]"
                            ".map(t => t.getBoundingClientRect().height)")
    assert heights and min(heights) >= 9, heights


def test_the_plan_board_fits_its_box_at_1280(browser_page: Any, dive: Any) -> None:  # noqa: F811
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/plan")
    widths = page.evaluate(
        "(() => { const b = document.querySelector('.board');"
        " return [b.scrollWidth, b.clientWidth]; })()")
    assert widths[0] <= widths[1], widths


def test_a_note_with_an_image_loads_nothing_from_elsewhere(browser_page: Any, uow: UnitOfWork,
                                                           live_server: str,
                                                           dive: Any) -> None:  # noqa: F811
    now = datetime(2021, 4, 15, tzinfo=UTC)
    with uow:
        uow.notes.add(Note(1, "# Seen\n\n![diagram](http://example.com/p.png)", now, now,
                           resource_id=dive["gpt"]))
        uow.commit()
    page = browser_page
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"/resources/{dive['gpt']}")
    page.wait_for_load_state("networkidle")
    assert requested and all(url.startswith(live_server) for url in requested), requested
    assert errors == []
    assert page.locator("article.note a", has_text="diagram").get_attribute("href") == \
        "http://example.com/p.png"
    assert page.locator("h1").count() == 1


@pytest.mark.parametrize(("path", "field"), [("/plan", "#add-source"),
                                             ("/reflection", "input[name=title]")])
def test_slash_reaches_the_first_field_even_in_a_closed_box(browser_page: Any, path: str,
                                                            field: str,
                                                            dive: Any) -> None:  # noqa: F811
    page = browser_page
    page.goto(path)
    page.locator("h1").click()
    page.keyboard.press("/")
    focused = page.evaluate("document.activeElement.outerHTML")
    assert page.locator(field).first.evaluate("el => el === document.activeElement"), focused
    assert page.locator(field).first.is_visible()
