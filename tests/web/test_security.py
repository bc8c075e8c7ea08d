"""A local app still faces the browser's whole web: other sites posting forms, DNS rebinding,
hostile text in notes and titles."""

from datetime import UTC, datetime

from click.testing import CliRunner

from deepdive.cli.web import web as web_command
from deepdive.domain.note import Note
from deepdive.services.ideas import list_ideas
from deepdive.web.app import DEFAULT_HOST
from tests.web.conftest import text_of


def test_the_app_binds_loopback_by_default():
    assert DEFAULT_HOST == "127.0.0.1"
    host = next(p for p in web_command.params if p.name == "host")
    assert host.default == "127.0.0.1"
    assert "127.0.0.1" in CliRunner().invoke(web_command, ["--help"]).output


def test_a_request_naming_another_host_is_refused(site, dive):
    refused = site.get("/", headers={"Host": "evil.example"})
    assert refused.status_code == 400
    assert "evil.example" in refused.text and "Transformers" not in refused.text
    assert site.get("/api/status", headers={"Host": "evil.example:8000"}).status_code == 400
    assert site.get("/", headers={"Host": "localhost:8000"}).status_code == 200
    assert site.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_a_cross_site_post_without_the_token_fails_and_saves_nothing(site, uow, dive):
    site.get("/dives")
    refused = site.post("/ideas", {"title": "Posted from elsewhere"}, csrf=False)
    assert refused.status_code == 403
    assert "CSRF" in refused.text
    wrong = site.post("/ideas", {"title": "Posted from elsewhere", "csrf": "guessed"}, csrf=False)
    assert wrong.status_code == 403
    assert list_ideas(uow) == []


def test_a_post_from_a_browser_without_our_cookie_fails(site, db_url, dive):
    """Another site's page sends no cookie of ours (SameSite=Strict): even a token it made up
    in both places does not help, because the cookie is missing."""
    site.client.cookies.clear()
    refused = site.client.post("/ideas", data={"title": "x", "csrf": "made-up"})
    assert refused.status_code == 403


def test_the_api_needs_the_token_header(site, uow, dive):
    assert site.client.post("/api/ideas", json={"title": "No header"}).status_code == 403
    assert site.api("POST", "/api/ideas", {"title": "With header"}).status_code == 201
    assert [i.title for i in list_ideas(uow)] == ["With header"]


def test_every_answer_carries_the_content_security_policy(site, dive):
    for path in ("/", "/plan", "/dives", "/static/app.css", "/api/status", "/nowhere"):
        policy = site.get(path).headers["content-security-policy"]
        assert policy.startswith("default-src 'self'")


def test_pages_have_no_inline_script_and_load_nothing_from_elsewhere(site, dive):
    for path in ("/", "/plan", f"/resources/{dive['gpt']}", "/dives"):
        page = site.get(path).text
        scripts = page.replace('<script src="/static/app.js" defer></script>', "")
        assert "<script" not in scripts
        assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
        assert "https://" not in page
        assert ' style="' not in page and " onclick=" not in page


def test_user_text_is_escaped(site, dive):
    site.post("/ideas", {"title": "<img src=x onerror=alert(1)>", "note": "<b>bold?</b>"})
    page = site.get("/dives").text
    assert "<img src=x" not in page and "<b>bold?</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_note_holding_script_renders_inert(site, uow, dive):
    now = datetime(2021, 4, 15, tzinfo=UTC)
    hostile = ("# Reading notes\n\n<script>alert('owned')</script>\n\n"
               "[click me](javascript:alert(1)) and <img src=x onerror=alert(2)>\n\n*fine*")
    with uow:
        uow.notes.add(Note(1, hostile, now, now, resource_id=dive["gpt"]))
        uow.commit()
    page = site.get(f"/resources/{dive['gpt']}").text
    assert "<script>alert" not in page
    assert 'href="javascript:' not in page
    assert "<img" not in page
    # the page has one h1 (its title): a note's headings come under the Notes h2
    assert "<h3>Reading notes</h3>" in page and "<em>fine</em>" in page
    assert page.count("<h1") == 1
    assert "&lt;script&gt;" in page  # shown as text, so the user sees what they wrote


def test_a_resource_url_that_is_not_a_web_link_is_not_a_link(site, uow, dive):
    with uow:
        entry = next(e for e in uow.resources.entries(1) if e.id == dive["gpt"])
        entry.resource.url = "javascript:alert(1)"
        uow.resources.update(entry.resource)
        uow.commit()
    page = site.get(f"/resources/{dive['gpt']}").text
    assert 'href="javascript:' not in page
    assert "javascript:alert(1)" in text_of(site.get(f"/resources/{dive['gpt']}"))


def test_a_10_mb_note_is_refused_with_a_message(site, uow, dive):
    huge = "x" * (10 * 1024 * 1024)
    refused = site.post("/ideas", {"title": "Huge", "note": huge})
    assert refused.status_code == 413
    assert "10.0 MB" in text_of(refused) and "limit is 4 MB" in text_of(refused)
    # inside the app's own page, with its navigation
    assert 'aria-current' not in refused.text and 'href="/plan"' in refused.text
    assert list_ideas(uow) == []


def test_a_streamed_body_without_length_is_cut_off_too(site, dive):
    def chunks():
        for _ in range(11):
            yield b"x" * (1024 * 1024)

    refused = site.client.post(
        "/api/ideas", content=chunks(),
        headers={"X-CSRF-Token": site.token, "Content-Type": "application/json"},
    )
    assert refused.status_code == 413


def test_redirects_after_a_form_stay_inside_the_app(site, dive):
    answer = site.post("/ideas", {"title": "Elsewhere", "back": "//evil.example/x"},
                       follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/"


def test_the_new_pages_forms_need_the_token_too(site, uow, wall, dive):
    from deepdive.services.cards import add_card
    from deepdive.services.experiments import list_experiments

    (card,) = add_card(uow, wall, "Q?", "A.")
    for path, form in ((f"/review/{card.id}/answer", {"answer": "3"}),
                       ("/experiments", {"title": "Sorting"}),
                       (f"/resources/{dive['gpt']}/note", {"text": "n"})):
        assert site.post(path, form, csrf=False).status_code == 403, path
    assert list_experiments(uow) == []
    with uow:
        assert uow.cards.answers(1) == []


def test_every_page_is_in_the_navigation(site, dive):
    page = site.get("/")
    for href, label in (("/review", "Review"), ("/reflection", "Reflection"),
                        ("/writeup", "Write-up")):
        assert f'<a href="{href}" data-key=' in page.text and label in text_of(page)
    for path in ("/review", "/reflection", "/writeup"):
        assert site.get(path).headers["content-security-policy"].startswith("default-src 'self'")
