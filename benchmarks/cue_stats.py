"""Cue statistics from PolNeAR *train*: the evidence behind ``attribution/lexicons/cues.py``.

Usage (from the repository root)::

    python benchmarks/cue_stats.py            # top cue heads, and our forms' precision as cues
    python benchmarks/cue_stats.py --top 300

Prints three tables, words and counts only (never article text):

1. the most frequent gold cue spans (lower-cased) and cue head words;
2. for every word form in our lexicon, how often it occurs in the train text, how often that
   occurrence lies inside a gold cue span, and the ratio (its precision as a cue);
3. frequent gold cue head words that our lexicon does not have (candidates to add).

Only the train split is read. Exits 0 with a message when the corpora are absent.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from attribution.lexicons.cues import CUE_LEMMAS, MULTIWORD, NO_SOURCE
from polnear_corpus import default_corpora, load_split, polnear_dir
from reporting import format_table

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_SKIP = frozenset(
    {"a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or", "not", "that", "it"}
    | {"is", "was", "has", "have", "had", "be", "been", "by", "with", "as"}
)


def _head(cue: str) -> str:
    """The first content word of a cue span ("has also said" -> "said")."""
    words = [w.lower() for w in _WORD.findall(cue)]
    for word in words:
        if word not in _SKIP and word not in {"also", "would", "will", "did", "does", "do"}:
            return word
    return words[0] if words else cue.strip()


def collect(folder: Path) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Counts over train: cue spans, cue heads, form occurrences, form occurrences in a cue."""
    spans: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    in_cue: Counter[str] = Counter()
    forms = {form for _, _, fs in CUE_LEMMAS.values() for form in fs} | set(NO_SOURCE)
    for article in load_split(folder, "train"):
        text = article.text
        pieces: list[tuple[int, int]] = []
        for relation in article.attributions:
            if relation.cue is None:
                continue
            cue_text = " ".join(text[a:b] for a, b in relation.cue.fragments)
            spans[" ".join(cue_text.lower().split())] += 1
            heads[_head(cue_text)] += 1
            pieces.extend(relation.cue.fragments)
        pieces.sort()
        starts = [a for a, _ in pieces]
        for match in _WORD.finditer(text):
            word = match.group()
            if word not in forms:
                continue
            seen[word] += 1
            k = bisect.bisect_right(starts, match.start()) - 1
            if k >= 0 and match.start() < pieces[k][1]:
                in_cue[word] += 1
    return spans, heads, seen, in_cue


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--top", type=int, default=120)
    args = parser.parse_args(argv)
    folder = polnear_dir(args.corpora)
    if folder is None:
        print(f"PolNeAR not found under {args.corpora}; nothing to count.")
        return 0
    spans, heads, seen, in_cue = collect(folder)
    print(f"PolNeAR train: {sum(spans.values())} cue spans, {len(heads)} distinct heads\n")
    print(format_table(("cue span", "count"), spans.most_common(args.top)), "\n")
    print(format_table(("cue head", "count"), heads.most_common(args.top)), "\n")
    rows = sorted(
        ((form, seen[form], in_cue[form], f"{in_cue[form] / seen[form]:.2f}") for form in seen),
        key=lambda row: -row[1],
    )
    print(format_table(("our form", "in text", "in a cue", "ratio"), rows), "\n")
    known = {form for _, _, fs in CUE_LEMMAS.values() for form in fs}
    known |= {phrase.split()[0] for phrase in MULTIWORD} | set(NO_SOURCE)
    missing = [(head, n) for head, n in heads.most_common(args.top * 3) if head not in known]
    print(format_table(("head not in lexicon", "count"), missing[: args.top]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
