"""Build the story's dive through the CLI, so tests read like a user's day."""

import json

WEEK_ONE_EVE = "2021-04-07T20:00"


def new_dive(run, title="Transformers and GPT-3", **extra):
    args = ["new", title, "--start", "2021-04-08", "--weeks", "4", "--daily", "60m",
            "--slot", "13:00-14:00", "--why", "GPT-3 keeps coming up", "--goal",
            "Explain attention to a friend"]
    for key, value in extra.items():
        args += [f"--{key}", value]
    return run.ok(*args, now=WEEK_ONE_EVE)


def planned_dive(run):
    new_dive(run)
    run.ok("week", "1", "Study transformers", now=WEEK_ONE_EVE)
    run.ok("week", "2", "Study the GPT family", "--backup", "read the history instead",
           now=WEEK_ONE_EVE)
    run.ok("add", "Attention Is All You Need", "--week", "1", "--kind", "paper",
           "--minutes", "1h30", "--by", "everyone", now=WEEK_ONE_EVE)
    run.ok("add", "The Illustrated Transformer", "--week", "1", now=WEEK_ONE_EVE)
    run.ok("add", "Language Models are Unsupervised Multitask Learners", "--week", "2",
           "--kind", "paper", "--minutes", "96", now=WEEK_ONE_EVE)


def as_json(run, *args, now=None):
    return json.loads(run.ok(*args, "--json", now=now).output)
