"""One function over many items, on every core.

Workers are forked, so they inherit the items and whatever the function refers to instead
of receiving them pickled; only the results travel back. Where fork does not exist, or the
work is too small to pay for starting workers, the items are done in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

PARALLEL_MIN = 64  # below this many items, forking workers costs more than it saves
STEP = 32  # items per task: small enough to balance the cores, large enough to batch results

T = TypeVar("T")
R = TypeVar("R")

_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None  # in a worker: what it runs (_begin)


def cores() -> int:
    """The cores this process may run on (fewer than the machine's under an affinity mask)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _work is not None
    function, items = _work
    return [function(items[i]) for i in range(*bounds)]


def spreads(count: int, jobs: int) -> bool:
    """Whether fork_iter spreads `count` items over forked workers; else it runs them here, in order."""
    return jobs >= 2 and count >= PARALLEL_MIN and "fork" in multiprocessing.get_all_start_methods()


def fork_map(function: Callable[[T], R], items: Sequence[T], jobs: int) -> list[R]:
    """[function(item) for item in items], the items spread over `jobs` forked workers."""
    return list(fork_iter(function, items, jobs))


def fork_iter(
    function: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    start: Callable[[], None] | None = None,
) -> Iterator[R]:
    """function(item) for each item, in order, made by `jobs` forked workers while the caller
    consumes them: the caller never holds all the results. `start` runs first in each worker, and
    must not fail: a pool forks a worker again for each one that ends that way."""
    if not spreads(len(items), jobs):
        yield from (function(item) for item in items)
        return
    ranges = [(first, min(first + STEP, len(items))) for first in range(0, len(items), STEP)]
    with _pool(function, items, jobs, start) as pool:
        for chunk in pool.imap(_run, ranges, chunksize=1):
            yield from chunk


def in_child(function: Callable[[], R], fork: bool = True) -> R:
    """function(), run in a forked child when `fork` and the system can: what it allocates on
    the way (a large site's page contexts) goes back to the system when the child ends instead
    of staying in this process's heap, which every worker forked later would share. Only the
    result travels back, pickled."""
    return in_background(function)() if fork else function()


def in_background(function: Callable[[], R]) -> Callable[[], R]:
    """function() started now in a forked child, while this process goes on; the call returned
    waits for its result. (Where fork does not exist, the call returned runs it.)"""
    if "fork" not in multiprocessing.get_all_start_methods():
        return function
    pool = _pool(lambda _: function(), [None], 1)
    pending = pool.apply_async(_run, ((0, 1),))

    def result() -> R:
        try:
            return pending.get()[0]
        finally:
            pool.terminate()

    return result


def _pool(
    function: Callable[[Any], Any],
    items: Sequence[Any],
    jobs: int,
    start: Callable[[], None] | None = None,
) -> multiprocessing.pool.Pool:
    """`jobs` workers forked with (function, items) to run (_run), `start` first. The pool hands
    its workers their arguments as they are forked, never pickled."""
    # Ctrl-C between a fork and _begin would interrupt the new worker inside the fork's own
    # handlers, which prints "Exception ignored in … _releaseLock" and a traceback: it is held
    # back while the workers are made (they inherit the block, and _begin lifts it once they
    # ignore it), then reaches this process alone.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return multiprocessing.get_context("fork").Pool(jobs, _begin, (function, items, start))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _begin(function: Callable[[Any], Any], items: Sequence[Any], start: Callable[[], None] | None) -> None:
    global _work
    _work = (function, items)
    # Ctrl-C reaches every process of the terminal's group: it is the parent's to handle (a
    # worker it killed would leave the parent waiting, and print a traceback of its own).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if start is not None:
        start()
