"""The command line: ``attribution parse``, ``attribution batch`` and ``attribution demo``.

Exit codes: 0 success; 1 failure (an input could not be read, or parsing failed); 2 bad usage;
3 finished, but some batch records were bad and were reported on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import IO, Any

from attribution._api import coerce_date, parse
from attribution._errors import AttributionError
from attribution._results import Article
from attribution._version import __version__

__all__ = ["EXIT_BAD_RECORDS", "EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "main", "summarize"]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BAD_RECORDS = 3


def summarize(article: Article) -> str:
    """A readable summary: who said what, grouped by source, with statement dates."""
    lines: list[str] = []
    if article.published is not None:
        lines.append(f"Published: {article.published.value}")
    by_source: dict[str | None, list[Any]] = {}
    for quote in article.quotes:
        by_source.setdefault(quote.source, []).append(quote)
    for source in article.sources:
        quotes = by_source.get(source.id, [])
        details: list[str] = [source.kind]
        if source.anonymous:
            details.append("anonymous")
        if source.title:
            details.append(source.title)
        lines.append(f"\n{source.name} ({', '.join(details)}): {len(quotes)} statement(s)")
        for quote in quotes:
            lines.append(_quote_line(article, quote))
    unattributed = by_source.get(None, [])
    if unattributed:
        lines.append(f"\nNo source in the text: {len(unattributed)} statement(s)")
        lines.extend(_quote_line(article, quote) for quote in unattributed)
    if not article.quotes:
        lines.append("No quotes found.")
    return "\n".join(lines).lstrip("\n") + "\n"


def _quote_line(article: Article, quote: Any) -> str:
    date = article.date_of(quote)
    when = f" [{date.value}]" if date is not None and date.value else ""
    cue = f" ({quote.cue.text})" if quote.cue is not None else ""
    text = " ".join(quote.content.text.split())
    if len(text) > 160:
        text = text[:157] + "..."
    return f"  - {quote.kind}{cue}{when}: {text}"


def _write_article(article: Article, fmt: str, out: IO[str]) -> None:
    if fmt == "json":
        json.dump(article.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "html":
        from attribution._html import render_html

        out.write(render_html(article))
    else:
        out.write(summarize(article))


def _read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    with open(name, encoding="utf-8") as handle:
        return handle.read()


def _cmd_parse(args: argparse.Namespace) -> int:
    published = coerce_date(args.published)
    to_stdout = args.output in (None, "-")
    out: IO[str] = sys.stdout if to_stdout else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for name in args.files:
            try:
                text = _read_input(name)
            except (OSError, UnicodeDecodeError) as exc:
                print(f"attribution: cannot read {name}: {exc}", file=sys.stderr)
                return EXIT_FAILURE
            article = parse(text, published=published, id=None if name == "-" else name)
            if args.format == "text" and len(args.files) > 1:
                out.write(f"== {name}\n")
            _write_article(article, args.format, out)
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from attribution.examples import read_example

    article = parse(read_example(args.name), id=args.name)
    _write_article(article, args.format, sys.stdout)
    return EXIT_OK


def _cmd_batch(args: argparse.Namespace) -> int:
    from attribution._batch import run_batch

    return run_batch(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attribution",
        description="Who said what, and when: quotes, sources and dates in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_parse = commands.add_parser("parse", help="parse article files (or - for standard input)")
    p_parse.add_argument("files", nargs="+", metavar="FILE")
    p_parse.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    p_parse.add_argument("--published", metavar="DATE", help="publication date, ISO 8601")
    p_parse.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p_parse.set_defaults(func=_cmd_parse)

    p_batch = commands.add_parser(
        "batch", help="parse a JSONL corpus: one {id, text, published?} per line"
    )
    p_batch.add_argument("input", metavar="IN.jsonl", help="input JSONL file, or - for stdin")
    p_batch.add_argument("-o", "--output", metavar="OUT", required=True, help="output file")
    p_batch.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p_batch.add_argument("--workers", type=int, default=1, help="processes to use (default 1)")
    p_batch.add_argument("--resume", action="store_true", help="skip ids already in the output")
    p_batch.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p_batch.set_defaults(func=_cmd_batch)

    p_demo = commands.add_parser("demo", help="parse a bundled example article")
    p_demo.add_argument(
        "--name", default="border_talks", help="which example (default border_talks)"
    )
    p_demo.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    p_demo.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except AttributionError as exc:
        print(f"attribution: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, (TypeError, ValueError)) else EXIT_FAILURE
    except KeyboardInterrupt:
        print("attribution: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code
