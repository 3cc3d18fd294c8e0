"""Audit anonymous sourcing over a corpus: how many anonymous sources, how specifically they
are described, and whether the article says why they were granted anonymity.

    python examples/anonymous_source_audit.py               # the bundled example articles
    python examples/anonymous_source_audit.py corpus.jsonl  # {"id", "text", "published"?} lines
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import attribution
from attribution.examples import EXAMPLES, PUBLISHED, read_example


def articles(corpus: Path | None) -> Iterator[attribution.Article]:
    """The parsed articles of a JSONL corpus, or of the bundled examples."""
    if corpus is None:
        for name in EXAMPLES:
            yield attribution.parse(read_example(name), published=PUBLISHED[name], id=name)
        return
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                yield attribution.parse(
                    record["text"], published=record.get("published"), id=str(record.get("id"))
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="input JSONL (default: examples)")
    args = parser.parse_args()

    n_articles = n_sources = n_quotes = n_anonymous_quotes = 0
    anonymous = []
    for article in articles(args.corpus):
        n_articles += 1
        n_sources += len(article.sources)
        n_quotes += len(article.quotes)
        for source in article.sources:
            if source.anonymous:
                quotes = len(article.quotes_by(source))
                n_anonymous_quotes += quotes
                anonymous.append((article.id, source, quotes))

    print(f"articles: {n_articles}")
    print(f"sources: {n_sources}, of which anonymous: {len(anonymous)}")
    share = n_anonymous_quotes / n_quotes if n_quotes else 0.0
    print(f"statements: {n_quotes}, from anonymous sources: {n_anonymous_quotes} ({share:.0%})")
    with_reason = sum(1 for _, source, _ in anonymous if source.anonymity_reason is not None)
    print(f"anonymous sources with a stated reason for anonymity: {with_reason}/{len(anonymous)}")
    levels = Counter(source.specificity for _, source, _ in anonymous)
    print("specificity (0 = 'sources said' ... 4 = fully characterized):")
    for level in sorted(levels, key=lambda value: -1 if value is None else value):
        label = "not rated" if level is None else str(level)
        print(f"  {label:>9}: {levels[level]}")
    for article_id, source, quotes in anonymous:
        reason = source.anonymity_reason.text if source.anonymity_reason else "no reason given"
        print(f"- {article_id}: {source.name!r} ({quotes} statements; {reason})")


if __name__ == "__main__":
    main()
