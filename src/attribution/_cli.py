"""The command line: ``attribution parse``, ``attribution batch`` and ``attribution demo``.

Exit codes (``docs/cli.md``): 0 success; 1 failure (an input could not be read or an output
written, or parsing failed); 2 bad usage; 3 finished, but some batch records were bad and were
reported on stderr; 130 interrupted (Ctrl-C or SIGTERM; ``batch --resume`` goes on from there).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import IO, Any

from attribution._api import coerce_date, parse
from attribution._errors import AttributionError
from attribution._results import Article
from attribution._version import __version__

__all__ = [
    "EXIT_BAD_RECORDS",
    "EXIT_FAILURE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "main",
    "summarize",
]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BAD_RECORDS = 3
EXIT_INTERRUPTED = 130


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
        out.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "html":
        from attribution._html import render_html

        out.write(render_html(article))
    else:
        out.write(summarize(article))


def _read_input(name: str) -> str:
    """The text of a file (or of stdin for ``-``), decoded as UTF-8 (a BOM is dropped)."""
    data: bytes
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # stdin was replaced by a text stream (as in tests)
            text: str = sys.stdin.read()
            return text
        data = buffer.read()
    else:
        with open(name, "rb") as handle:
            data = handle.read()
    return data.decode("utf-8-sig")


def _cmd_parse(args: argparse.Namespace) -> int:
    published = coerce_date(args.published)
    if args.format == "html" and len(args.files) > 1:
        print("attribution: --format html takes one FILE (one page per article)", file=sys.stderr)
        return EXIT_USAGE
    if args.files.count("-") > 1:
        print("attribution: - (standard input) can be given once", file=sys.stderr)
        return EXIT_USAGE
    articles: list[Article] = []
    for name in args.files:
        try:
            text = _read_input(name)
        except OSError as exc:
            print(f"attribution: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILURE
        except UnicodeDecodeError as exc:
            print(
                f"attribution: cannot read {name}: not UTF-8 ({exc.reason} at byte {exc.start})",
                file=sys.stderr,
            )
            return EXIT_FAILURE
        try:
            articles.append(parse(text, published=published, id=None if name == "-" else name))
        except AttributionError as exc:
            print(f"attribution: {name}: {exc}", file=sys.stderr)
            return EXIT_FAILURE
    to_stdout = args.output in (None, "-")
    try:
        out: IO[str] = (
            sys.stdout if to_stdout else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
        )
    except OSError as exc:
        print(f"attribution: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILURE
    try:
        if args.format == "json" and len(articles) > 1:
            # Several files: one JSON array, so that the output is one JSON document.
            body = ",\n".join(
                json.dumps(a.to_dict(), ensure_ascii=False, indent=2) for a in articles
            )
            out.write(f"[\n{body}\n]\n")
        else:
            for name, article in zip(args.files, articles, strict=True):
                if args.format == "text" and len(args.files) > 1:
                    out.write(f"== {name}\n")
                _write_article(article, args.format, out)
        out.flush()
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


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if number < 1 and number != -1:
        raise argparse.ArgumentTypeError("must be >= 1, or -1 for one per CPU")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attribution",
        description="Who said what, and when: quotes, sources and dates in news articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_parse = commands.add_parser(
        "parse",
        help="parse article files (or - for standard input)",
        description="Parse UTF-8 text files, each one article. Output: a readable summary "
        "(text), the JSON contract (json: an object, or an array for several files; jsonl: one "
        "object per line) or an HTML page (html, one file).",
    )
    p_parse.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for stdin")
    p_parse.add_argument("--format", choices=("text", "json", "jsonl", "html"), default="text")
    p_parse.add_argument(
        "--published",
        metavar="DATE",
        help="publication date, ISO 8601 (default: read from the article's header or dateline)",
    )
    p_parse.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p_parse.set_defaults(func=_cmd_parse)

    p_batch = commands.add_parser(
        "batch",
        help="parse a JSONL corpus: one {id, text, published?} per line",
        description="Parse a JSONL corpus record by record with flat memory. Bad records are "
        "reported on stderr with their line number and skipped (exit code 3). Every output "
        "record is written whole, so an interrupted run can go on with --resume.",
    )
    p_batch.add_argument("input", metavar="IN.jsonl", help="input JSONL file, or - for stdin")
    p_batch.add_argument(
        "-o", "--output", metavar="OUT", required=True, help="output file, or - for stdout"
    )
    p_batch.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="jsonl: one article (the JSON contract) per line; csv: one row per quote",
    )
    p_batch.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="worker processes (default 1; -1: one per CPU); output order is input order",
    )
    p_batch.add_argument(
        "--resume",
        action="store_true",
        help="keep the output, cut a partial last record, skip ids already in it, append",
    )
    p_batch.add_argument(
        "--no-progress", action="store_true", help="no progress bar (shown only on a terminal)"
    )
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
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``attribution parse ... | head``): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_OK
    return code


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout is not a real file (e.g. in tests)
        pass
