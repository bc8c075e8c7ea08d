"""bench/writeup: `deepdive writeup` of a 500-resource dive against its budget, in one run.

    python bench/writeup.py [--rounds 11]

DESIGN §5: "`writeup` of a dive with 500 resources: under 1 s". The workspace is built here:
an earlier dive with lessons (carried into this one as its checklist), then a 4-week dive of
500 resources (statuses, optional ones, backups with triggers, ratings that changed), about
600 sessions over the 4 weeks, and through the services a swap, experiments, explanations
with shaky spots, questions, a check-in, week and dive retros, lessons and recommendations:
every part of the post has data.

Measured, medians over the rounds, md and html taken in turns:
- `deepdive writeup` end to end (a new process: start-up, read, build, render, print);
- in process: the service reads the dive and builds the post, then the renderer lays it out.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.rounds import interleaved_medians
from deepdive import bootstrap
from deepdive.clock import Clock, fixed_clock
from deepdive.config import load_config, sqlite_url
from deepdive.domain.dive import Slot
from deepdive.services.backups import swap
from deepdive.services.checkins import ClaimInput, checkin
from deepdive.services.dives import NewDive, create_dive, finish_dive, set_week
from deepdive.services.experiments import NewExperiment, add_experiment, explain
from deepdive.services.lessons import add_lesson
from deepdive.services.ports import UnitOfWork
from deepdive.services.questions import answer, ask
from deepdive.services.recommendations import set_recommendation
from deepdive.services.retros import dive_retro, week_retro
from deepdive.services.writeup import render_writeup
from deepdive.storage.engine import open_engine
from deepdive.storage.tables import placements, ratings, resources, sessions

RESOURCES = 500
START = date(2021, 4, 8)
NOW = datetime(2021, 5, 6, 21, 0, tzinfo=UTC)  # the day after the dive's four weeks
BUDGET_MS = 1000.0
STATUSES = ["done", "done", "skimmed", "dropped", "reading", "planned"]
TRIGGERS = ["too-hard", "too-boring", "unavailable", "any"]


def at(day: date, hour: int, minute: int = 0) -> Clock:
    return fixed_clock(datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC))


def day_of(n: int) -> date:
    return START + timedelta(days=n)


def earlier_dive(uow: UnitOfWork) -> None:
    create_dive(uow, at(date(2021, 3, 1), 9),
                NewDive("Probability refresher", date(2021, 3, 1), 4, 45))
    add_lesson(uow, at(date(2021, 3, 28), 21), "Prepare a backup for every week")
    add_lesson(uow, at(date(2021, 3, 28), 21), "Plan an experiment for each week")
    add_lesson(uow, at(date(2021, 3, 28), 21), "Book the expert call in week one")
    finish_dive(uow, at(date(2021, 3, 29), 9))


def bulk(url: str, dive_id: int) -> None:
    """Resources, their placements, ratings and sessions straight through the tables."""
    created = datetime(2021, 4, 7, 20, 0)
    backups = {r for r in range(RESOURCES) if r % 10 == 9}  # one in ten held in reserve
    engine = open_engine(url)
    with engine.begin() as db:
        db.execute(resources.insert(), [
            {"id": r + 1, "title": f"Resource {r + 1}: attention, scaling and *markup* [{r}]",
             "kind": ["paper", "post", "video", "book"][r % 4],
             "url": f"https://example.org/r/{r + 1}", "authors": ["A. Author", "B. Author"],
             "year": 2017 + r % 5, "arxiv_id": "", "doi": "", "minutes": 20 + r % 90,
             "source": "", "needs_refresh": False, "created_at": created}
            for r in range(RESOURCES)])
        db.execute(placements.insert(), [
            {"dive_id": dive_id, "resource_id": r + 1,
             "week": (r - 1) % 4 + 1 if r in backups else r % 4 + 1, "position": r,
             "status": "planned" if r in backups else STATUSES[r % len(STATUSES)],
             "optional": r % 7 == 0, "recommended_by": "a friend" if r % 5 == 0 else "",
             "why": "", "status_reason": "bigger-is-better, again" if r % 6 == 3 else "",
             "backup_for": r if r in backups else None,  # the resource just before it
             "backup_trigger": TRIGGERS[r // 10 % 4] if r in backups else "any",
             "added_at": created}
            for r in range(RESOURCES)])
        rated = [r for r in range(RESOURCES) if r not in backups and r % 3 != 2]
        rows = []
        for r in rated:
            day = day_of((r % 4) * 7 + r % 7)
            rows.append({"dive_id": dive_id, "resource_id": r + 1, "score": r % 5 + 1,
                         "reason": "clear" if r % 2 else "",
                         "at": datetime.combine(day, datetime.min.time()) + timedelta(hours=14)})
            if r % 4 == 0:  # changed my mind a week later
                rows.append({"dive_id": dive_id, "resource_id": r + 1, "score": (r + 2) % 5 + 1,
                             "reason": "it grew on me",
                             "at": datetime.combine(day, datetime.min.time())
                             + timedelta(days=7, hours=9)})
        db.execute(ratings.insert(), rows)
        rows = []
        for n in range(28):
            for k in range(22):  # in the slot and around it, about 600 sessions
                begin = datetime.combine(day_of(n), datetime.min.time()) + timedelta(
                    hours=8, minutes=38 * k)
                rid = (n // 7) + 4 * ((n * 22 + k) % (RESOURCES // 4)) + 1
                rows.append({"dive_id": dive_id, "resource_id": rid,
                             "kind": ["read", "experiment", "explain", "write"][k % 4],
                             "started_at": begin, "ended_at": begin + timedelta(minutes=30),
                             "mood": k % 5 + 1, "note": "slow going" if k % 9 == 0 else ""})
        db.execute(sessions.insert(), rows)
    engine.dispose()


def reflection(uow: UnitOfWork) -> None:
    """A swap and every kind of reflection, through the services, each on its day."""
    for week, focus in enumerate(["Transformers", "The GPT family", "Practice", "Buffer"], 1):
        set_week(uow, week, focus=focus, backup="re-watch a lecture" if week % 2 else None)
    swap(uow, at(day_of(9), 20), "29", "30", "24 pages of bigger-is-better")  # #30 backs #29
    for n in range(6):
        add_experiment(uow, at(day_of(3 + 4 * n), 21), NewExperiment(
            f"Few-shot experiment {n + 1}", "five sorted examples", "sorted lists",
            "only short lists sorted", "it invents items", str(4 * n + 1)))
    for n in range(4):
        explain(uow, at(day_of(5 + 6 * n), 21), f"self-attention, take {n + 1}", "a friend",
                30, [f"where the inputs enter ({n + 1})", f"why scale by the root ({n + 1})"])
    for n in range(8):
        question = ask(uow, at(day_of(2 + 3 * n), 21), f"Why does sorting fail, part {n + 1}?",
                       "the blog authors" if n % 2 else "")
        if n % 3 != 2:
            answer(uow, at(day_of(4 + 3 * n), 21), str(question.id), "the examples locate it")
    checkin(uow, at(day_of(20), 15), "Connor", [
        ClaimInput("examples teach the task", "partly", "they mostly locate it"),
        ClaimInput("bigger is simply better", "wrong", "data matters as much"),
        ClaimInput("attention is a weighted average", "right"),
    ])
    for week in range(1, 5):
        week_retro(uow, week, f"Week {week} went *mostly* to plan; the slot held.",
                   f"Retro {week}")
    dive_retro(uow, "The month changed how I read papers.\n\nNext: practice first.")
    for text in ("Prepare a backup for every week", "Talk to an expert in week two",
                 "Drop a paper after two slow sessions"):
        add_lesson(uow, at(day_of(27), 21), text)
    for n in range(12):
        set_recommendation(uow, at(day_of(27), 21), str(4 * n + 1),
                           ["start", "then", "finally", "optional", "skip"][n % 5], n // 5 + 1,
                           "read it with the blog post beside it")


def build(path: Path) -> str:
    url = sqlite_url(path)
    uow = bootstrap.unit_of_work(load_config(url))
    earlier_dive(uow)
    dive = create_dive(uow, at(date(2021, 4, 7), 20), NewDive(
        "Transformers and GPT-3", START, 4, 60, Slot.parse("13:00-14:00"),
        why="Follow the new papers", goals=["Explain it to a friend", "Follow new papers"]))
    assert dive.id is not None
    bulk(url, dive.id)
    reflection(uow)
    return url


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=11)
    rounds = parser.parse_args().rounds
    deepdive = str(Path(sys.executable).parent / "deepdive")
    with tempfile.TemporaryDirectory() as tmp:
        print(f"building a dive of {RESOURCES} resources with its reflection ...",
              file=sys.stderr)
        url = build(Path(tmp) / "ws.sqlite")
        env = dict(os.environ, DEEPDIVE_DATABASE_URL=url,
                   DEEPDIVE_NOW=f"{NOW:%Y-%m-%dT%H:%M}", DEEPDIVE_TZ="UTC")
        config = load_config(url)
        clock = fixed_clock(NOW)

        def command(fmt: str) -> float:
            return timed(lambda: subprocess.run(
                [deepdive, "writeup", "--format", fmt], env=env, check=True,
                stdout=subprocess.DEVNULL))

        def in_process(fmt: str) -> float:
            renderer = bootstrap.writeup_renderer(fmt)
            return timed(lambda: render_writeup(bootstrap.unit_of_work(config), clock, renderer))

        post = render_writeup(bootstrap.unit_of_work(config), clock,
                              bootstrap.writeup_renderer("md"))
        for part in ("## The plan", "Backup: ", "## The reality", "## Recommendations",
                     "## Experiments", "## Explanations", "## Questions answered",
                     "## Check-ins", "## What I would do differently",
                     "Lessons from earlier dives", "## Conclusion"):
            assert part in post, f"the post has no {part!r}: the bench data is incomplete"
        cases: dict[str, Callable[[], float]] = {
            "writeup md": lambda: command("md"),
            "writeup html": lambda: command("html"),
            "in process md": lambda: in_process("md"),
            "in process html": lambda: in_process("html"),
        }
        median = interleaved_medians(cases, rounds)
    print(f"# post: {len(post.splitlines())} lines, {len(post):,} characters (md)")
    for name in cases:
        ratio = median[name] / BUDGET_MS
        verdict = "within" if ratio <= 1 else "OVER"
        print(f"{name} ({RESOURCES} resources): {median[name]:.1f} ms / budget "
              f"{BUDGET_MS:.0f} ms = {ratio:.2f} ({verdict})")


if __name__ == "__main__":
    main()
