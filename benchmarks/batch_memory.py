"""Peak memory of ``attribution batch`` stays flat as the corpus grows; workers scale it.

Generates a synthetic JSONL corpus (news-like text we write from templates, not corpus text),
runs ``python -m attribution batch`` on it and reports the peak resident memory of the process
tree (psutil, sampled every 50 ms) and the throughput.

    python benchmarks/batch_memory.py --sizes 50 500          # MB of JSONL; memory flatness
    python benchmarks/batch_memory.py --sizes 20 --workers 1 2  # scaling with processes
    python benchmarks/batch_memory.py --parse-many 3000 --sizes  # parse_many, n_process 1 vs 2
    python benchmarks/batch_memory.py --parse-many 3000 --repeat 5 --collecting --sizes
    python benchmarks/batch_memory.py --pickle 300 --sizes       # pickling of parsed articles
    python benchmarks/batch_memory.py --schedule 3000 --sizes    # scheduling alone (sleeps)
    python benchmarks/batch_memory.py --ceiling 2000 --repeat 5 --sizes  # what 2 cores give
    python benchmarks/batch_memory.py --cpu-split 2000 --sizes   # parse_many's CPU, by step
    python benchmarks/batch_memory.py --overhead 3000 --repeat 3 --sizes  # scheduling's CPU
    python benchmarks/batch_memory.py --sizes 1000 --workers 2 --nice 19 --report-every 60 \\
        --time-limit 1800 --keep /tmp/attribution-1g  # 1 GB, RSS every minute, 30 min at most

Files go to a temporary directory (``--keep DIR`` to keep them elsewhere).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["main", "write_corpus"]

_NAMES = ["Maria Lopez", "Kemal Aydin", "Ana Ruiz", "David Okafor", "Aisha Haddad"]
_SENTENCES = [
    "The talks will go ahead on Friday",
    "We are not going to give up now",
    "The budget cannot wait until spring",
    "Nobody expected the vote to be this close",
]
_FILLER = [
    "The ministry gave no reply to our request for comment on Tuesday.",
    "Officials, who spoke on condition of anonymity because the talks were private, said "
    "the plan had stalled.",
    "Prices rose 3 percent in March, according to the statistics office.",
    "Hundreds gathered outside the parliament building last week.",
]


def _article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(6, 14)):
        if rng.random() < 0.5:
            paragraphs.append(
                f"“{rng.choice(_SENTENCES)},” {rng.choice(_NAMES)} said. {rng.choice(_FILLER)}"
            )
        else:
            paragraphs.append(" ".join(rng.choice(_FILLER) for _ in range(2)))
    return "\n\n".join(paragraphs)


def write_corpus(path: Path, megabytes: float, *, seed: int = 0) -> int:
    """Write about ``megabytes`` of JSONL records; return how many."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            line = json.dumps(
                {"id": f"n{count}", "text": _article(rng), "published": "2016-03-08"},
                ensure_ascii=False,
            )
            out.write(line + "\n")
            written += len(line.encode()) + 1
            count += 1
    return count


def _run(
    command: list[str],
    *,
    output: Path | None = None,
    report_every: float = 0.0,
    time_limit: float = 0.0,
) -> tuple[float, float, float]:
    """Run ``command``; return (seconds, CPU seconds, peak RSS in MB of it and its children).

    CPU seconds count the process and its workers (sampled every 0.1 s): on a busy machine they
    say what the work costs when wall-clock time does not. With ``report_every`` seconds, print
    the output size, the RSS and the peak so far that often (flatness during a long run). After
    ``time_limit`` seconds, the batch is interrupted (SIGINT: it stops between records).
    """
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    watched = psutil.Process(process.pid)
    peak = 0
    reported = started
    stopped = False
    tree_cpu = _TreeCpu()
    tree_cpu.__enter__()
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            rss = sum(p.memory_info().rss for p in tree)
            peak = max(peak, rss)
        except psutil.Error:
            pass
        now = time.perf_counter()
        if time_limit and now - started > time_limit and not stopped:
            stopped = True
            os.kill(process.pid, signal.SIGINT)
        if report_every and now - reported >= report_every:
            reported = now
            written = output.stat().st_size / 1e6 if output and output.exists() else 0.0
            print(
                f"    {now - started:7.0f} s: {written:9.1f} MB written, RSS {rss / 1e6:6.0f} MB, "
                f"peak {peak / 1e6:6.0f} MB, CPU {tree_cpu.seconds:8.1f} s",
                flush=True,
            )
        time.sleep(0.05)
    tree_cpu.__exit__()
    if process.returncode != 0 and not (stopped and process.returncode == 130):
        raise SystemExit(f"{command} exited {process.returncode}")
    return time.perf_counter() - started, tree_cpu.seconds, peak / 1e6


