"""One function over many items, on every core.

Workers are forked, so they inherit the items and whatever the function refers to instead
of receiving them pickled; only the results travel back. Where fork does not exist, or the
work is too small to pay for starting workers, the items are done in this process.

concurrent.futures, not multiprocessing.Pool: a Pool forks a new worker for one that dies
(the out-of-memory killer, a signal) and waits for its lost task forever, holding the build's
lock; an executor fails, and the build says so. A worker or child also ends with the process
that forked it (_end_with), however that one ends.
"""

from __future__ import annotations

import _thread
import collections
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NoReturn, TypeVar

from .errors import Problem, SiteError

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
    consumes them: the caller never holds all the results. `start` runs first in each worker (a
    worker it fails in is reported as a worker that died)."""
    if not spreads(len(items), jobs):
        yield from (function(item) for item in items)
        return
    ranges = [(first, min(first + STEP, len(items))) for first in range(0, len(items), STEP)]
    held = [_executor(function, items, jobs, start)]  # the one reference: let go with Ctrl-C held (_release)
    try:
        # Forked on the first submit (all `jobs` at once, with fork): Ctrl-C is held back then.
        pending = collections.deque(_held(lambda: [held[0].submit(_run, bounds) for bounds in ranges]))
        while pending:  # each future let go once consumed: a list of them would hold every result
            yield from pending.popleft().result()
    except BrokenProcessPool:  # a worker died, while forked or later
        _died()
    finally:
        # Done, failed, or the caller stopped early: what has not started never will.
        _held(lambda: _release(held))


def in_child(function: Callable[[], R], fork: bool = True) -> R:
    """function(), run in a forked child when `fork` and the system can: what it allocates on
    the way (a large site's page contexts) goes back to the system when the child ends instead
    of staying in this process's heap, which every worker forked later would share. Only the
    result travels back, pickled."""
    return in_background(function)() if fork else function()


def in_background(function: Callable[[], R]) -> Callable[[], R]:
    """function() started now in a forked child, while this process goes on; the call returned
    waits for its result, or raises what the function raised. (Where fork does not exist, the
    call returned runs it.) A child that dies is reported, and one still running when the wait
    is given up (Ctrl-C) is stopped."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return function
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    parent = os.getpid()

    def child() -> None:
        _end_with(parent)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (_begin)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        try:
            sent: tuple[bool, Any] = (True, function())
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            sent = (False, exc)
        sending.send(sent)

    process = context.Process(target=child)
    _held(process.start)
    sending.close()
    ends: list[Any] = [receiving, process]  # their only references: let go with Ctrl-C held (_release)
    del receiving, process

    outcome: list[tuple[bool, Any]] = []  # once received: a caller may wait again, to be sure it ended

    def result() -> R:
        if not outcome:
            try:
                outcome.append(_receive(*ends))
            except SiteError as died:
                outcome.append((False, died))
            except BaseException as stopped:  # Ctrl-C while waiting: the child is let go, and a
                outcome.append((False, stopped))  # caller waiting again is told so, not sent nowhere
                raise
            finally:
                _held(lambda: _release(ends))
        done, value = outcome[0]
        if not done:
            raise value
        return value

    return result


def _receive(receiving: multiprocessing.connection.Connection, process: multiprocessing.Process) -> tuple[bool, Any]:
    """What the child sent: (True, its result) or (False, what it raised); a child that ended
    without sending died (_died)."""
    ready = multiprocessing.connection.wait([receiving, process.sentinel])
    if receiving not in ready and not receiving.poll():
        _died()
    try:
        return receiving.recv()
    except EOFError:
        _died()


def _executor(
    function: Callable[[Any], Any],
    items: Sequence[Any],
    jobs: int,
    start: Callable[[], None] | None = None,
) -> ProcessPoolExecutor:
    """`jobs` workers to be forked with (function, items) to run (_run), `start` first. They
    get their arguments as they are forked, never pickled."""
    return ProcessPoolExecutor(jobs, multiprocessing.get_context("fork"), _begin, (function, items, start, os.getpid()))


def _release(held: list[Any]) -> None:
    """Close and let go of an executor (its workers done) or a child's pipe and process (the
    child stopped if still running). Run with Ctrl-C held (_held): their queues and pipes end in
    __del__ methods, and a KeyboardInterrupt arriving in one is printed as "Exception ignored in
    … _ConnectionBase.__del__" with a traceback, and lost."""
    while held:
        end = held.pop()
        if isinstance(end, ProcessPoolExecutor):
            end.shutdown(wait=True, cancel_futures=True)
        elif isinstance(end, multiprocessing.connection.Connection):
            end.close()
        else:
            if end.is_alive():
                end.terminate()
            end.join()
        del end  # (its __del__ and finalizers run here, Ctrl-C still held)


def keep_interrupts() -> None:
    """A Ctrl-C that lands while an object is being freed (a pipe's __del__ as a worker pool
    ends) is raised inside the finalizer, where Python prints "Exception ignored in …" and a
    traceback and drops it: the command goes on as if no key was pressed. Here such an interrupt
    is delivered again, to be raised where the command can stop on it."""

    def hook(unraisable: Any) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            # From another thread, a moment later: raised here, it would be dropped again. Sent
            # to the main thread, it waits while that thread holds Ctrl-C back (_held).
            _thread.start_new_thread(_interrupt_later, (threading.main_thread().ident,))
        else:
            sys.__unraisablehook__(unraisable)

    sys.unraisablehook = hook


def _interrupt_later(main: int) -> None:
    time.sleep(0.05)  # (the finalizer has returned by then; were it not, the hook sends it again)
    signal.pthread_kill(main, signal.SIGINT)


def _held(submit: Callable[[], T]) -> T:
    """submit(), which forks the workers, with Ctrl-C held back: between a fork and _begin it
    would interrupt the new worker inside the fork's own handlers, which prints "Exception
    ignored in … _releaseLock" and a traceback. The workers inherit the block and _begin lifts
    it once they ignore Ctrl-C; here it arrives when the forks are done."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return submit()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _died() -> NoReturn:
    """A worker killed by the system (perhaps for lack of memory) or by a signal: a problem to
    report, not a traceback or a wait without end."""
    message = "a worker process died (killed by the system, perhaps for lack of memory); nothing was written"
    raise SiteError([Problem("build", None, f"{message}; try again with fewer --jobs")]) from None


def _begin(function: Callable[[Any], Any], items: Sequence[Any], start: Callable[[], None] | None, parent: int) -> None:
    global _work
    _end_with(parent)
    _work = (function, items)
    # Ctrl-C reaches every process of the terminal's group: it is the parent's to handle (a
    # worker it killed would leave the parent waiting, and print a traceback of its own).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if start is not None:
        start()


_PR_SET_PDEATHSIG = 1  # prctl(2): the signal this process gets when the thread that forked it ends
# Loaded once here, so each forked worker inherits it instead of loading it again.
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def _end_with(parent: int) -> None:
    """End this forked process when `parent` ends, however it ends. A parent killed (SIGKILL, a
    plain `kill`, the out-of-memory killer) cannot stop its workers, and they would wait on their
    queue for good, holding the build's lock they inherited: every later build would wait too.
    Linux sends the signal asked for; elsewhere a thread looks every second."""
    if _LIBC is None or _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # it ended before we asked
        os._exit(1)


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
