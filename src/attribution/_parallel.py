"""Many articles at once: order-preserving and lazy, on one or several processes.

Several processes use ``multiprocessing``. On Linux, from a process that runs a single thread
(C libraries' threads included), workers are started with ``fork``: at once, with everything
already imported, and safely, since no other thread can hold a lock the child would inherit.
Otherwise they use the ``forkserver`` start method where there is one (Linux, macOS) and
``spawn`` elsewhere: both are safe with threads and pickle everything a worker gets; the fork
server imports this package once, so a worker starts in a fraction of a second. Each worker
process builds its pipeline once: the default one or an unpickled copy of the caller's ``nlp``.
Input is read in chunks of ``batch_size``, a bounded number of them ahead, so memory stays
bounded however long the input is, and results come back in input order.

``parse_many`` counts the calling process as one of its processes: it parses chunks too, since
collecting the workers' Articles leaves it idle most of the time, and an idle third process on
two cores still takes CPU time from the workers. It then tends its workers itself, between two
of its articles, through one pipe per worker (:func:`_map_sharing`), rather than through a
process pool, whose threads would wait for the interpreter lock behind its parse.
``attribution batch``, whose parent only moves bytes, uses a process pool (:func:`map_chunks`).
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
    here: Callable[[list[_In], Language | None, _Shared, Callable[[], None]], _Out] | None = None,
) -> Generator[_Out, None, None]:
    """``func(chunk, nlp, shared)`` for each chunk, in input order, on ``n_process`` processes.

    ``func`` must be a module-level function (it is pickled by reference); ``nlp`` and
    ``shared`` go to each worker once, when it starts. Closing the generator early stops the
    workers. ``fork`` asks for the ``fork`` start method where it is safe (see :func:`_context`).

    With ``in_parent``, this process is one of the ``n_process``: see :func:`_map_sharing`
    (and its ``here``, which only this path uses).
    Without, it starts ``n_process`` workers (a process pool) and only collects, with at most
    ``2 * n_process`` chunks read ahead of what has been yielded: better when what it does with
    each result costs about as much as making it.
    """
    workers = n_process - 1 if in_parent else n_process
    if workers < 1:
        for chunk in chunks:
            yield func(chunk, nlp, shared)
        return
    if in_parent:
        yield from _map_sharing(
            func, chunks, n_process=n_process, nlp=nlp, shared=shared, fork=fork, here=here
        )
        return
    payload = None if nlp is None else pickle.dumps(nlp)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_context(fork=fork),
        initializer=_init_worker,
        initargs=(payload, shared),
    )
    ahead = iter(chunks)
    pending: collections.deque[Future[_Out]] = collections.deque()  # in input order
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
            pending.append(pool.submit(_run_chunk, func, chunk))
        finished = True
    finally:
        # On an error or an early close, do not wait for work nobody will read.
        pool.shutdown(wait=finished, cancel_futures=not finished)


# Chunks sent to a worker ahead of its results: it starts the second as soon as it has sent
# the first one's result, without waiting for this process to finish its own chunk.
_IN_FLIGHT = 2
# Chunks read ahead of what has been yielded, per process: this process may finish its chunks
# before a worker finishes the one whose turn it is.
_AHEAD = 4


class _Worker:
    """A worker process of :func:`_map_sharing`: its pipe and the chunks it holds, in order."""

    def __init__(self, context: Any, args: tuple[Any, ...]) -> None:
        self.conn: multiprocessing.connection.Connection
        self.conn, theirs = context.Pipe()
        self.process: multiprocessing.process.BaseProcess = context.Process(
            target=_serve, args=(theirs, self.conn, *args), daemon=True
        )
        self.process.start()
        theirs.close()
        self.ready = False  # it has built its pipeline and said so
        # The chunks sent, with their numbers, until their results come back.
        self.holding: collections.deque[tuple[int, list[Any]]] = collections.deque()

    def send(self, number: int, chunk: list[Any]) -> None:
        try:
            self.conn.send_bytes(pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))
        except OSError:  # its end of the pipe is closed
            raise self.broken() from None
        self.holding.append((number, chunk))

    def broken(self) -> BrokenProcessPool:
        """The error to raise when the worker has ended unexpectedly."""
        self.process.join(timeout=5)  # to read its exit code
        return BrokenProcessPool(
            f"a worker process ended unexpectedly (exit code {self.process.exitcode})"
        )

    def receive(self, outcomes: dict[int, bytes | tuple[bool, Any]]) -> None:
        """Take in the messages that have come: each result, still pickled, under its number
        (unless this process has run that chunk too, at the end of the input)."""
        while True:
            try:
                message = self.conn.recv_bytes()
            except (EOFError, OSError):
                raise self.broken() from None
            if message:
                outcomes.setdefault(self.holding.popleft()[0], message)
            else:  # the worker has started
                self.ready = True
            if not self.conn.poll():
                return

    def stop(self, *, wait: bool) -> None:
        """End the process: at once, or (``wait``) when it has read an empty message.

        (Not when it sees its pipe closed: a forked worker holds copies of the pipes of the
        workers started before it, and of its own, which keep them open.)
        """
        if wait:
            with contextlib.suppress(OSError):  # it has ended already
                self.conn.send_bytes(b"")
        else:
            self.process.terminate()
        self.conn.close()
        self.process.join()


def _map_sharing(
    func: Callable[[list[_In], Language | None, _Shared], _Out],
    chunks: Iterable[list[_In]],
    *,
    n_process: int,
    nlp: Language | None,
    shared: _Shared,
    fork: bool,
    here: Callable[[list[_In], Language | None, _Shared, Callable[[], None]], _Out] | None = None,
) -> Generator[_Out, None, None]:
    """:func:`map_chunks` with this process as one of the ``n_process``.

    It starts ``n_process - 1`` workers and runs chunks itself. Between two of its chunks (and,
    with ``here``, which runs a chunk like ``func`` and calls its last argument between two
    items, between two items) it collects what the workers sent back and sends each worker
    that has started chunks until it holds two. It does this itself, with no helper thread: a
    thread of this process would wait for the interpreter lock behind the chunk this process
    runs (up to 5 ms at each step) while the worker waits for it. The workers' results stay
    pickled until their turn comes. At most ``4 * n_process`` chunks are read ahead of what
    has been yielded. At the end of the input, rather than wait for a worker's last two chunks,
    this process runs the second one too, and stops the worker if it is still at it.
    """
    context = _context(fork=fork)
    args = (None if nlp is None else pickle.dumps(nlp), shared, func)
    workers = [_Worker(context, args) for _ in range(n_process - 1)]
    # Each chunk's outcome by chunk number, until its turn: (True, result) or (False, error),
    # pickled when it comes from a worker.
    outcomes: dict[int, bytes | tuple[bool, Any]] = {}
    ahead = iter(chunks)
    read = turn = 0  # chunks read; the number of the next one to yield
    window = _AHEAD * n_process
    exhausted = finished = False
    stolen: set[int] = set()  # chunks sent to a worker that this process has run too

    def run(number: int, chunk: list[_In]) -> None:
        if here is None:
            outcome = _outcome(func, chunk, nlp, shared)
        else:
            outcome = _outcome(here, chunk, nlp, shared, tend)
        if number >= turn:  # (a worker may have sent it first, and it may have been yielded)
            outcomes.setdefault(number, outcome)

    def tend() -> None:
        """Take in the workers' results and send each worker chunks until it holds two."""
        nonlocal read, exhausted
        _collect(workers, outcomes, block=False)
        for worker in workers:
            while (
                not exhausted
                and worker.ready
                and len(worker.holding) < _IN_FLIGHT
                and read - turn < window
            ):
                chunk = next(ahead, None)
                if chunk is None:
                    exhausted = True
                else:
                    worker.send(read, chunk)
                    read += 1

    try:
        while True:
            tend()
            while turn in outcomes:
                ok, value = _unpack(outcomes.pop(turn))
                turn += 1
                if not ok:
                    raise value
                yield value
            if not exhausted and read - turn < window:
                chunk = next(ahead, None)
                if chunk is None:
                    exhausted = True
                else:
                    read += 1  # (first: tend reads more chunks while this one runs)
                    run(read - 1, chunk)
                    continue
            if turn == read:
                break
            if turn in outcomes:
                continue
            spare = _spare(workers, stolen) if exhausted else None
            if spare is not None:  # the end: run a worker's second chunk here too
                stolen.add(spare[0])
                run(*spare)
            else:
                _collect(workers, outcomes, block=True)  # the next result is due: wait for it
        finished = True
    finally:
        for worker in workers:
            # A worker still at a chunk this process has run too is stopped at once.
            worker.stop(wait=finished and not worker.holding)


