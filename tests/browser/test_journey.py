"""A user's first day in the browser: create a dive, add a resource, time a session, rate it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import ARTIFACTS
from tests.web.conftest import MovableClock

pytestmark = pytest.mark.browser


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_a_first_day_from_new_dive_to_a_rating(browser_page: Any, wall: MovableClock) -> None:
    page = browser_page
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto("/dives")
    assert page.locator("h1").inner_text() == "Dives"
    shot(page, "01-dives-empty")
    page.fill("#dive-title", "Transformers and GPT-3")
    page.fill("input[name=start]", "2021-04-15")
    page.fill("input[name=slot]", "13:00-14:00")
    page.fill("textarea[name=goals]", "Explain self-attention to a friend")
    page.click("#create-dive")
    page.wait_for_url("**/plan")
    assert "Dive #1 Transformers and GPT-3 is ready" in page.locator(".flash").inner_text()

    page.fill("#add-source", "Attention Is All You Need")
    page.select_option("select[name=week]", "1")
    page.fill("input[name=minutes]", "90")
    page.click("form[action='/resources'] button[type=submit]")
    assert "Added #1 Attention Is All You Need." in page.locator(".flash").inner_text()
    assert page.locator("#r1 .title").inner_text() == "#1 Attention Is All You Need"
    shot(page, "02-plan")

    page.click("nav >> text=Today")
    page.select_option("select[name=resource]", "1")
    page.click("#start-timer")
    assert "Timer started: read on Attention Is All You Need" in page.locator(".flash").inner_text()
    wall.advance(minutes=40)
    page.reload()
    assert "40 min so far" in page.locator(".running").inner_text()
    shot(page, "03-today-running")
    page.select_option("select[name=mood]", "4")
    page.fill("input[name=note]", "where do the inputs enter?")
    page.click("#stop-timer")
    assert "Timer stopped after 40 min." in page.locator(".flash").inner_text()
    assert "Today 40 of 60" in page.locator("main").inner_text()
    assert page.locator("svg.calendar title").first.text_content().startswith("Daily minutes")
    shot(page, "04-today")

    page.goto("/resources/1")
    page.fill("#rating", "abc")
    page.click("#rate")
    assert "not a number" in page.locator(".flash.error").inner_text()
    page.fill("#rating", "4")
    page.fill("form[action='/resources/1/rate'] input[name=why]", "start here")
    page.click("#rate")
    assert "Rated #1 Attention Is All You Need 4 of 5." in page.locator(".flash").inner_text()
    assert "4/5" in page.locator("table").first.inner_text()
    assert "where do the inputs enter?" in page.locator("main").inner_text()
    shot(page, "05-resource")

    page.goto("/plan")
    assert "4/5" in page.locator("#r1").inner_text()
    assert page.locator("svg.ratings").count() == 1
    assert errors == []  # no CSP violation or script error in the console


def test_keyboard_alone_reaches_the_pages(browser_page: Any, wall: MovableClock) -> None:
    page = browser_page
    page.goto("/dives")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    page.keyboard.press("g")
    with page.expect_navigation():
        page.keyboard.press("p")
    # no dive yet: the Plan leads to Dives, where one is started
    assert page.url.endswith("/dives") and page.locator("h1").count() == 1
    assert "no dive to work on yet" in page.locator(".flash").inner_text()
    page.keyboard.press("g")
    with page.expect_navigation():
        page.keyboard.press("d")
    assert page.url.endswith("/dives")


def test_readable_at_phone_width_and_in_the_dark(browser_page: Any, wall: MovableClock) -> None:
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.emulate_media(color_scheme="dark")
    page.goto("/dives")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 23, 26)"
    shot(page, "06-dives-phone-dark")


def test_review_with_the_keyboard_reflect_and_download_the_writeup(
    browser_page: Any, wall: MovableClock, db_url: str
) -> None:
    from datetime import date

    from deepdive import bootstrap
    from deepdive.config import load_config
    from deepdive.domain.metadata import Metadata
    from deepdive.services.cards import add_card
    from deepdive.services.dives import NewDive, create_dive
    from deepdive.services.resources import NewResource, add_resource

    class Offline:
        def resolve(self, source: str, *, offline: bool = False) -> Metadata:
            return Metadata(title=source)

    uow = bootstrap.unit_of_work(load_config(db_url))
    create_dive(uow, wall, NewDive("Transformers and GPT-3", date(2021, 4, 8), 4, 60,
                                   timezone="UTC"))
    add_resource(uow, wall, Offline(), NewResource("Attention Is All You Need", week=1))
    add_card(uow, wall, "What replaces recurrence?", "Self-attention", ref="1")
    page = browser_page
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto("/review")
    assert page.locator("#progress").inner_text().startswith("Card 1 of 1")
    assert not page.locator("#answer").is_visible()
    shot(page, "07-review-question")
    page.keyboard.press("Space")
    assert page.locator("#answer").inner_text() == "Self-attention"
    shot(page, "08-review-answer")
    page.keyboard.press("3")
    page.wait_for_url("**/review?last=*")
    assert page.locator(".flash").inner_text().startswith("good: card #1 is due again")
    assert page.locator("#progress").inner_text().startswith("Card 2 of 2")  # a learning step
    page.keyboard.press("u")
    page.wait_for_url("**/review")
    assert "Undone: card #1 is back as it was." in page.locator(".flash").inner_text()
    page.keyboard.press("Space")
    page.keyboard.press("4")
    page.wait_for_url("**/review?last=*")
    assert "Today: 1 card reviewed, 0 again (retention 100%)." in page.locator("#summary")\
        .inner_text()
    assert page.locator("svg.reviews title").first.text_content() == \
        "Cards reviewed per day, and retention"
    shot(page, "09-review-summary")

    page.goto("/reflection")
    page.fill("#add-experiment input[name=title]", "Few-shot list sorting")
    page.fill("#add-experiment input[name=expect]", "sorted output")
    page.click("#add-experiment button[type=submit]")
    assert "Experiment #1 saved" in page.locator(".flash").inner_text()
    page.fill("#retro-dive textarea", "Attention first, then the GPT papers.")
    page.click("#retro-dive button[type=submit]")
    assert "The dive's retro saved." in page.locator(".flash").inner_text()
    shot(page, "10-reflection")

    page.click("nav >> text=Write-up")
    assert "Attention first, then the GPT papers." in page.locator("#writeup").inner_text()
    shot(page, "11-writeup")
    with page.expect_download() as info:
        page.click("#download-md")
    download = info.value
    assert download.suggested_filename == "transformers-and-gpt-3.md"
    text = Path(download.path()).read_text()
    assert text.startswith("# Transformers and GPT-3") and "Few-shot list sorting" in text

    page.goto("/resources/1")
    page.fill("#note-text", "Attention **is** all.")
    page.click("#save-note")
    assert "Note on #1 saved." in page.locator(".flash").inner_text()
    assert "What replaces recurrence?" in page.locator("main").inner_text()
    shot(page, "12-resource-note-cards")
    assert errors == []
