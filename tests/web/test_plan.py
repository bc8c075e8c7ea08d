"""Plan: weeks as columns; add, move, mark and rate in place; bad input shown, not saved."""

from datetime import date

from deepdive.domain.dive import Slot
from deepdive.services.dives import NewDive, create_dive
from deepdive.services.resources import NewResource, add_resource, list_resources
from tests.web.conftest import text_of


def entry(uow, resource_id):
    return next(e for e in list_resources(uow) if e.id == resource_id)


def test_weeks_are_columns_with_their_resources_and_backups_beside(site, dive):
    page = site.get("/plan")
    shown = text_of(page)
    for week in range(1, 5):
        assert f"Week {week}" in shown
    assert "Study the GPT family" in shown
    gpt2_card = page.text.split(f'id="r{dive["gpt2"]}"', 1)[1].split("</li>", 1)[0]
    assert "Backup:" in gpt2_card and "The Journey of Open AI GPT models" in gpt2_card
    assert page.text.count(f'id="r{dive["journey"]}"') == 0  # shown under gpt2, not alone


def test_add_a_resource_by_title(site, uow, dive):
    answer = site.post("/resources", {"source": "The Annotated Transformer", "week": "1",
                                      "kind": "post", "minutes": "45m"})
    assert "Added #5 The Annotated Transformer." in text_of(answer)
    added = entry(uow, 5)
    assert (added.placement.week, added.resource.minutes, added.resource.kind) == (1, 45, "post")


def test_a_form_with_missing_fields_says_what_is_missing(site, uow, dive):
    answer = site.post("/resources", {})
    assert answer.status_code == 200
    assert "say what to add" in text_of(answer)
    assert len(list_resources(uow)) == 4


def test_a_form_sent_twice_adds_once(site, uow, dive):
    form = {"source": "Attention Is All You Need", "week": "1"}
    first = site.post("/resources", form, form_id="same-form")
    second = site.post("/resources", form, form_id="same-form")
    assert "Added #5" in text_of(first)
    assert "already sent" in text_of(second)
    titles = [e.title for e in list_resources(uow)]
    assert titles.count("Attention Is All You Need") == 1


def test_a_rating_sent_twice_is_one_rating(site, uow, dive):
    for _ in range(2):
        site.post(f"/resources/{dive['gpt']}/rate", {"rating": "4"}, form_id="rate-once")
    assert [r.score for r in entry(uow, dive["gpt"]).ratings] == [4]


def test_move_a_resource_to_another_week_with_its_backup(site, uow, dive):
    answer = site.post(f"/resources/{dive['gpt2']}/move", {"week": "3"})
    assert "to week 3" in text_of(answer)
    assert entry(uow, dive["gpt2"]).placement.week == 3
    assert entry(uow, dive["journey"]).placement.week == 3
    site.post(f"/resources/{dive['gpt2']}/move", {"week": ""})
    assert entry(uow, dive["gpt2"]).placement.week is None
    assert "No week yet" in text_of(site.get("/plan"))


def test_a_week_outside_the_dive_is_refused(site, uow, dive):
    answer = site.post(f"/resources/{dive['gpt']}/move", {"week": "9"})
    assert "week 9 is outside this dive" in text_of(answer)
    assert entry(uow, dive["gpt"]).placement.week == 2


def test_mark_and_rate_in_place(site, uow, dive):
    site.post(f"/resources/{dive['gpt']}/mark", {"status": "done"})
    answer = site.post(f"/resources/{dive['gpt']}/rate", {"rating": "5", "why": "BPEs"})
    assert "Rated #1" in text_of(answer) and "5 of 5" in text_of(answer)
    got = entry(uow, dive["gpt"])
    assert got.placement.status == "done" and got.rating == 5
    assert "Ratings before and after" in answer.text


def test_a_bad_rating_shows_its_message_and_saves_nothing(site, uow, dive):
    answer = site.post(f"/resources/{dive['gpt']}/rate", {"rating": "abc"})
    assert answer.status_code == 200
    assert "rating 'abc' is not a number; use 1 to 5" in text_of(answer)
    assert 'class="flash error"' in answer.text
    assert entry(uow, dive["gpt"]).ratings == []
    outside = site.post(f"/resources/{dive['gpt']}/rate", {"rating": "7"})
    assert "1 to 5" in text_of(outside)
    assert entry(uow, dive["gpt"]).ratings == []


def test_a_bad_status_is_refused(site, uow, dive):
    answer = site.post(f"/resources/{dive['gpt']}/mark", {"status": "finished"})
    assert "status 'finished' is not one of" in text_of(answer)
    assert entry(uow, dive["gpt"]).placement.status == "planned"


def test_another_dives_resource_is_refused(site, uow, wall, dive):
    # the new dive becomes current: the first dive's resources are not its own
    create_dive(uow, wall, NewDive("Next topic", date(2021, 5, 10), 2, 30,
                                   Slot.parse("08:00-08:30")), force=True)
    answer = site.post(f"/resources/{dive['gpt']}/rate", {"rating": "4"})
    assert "no resource #1 here" in text_of(answer)
    moved = site.post(f"/resources/{dive['gpt']}/move", {"week": "1"})
    assert "no resource #1 here" in text_of(moved)
    assert site.get(f"/resources/{dive['gpt']}").status_code == 404
    site.post("/dives/1/use", {})
    assert entry(uow, dive["gpt"]).ratings == [] and entry(uow, dive["gpt"]).placement.week == 2


def test_an_id_that_is_not_a_number_is_a_clear_error(site, dive):
    answer = site.post("/resources/abc/rate", {"rating": "4"}, follow_redirects=False)
    assert answer.status_code == 404
    assert "ids are whole numbers" in text_of(answer)
    page = site.get("/resources/abc")
    assert page.status_code == 404 and "Input should be" not in text_of(page)
    assert "ids are whole numbers" in text_of(page) and 'href="/plan"' in page.text


def test_a_long_week_shows_its_first_cards_and_links_to_the_rest(site, uow, wall, dive):
    from deepdive import bootstrap
    from deepdive.config import load_config

    resolver = bootstrap.metadata_resolver(load_config())
    for n in range(30):
        add_resource(uow, wall, resolver, NewResource(f"Extra reading {n:02d}", week=3))
    board = site.get("/plan")
    assert "Show all 30 of week 3" not in text_of(board)
    add_resource(uow, wall, resolver, NewResource("One too many", week=3))
    board = site.get("/plan")
    assert "Show all 31 of week 3" in text_of(board)
    assert "One too many" not in text_of(board)
    week = site.get("/plan?week=3")
    assert "One too many" in text_of(week) and "Week 1" not in text_of(week)


def test_a_week_outside_the_dive_or_not_a_number_says_so(site, dive):
    from tests.web.conftest import text_of

    shown = text_of(site.get("/plan?week=99"))
    assert "There is no week '99': this dive has weeks 1 to 4." in shown
    assert "There is no week 'abc'" in text_of(site.get("/plan?week=abc"))
    assert "0 resources" in text_of(site.get("/plan?week=3"))  # a real week, empty