def _spare(workers: list[_Worker], stolen: set[int]) -> tuple[int, list[Any]] | None:
    """The last chunk of a worker that holds two or more (likely not started), if not yet run
    here too."""
    for worker in workers:
        if len(worker.holding) > 1 and worker.holding[-1][0] not in stolen:
            return worker.holding[-1]
    return None


def _collect(
    workers: list[_Worker], outcomes: dict[int, bytes | tuple[bool, Any]], *, block: bool
) -> None:
    """Take in what the workers have sent; with ``block``, wait until one has sent something."""
    waiting = [worker for worker in workers if worker.holding or not worker.ready]
    if block:
        if not waiting:  # a bug: nothing would ever wake this process
            raise RuntimeError("no worker holds a chunk: nothing to wait for")
        # A worker's sentinel is ready when it has ended: reading its pipe then says how.
        handles: dict[Any, _Worker] = {}
        for worker in waiting:
            handles[worker.conn] = handles[worker.process.sentinel] = worker
        woken = multiprocessing.connection.wait(list(handles))
        ready = list(dict.fromkeys(handles[handle] for handle in woken))
    else:
        ready = [worker for worker in waiting if worker.conn.poll()]
    for worker in ready:
        worker.receive(outcomes)


def _unpack(outcome: bytes | tuple[bool, Any]) -> tuple[bool, Any]:
    if isinstance(outcome, bytes):
        unpacked: tuple[bool, Any] = pickle.loads(outcome)
        return unpacked
    return outcome


