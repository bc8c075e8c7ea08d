"""Today: the dashboard, the timer, and the alerts' way out as buttons."""

from datetime import UTC, datetime

from deepdive.services.resources import list_resources
from deepdive.services.sessions import log
from deepdive.services.status import status
from tests.web.conftest import text_of


def test_today_shows_the_day_the_slot_and_minutes_against_the_budget(site, uow, wall, dive):
    log(uow, wall, 50, str(dive["gpt"]), datetime(2021, 4, 15, 12, 0), mood=4)
    page = site.get("/")
    assert page.status_code == 200
    shown = text_of(page)
    assert "Day 8 of 28" in shown and "week 2 of 4: Study the GPT family" in shown
    assert "13:00-14:00" in shown and "not yet" in shown
    assert "Today 50 of 60" in shown
    assert "Cards due: 0" in shown
    assert "Next:" in shown


def test_the_page_and_the_api_and_the_cli_agree(site, run, dive):
    import json

    api = site.get("/api/status").json()
    cli = json.loads(run.ok("status", "--json").output)
    assert api == cli


def test_start_and_stop_the_timer(site, uow, wall, dive):
    site.post("/timer/start", {"resource": str(dive["gpt"]), "kind": "read"},
              follow_redirects=False)
    wall.advance(minutes=1)  # status counts sessions started before now
    started = site.get("/")
    assert "Timer started: read on Improving Language Understanding" in text_of(started)
    assert "Running: read on Improving" in text_of(started)
    wall.advance(minutes=34)
    stopped = site.post("/timer/stop", {"mood": "4", "note": "BPEs"})
    assert "Timer stopped after 35 min." in text_of(stopped)
    assert status(uow, wall).today_minutes == 35
    assert "Start the timer" in text_of(stopped)


def test_two_tabs_stopping_the_same_timer_one_wins_the_other_sees_the_result(site, uow, wall,
                                                                             dive):
    site.post("/timer/start", {})
    wall.advance(minutes=20)
    first_tab = site.post("/timer/stop", {"mood": "3"})
    wall.advance(minutes=5)
    second_tab = site.post("/timer/stop", {"mood": "5"})
    assert first_tab.status_code == second_tab.status_code == 200
    assert "Timer stopped after 20 min." in text_of(first_tab)
    assert "already stopped" in text_of(second_tab)
    assert "Today 20 of 60" in text_of(second_tab)
    assert status(uow, wall).today_minutes == 20


def test_starting_while_running_says_why_on_the_page(site, dive):
    site.post("/timer/start", {})
    again = site.post("/timer/start", {})
    assert again.status_code == 200
    assert "already running" in text_of(again)


def test_a_bad_mood_shows_its_message_and_keeps_the_timer_running(site, uow, wall, dive):
    site.post("/timer/start", {})
    wall.advance(minutes=5)
    answer = site.post("/timer/stop", {"mood": "9"})
    assert "mood" in text_of(answer) and "1 to 5" in text_of(answer)
    assert status(uow, wall).running is not None


def test_missed_slots_offer_to_start_the_timer(site, wall, dive):
    wall.advance(days=2)  # nothing studied since the start: slots missed day after day
    page = site.get("/")
    assert "Slot 13:00-14:00 missed" in text_of(page)
    assert 'action="/timer/start"' in page.text and "Start the timer now" in page.text


def test_a_stalled_resource_can_be_skimmed_from_its_alert(site, uow, wall, dive):
    gpt2 = str(dive["gpt2"])
    log(uow, wall, 30, gpt2, datetime(2021, 4, 14, 13, 0), mood=1)
    log(uow, wall, 30, gpt2, datetime(2021, 4, 15, 9, 0), mood=2)
    page = site.get("/")
    assert "is stalling" in text_of(page)
    assert f'action="/resources/{gpt2}/mark"' in page.text
    skimmed = site.post(f"/resources/{gpt2}/mark", {"status": "skimmed", "back": "/"})
    assert "Marked #" in text_of(skimmed)
    entry = next(e for e in list_resources(uow) if e.id == int(gpt2))
    assert entry.placement.status == "skimmed"


def test_a_week_without_a_backup_gets_one_from_its_alert(site, uow, wall, dive):
    wall.moment = datetime(2021, 4, 22, 13, 20, tzinfo=UTC)  # first day of week 3
    page = site.get("/")
    assert "Week 3 has no backup plan" in text_of(page)
    saved = site.post("/weeks/3/backup", {"backup": "Gwern's GPT-3 page"})
    assert "Week 3 has a backup plan now." in text_of(saved)
    assert "Week 3 has no backup plan" not in text_of(saved)


def test_without_any_dive_today_points_to_the_dives_page(site):
    for path in ("/", "/plan", "/review", "/reflection", "/writeup"):
        answer = site.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/dives"
    page = site.get("/")
    assert page.status_code == 200 and str(page.url).endswith("/dives")
    assert "There is no dive to work on yet" in text_of(page)
    assert "Start a new dive" in text_of(page)


def test_the_charts_are_on_today(site, dive):
    page = site.get("/").text
    assert "<title" in page and "Minutes per week, planned against actual" in page
    assert "Daily minutes, with kept slots marked" in page
