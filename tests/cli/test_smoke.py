"""A dive from the terminal, end to end, as the story's first week went."""

import json


def test_a_first_week_from_new_to_status(run):
    run.ok("new", "Transformers and GPT-3", "--start", "2021-04-08", "--weeks", "4",
           "--daily", "60m", "--slot", "13:00-14:00", now="2021-04-07T20:00")
    run.ok("week", "1", "Study transformers")
    run.ok("add", "Attention Is All You Need", "--week", "1", "--kind", "paper",
           "--minutes", "90")
    run.ok("log", "55m", "1", "--at", "2021-04-15 13:00", "--mood", "4", now="2021-04-15T14:30")
    status = json.loads(run.ok("status", "--json", now="2021-04-15T14:30").output)
    assert status["day"] == 8
    assert status["week"] == 2
    assert status["today_minutes"] == 55
    assert status["slot_kept"] is True
