"""bench/startup: the everyday commands against their anchors, interleaved in one run.

    python bench/startup.py [--rounds 21]

- `deepdive prompt` against `python -I -c "import sqlite3"` (budget: at most 3x)
- `deepdive status`, `log`, `start` and `stop` against `watson status` (at most 3x),
  on a workspace of 50 dives, 5,000 resources and 50,000 sessions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.rounds import interleaved_medians
from bench.workspace import build

BIN = Path(sys.executable).parent


def timed(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - began) * 1000


def watson_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ, WATSON_DIR=str(folder))
    watson = shutil.which("watson", path=str(BIN)) or "watson"
    subprocess.run([watson, "start", "deepdive", "+bench"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    return env


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=21)
    rounds = parser.parse_args().rounds
    deepdive = str(BIN / "deepdive")
    watson = shutil.which("watson", path=str(BIN))
    if watson is None:
        sys.exit("watson is missing: pip install -e '.[bench]'")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("building a workspace of 50 dives, 5,000 resources, 50,000 sessions ...",
              file=sys.stderr)
        url, start = build(folder / "ws.sqlite")
        now = f"{start.isoformat()}T23:59"
        env = dict(os.environ, DEEPDIVE_DATABASE_URL=url, DEEPDIVE_NOW=now, DEEPDIVE_TZ="UTC")
        env_w = watson_env(folder / "watson")
        logs = iter(range(10_000))

        def log() -> float:
            # The generated sessions start every 38 minutes and last 30: a minute logged
            # 31 minutes after one of them falls in a free gap of the current dive's day 1.
            gap = next(logs)
            at = datetime.combine(start, datetime.min.time()) + timedelta(minutes=38 * gap + 31)
            return timed([deepdive, "log", "1m", "--at", f"{at:%Y-%m-%d %H:%M}", "--dive", "50"],
                         env)

        cases: dict[str, Callable[[], float]] = {
            "sqlite import": lambda: timed([sys.executable, "-I", "-c", "import sqlite3"], env),
            "deepdive prompt": lambda: timed([deepdive, "prompt"], env),
            "watson status": lambda: timed([watson, "status"], env_w),
            "deepdive status": lambda: timed([deepdive, "status"], env),
            "deepdive log": log,
            "deepdive start": lambda: timed([deepdive, "start", "--dive", "50"], env),
            "deepdive stop": lambda: timed([deepdive, "stop"], env),
        }
        median = interleaved_medians(cases, rounds)
    for ours, anchor, budget in [
        ("deepdive prompt", "sqlite import", 3.0),
        ("deepdive status", "watson status", 3.0),
        ("deepdive log", "watson status", 3.0),
        ("deepdive start", "watson status", 3.0),
        ("deepdive stop", "watson status", 3.0),
    ]:
        ratio = median[ours] / median[anchor]
        verdict = "within" if ratio <= budget else "OVER"
        print(f"{ours}: {median[ours]:.1f} ms / {anchor} {median[anchor]:.1f} ms = "
              f"{ratio:.2f}x ({verdict} the {budget:.0f}x budget)")


if __name__ == "__main__":
    main()
