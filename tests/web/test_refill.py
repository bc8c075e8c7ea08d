"""A rejected form comes back filled in, with its error beside it; the size limit answers
inside the page (or as JSON under /api)."""

from deepdive.services.ideas import list_ideas
from deepdive.services.resources import list_resources
from tests.web.conftest import text_of


def test_a_rejected_new_dive_keeps_what_was_typed(site):
    page = site.post("/dives", {"title": "Compilers", "weeks": "abc", "daily": "45m",
                                "slot": "07:00-08:00", "why": "curious", "goals": "a\nb"})
    assert page.status_code == 200 and str(page.url).endswith("/dives")
    assert 'class="form-error" role="alert">weeks &#39;abc&#39; is not a whole number' in page.text
    for typed in ('value="Compilers"', 'value="abc"', 'value="45m"', 'value="07:00-08:00"',
                  'value="curious"', ">a\nb</textarea>"):
        assert typed in page.text
    # shown once: a reload shows the empty form again
    assert 'value="Compilers"' not in site.get("/dives").text


def test_a_bad_rating_on_the_plan_keeps_the_choice_next_to_its_card(site, uow, dive):
    gpt = dive["gpt"]
    page = site.post(f"/resources/{gpt}/rate", {"rating": "", "why": "x",
                                                 "back": f"/plan#r{gpt}"})
    card = page.text[page.text.index(f'id="r{gpt}"'):]
    card = card[:card.index("</li>")]
    assert "choose a rating from 1 to 5" in card
    other = page.text[page.text.index(f'id="r{dive["gpt2"]}"'):]
    assert "form-error" not in other[:other.index("</li>")]


def test_a_rejected_resource_reopens_the_add_form_filled_in(site, uow, dive):
    page = site.post("/resources", {"source": "Some paper", "week": "9", "minutes": "45m",
                                    "by": "Ana", "why": "background", "optional": "1"})
    assert "week 9" in text_of(page) or "weeks" in text_of(page)
    form = page.text[page.text.index('<details class="panel add-resource"'):]
    form = form[:form.index("</details>")]
    assert form.startswith('<details class="panel add-resource" open')
    assert 'value="Some paper"' in form and 'value="Ana"' in form and 'value="45m"' in form
    assert 'name="optional" value="1" checked' in form
    assert "form-error" in form
    assert len(list_resources(uow)) == 4


def test_a_rejected_checkin_keeps_its_claims(site, dive):
    page = site.post("/checkins", {"with_whom": "", "note": "over coffee",
                                   "claim": ["attention is all", ""],
                                   "verdict": ["partly", ""], "correction": ["not quite", ""]})
    assert "say who the check-in was with" in text_of(page)
    assert "--with" not in text_of(page)
    assert 'value="over coffee"' in page.text and 'value="attention is all"' in page.text
    assert "<option selected>partly</option>" in page.text
    assert 'value="not quite"' in page.text


def test_a_rejected_retro_comes_back_on_its_own_week(site, dive):
    page = site.post("/retros/week", {"week": "2", "title": "Week two", "text": " "})
    two = page.text[page.text.index('id="retro-week-2"'):]
    assert 'value="Week two"' in two[:two.index("</form>")]
    one = page.text[page.text.index('id="retro-week-1"'):]
    assert "form-error" not in one[:one.index("</form>")]


def test_an_oversized_request_is_answered_inside_the_page_or_as_json(site, uow, dive):
    huge = "x" * (5 * 1024 * 1024)
    page = site.post("/ideas", {"title": "Huge", "note": huge})
    assert page.status_code == 413
    assert 'href="/plan"' in page.text and '<nav aria-label="Main">' in page.text
    assert "the limit is 4 MB" in text_of(page)
    api = site.api("POST", "/api/ideas", {"title": "Huge", "note": huge})
    assert api.status_code == 413 and "limit is 4 MB" in api.json()["error"]
    assert list_ideas(uow) == []


def test_a_note_over_one_megabyte_of_bytes_is_refused_with_its_size(site, uow, dive):
    from deepdive.services.notes import target

    gpt = dive["gpt"]
    # 400,000 euro signs: fewer than a million characters, 1.2 MB in UTF-8
    page = site.post(f"/resources/{gpt}/note", {"text": "\u20ac" * 400_000,
                                               "back": f"/resources/{gpt}#notes-h"})
    assert "1.1 MB; a note holds at most 1 MB (counted in bytes)" in text_of(page)
    assert target(uow, str(gpt)).text == ""
    assert 'data-max-bytes="1048576"' in page.text and 'maxlength="1000000"' not in page.text
    assert "\u20ac" * 1000 in page.text  # what was typed is back in the textarea
