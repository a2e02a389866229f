"""What the benchmarks time with and print their timings with."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

Item = TypeVar("Item")


def percentile(values: list[float], fraction: float) -> float:
    """The value at `fraction` (0.5 = median) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def seconds_in_threads(work: Callable[[list[Item]], None], items: list[Item], threads: int) -> float:
    """`work` on a share of `items` in each of `threads` threads at once (item n to thread
    n % threads): the wall-clock seconds until the last is done."""
    running = [threading.Thread(target=work, args=(items[n::threads],)) for n in range(threads)]
    started = time.perf_counter()
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    return time.perf_counter() - started
