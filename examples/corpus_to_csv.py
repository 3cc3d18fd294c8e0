"""Turn a JSONL corpus into a CSV file with one row per quote.

Each input line is ``{"id": ..., "text": ..., "published": ...?}`` (the format of
``attribution batch``). Without an input file, a tiny corpus is written from the bundled
example articles first, so the script runs as is:

    python examples/corpus_to_csv.py                      # -> quotes.csv
    python examples/corpus_to_csv.py corpus.jsonl -o quotes.csv
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import attribution
from attribution._records import RECORD_FIELDS
from attribution.examples import EXAMPLES, PUBLISHED, read_example


def write_example_corpus(path: Path) -> None:
    """A JSONL corpus made of the bundled example articles."""
    with path.open("w", encoding="utf-8") as out:
        for name in EXAMPLES:
            record = {"id": name, "text": read_example(name), "published": PUBLISHED[name]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="input JSONL (default: examples)")
    parser.add_argument("-o", "--output", type=Path, default=Path("quotes.csv"))
    args = parser.parse_args()

    corpus: Path = args.corpus
    if corpus is None:
        corpus = args.output.with_name("example_corpus.jsonl")
        write_example_corpus(corpus)
        print(f"wrote the example corpus to {corpus}")

    rows = articles = 0
    with (
        corpus.open(encoding="utf-8") as lines,
        args.output.open("w", encoding="utf-8", newline="") as out,
    ):
        writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS)
        writer.writeheader()
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            article = attribution.parse(
                record["text"], published=record.get("published"), id=str(record.get("id"))
            )
            records = article.to_records()
            writer.writerows(records)
            rows += len(records)
            articles += 1
    print(f"{articles} articles, {rows} quotes -> {args.output}")


if __name__ == "__main__":
    main()
