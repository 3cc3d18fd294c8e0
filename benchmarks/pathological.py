"""Pathological inputs: each must parse in bounded, linear time and memory.

Each input is built at a given size by a function of ``size`` (characters, about). The benchmark
parses every input at its full size within a time budget, and checks linearity: the cost per
character at 1 MB is at most 1.3 times the cost per character at 100 KB (each timed as the best
of as many runs as fit in a second, three at least, per stage of ``attribution.parse``, so that
a slow module is named). Times are CPU seconds of the parsing thread, so that other processes on
a shared machine do not count.

    python benchmarks/pathological.py            # all inputs, full size
    python benchmarks/pathological.py --quick    # smaller sizes, no budgets (a smoke run)
    python benchmarks/pathological.py --only quote_marks
    python benchmarks/pathological.py --doc      # with the spaCy tokenizer (the nlp= path)

``tests/test_pathological.py`` runs small versions of the same inputs (no timing asserts).
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import time
import tracemalloc
from collections.abc import Callable

import attrs

__all__ = ["INPUTS", "Case", "build", "main"]


def _repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def quote_marks(size: int) -> str:
    """Nothing but opening quotation marks: 20,000 and more in a row."""
    return "“" * size


def straight_marks(size: int) -> str:
    """Straight double quotes in a row (each could open or close)."""
    return '"' * size


def alternating_marks(size: int) -> str:
    """Open/close marks alternating, with and without words between them."""
    return _repeat_to("“”“ a ” ", size)


def single_token(size: int) -> str:
    """One 2 MB token: no space, no punctuation."""
    return "x" * size


def long_article(size: int) -> str:
    """A 10 MB article of ordinary news paragraphs with quotes, cues and dates."""
    paragraph = (
        "“The talks will go ahead on Friday,” Maria Lopez, the foreign minister, said on "
        "Tuesday. Officials, who spoke on condition of anonymity because the talks were "
        "private, said the plan was not dead yet. According to the ministry, prices rose 3 "
        "percent in March 2016.\n\n"
    )
    return _repeat_to(paragraph, size)


def hard_wrapped(size: int) -> str:
    """The news paragraphs of ``long_article`` broken at 72 columns, as plain-text wire copy."""
    from typing_probes import hard_wrap  # the probes' wrapping, as the typing probe reads it

    return hard_wrap(long_article(size))


def cue_repetitions(size: int) -> str:
    """A cue phrase over and over: 'he said, she said, ...' (100,000 times at full size)."""
    return _repeat_to("he said, ", size)


def according_to(size: int) -> str:
    """'according to officials' over and over, with no statement to attach to."""
    return _repeat_to("according to officials who said that ", size)


def deep_nesting(size: int) -> str:
    """Quotes inside quotes inside quotes: “ ‘ “ ‘ ... ’ ” ’ ”."""
    half = max(1, size // 8)
    return "“A ‘" * half + " said " + "’ b”" * half


def unclosed_paragraphs(size: int) -> str:
    """Thousands of paragraphs that open a quote and never close it (news style)."""
    return _repeat_to("“We will not leave, she said, not until the vote is counted.\n\n", size)


def dates_everywhere(size: int) -> str:
    """Date words and numbers packed together: 'Friday March 8 2016 last week ...'."""
    return _repeat_to("Friday, March 8, 2016, last week 3 p.m. 10/11/12 the next day ", size)


def capitalized_run(size: int) -> str:
    """One endless run of capitalized words before a cue: a speaker name that never ends."""
    return _repeat_to("Lopez ", size) + "said."


def newlines(size: int) -> str:
    """Nothing but line breaks."""
    return "\n" * size


def html_soup(size: int) -> str:
    """HTML tags and entities around quote marks."""
    return _repeat_to('<p class="q">&#8220;Yes,&#8221; <b>Ana Ruiz</b> said.</p>\n', size)


@attrs.frozen(kw_only=True)
class Case:
    """A pathological input: how to build it, its full size and its time budget there."""

    name: str
    build: Callable[[int], str]
    size: int
    budget_s: float


INPUTS: tuple[Case, ...] = (
    Case(name="quote_marks", build=quote_marks, size=20_000, budget_s=2.0),
    Case(name="straight_marks", build=straight_marks, size=20_000, budget_s=2.0),
    Case(name="alternating_marks", build=alternating_marks, size=1_000_000, budget_s=20.0),
    Case(name="single_token", build=single_token, size=2_000_000, budget_s=10.0),
    Case(name="long_article", build=long_article, size=10_000_000, budget_s=120.0),
    Case(name="hard_wrapped", build=hard_wrapped, size=1_000_000, budget_s=20.0),
    Case(name="cue_repetitions", build=cue_repetitions, size=900_000, budget_s=20.0),
    Case(name="according_to", build=according_to, size=1_000_000, budget_s=20.0),
    Case(name="deep_nesting", build=deep_nesting, size=200_000, budget_s=10.0),
    Case(name="unclosed_paragraphs", build=unclosed_paragraphs, size=1_000_000, budget_s=20.0),
    Case(name="dates_everywhere", build=dates_everywhere, size=1_000_000, budget_s=30.0),
    Case(name="capitalized_run", build=capitalized_run, size=1_000_000, budget_s=20.0),
    Case(name="newlines", build=newlines, size=1_000_000, budget_s=10.0),
    Case(name="html_soup", build=html_soup, size=1_000_000, budget_s=20.0),
)


def build(name: str, size: int) -> str:
    """The input called ``name`` at about ``size`` characters."""
    for case in INPUTS:
        if case.name == name:
            return case.build(size)
    raise KeyError(name)


def _stages(text: str, *, with_doc: bool = False) -> dict[str, float]:
    """Seconds spent in each stage of the pipeline (the steps of ``_article.build_article``).

    The stages are those of ``attribution.parse(text)``, which builds no spaCy Doc; with
    ``with_doc``, the text first goes through the blank spaCy tokenizer (stage ``tokenizer``) and
    the stages get its Doc, as when a caller passes a pipeline. When the stages' signatures have
    moved on from the ones called here, the whole parse is timed as one stage, ``parse``.
    """
    try:
        return _stages_of(text, with_doc=with_doc)
    except TypeError:
        started = time.thread_time()
        import attribution

        attribution.parse(text)
        return {"parse": time.thread_time() - started}


def _stages_of(text: str, *, with_doc: bool) -> dict[str, float]:
    from attribution import _article, _pipeline

    timings: dict[str, float] = {}
    # CPU time of this thread, which parses: the process clock (time.process_time) is read from
    # the scheduler's tick-granular accounting (4 ms) while the ITIMER_PROF budget of _timed is
    # armed, so that a 10 ms stage read 0, 4, 8 or 12 ms.
    clock = time.thread_time
    doc = None
    if with_doc:
        start = clock()
        doc = _pipeline.make_doc(text)
        timings["tokenizer"] = clock() - start
    start = clock()
    text = _article.unwrap_lines(text)
    timings["_layout"] = clock() - start
    start = clock()
    published = _article.detect_published(text)
    timings["_published"] = clock() - start
    start = clock()
    dates = _article.find_dates(text, reference=_article.reference_of(published), doc=doc)
    timings["_dates.find_dates"] = clock() - start
    start = clock()
    quotes = _article.find_attributions(text, doc=doc)
    timings["_quotes"] = clock() - start
    start = clock()
    _sources, quotes = _article.resolve_sources(text, quotes, doc=doc)
    timings["_sources"] = clock() - start
    start = clock()
    _article.link_statement_dates(text, quotes, dates)
    timings["_dates.link"] = clock() - start
    return timings


class _OverTime(Exception):
    """A run took more CPU time than it was allowed (an ``ITIMER_PROF`` timer: CPU time, like
    the timings, so that a busy machine does not abort a run)."""


def _on_alarm(_signum: int, _frame: object) -> None:
    raise _OverTime


def _timed(
    text: str, limit_s: float, runs: int, *, with_doc: bool = False, min_total_s: float = 0.0
) -> dict[str, float] | None:
    """The best time of each stage over ``runs`` runs, and more until they took ``min_total_s``
    in all (at most 1,000); None if one run went over ``limit_s``.

    A stage that takes milliseconds needs many runs: the best of three such timings is off by
    tens of percent on a busy machine, which a per-character ratio of two sizes doubles.
    """
    best: dict[str, float] = {}
    previous = signal.signal(signal.SIGPROF, _on_alarm)
    spent = 0.0
    done = 0
    try:
        while done < runs or (spent < min_total_s and done < 1000):
            done += 1
            gc.collect()
            signal.setitimer(signal.ITIMER_PROF, limit_s)
            try:
                stages = _stages(text, with_doc=with_doc)
            except _OverTime:
                return None
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            for stage, seconds in stages.items():
                best[stage] = min(best.get(stage, seconds), seconds)
            spent += sum(stages.values())
    finally:
        signal.signal(signal.SIGPROF, previous)
    return best


def _peak_bytes_per_char(text: str) -> float:
    import attribution

    tracemalloc.start()
    attribution.parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / max(len(text), 1)


def _run_case(case: Case, *, quick: bool, with_doc: bool = False) -> list[str]:
    """Time one input; return the problems found (empty when it is fine)."""
    import attribution

    problems: list[str] = []
    size = case.size // 10 if quick else case.size
    text = case.build(size)
    full = _timed(text, case.budget_s * 3, runs=1, with_doc=with_doc)
    if full is None:
        print(f"{case.name:20} {len(text):>11,} chars: ABORTED after {case.budget_s * 3:g} s")
        problems.append(f"over 3x its budget of {case.budget_s:g} s (aborted)")
        elapsed = float("inf")
    else:
        elapsed = sum(full.values())
        memory = _peak_bytes_per_char(case.build(max(size // 10, 1000)))
        stages = ", ".join(f"{k} {v:.2f}" for k, v in full.items() if v >= 0.01)
        print(
            f"{case.name:20} {len(text):>11,} chars {elapsed:8.2f} s (budget {case.budget_s:g}) "
            f"peak {memory:5.0f} B/char [{stages}]"
        )
        article = attribution.parse(text)
        for span in article.spans():
            if text[span.start : span.end] != span.text:
                problems.append(f"span {span.start}:{span.end} does not slice back")
                break
    if not quick and full is not None and elapsed > case.budget_s:
        problems.append(f"took {elapsed:.1f} s, over its budget of {case.budget_s:g} s")
    small_size, large_size = (10_000, 100_000) if quick else (100_000, 1_000_000)
    # Each size runs for at least a second (three runs at least): the best of each stage is
    # then its cost, not the noise of a 10 ms timing.
    min_total_s = 0.0 if quick else 1.0
    small_stages = _timed(
        case.build(small_size),
        case.budget_s * 3,
        runs=3,
        with_doc=with_doc,
        min_total_s=min_total_s,
    )
    if small_stages is None:
        print(f"{'':20} {small_size:,} chars: ABORTED after {case.budget_s * 3:g} s")
        problems.append(f"{small_size:,} chars took over {case.budget_s * 3:g} s (aborted)")
        return problems
    small_total = sum(small_stages.values())
    # 10x the size may take 10 x 1.3 x as long; allow 3 times that before giving up.
    large_stages = _timed(
        case.build(large_size),
        max(small_total * 40, 5.0),
        runs=3,
        with_doc=with_doc,
        min_total_s=min_total_s,
    )
    if large_stages is None:
        print(f"{'':20} {large_size:,} chars: ABORTED, over 40x the time of {small_size:,}")
        problems.append(f"not linear: {large_size:,} chars take over 40x {small_size:,}")
        return problems
    ratio = (sum(large_stages.values()) / large_size) / (small_total / small_size)
    # Stages that cost less than 5% of the large run are noise, whatever their ratio.
    large_total = sum(large_stages.values())
    by_stage = sorted(
        ((large_stages[s] / large_size) / max(small_stages[s] / small_size, 1e-12), s)
        for s in large_stages
        if large_stages[s] > 0.05 * large_total
    )
    worst = ", ".join(f"{stage} {r:.2f}x" for r, stage in reversed(by_stage[-2:]))
    print(
        f"{'':20} per-char cost at {large_size:,} vs {small_size:,} chars: {ratio:.2f}x "
        f"(by stage: {worst})"
    )
    if not quick and ratio > 1.3:
        problems.append(f"not linear: per-char cost {ratio:.2f}x at 10x the size ({worst})")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes / 10, no budget checks")
    parser.add_argument("--only", action="append", help="run only this input (repeatable)")
    parser.add_argument(
        "--doc",
        action="store_true",
        help="also time the blank spaCy tokenizer, whose Doc the stages get (the nlp= path)",
    )
    args = parser.parse_args(argv)
    import attribution

    attribution.parse("warm up")
    failed: dict[str, list[str]] = {}
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]
    for case in INPUTS:
        if args.only and case.name not in args.only:
            continue
        problems = _run_case(case, quick=args.quick, with_doc=args.doc)
        if problems:
            failed[case.name] = problems
    for name, problems in failed.items():
        for problem in problems:
            print(f"FAIL {name}: {problem}")
    print("ok" if not failed else f"{len(failed)} input(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
