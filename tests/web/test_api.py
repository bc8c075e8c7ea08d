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
    assert "/dives" in answer.json()["error"] and "deepdive" not in answer.json()["error"]


def test_the_csrf_endpoint_gives_the_cookies_token(site):
    token = site.get("/api/csrf").json()["token"]
    assert token == site.client.cookies["deepdive_csrf"]
    assert "Transformers" not in text_of(site.get("/api/csrf"))


def test_review_through_the_api(site, uow, wall, dive):
    from deepdive.services.cards import add_card

    (card,) = add_card(uow, wall, "What is BPE?", "byte-pair encoding", ref=str(dive["gpt"]))
    nothing_yet = site.get("/api/review/next").json()
    assert nothing_yet["card"]["question"] == "What is BPE?"
    assert (nothing_yet["position"], nothing_yet["total"]) == (1, 1)
    assert nothing_yet["source"].startswith("#1 Improving")
    bad = site.api("POST", "/api/review/answer", {"card_id": card.id, "answer": "5"})
    assert bad.status_code == 400 and "is not 1-4" in bad.json()["error"]
    done = site.api("POST", "/api/review/answer", {"card_id": card.id, "answer": "easy"}).json()
    assert done["rating"] == 4 and done["again_soon"] is False
    after = site.get("/api/review/next").json()
    assert after["card"] is None and after["today"] == {"reviewed": 1, "again": 0,
                                                        "retention": 1.0}
    undone = site.api("POST", "/api/review/undo", {"review_id": done["review_id"]})
    assert undone.json()["id"] == card.id
    assert site.get("/api/review/next").json()["card"]["id"] == card.id
    gone = site.api("POST", "/api/review/undo", {"review_id": done["review_id"]})
    assert gone.status_code == 404


def test_questions_experiments_and_writeup_through_the_api(site, dive):
    asked = site.api("POST", "/api/questions", {"text": "Why sqrt(d)?", "to": "Jay"})
    assert asked.status_code == 201 and asked.json()["status"] == "open"
    qid = asked.json()["id"]
    answered = site.api("POST", f"/api/questions/{qid}/answer", {"text": "variance"}).json()
    assert answered["status"] == "answered" and answered["answer"] == "variance"
    assert site.get("/api/questions?open_only=true").json() == []
    made = site.api("POST", "/api/experiments", {"title": "Sorting", "expectation": "works"})
    assert made.status_code == 201
    eid = made.json()["id"]
    edited = site.api("PUT", f"/api/experiments/{eid}", {"title": "Sorting", "result": "8 ok"})
    assert edited.json()["result"] == "8 ok"
    assert [e["title"] for e in site.get("/api/experiments").json()] == ["Sorting"]
    empty = site.api("POST", "/api/experiments", {"title": ""})
    assert empty.status_code == 400 and "needs a title" in empty.json()["error"]
    post = site.get("/api/writeup").json()
    assert post["format"] == "md" and post["text"].startswith("# Transformers and GPT-3")
    assert site.get("/api/writeup?format=html").json()["text"].lower().startswith("<!doctype")
    assert site.get("/api/writeup?format=pdf").status_code == 422


def test_the_new_operations_are_in_the_openapi_document(site):
    paths = site.get("/openapi.json").json()["paths"]
    for path in ("/api/review/next", "/api/review/answer", "/api/review/undo",
                 "/api/questions", "/api/questions/{question_id}/answer", "/api/experiments",
                 "/api/experiments/{experiment_id}", "/api/writeup"):
        assert path in paths, path