class _TreeCpu:
    """CPU seconds of every descendant process (pool workers run under a fork server, so they
    are not our children for ``getrusage``): sampled every 0.1 s by a thread."""

    def __init__(self) -> None:
        import threading

        self.seen: dict[int, float] = {}
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.stopping.is_set():
            for child in me.children(recursive=True):
                try:
                    times = child.cpu_times()
                except psutil.Error:
                    continue
                self.seen[child.pid] = times.user + times.system
            time.sleep(0.1)

    def __enter__(self) -> _TreeCpu:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopping.set()
        self.thread.join()

    @property
    def seconds(self) -> float:
        return sum(self.seen.values())


def _parse_many(count: int, *, collecting: bool = False, repeat: int = 1) -> None:
    """Articles per second of ``parse_many`` with one and two processes, after warm-up.

    Besides wall-clock time, which a busy machine distorts, prints the CPU milliseconds per
    article of this (the parent) process and of its workers (``RUSAGE_CHILDREN``: forked
    workers are this process's children, counted once they have ended): with two processes on
    two idle cores the wall-clock speed-up is at most ``2 * cpu(1) / cpu(2)``. With
    ``collecting``, also runs two workers with a parent that only collects their results (how
    ``parse_many`` worked before the parent took part). With ``repeat``, the runs take turns
    that many times and the speed-ups are of the median times: a shared virtual machine's
    speed drifts by 10-20% over a minute, which one run of each reads as a speed-up.
    """
    import attribution
    from attribution._parallel import _context, _parse_job, map_ordered

    rng = random.Random(1)
    texts = [_article(rng) for _ in range(count)]
    attribution.parse(texts[0])  # build the pipeline
    runs: list[tuple[str, Any]] = [
        ("n_process=1", lambda: attribution.parse_many(texts, n_process=1)),
        ("n_process=2", lambda: attribution.parse_many(texts, n_process=2)),
    ]
    if collecting:
        jobs = [(text, None) for text in texts]
        runs.append(
            (
                "2 workers, parent collects",
                lambda: map_ordered(_parse_job, jobs, n_process=2, batch_size=16, fork=True),
            )
        )
    method = _context(fork=True).get_start_method()
    print(f"workers start with {method}" + ("" if method == "fork" else ": CPU not counted"))

    measured: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in runs}
    for _turn in range(repeat):
        for name, run in runs:
            parent_before, children_before = time.process_time(), _children_cpu()
            started = time.perf_counter()
            results = list(run())
            seconds = time.perf_counter() - started
            parent = time.process_time() - parent_before
            workers = _children_cpu() - children_before
            measured[name].append((seconds, parent + workers))
            print(
                f"parse_many {name}: {count} articles in {seconds:.1f} s = "
                f"{count / seconds:,.0f} articles/s; CPU {parent + workers:.1f} s: parent "
                f"{1000 * parent / count:.2f} ms/article, workers "
                f"{1000 * workers / count:.2f} ms/article "
                f"({len(results)} results; pool start-up included)"
            )
    timings = {
        name: (statistics.median(s for s, _ in pairs), statistics.median(c for _, c in pairs))
        for name, pairs in measured.items()
    }
    one_wall, one_cpu = timings["n_process=1"]
    for name, (seconds, cpu) in timings.items():
        if name != "n_process=1":
            print(
                f"{name}: wall-clock speed-up {one_wall / seconds:.2f}x, "
                f"CPU-bound speed-up estimate {2 * one_cpu / cpu:.2f}x"
            )


def _sleep(item: int, _nlp: object) -> int:
    time.sleep(0.004)
    return item