def _outcome(func: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
    """``(True, func(*args))``, or ``(False, the error it raised)``: an error is raised when its
    chunk's turn comes, after the results of the chunks before it."""
    try:
        return True, func(*args)
    except Exception as exc:
        return False, exc


def _serve(
    conn: multiprocessing.connection.Connection,
    parents: multiprocessing.connection.Connection,
    payload: bytes | None,
    shared: object,
    func: Callable[[list[Any], Language | None, Any], Any],
) -> None:
    """A worker of :func:`_map_sharing`: says it has started (an empty message), then sends
    back the outcome of each chunk it receives, pickled, until an empty message.

    A thread reads the input, so that the parent never waits to send a chunk while this
    process waits to send a result (each side's pipe could be full). ``parents`` is the
    parent's end of the pipe, which a forked worker holds a copy of: closed, so that the
    worker sees the end of its input and ends if the parent dies.
    """
    parents.close()
    _init_worker(payload, shared)
    inbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(conn, inbox), daemon=True).start()
    try:
        conn.send_bytes(b"")
    except OSError:  # the parent has gone
        return
    while (message := inbox.get()) is not None:
        outcome = _outcome(func, pickle.loads(message), _worker_nlp, _worker_shared)
        try:
            data = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # an outcome that cannot be pickled: say so instead
            error = RuntimeError(f"a worker could not send back its outcome: {exc!r}")
            data = pickle.dumps((False, error), pickle.HIGHEST_PROTOCOL)
        try:
            conn.send_bytes(data)
        except OSError:  # the parent has gone
            return


def _receive(
    conn: multiprocessing.connection.Connection, inbox: queue.SimpleQueue[bytes | None]
) -> None:
    """Move each message of ``conn`` to ``inbox``, then None (at an empty message, or if the
    parent has gone)."""
    try:
        while message := conn.recv_bytes():
            inbox.put(message)
    except (EOFError, OSError):
        pass
    inbox.put(None)


def _each(
    chunk: list[_In], nlp: Language | None, func: Callable[[_In, Language | None], _Out]
) -> list[_Out]:
    return [func(item, nlp) for item in chunk]


def _each_tending(
    chunk: list[_In],
    nlp: Language | None,
    func: Callable[[_In, Language | None], _Out],
    tend: Callable[[], None],
) -> list[_Out]:
    """:func:`_each`, calling ``tend`` after each item (see :func:`_map_sharing`)."""
    results = []
    for item in chunk:
        results.append(func(item, nlp))
        tend()
    return results


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
    ``2 * n_process`` chunks of ``batch_size`` items are read ahead of what has been yielded
    (``4 * n_process`` with ``in_parent``). Closing the generator early stops the workers.
    ``fork`` and ``in_parent``: see :func:`map_chunks`; with ``in_parent``, this process tends
    its workers between two of its items.
    """
    chunks = chunked(items, batch_size)
    # With in_parent, this process tends its workers between two of its items, not just chunks.
    done: Generator[list[_Out], None, None] = map_chunks(
        _each,
        chunks,
        n_process=n_process,
        nlp=nlp,
        shared=func,
        fork=fork,
        in_parent=in_parent,
        here=_each_tending,
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
