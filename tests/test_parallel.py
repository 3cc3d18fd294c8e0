"""``parse_many``: order, laziness, per-text dates, processes, and argument checks."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

import attribution
from attribution import AttributionError

TEXTS = [
    "“We will go,” Maria Lopez said.",
    "Nothing here.",
    "“Not yet,” Kemal Aydin said on Friday.",
    "",
]


def test_the_results_are_those_of_parse_in_order() -> None:
    assert list(attribution.parse_many(TEXTS)) == [attribution.parse(t) for t in TEXTS]


def test_processes_give_the_same_results_in_order() -> None:
    texts = TEXTS * 10
    many = list(attribution.parse_many(texts, n_process=2, batch_size=7))
    assert many == [attribution.parse(t) for t in texts]


def test_a_pair_gives_its_own_publication_date() -> None:
    items = [("Text.", "2016-03-08"), "Text.", ("Text.", None)]
    dates = [
        None if a.published is None else a.published.value
        for a in attribution.parse_many(items, published="2020-01-01")
    ]
    assert dates == ["2016-03-08", "2020-01-01", None]


@pytest.mark.parametrize("n_process", [1, 2])
def test_it_is_lazy(n_process: int) -> None:
    """An endless input gives results: it is read ahead a bounded amount, never all of it."""
    pulled = itertools.count()

    def endless() -> Iterator[str]:
        while True:
            next(pulled)
            yield "“Yes,” Ana Ruiz said."

    results = attribution.parse_many(endless(), n_process=n_process, batch_size=4)
    assert len(list(itertools.islice(results, 3))) == 3
    results.close()  # type: ignore[attr-defined]
    assert next(pulled) <= 4 * n_process * 4 + 4


def test_nothing_is_read_before_iteration() -> None:
    def exploding() -> Iterator[str]:
        raise AssertionError("read too early")
        yield ""

    attribution.parse_many(exploding())


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"n_process": 0}, ValueError, id="zero-processes"),
        pytest.param({"n_process": "2"}, TypeError, id="str-processes"),
        pytest.param({"batch_size": 0}, ValueError, id="zero-batch"),
        pytest.param({"published": "soon"}, ValueError, id="bad-published"),
    ],
)
def test_bad_arguments_fail_when_called(kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error) as info:
        attribution.parse_many(["x"], **kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, AttributionError)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(b"bytes", id="bytes"),
        pytest.param(None, id="none"),
        pytest.param(("a", "b", "c"), id="triple"),
    ],
)
def test_a_bad_item_is_a_type_error(item: object) -> None:
    with pytest.raises(TypeError) as info:
        list(attribution.parse_many(["fine", item]))  # type: ignore[list-item]
    assert isinstance(info.value, AttributionError)


def test_a_single_string_is_refused() -> None:
    with pytest.raises(TypeError, match="single text"):
        attribution.parse_many("one article")


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(AttributionError, match="ISO 8601"):
        list(attribution.parse_many([("x", "not a date")] * 3, n_process=2))


def test_a_custom_pipeline_is_sent_to_the_workers() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 5
    with pytest.raises(AttributionError, match="max_length"):
        list(attribution.parse_many(["short", "much too long"], nlp=nlp, n_process=2))


def _tag(chunk: list[int], nlp: object, shared: str) -> tuple[str, list[int], int]:
    import os

    return shared, [n * n for n in chunk], os.getpid()


@pytest.mark.parametrize(
    "fork", [pytest.param(False, id="forkserver"), pytest.param(True, id="fork")]
)
def test_chunks_come_back_in_order_with_the_shared_value(fork: bool) -> None:
    from attribution._parallel import map_chunks

    chunks = [list(range(n, n + 3)) for n in range(0, 30, 3)]
    results = list(map_chunks(_tag, iter(chunks), n_process=2, shared="ctx", fork=fork))
    assert [r[1] for r in results] == [[n * n for n in c] for c in chunks]
    assert {r[0] for r in results} == {"ctx"}
    assert os.getpid() not in {r[2] for r in results}


def _pid_of(chunk: list[int], nlp: object, parent: int) -> tuple[list[int], int]:
    """The chunk and the pid that ran it; the parent takes 20 ms a chunk, a worker no time."""
    import os
    import time

    if os.getpid() == parent:
        time.sleep(0.02)
    if -1 in chunk:
        raise ValueError(f"bad chunk {chunk}")
    return chunk, os.getpid()


@pytest.mark.parametrize("n_process", [1, 2, 3])
def test_in_parent_the_caller_is_one_of_the_processes(n_process: int) -> None:
    """The caller runs the first chunks (workers take a while to start), workers the rest."""
    from attribution._parallel import map_chunks

    me = os.getpid()
    results: list[tuple[list[int], int]] = []

    def chunks() -> Iterator[list[int]]:
        """At least ten chunks, then more until a worker has answered, however slowly it starts."""
        for n in range(3000 if n_process > 1 else 10):  # 60 s if the parent ran them all
            if n >= 10 and any(pid != me for _chunk, pid in results):
                return
            yield [n]

    for result in map_chunks(_pid_of, chunks(), n_process=n_process, shared=me, in_parent=True):
        results.append(result)
    assert [r[0] for r in results] == [[n] for n in range(len(results))]
    assert results[0][1] == me
    workers = {pid for _chunk, pid in results} - {me}
    assert 1 <= len(workers) + 1 <= n_process
    assert (len(workers) >= 1) == (n_process > 1)


def test_in_parent_an_error_comes_after_the_results_before_it() -> None:
    from attribution._parallel import map_chunks

    chunks = [[0], [1], [-1], [3], [4]]
    results = map_chunks(_pid_of, chunks, n_process=2, shared=os.getpid(), in_parent=True)
    assert [next(results)[0], next(results)[0]] == [[0], [1]]
    with pytest.raises(ValueError, match="bad chunk"):
        next(results)


def test_fork_is_not_used_from_a_process_with_threads() -> None:
    import threading

    from attribution._parallel import _context

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert _context(fork=True).get_start_method() != "fork"
    finally:
        stop.set()
        thread.join()
    assert _context().get_start_method() != "fork"


def test_fork_is_not_used_when_a_thread_runs_outside_threading() -> None:
    """Threads that ``threading`` does not know of (C libraries start such) count too."""
    import _thread
    import sys

    from attribution._parallel import _context

    if not sys.platform.startswith("linux"):
        pytest.skip("fork is only used on Linux")
    release = _thread.allocate_lock()
    release.acquire()
    finished = _thread.allocate_lock()
    finished.acquire()

    def wait() -> None:
        with release:
            pass
        finished.release()

    _thread.start_new_thread(wait, ())
    try:
        assert _context(fork=True).get_start_method() != "fork"
    finally:
        release.release()
        finished.acquire()


def _crash_in_worker(chunk: list[int], nlp: object, parent: int) -> list[int]:
    """The chunk, from this process (after 20 ms); a worker dies at once."""
    import os
    import time

    if os.getpid() != parent:
        os._exit(3)
    time.sleep(0.02)
    return chunk


def test_in_parent_a_dead_worker_is_an_error_not_a_hang() -> None:
    from concurrent.futures.process import BrokenProcessPool

    from attribution._parallel import map_chunks

    chunks = ([n] for n in range(3000))  # 60 s if the parent ran them all
    results = map_chunks(_crash_in_worker, chunks, n_process=2, shared=os.getpid(), in_parent=True)
    with pytest.raises(BrokenProcessPool, match="exit code 3"):
        list(results)


def _pipeline_of(chunk: list[int], nlp: object, parent: int) -> tuple[list[int], int, bool]:
    """The chunk, its process, and whether that process has the pipeline given (a worker's
    is unpickled: max_length tells it)."""
    import os
    import time

    if os.getpid() == parent:
        time.sleep(0.02)
    return chunk, os.getpid(), getattr(nlp, "max_length", None) == 77


def test_in_parent_each_worker_gets_the_pipeline() -> None:
    import spacy

    from attribution._parallel import map_chunks

    nlp = spacy.blank("en")
    nlp.max_length = 77
    me = os.getpid()
    seen: list[tuple[list[int], int, bool]] = []

    def chunks() -> Iterator[list[int]]:
        for n in range(3000):
            if n >= 4 and any(pid != me for _chunk, pid, _nlp in seen):
                return
            yield [n]

    for result in map_chunks(
        _pipeline_of, chunks(), n_process=2, nlp=nlp, shared=me, in_parent=True
    ):
        seen.append(result)
    assert [chunk for chunk, _pid, _nlp in seen] == [[n] for n in range(len(seen))]
    assert all(has for _chunk, _pid, has in seen)
    assert {pid for _chunk, pid, _nlp in seen} - {me}


def _square(item: tuple[int, int, str], nlp: object) -> int:
    """``n`` squared, for ``item = (n, the caller's pid, slow)``: 5 ms in the slow process
    ("caller", "worker" or "both"), no time in the other."""
    import time

    n, parent, slow = item
    if slow == "both" or (os.getpid() == parent) == (slow == "caller"):
        time.sleep(0.005)
    return n * n


@pytest.mark.parametrize("slow", ["caller", "worker", "both"])
@pytest.mark.parametrize("count", [1, 17, 90, 301])
def test_in_parent_the_end_of_the_input_keeps_the_order(count: int, slow: str) -> None:
    """At the end, the caller runs a worker's last chunk too: each result still comes once,
    in order, whichever process finishes it first."""
    from attribution._parallel import map_ordered

    items = [(n, os.getpid(), slow) for n in range(count)]
    squares = map_ordered(_square, items, n_process=2, batch_size=3, fork=True, in_parent=True)
    assert list(squares) == [n * n for n in range(count)]


def _unpicklable(chunk: list[int], nlp: object, parent: int) -> object:
    import os
    import time

    if os.getpid() == parent:
        time.sleep(0.02)
        return chunk
    return lambda: chunk  # a worker's result that cannot be sent back


def test_in_parent_an_unpicklable_result_is_an_error() -> None:
    from attribution._parallel import map_chunks

    chunks = ([n] for n in range(3000))
    results = map_chunks(_unpicklable, chunks, n_process=2, shared=os.getpid(), in_parent=True)
    with pytest.raises(RuntimeError, match="could not send back"):
        list(results)
