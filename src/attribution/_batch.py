"""``attribution batch``: parse a JSONL corpus record by record, with flat memory.

Each input line is ``{"id": ..., "text": ..., "published": ...?}``. A bad record is reported on
stderr with its line number and skipped; every other record is parsed and written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import attrs

from attribution._api import parse
from attribution._errors import AttributionError

__all__ = ["BadRecord", "Record", "read_records", "run_batch"]


@attrs.frozen(kw_only=True)
class Record:
    """One good input record."""

    line: int
    id: str
    text: str
    published: str | None


@attrs.frozen(kw_only=True)
class BadRecord:
    """An input line that could not be used, and why."""

    line: int
    reason: str


def _check(line_number: int, raw: bytes) -> Record | BadRecord:
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadRecord(
            line=line_number, reason=f"invalid UTF-8 ({exc.reason} at byte {exc.start})"
        )
    except json.JSONDecodeError as exc:
        return BadRecord(line=line_number, reason=f"invalid JSON ({exc.msg})")
    if not isinstance(data, dict):
        return BadRecord(line=line_number, reason="not a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return BadRecord(line=line_number, reason=f"'text' is {what}")
    published = data.get("published")
    if published is not None and not isinstance(published, str):
        return BadRecord(line=line_number, reason="'published' is not a string")
    record_id = data.get("id", line_number)
    return Record(line=line_number, id=str(record_id), text=text, published=published)


def read_records(stream: IO[bytes]) -> Iterator[Record | BadRecord]:
    """The records of a JSONL byte stream, one at a time; empty lines are skipped."""
    for line_number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        yield _check(line_number, raw)


def run_batch(args: argparse.Namespace) -> int:
    """Parse ``args.input`` into ``args.output``; the exit code says whether records were bad."""
    from attribution._cli import EXIT_BAD_RECORDS, EXIT_FAILURE, EXIT_OK

    bad = 0
    try:
        source: IO[bytes] = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"attribution: cannot read {args.input}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    with source, open(args.output, "w", encoding="utf-8") as out:
        for item in read_records(source):
            if isinstance(item, BadRecord):
                bad += 1
                print(f"attribution: {args.input}:{item.line}: {item.reason}", file=sys.stderr)
                continue
            try:
                article = parse(item.text, published=item.published, id=item.id)
            except AttributionError as exc:
                bad += 1
                print(f"attribution: {args.input}:{item.line}: {exc}", file=sys.stderr)
                continue
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return EXIT_BAD_RECORDS if bad else EXIT_OK
