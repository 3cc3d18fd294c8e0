"""Many articles at once: order-preserving and lazy, on one or several processes.

Several processes use ``multiprocessing``. On Linux, from a process that runs a single thread
(C libraries' threads included), workers are started with ``fork``: at once, with everything
already imported, and safely, since no other thread can hold a lock the child would inherit.
Otherwise they use the ``forkserver`` start method where there is one (Linux, macOS) and
``spawn`` elsewhere: both are safe with threads and pickle everything a worker gets; the fork
server imports this package once, so a worker starts in a fraction of a second. Each worker
process builds its pipeline once: the default one or an unpickled copy of the caller's ``nlp``.
Input is read in chunks of ``batch_size`` with at most two chunks per process in flight, so
memory stays bounded however long the input is, and results come back in input order.
``parse_many`` counts the calling process as one of its processes: it parses chunks too, since
collecting the workers' Articles leaves it idle most of the time, and an idle third process on
two cores still takes CPU time from the workers.
"""

from __future__ import annotations

import collections
import concurrent.futures
import multiprocessing
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from attribution._api import DateLike, check_text, coerce_date, parse
from attribution._errors import AttributionTypeError, AttributionValueError

if TYPE_CHECKING:
    import datetime as dt

    from spacy.language import Language

    from attribution._results import Article

__all__ = ["chunked", "map_chunks", "map_ordered", "parse_many", "resolve_processes"]

_In = TypeVar("_In")
_Out = TypeVar("_Out")
_Shared = TypeVar("_Shared")

# A job for one article: its checked text and its checked publication date.
_Job = tuple[str, "dt.date | dt.datetime | None"]

# The pipeline of this worker process (None: the shared default) and the caller's shared
# value, set once by _init_worker.
_worker_nlp: Language | None = None
_worker_shared: Any = None


def resolve_processes(n_process: object) -> int:
    """The number of processes for ``n_process`` (-1 means one per CPU); checks the value."""
    if isinstance(n_process, bool) or not isinstance(n_process, int):
        raise AttributionTypeError(f"n_process must be an int, not {type(n_process).__name__}")
    if n_process == -1:
        return os.cpu_count() or 1
    if n_process < 1:
        raise AttributionValueError(f"n_process must be >= 1 or -1 (one per CPU), not {n_process}")
    return n_process


def _context(*, fork: bool = False) -> multiprocessing.context.BaseContext:
    """``forkserver`` (with this package imported in the server) where there is one, else spawn.

    With ``fork``, plain ``fork`` when it is safe: on Linux (macOS system libraries do not
    survive it) and from a process with a single thread (a fork copies no other thread, so a
    lock another thread held would stay locked in the child).
    """
    methods = multiprocessing.get_all_start_methods()
    if fork and sys.platform == "linux" and "fork" in methods and _single_threaded():
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["attribution._parallel"])
    return context


def _single_threaded() -> bool:
    """Whether this process runs one thread, counting those that C libraries start (Linux)."""
    try:
        threads = len(os.listdir("/proc/self/task"))
    except OSError:  # no /proc: Python's own threads only
        threads = 1
    return threads == 1 and threading.active_count() == 1


def _init_worker(payload: bytes | None, shared: object) -> None:
    global _worker_nlp, _worker_shared
    # Ctrl-C reaches the whole process group: the parent stops the pool, workers just go.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's SIGTERM handler; a worker just ends on SIGTERM.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_nlp = None if payload is None else pickle.loads(payload)
    _worker_shared = shared


def _run_chunk(func: Callable[[list[_In], Language | None, Any], _Out], chunk: list[_In]) -> _Out:
    return func(chunk, _worker_nlp, _worker_shared)


def chunked(items: Iterable[_In], size: int) -> Iterator[list[_In]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    chunk: list[_In] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def map_chunks(
    func: Callable[[list[_In], Language | None, _Shared], _Out],
    chunks: Iterable[list[_In]],
    *,
    n_process: int,
    nlp: Language | None = None,
    shared: _Shared,
    fork: bool = False,
    in_parent: bool = False,
) -> Generator[_Out, None, None]:
    """``func(chunk, nlp, shared)`` for each chunk, in input order, on ``n_process`` processes.

    ``func`` must be a module-level function (it is pickled by reference); ``nlp`` and
    ``shared`` go to each worker once, when it starts. At most ``2 * n_process`` chunks are read
    ahead of what has been yielded. Closing the generator early stops the workers. ``fork``
    asks for the ``fork`` start method where it is safe (see :func:`_context`).

    With ``in_parent``, this process is one of the ``n_process``: it starts ``n_process - 1``
    workers and runs the next chunk itself while they start and whenever each of them has two
    chunks queued (and no result is due). Without, it starts ``n_process`` workers and only
    collects: better when what it does with each result costs about as much as making it.
    """
    workers = n_process - 1 if in_parent else n_process
    if workers < 1:
        for chunk in chunks:
            yield func(chunk, nlp, shared)
        return
    payload = None if nlp is None else pickle.dumps(nlp)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_context(fork=fork),
        initializer=_init_worker,
        initargs=(payload, shared),
    )
    # With in_parent, this process runs chunks itself until a worker has started (a fork server
    # may take half a second), then whenever the workers have two chunks each.
    started = pool.submit(_nothing) if in_parent else None
    ahead = iter(chunks)
    pending: collections.deque[Future[_Out]] = collections.deque()  # in input order
    queued: list[Future[_Out]] = []  # sent to the pool, maybe not done
    window = 2 * n_process
    exhausted = finished = False
    try:
        while True:
            while pending and pending[0].done():
                yield pending.popleft().result()
            if exhausted or len(pending) >= window:
                if not pending:
                    break
                concurrent.futures.wait([pending[0]])  # the next result is due: wait for it
                continue
            try:
                chunk = next(ahead)
            except StopIteration:
                exhausted = True
                continue
            queued = [future for future in queued if not future.done()]
            if started is not None and (not started.done() or len(queued) >= 2 * workers):
                pending.append(_run_here(func, chunk, nlp, shared))
            else:
                queued.append(pool.submit(_run_chunk, func, chunk))
                pending.append(queued[-1])
        finished = True
    finally:
        # On an error or an early close, do not wait for work nobody will read.
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _nothing() -> None:
    """The first task of a pool: when it is done, a worker has started."""


