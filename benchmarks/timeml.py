"""Score ``attribution`` date finding on TempEval-3 (TimeML) with the TempEval-3 metrics.

Strict F1 (same extent), relaxed F1 (any overlap), type F1 and value F1 (accuracy of the type or
value over relaxed matches, times relaxed F1), and speed in words per second. Each document is
read with its creation time as the reference (``reference=dct``).

    python benchmarks/timeml.py --corpus te3-platinum [--json results.json] [--corpora DIR]
    python benchmarks/timeml.py --jsonl other.jsonl   # any TimeML corpus in the same JSONL form

The corpora are research-use data outside the repository (``../shared/corpora/timeml``); when
they are absent the script says so and exits cleanly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from attribution import find_dates

DEFAULT_CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"


def _reference(dct: str) -> dt.date | dt.datetime:
    return dt.datetime.fromisoformat(dct) if "T" in dct else dt.date.fromisoformat(dct)


def _f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def score(documents: list[dict[str, Any]], *, show_errors: bool = False) -> dict[str, float]:
    """TempEval-3 scores (percentages) and words/s for ``documents``."""
    n_gold = n_system = strict = relaxed_gold = relaxed_system = 0
    type_ok = value_ok = matched = 0
    words = 0
    elapsed = 0.0
    for document in documents:
        text = document["text"]
        words += len(text.split())
        began = time.perf_counter()
        found = find_dates(text, reference=_reference(document["dct"]))
        elapsed += time.perf_counter() - began
        system = [(d.span.start, d.span.end, d.type, d.value) for d in found if d.span]
        gold = [(t["start"], t["end"], t["type"], t["value"]) for t in document["timexes"]]
        n_gold += len(gold)
        n_system += len(system)
        strict += len({(s, e) for s, e, _, _ in gold} & {(s, e) for s, e, _, _ in system})
        for g_start, g_end, g_type, g_value in gold:
            overlapping = [s for s in system if s[0] < g_end and g_start < s[1]]
            if overlapping:
                relaxed_gold += 1
                matched += 1
                best = overlapping[0]
                if show_errors and (best[0], best[1]) != (g_start, g_end):
                    print(f"EXTENT gold={text[g_start:g_end]!r} ours={text[best[0] : best[1]]!r}")
                type_ok += best[2] == g_type
                if show_errors and best[2] != g_type:
                    print(
                        f"TYPE  {text[g_start:g_end]!r} gold={g_type} ours={best[2]} "
                        f"({text[best[0] : best[1]]!r})"
                    )
                value_ok += best[3] == g_value
                if show_errors and best[3] != g_value:
                    print(
                        f"VALUE {document['dct']} {text[g_start:g_end]!r} gold={g_value} "
                        f"ours={best[3]} ({text[best[0] : best[1]]!r})"
                    )
            elif show_errors:
                context = text[max(0, g_start - 40) : g_end + 30].replace("\n", " ")
                print(f"MISS  {text[g_start:g_end]!r} {g_value}  …{context}…")
        for s_start, s_end, _s_type, s_value in system:
            if any(g[0] < s_end and s_start < g[1] for g in gold):
                relaxed_system += 1
            elif show_errors:
                context = text[max(0, s_start - 40) : s_end + 30].replace("\n", " ")
                print(f"FALSE {text[s_start:s_end]!r} {s_value}  …{context}…")
    strict_p, strict_r = strict / max(n_system, 1), strict / max(n_gold, 1)
    relaxed_p, relaxed_r = relaxed_system / max(n_system, 1), relaxed_gold / max(n_gold, 1)
    relaxed_f1 = _f1(relaxed_p, relaxed_r)
    return {
        "documents": len(documents),
        "gold": n_gold,
        "system": n_system,
        "strict_p": 100 * strict_p,
        "strict_r": 100 * strict_r,
        "strict_f1": 100 * _f1(strict_p, strict_r),
        "relaxed_p": 100 * relaxed_p,
        "relaxed_r": 100 * relaxed_r,
        "relaxed_f1": 100 * relaxed_f1,
        "type_f1": 100 * relaxed_f1 * type_ok / max(matched, 1),
        "value_f1": 100 * relaxed_f1 * value_ok / max(matched, 1),
        "words_per_second": words / elapsed if elapsed else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=["aquaint", "te3-platinum"], default="te3-platinum")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument(
        "--jsonl",
        type=Path,
        help="score this JSONL file instead (one document per line, as the corpora's files)",
    )
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print misses, false alarms, extent, type and value mismatches",
    )
    args = parser.parse_args(argv)
    path = args.jsonl or args.corpora / "timeml" / f"{args.corpus}.jsonl"
    name = path.stem if args.jsonl else args.corpus
    if not path.is_file():
        print(f"TimeML corpus not found at {path}; nothing to score.")
        return 0
    with path.open(encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines if line.strip()]
    find_dates("warm-up on Friday", reference=dt.date(2016, 3, 8))
    scores = score(documents, show_errors=args.errors)
    print(f"TempEval-3 {name}: {scores['documents']} documents, {scores['gold']} TIMEX3")
    print(f"{'metric':<12}{'P':>8}{'R':>8}{'F1':>8}")
    for metric in ("strict", "relaxed"):
        print(
            f"{metric:<12}{scores[metric + '_p']:>8.2f}{scores[metric + '_r']:>8.2f}"
            f"{scores[metric + '_f1']:>8.2f}"
        )
    print(f"{'type':<12}{'':>16}{scores['type_f1']:>8.2f}")
    print(f"{'value':<12}{'':>16}{scores['value_f1']:>8.2f}")
    print(f"speed: {scores['words_per_second']:,.0f} words/s")
    if args.json:
        args.json.write_text(json.dumps({name: scores}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
