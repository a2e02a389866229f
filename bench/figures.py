"""What the benchmarks print their timings with."""


def percentile(values: list[float], fraction: float) -> float:
    """The value at `fraction` (0.5 = median) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]
