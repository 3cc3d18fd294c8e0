"""Write a self-contained HTML page for an article: quotes coloured by source, a source panel
and a timeline of dated statements. Open it in any browser; it needs no script or network.

    python examples/html_report.py                          # -> border_talks.html
    python examples/html_report.py article.txt -o page.html --published 2016-03-08
"""

from __future__ import annotations

import argparse
from pathlib import Path

import attribution
from attribution.examples import PUBLISHED, read_example


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="a UTF-8 text file")
    parser.add_argument("-o", "--output", type=Path, help="the page to write")
    parser.add_argument("--published", help="publication date, ISO 8601")
    args = parser.parse_args()

    if args.file is None:
        name = "border_talks"
        text, published = read_example(name), PUBLISHED[name]
    else:
        name = args.file.stem
        text, published = args.file.read_text(encoding="utf-8"), args.published
    output: Path = args.output or Path(f"{name}.html")

    article = attribution.parse(text, published=published, id=name)
    output.write_text(attribution.render_html(article), encoding="utf-8")
    print(f"{len(article.quotes)} statements, {len(article.sources)} sources -> {output}")


if __name__ == "__main__":
    main()