def _schedule(count: int) -> None:
    """The speed-up of ``parse_many``'s scheduling alone, whatever the machine's load.

    Each item "costs" a 4 ms sleep instead of a parse, so the two processes (this one and one
    worker) need almost no CPU: the speed-up shows only what start-up, waits for results in
    order and the end of the input cost, for each chunk size. It still needs the machine not
    loaded beyond its cores: a process waking from a sleep waits for a free core too.
    """
    from attribution._parallel import map_ordered

    started = time.perf_counter()
    for item in range(count):
        _sleep(item, None)
    alone = time.perf_counter() - started
    print(f"scheduling, one process: {count} items in {alone:.2f} s")
    for batch_size in (64, 32, 16, 8):
        started = time.perf_counter()
        done = list(
            map_ordered(
                _sleep, range(count), n_process=2, batch_size=batch_size, fork=True, in_parent=True
            )
        )
        seconds = time.perf_counter() - started
        assert done == list(range(count))
        print(f"scheduling, batch_size {batch_size:2}: speed-up {alone / seconds:.2f}x")


def _spin(rounds: int) -> int:
    """A CPU-bound loop of pure Python that touches almost no memory."""
    total = 0
    for i in range(rounds):
        total = (total + i * i) % 1_000_003
    return total


# CPU seconds spent in _spin_item, by all processes (shared memory, inherited by forked workers).
_SPUN: Any = None


def _spin_item(item: int, _nlp: object) -> tuple[int, int]:
    started = time.thread_time()
    result = item, _spin(25_000)  # about 1 ms
    if _SPUN is not None:
        with _SPUN.get_lock():
            _SPUN.value += time.thread_time() - started
    return result


def _overhead(count: int, *, repeat: int = 1) -> None:
    """The CPU time ``parse_many``'s scheduling costs, whatever the machine's load.

    Each item spins about 1 ms of pure Python that touches almost no memory and returns a
    small tuple. The CPU time of both processes, less the time spent in the items (counted
    in each process), is the scheduling's: sending chunks, taking in results, waking up, and
    the caller's helper threads if any. Both are CPU times of the same run, so the speed of a
    shared machine, which drifts between runs, changes it little.
    """
    global _SPUN
    import multiprocessing

    from attribution._parallel import _context, map_ordered

    if _context(fork=True).get_start_method() != "fork":
        raise SystemExit("--overhead needs workers started with fork (Linux, one thread)")
    _SPUN = multiprocessing.Value("d", 0.0)
    costs: list[float] = []
    for _turn in range(repeat):
        expected = [(item, _spin(25_000)) for item in range(count)]
        _SPUN.value = 0.0
        started = time.process_time() + _children_cpu()
        done = list(
            map_ordered(
                _spin_item, range(count), n_process=2, batch_size=16, fork=True, in_parent=True
            )
        )
        cpu = time.process_time() + _children_cpu() - started
        assert done == expected
        costs.append((cpu - _SPUN.value) / count)
        print(
            f"scheduling CPU: {1000 * costs[-1]:.4f} ms per item "
            f"({100 * (cpu - _SPUN.value) / _SPUN.value:.1f}% of the items' own)"
        )
    _SPUN = None
    print(f"median {1000 * statistics.median(costs):.4f} ms per item over {repeat} turns")


def _parse_all(texts: list[str]) -> int:
    import attribution

    return sum(len(attribution.parse(text).quotes) for text in texts)


