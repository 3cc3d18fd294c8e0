"""Many articles at once: order-preserving and lazy, on one or several processes.

Several processes use ``multiprocessing`` with the ``forkserver`` start method where there is one
(Linux, macOS) and ``spawn`` elsewhere: both are safe with threads and pickle everything a worker
gets. The fork server imports this package once, so a worker starts in a fraction of a second.
A caller that owns its process (the ``attribution batch`` command) may ask for ``fork`` instead:
used on Linux when the process has a single thread, it starts workers at once, with everything
already imported. Each worker process builds its pipeline once: the default
``spacy.blank("en")`` or an unpickled copy of the caller's ``nlp``. Input is read in
chunks of ``batch_size`` with at most two chunks per process in flight, so memory stays bounded
however long the input is, and results come back in input order.
"""

from __future__ import annotations

import collections
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
    if fork and sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["attribution._parallel"])
    return context


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
) -> Generator[_Out, None, None]:
    """``func(chunk, nlp, shared)`` for each chunk, in input order, on ``n_process`` processes.

    ``func`` must be a module-level function (it is pickled by reference); ``nlp`` and
    ``shared`` go to each worker once, when it starts. At most ``2 * n_process`` chunks are read
    ahead of what has been yielded. Closing the generator early stops the workers. ``fork``
    asks for the ``fork`` start method where it is safe (see :func:`_context`).
    """
    payload = None if nlp is None else pickle.dumps(nlp)
    pool = ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=_context(fork=fork),
        initializer=_init_worker,
        initargs=(payload, shared),
    )
    pending: collections.deque[Future[_Out]] = collections.deque()
    window = 2 * n_process
    finished = False
    try:
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, func, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    finally:
        # On an error or an early close, do not wait for work nobody will read.
        pool.shutdown(wait=finished, cancel_futures=not finished)


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
) -> Generator[_Out, None, None]:
    """``func(item, nlp)`` for each item, in input order, on ``n_process`` worker processes.

    ``func`` must be a module-level function (it is pickled by reference). At most
    ``2 * n_process`` chunks of ``batch_size`` items are read ahead of what has been yielded.
    Closing the generator early stops the workers.
    """
    chunks = chunked(items, batch_size)
    done = map_chunks(_each, chunks, n_process=n_process, nlp=nlp, shared=func)
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
    batch_size: int = 64,
) -> Iterator[Article]:
    """Parse ``texts`` lazily, yielding one Article per item in input order.

    An item is a text, or a ``(text, published)`` pair to give each article its own
    publication date; ``published`` is the date for plain texts. ``n_process`` > 1 parses on that
    many processes (-1: one per CPU), each building its pipeline once; call it under
    ``if __name__ == "__main__":`` in a script, as ``multiprocessing`` requires. An invalid item
    raises the same error as :func:`attribution.parse` when it is reached.

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
    yield from map_ordered(_parse_job, jobs, n_process=processes, batch_size=batch_size, nlp=nlp)
