"""One function over many items, on every core.

Workers are forked, so they inherit the items and whatever the function refers to instead
of receiving them pickled; only the results travel back. Where fork does not exist, or the
work is too small to pay for starting workers, the items are done in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

PARALLEL_MIN = 64  # below this many items, forking workers costs more than it saves
STEP = 32  # items per task: small enough to balance the cores, large enough to batch results

T = TypeVar("T")
R = TypeVar("R")
M = TypeVar("M")

_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None  # what the forked workers inherit


def cores() -> int:
    """The cores this process may run on (fewer than the machine's under an affinity mask)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _work is not None
    function, items = _work
    return [function(items[i]) for i in range(*bounds)]


def fork_map(
    function: Callable[[T], R], items: Sequence[T], jobs: int, meanwhile: Callable[[], M] | None = None
) -> tuple[list[R], M | None]:
    """([function(item) for item in items], meanwhile()), with the items spread over `jobs`
    forked workers while this process runs `meanwhile`."""
    global _work
    if jobs < 2 or len(items) < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        results = [function(item) for item in items]
        return results, meanwhile() if meanwhile else None
    ranges = [(start, min(start + STEP, len(items))) for start in range(0, len(items), STEP)]
    _work = (function, items)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            pending = pool.map_async(_run, ranges, chunksize=1)
            extra = meanwhile() if meanwhile else None
            chunks = pending.get()
    finally:
        _work = None
    return [result for chunk in chunks for result in chunk], extra