def _run_here(
    func: Callable[[list[_In], Language | None, _Shared], _Out],
    chunk: list[_In],
    nlp: Language | None,
    shared: _Shared,
) -> Future[_Out]:
    """``func(chunk, nlp, shared)`` run in this process, as a done future: an error in it is
    raised when its chunk's turn comes, after the results of the chunks before it."""
    future: Future[_Out] = Future()
    try:
        future.set_result(func(chunk, nlp, shared))
    except Exception as exc:
        future.set_exception(exc)
    return future


def _each(
    chunk: list[_In], nlp: Language | None, func: Callable[[_In, Language | None], _Out]
) -> list[_Out]:
    return [func(item, nlp) for item in chunk]


def map_ordered(
    func: Callable[[_In, Language | None], _Out],
    items: Iterable[_In],
    *,
    n_process: int,
    batch_size: int,
    nlp: Language | None = None,
    fork: bool = False,
    in_parent: bool = False,
) -> Generator[_Out, None, None]:
    """``func(item, nlp)`` for each item, in input order, on ``n_process`` processes.

    ``func`` must be a module-level function (it is pickled by reference). At most
    ``2 * n_process`` chunks of ``batch_size`` items are read ahead of what has been yielded.
    Closing the generator early stops the workers. ``fork`` and ``in_parent``: see
    :func:`map_chunks`.
    """
    chunks = chunked(items, batch_size)
    done = map_chunks(
        _each, chunks, n_process=n_process, nlp=nlp, shared=func, fork=fork, in_parent=in_parent
    )
    try:
        for results in done:
            yield from results
    finally:
        done.close()  # stops the workers at once when this generator is closed early


def _job(item: object, published: dt.date | dt.datetime | None) -> _Job:
    """Check one input item: a text, or a ``(text, published)`` pair."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise AttributionTypeError(
                f"an item of texts must be a str or a (text, published) pair, not a "
                f"{len(item)}-tuple"
            )
        return check_text(item[0]), coerce_date(item[1])
    return check_text(item), published


def _parse_job(job: _Job, nlp: Language | None) -> Article:
    return parse(job[0], published=job[1], nlp=nlp)


def parse_many(
    texts: Iterable[str | tuple[str, DateLike | None]],
    *,
    published: DateLike | None = None,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Article]:
    """Parse ``texts`` lazily, yielding one Article per item in input order.

    An item is a text, or a ``(text, published)`` pair to give each article its own
    publication date; ``published`` is the date for plain texts. ``n_process`` > 1 parses on that
    many processes in all (-1: one per CPU), this one included: it starts ``n_process - 1``
    workers, each building its pipeline once, and parses chunks itself while they work ahead;
    call it under ``if __name__ == "__main__":`` in a script, as ``multiprocessing`` requires.
    ``batch_size`` texts go to a process at a time: small, so that at the end of the input no
    process waits long for another to finish its last chunks. An invalid item raises the same
    error as :func:`attribution.parse` when it is reached.

    >>> [len(a.quotes) for a in parse_many(['“Yes,” Ana Ruiz said.', ('No.', '2016-03-08')])]
    [1, 0]
    """
    if isinstance(texts, (str, bytes)):
        raise AttributionTypeError(
            "texts must be an iterable of texts, not a single text: use attribution.parse"
        )
    processes = resolve_processes(n_process)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise AttributionValueError(f"batch_size must be a positive int, not {batch_size!r}")
    default = coerce_date(published)
    return _parse_many(texts, default, nlp, processes, batch_size)


def _parse_many(
    texts: Iterable[Any],
    default: dt.date | dt.datetime | None,
    nlp: Language | None,
    processes: int,
    batch_size: int,
) -> Iterator[Article]:
    # A separate generator, so that parse_many checks its arguments when called, not when iterated.
    jobs = (_job(item, default) for item in texts)
    if processes == 1:
        for text, date in jobs:
            yield parse(text, published=date, nlp=nlp)
        return
    # This process parses too (n_process processes in all), and forks its workers where that
    # is safe: they start at once, with everything already imported.
    yield from map_ordered(
        _parse_job,
        jobs,
        n_process=processes,
        batch_size=batch_size,
        nlp=nlp,
        fork=True,
        in_parent=True,
    )