def _ceiling(count: int, *, repeat: int = 1) -> None:
    """The speed-up two cores give to work that needs no coordination at all.

    Times the same work done by one process, then split between two forked processes that
    run at once and share nothing: the parse of ``count`` benchmark articles, and a loop of
    pure Python that touches almost no memory. No scheduler does better than this ratio on
    this machine, so it is the yardstick for ``--parse-many``: a ratio below 2 here means the
    machine's two vCPUs give less than two cores' worth of work (shared physical cores,
    frequency, the host's other guests), whatever the code does.
    """
    import multiprocessing

    import attribution

    rng = random.Random(1)
    texts = [_article(rng) for _ in range(count)]
    attribution.parse(texts[0])  # build the pipeline before the fork
    context = multiprocessing.get_context("fork")
    rounds = 25_000 * count  # about as long as the parse
    work: list[tuple[str, Any, Any]] = [
        ("parse", _parse_all, lambda part: texts[part::2] if part >= 0 else texts),
        ("spin loop", _spin, lambda part: rounds // 2 if part >= 0 else rounds),
    ]
    measured: dict[str, list[float]] = {name: [] for name, _, _ in work}
    for _turn in range(repeat):
        for name, func, share in work:
            started = time.perf_counter()
            func(share(-1))
            alone = time.perf_counter() - started
            started = time.perf_counter()
            with context.Pool(2) as pool:
                pool.map(func, [share(0), share(1)], chunksize=1)
            both = time.perf_counter() - started
            measured[name].append(alone / both)
            print(
                f"{name}: one process {alone:.2f} s, two at once {both:.2f} s = {alone / both:.2f}x"
            )
    for name, ratios in measured.items():
        print(
            f"{name}: median speed-up of two processes {statistics.median(ratios):.2f}x "
            f"over {len(ratios)} turns"
        )


def _cpu_split(count: int, *, repeat: int = 1) -> None:
    """Where the CPU time of ``parse_many(texts, n_process=2)`` goes, by process and step.

    CPU-time counters (``time.thread_time``), not wall time, so that a shared machine distorts
    them little: the parse in each process, the pickling of results in the worker and their
    unpickling in this process, and the wall time each process waited for the other. Wraps
    private functions of ``attribution._parallel`` (this process's copies, inherited by the
    forked worker) to time them; counts go through shared memory.
    """
    import functools
    import multiprocessing
    import pickle
    import queue
    import types

    import attribution
    from attribution import _parallel

    rng = random.Random(1)
    texts = [_article(rng) for _ in range(count)]
    attribution.parse(texts[0])  # build the pipeline
    if _parallel._context(fork=True).get_start_method() != "fork":
        raise SystemExit("--cpu-split needs workers started with fork (Linux, one thread)")
    # 0/1: parse CPU here/in the worker, 2/3: articles, 4/5: pickling and unpickling here/in the
    # worker, 6: worker's wall wait for a chunk, 7: this process's wall wait for a result.
    counts = multiprocessing.RawArray("d", 8)
    parent = os.getpid()

    def timed(func: Any, slot: int | None, *, wall: int | None = None) -> Any:
        @functools.wraps(func)  # its name: pickled by reference, it is found in its module
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            here = os.getpid() == parent
            cpu, started = time.thread_time(), time.perf_counter()
            result = func(*args, **kwargs)
            if slot is not None:
                counts[slot + (0 if here else 1)] += time.thread_time() - cpu
                if func in (each, tending):
                    counts[2 + (0 if here else 1)] += len(args[0])
            if wall is not None and (wall != 7 or kwargs.get("block")):
                counts[wall] += time.perf_counter() - started
            return result

        return wrapper

    each, tending, collect = _parallel._each, _parallel._each_tending, _parallel._collect

    class Inbox(queue.SimpleQueue[Any]):
        get = timed(queue.SimpleQueue.get, None, wall=6)

    saved = (_parallel._each, _parallel._each_tending, _parallel._collect, _parallel.pickle)
    _parallel._each = timed(each, 0)
    _parallel._each_tending = timed(tending, 0)
    _parallel._collect = timed(collect, None, wall=7)
    _parallel.pickle = types.SimpleNamespace(  # type: ignore[assignment]
        dumps=timed(pickle.dumps, 4), loads=timed(pickle.loads, 4), HIGHEST_PROTOCOL=5
    )
    _parallel.queue = types.SimpleNamespace(SimpleQueue=Inbox)  # type: ignore[assignment]

    def ms(seconds: float, articles: float) -> str:
        return f"{1000 * seconds / max(articles, 1):.3f} ms"

    estimates = []
    try:
        for _turn in range(repeat):
            alone = time.process_time()
            results = list(attribution.parse_many(texts, n_process=1))
            alone = time.process_time() - alone
            # Only hashes kept: the Articles held would make the collector's passes longer.
            expected = list(map(hash, results))
            del results
            counts[:] = [0.0] * len(counts)
            cpu = time.process_time() + _children_cpu()
            started = time.perf_counter()
            results = list(attribution.parse_many(texts, n_process=2))
            seconds = time.perf_counter() - started
            cpu = time.process_time() + _children_cpu() - cpu
            assert list(map(hash, results)) == expected
            del results
            here, there = counts[2], counts[3]
            print(f"n_process=1: parse {ms(alone, count)} CPU per article")
            print(
                f"n_process=2 ({seconds:.1f} s): this process parsed {here:.0f} articles "
                f"({here / count:.0%}), {ms(counts[0], here)} CPU each (its pickling of chunks "
                f"included); the worker {there:.0f}, {ms(counts[1], there)} each"
            )
            print(
                f"  pickling of results in the worker {ms(counts[5], there)} per article it "
                f"parsed; unpickling here {ms(counts[4], there)}"
            )
            print(
                f"  waited (wall): the worker for a chunk {counts[6]:.2f} s (at its start and "
                f"end included), this process for a result {counts[7]:.2f} s"
            )
            print(
                f"  CPU of both processes {ms(cpu, count)} per article, {cpu / alone - 1:+.1%} "
                f"on one process: CPU-bound speed-up {2 * alone / cpu:.2f}x"
            )
            estimates.append(2 * alone / cpu)
    finally:
        (_parallel._each, _parallel._each_tending, _parallel._collect) = saved[:3]
        _parallel.pickle, _parallel.queue = saved[3], queue  # type: ignore[assignment]
    if repeat > 1:
        print(f"median CPU-bound speed-up {statistics.median(estimates):.2f}x over {repeat} turns")


def _children_cpu() -> float:
    """CPU seconds of this process's children that have ended (forked workers)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pickling(limit: int) -> None:
    """Milliseconds per article to pickle and unpickle parsed PolNeAR articles (real text),
    with the result classes' own ``__reduce__`` and with attrs' default (field dicts)."""
    import copyreg
    import io
    import pickle

    import attribution
    from attribution import _results
    from polnear_corpus import default_corpora, iter_articles, polnear_dir

    folder = polnear_dir(default_corpora())
    if folder is None:
        raise SystemExit("PolNeAR is not in ../shared/corpora: --pickle needs it")
    gold = list(iter_articles(folder, "dev", limit=limit))
    gold += list(iter_articles(folder, "train", limit=max(0, limit - len(gold))))
    articles = [attribution.parse(g.text, published=g.published) for g in gold]
    classes = (_results.Span, _results.Quote, _results.Source, _results.DateMention)
    classes += (_results.Article,)

    class AttrsDefault(pickle.Pickler):
        def reducer_override(self, obj: Any) -> Any:
            # What object.__reduce_ex__ gives an attrs class without a __reduce__ of its own.
            if type(obj) in classes:
                return copyreg.__newobj__, (type(obj),), obj.__getstate__()
            return NotImplemented

    def attrs_dumps(article: _results.Article) -> bytes:
        buffer = io.BytesIO()
        AttrsDefault(buffer, protocol=pickle.DEFAULT_PROTOCOL).dump(article)
        return buffer.getvalue()

    def best_of(repeats: int, work: Any) -> float:
        times = []
        for _ in range(repeats):
            started = time.process_time()
            work()
            times.append(time.process_time() - started)
        return min(times)

    n = len(articles)
    for name, dumps in (("attrs default", attrs_dumps), ("own __reduce__", pickle.dumps)):
        blobs = [dumps(article) for article in articles]
        assert [pickle.loads(blob) for blob in blobs] == articles
        dump = best_of(7, lambda dumps=dumps: [dumps(article) for article in articles])
        load = best_of(7, lambda blobs=blobs: [pickle.loads(blob) for blob in blobs])
        print(
            f"{name:>15}: dumps {1000 * dump / n:.3f} ms/article, loads {1000 * load / n:.3f} "
            f"ms/article, {sum(map(len, blobs)) / n:,.0f} bytes/article ({n} PolNeAR articles)"
        )
    parse = best_of(2, lambda: [attribution.parse(g.text, published=g.published) for g in gold])
    print(f"{'parse':>15}: {1000 * parse / n:.3f} ms/article")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=[50, 500], metavar="MB")
    parser.add_argument("--workers", type=int, nargs="*", default=[1], metavar="N")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--parse-many", type=int, default=0, metavar="N", help="N articles")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="R",
        help="with --parse-many, --ceiling, --cpu-split or --overhead, R turns (medians)",
    )
    parser.add_argument(
        "--collecting",
        action="store_true",
        help="with --parse-many, also time 2 workers whose parent only collects",
    )
    parser.add_argument(
        "--schedule",
        type=int,
        default=0,
        metavar="N",
        help="speed-up of parse_many's scheduling on N items that sleep 4 ms each",
    )
    parser.add_argument(
        "--overhead",
        type=int,
        default=0,
        metavar="N",
        help="CPU time parse_many's scheduling costs, on N items that spin 1 ms each",
    )
    parser.add_argument(
        "--ceiling",
        type=int,
        default=0,
        metavar="N",
        help="speed-up of two processes that share nothing, parsing N articles (and a loop)",
    )
    parser.add_argument(
        "--cpu-split",
        type=int,
        default=0,
        metavar="N",
        help="where parse_many's CPU time goes with 2 processes, on N articles",
    )
    parser.add_argument(
        "--pickle",
        type=int,
        default=0,
        metavar="N",
        help="ms per article to pickle N parsed PolNeAR articles",
    )
    parser.add_argument(
        "--keep", metavar="DIR", help="write the files here and keep them (a corpus is reused)"
    )
    parser.add_argument(
        "--report-every", type=float, default=0.0, metavar="S", help="print RSS every S seconds"
    )
    parser.add_argument("--nice", type=int, default=0, help="run the batch under nice -n N")
    parser.add_argument(
        "--time-limit", type=float, default=0.0, metavar="S", help="stop each batch after S s"
    )
    args = parser.parse_args(argv)
    if args.pickle:
        _pickling(args.pickle)
    if args.cpu_split:
        _cpu_split(args.cpu_split, repeat=args.repeat)
    if args.schedule:
        _schedule(args.schedule)
    if args.overhead:
        _overhead(args.overhead, repeat=args.repeat)
    if args.ceiling:
        _ceiling(args.ceiling, repeat=args.repeat)
    if args.parse_many:
        _parse_many(args.parse_many, collecting=args.collecting, repeat=args.repeat)
    if (
        args.pickle
        or args.cpu_split
        or args.overhead
        or args.schedule
        or args.ceiling
        or args.parse_many
    ) and not args.sizes:
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        cpu_by_workers: dict[int, float] = {}
        for megabytes in args.sizes:
            corpus = folder / f"corpus-{megabytes:g}MB.jsonl"
            if args.keep and corpus.exists():  # generated by an earlier run: the same seed
                with corpus.open("rb") as lines:
                    count = sum(1 for _ in lines)
            else:
                count = write_corpus(corpus, megabytes)
            print(f"corpus {corpus} ({count:,} articles)", flush=True)
            for workers in args.workers:
                out = folder / f"out-{megabytes:g}MB-{workers}.{args.format}"
                command = [sys.executable, "-m", "attribution", "batch", str(corpus), "-o"]
                command += [str(out), "--no-progress", "--format", args.format]
                command += ["--workers", str(workers)]
                if args.nice:
                    command = ["nice", "-n", str(args.nice), *command]
                seconds, cpu, peak = _run(
                    command,
                    output=out,
                    report_every=args.report_every,
                    time_limit=args.time_limit,
                )
                size = os.path.getsize(corpus) / 1e6
                if args.time_limit and seconds > args.time_limit:
                    with out.open("rb") as done:
                        count = sum(1 for _ in done) if args.format == "jsonl" else count
                    print(f"stopped after {args.time_limit:g} s: {count:,} articles done")
                if not args.keep:
                    out.unlink()
                print(
                    f"{size:8.1f} MB, {count:>8,} articles, workers {workers}: {seconds:7.1f} s, "
                    f"{count / seconds:6,.0f} articles/s, CPU {cpu:7.1f} s, "
                    f"peak RSS {peak:6.0f} MB"
                )
                cpu_by_workers[workers] = cpu
        if 1 in cpu_by_workers:
            for workers, cpu in cpu_by_workers.items():
                if workers > 1:
                    # With idle cores, wall time is about the total CPU time / workers.
                    estimate = workers * cpu_by_workers[1] / cpu
                    print(f"CPU-bound speed-up estimate with {workers} workers: {estimate:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
