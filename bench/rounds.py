"""Run benchmark cases interleaved, round after round, and take medians: load on this shared
machine then hits every case alike, so the ratios stay honest."""

from __future__ import annotations

import statistics
from collections.abc import Callable


def interleaved_medians(cases: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Each case returns its own time in ms; one warm-up call each, then `rounds` rounds."""
    for case in cases.values():  # warm the file cache once
        case()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            samples[name].append(case())
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name, value in medians.items():
        print(f"# {name}: median {value:.1f} ms over {rounds} runs")
    return medians
