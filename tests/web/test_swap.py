"""The stalled-resource alert names a backup: a Swap button (and the API) puts it in place."""

from datetime import datetime

from deepdive.domain.momentum import Alert
from deepdive.services.actions import actions_for
from deepdive.services.resources import list_resources
from deepdive.services.sessions import log
from tests.web.conftest import text_of


def stall(uow, wall, ref: int) -> None:
    log(uow, wall, 30, str(ref), datetime(2021, 4, 14, 13, 0), mood=1)
    log(uow, wall, 30, str(ref), datetime(2021, 4, 15, 9, 0), mood=2)


def status_of(uow, ref: int) -> tuple[str, int | None]:
    entry = next(e for e in list_resources(uow) if e.id == ref)
    return str(entry.placement.status), entry.placement.week


def test_the_alert_offers_the_swap_it_suggests_in_web_words(site, uow, wall, dive):
    stall(uow, wall, dive["gpt2"])
    page = site.get("/")
    assert f"Swap in its backup #{dive['journey']}" in text_of(page)
    assert f'action="/resources/{dive["gpt2"]}/swap"' in page.text
    assert "deepdive swap" not in page.text and "--why" not in page.text
    swapped = site.post(f"/resources/{dive['gpt2']}/swap",
                        {"backup": str(dive["journey"]), "why": "too dense", "back": "/"})
    assert "Swapped: #" in text_of(swapped)
    assert status_of(uow, dive["gpt2"])[0] == "swapped"
    assert status_of(uow, dive["journey"]) == ("planned", 2)


def test_a_swap_without_a_reason_is_refused_beside_its_button(site, uow, wall, dive):
    stall(uow, wall, dive["gpt2"])
    page = site.post(f"/resources/{dive['gpt2']}/swap",
                     {"backup": str(dive["journey"]), "why": " ", "back": "/"})
    assert "say why it is swapped" in text_of(page)
    assert status_of(uow, dive["gpt2"])[0] == "planned"


def test_the_api_swaps_too(site, uow, dive):
    answer = site.api("POST", f"/api/resources/{dive['gpt2']}/swap",
                      {"backup": dive["journey"], "why": "too dense"})
    assert answer.status_code == 200
    assert answer.json()["new"]["id"] == dive["journey"]
    assert status_of(uow, dive["gpt2"])[0] == "swapped"
    again = site.api("POST", f"/api/resources/{dive['gpt2']}/swap",
                     {"backup": dive["journey"], "why": "again"})
    assert again.status_code == 409 and "swapped" in again.json()["error"]


def test_actions_come_from_the_alerts_ids_not_its_text():
    alert = Alert("stalled_resource", "Something else entirely", "", resource_id=7, backup_id=9)
    kinds = [(a.kind, a.resource_id, a.value) for a in actions_for(alert, 2)]
    assert kinds[0] == ("swap", 7, "9")
    assert ("mark", 7, "skimmed") in kinds and ("mark", 7, "dropped") in kinds
    no_backup = Alert("stalled_resource", "#7 x is stalling", "", resource_id=7)
    assert [a.kind for a in actions_for(no_backup, 2)] == ["mark", "mark"]
    assert alert.to_dict()["resource_id"] == 7 and alert.to_dict()["backup_id"] == 9
