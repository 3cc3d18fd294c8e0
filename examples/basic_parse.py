"""Parse one article and print who said what, and when.

python examples/basic_parse.py                  # a bundled example article
python examples/basic_parse.py article.txt --published 2016-03-08
"""

from __future__ import annotations

import argparse

import attribution
from attribution.examples import PUBLISHED, read_example


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a UTF-8 text file (default: a bundled example)")
    parser.add_argument("--published", help="publication date, ISO 8601 (e.g. 2016-03-08)")
    args = parser.parse_args()

    if args.file is None:
        text, published = read_example("border_talks"), PUBLISHED["border_talks"]
    else:
        with open(args.file, encoding="utf-8") as handle:
            text, published = handle.read(), args.published

    article = attribution.parse(text, published=published)
    print(f"{len(article.quotes)} statements from {len(article.sources)} sources")
    for quote in article.quotes:
        source = article.source_of(quote)
        date = article.date_of(quote)
        who = source.name if source is not None else "(no source found)"
        when = date.value if date is not None and date.value else "undated"
        words = " ".join(quote.content.text.split())
        print(f"- [{quote.kind}] {who} ({when}): {words}")


if __name__ == "__main__":
    main()
