"""Shared by the benchmarks: repeat a call and summarise its duration."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timings_ms(
    function: Callable[[], object], runs: int, warmup: int = 2
) -> tuple[float, float, float]:
    """Median, fastest and 95th percentile, in milliseconds, after ``warmup`` calls."""
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        function()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    samples.sort()
    return statistics.median(samples), samples[0], samples[max(0, int(len(samples) * 0.95) - 1)]
