"""The JSON API: the same operations as the pages, the same keys as `--json`."""

from tests.web.conftest import text_of


def test_openapi_document_lists_the_operations(site):
    paths = site.get("/openapi.json").json()["paths"]
    for path in ("/api/status", "/api/resources", "/api/resources/{resource_id}/move",
                 "/api/resources/{resource_id}/mark", "/api/resources/{resource_id}/rate",
                 "/api/timer/start", "/api/timer/stop", "/api/dives", "/api/ideas"):
        assert path in paths, path
    assert site.get("/docs").status_code == 404  # its page would load scripts from a CDN


def test_a_dive_through_the_api(site, wall):
    made = site.api("POST", "/api/dives", {"title": "Transformers", "start": "2021-04-08",
                                            "weeks": 4, "daily_minutes": 60,
                                            "slot": "13:00-14:00"})
    assert made.status_code == 201 and made.json()["number"] == 1
    added = site.api("POST", "/api/resources", {"source": "The Illustrated Transformer",
                                                 "week": 1, "kind": "post", "minutes": 30})
    assert added.status_code == 201
    ref = added.json()["id"]
    assert site.api("POST", f"/api/resources/{ref}/move", {"week": 2}).json()["week"] == 2
    assert site.api("POST", f"/api/resources/{ref}/mark",
                    {"status": "reading"}).json()["status"] == "reading"
    rated = site.api("POST", f"/api/resources/{ref}/rate", {"score": 5, "why": "clear"}).json()
    assert rated["rating"] == 5 and rated["ratings"][0]["reason"] == "clear"
    listed = site.get("/api/resources?week=2").json()
    assert [r["title"] for r in listed] == ["The Illustrated Transformer"]
    assert {"id", "title", "kind", "week", "status", "rating", "url"} <= set(listed[0])
    started = site.api("POST", "/api/timer/start", {"resource": str(ref)})
    assert started.status_code == 201
    assert started.json()["resource"] == "The Illustrated Transformer"
    wall.advance(minutes=30)
    stopped = site.api("POST", "/api/timer/stop", {"mood": 4})
    assert stopped.json()["minutes"] == 30
    one = site.get(f"/api/resources/{ref}").json()
    assert one["sessions"][0]["minutes"] == 30
    status = site.get("/api/status").json()
    assert status["today_minutes"] == 30 and status["week"] == 2
    assert [d["title"] for d in site.get("/api/dives").json()] == ["Transformers"]
    assert site.api("POST", "/api/dives/1/use").json()["number"] == 1


def test_ideas_through_the_api(site):
    assert site.api("POST", "/api/ideas", {"title": "RLHF"}).status_code == 201
    assert [i["title"] for i in site.get("/api/ideas").json()] == ["RLHF"]


def test_api_errors_are_json_with_a_fitting_status(site, dive):
    bad = site.api("POST", f"/api/resources/{dive['gpt']}/rate", {"score": 9})
    assert bad.status_code == 400 and "outside 1 to 5" in bad.json()["error"]
    missing = site.api("POST", "/api/resources/999/mark", {"status": "done"})
    assert missing.status_code == 404 and missing.json() == {"error": "no resource #999 here"}
    assert site.api("POST", "/api/timer/stop", {}).status_code == 409
    malformed = site.api("POST", f"/api/resources/{dive['gpt']}/rate", {"score": "abc"})
    assert malformed.status_code == 422 and "score" in malformed.json()["error"]
    assert site.get("/api/status", headers={"Host": "evil.example"}).status_code == 400


def test_no_dive_yet_is_a_404_with_the_way_forward(site):
    answer = site.get("/api/status")
    assert answer.status_code == 404
    assert "deepdive new" in answer.json()["error"]


def test_the_csrf_endpoint_gives_the_cookies_token(site):
    token = site.get("/api/csrf").json()["token"]
    assert token == site.client.cookies["deepdive_csrf"]
    assert "Transformers" not in text_of(site.get("/api/csrf"))
