"""bench/web: p50 and p99 of the Today, Plan and Resource pages for a dive of 1,000 resources,
from an httpx client on loopback against a real uvicorn server (budget: p50 under 30 ms).

    python bench/web.py [--requests 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx
import uvicorn

from bench.workspace import build
from deepdive.clock import fixed_clock
from deepdive.config import load_config
from deepdive.storage.engine import open_engine
from deepdive.storage.tables import ratings
from deepdive.web.app import create_app

BUDGET_P50_MS = 30.0
RESOURCES = 1000
RATED = 300  # about a third of the plan rated, some of them twice (a changed mind)


def workspace(folder: Path) -> tuple[str, datetime]:
    """One active dive of 1,000 resources over 4 weeks and 1,000 sessions, plus ratings."""
    url, start = build(folder / "web.sqlite", n_dives=1, per_dive=RESOURCES,
                       sessions_per_dive=1000)
    first = datetime(start.year, start.month, start.day, tzinfo=UTC)
    engine = open_engine(url)
    with engine.begin() as db:
        db.execute(ratings.insert(), [
            {"dive_id": 1, "resource_id": r, "score": 1 + r % 5, "reason": "",
             "at": first + timedelta(days=r % 20, minutes=n)}
            for r in range(1, RATED + 1) for n in range(1 + r % 2)])
    engine.dispose()
    return url, first + timedelta(days=20, hours=13, minutes=20)


def serve(url: str, now: datetime) -> tuple[uvicorn.Server, threading.Thread, str]:
    """uvicorn binds port 0 itself: its own listening socket sets TCP_NODELAY on connections
    (a socket passed in does not, and Nagle's algorithm then adds 40 ms to small answers)."""
    app = create_app(load_config(url), fixed_clock(now))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, thread, f"http://127.0.0.1:{port}"


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, now = workspace(Path(tmp))
        server, thread, base = serve(url, now)
        pages = {"today": "/", "plan": "/plan", "resource": f"/resources/{RESOURCES // 2}"}
        with httpx.Client(base_url=base) as client:
            for path in pages.values():  # warm up: connections, caches, templates
                for _ in range(5):
                    client.get(path).raise_for_status()
            times: dict[str, list[float]] = {name: [] for name in pages}
            for _ in range(args.requests):  # interleaved, so drift hits every page alike
                for name, path in pages.items():
                    began = time.perf_counter()
                    client.get(path).raise_for_status()
                    times[name].append((time.perf_counter() - began) * 1000)
        server.should_exit = True
        thread.join()
    for name, samples in times.items():
        p50, p99 = statistics.median(samples), percentile(samples, 0.99)
        verdict = "ok" if p50 < BUDGET_P50_MS else "OVER BUDGET"
        print(f"{name}: p50 {p50:.1f} ms, p99 {p99:.1f} ms "
              f"(budget p50 < {BUDGET_P50_MS:.0f} ms) {verdict}")


if __name__ == "__main__":
    main()
