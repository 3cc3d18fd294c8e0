"""``attribution batch``: parse a JSONL corpus record by record, with flat memory.

Each input line is ``{"id": ..., "text": ..., "published": ...?}``. A bad record (invalid UTF-8
or JSON, no string ``text``, a truncated last line, a text the parser rejects) is reported on
stderr with its line number and skipped; every other record is parsed and written. Each output
record (a JSON line, or an article's CSV rows) is written with one ``write`` and flushed, so an
interrupted run leaves only whole records, and ``--resume`` carries on where it stopped.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import sys
import time
from collections.abc import Generator, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

from attribution._api import check_text, coerce_date, parse
from attribution._errors import AttributionError
from attribution._parallel import map_ordered, resolve_processes
from attribution._records import to_records
from attribution._results import Article, Quote, Span

if TYPE_CHECKING:
    from types import FrameType

    from spacy.language import Language

__all__ = [
    "BadRecord",
    "Progress",
    "Record",
    "csv_header",
    "read_records",
    "recover_output",
    "run_batch",
]

# Records sent to a worker process at a time (see attribution._parallel.map_ordered).
_BATCH_SIZE = 16


@attrs.frozen(kw_only=True)
class Record:
    """One good input record."""

    line: int
    id: str
    text: str
    published: str | None


@attrs.frozen(kw_only=True)
class BadRecord:
    """An input line that could not be used, and why; ``counts`` is False for an empty line."""

    line: int
    reason: str
    counts: bool = True


def _check(line_number: int, raw: bytes, *, last: bool) -> Record | BadRecord:
    truncated = last and not raw.endswith(b"\n")
    try:
        data: Any = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadRecord(
            line=line_number, reason=f"invalid UTF-8 ({exc.reason} at byte {exc.start})"
        )
    except json.JSONDecodeError as exc:
        if truncated:
            return BadRecord(line=line_number, reason="truncated last line (no newline at the end)")
        return BadRecord(line=line_number, reason=f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return BadRecord(line=line_number, reason=f"a JSON {type(data).__name__}, not an object")
    text = data.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return BadRecord(line=line_number, reason=f"'text' is {what}")
    published = data.get("published")
    if published is not None and not isinstance(published, str):
        return BadRecord(line=line_number, reason="'published' is not a string")
    record_id = data.get("id")
    if record_id is None:
        record_id = str(line_number)
    elif isinstance(record_id, bool) or not isinstance(record_id, (str, int)):
        return BadRecord(line=line_number, reason="'id' is not a string or an integer")
    return Record(line=line_number, id=str(record_id), text=text, published=published)


def read_records(stream: Iterable[bytes]) -> Iterator[Record | BadRecord]:
    """The records of a JSONL byte stream, one line at a time (memory does not grow).

    Empty lines come back as a BadRecord with ``counts=False``.
    """
    lines = iter(stream)
    line_number = 0
    upcoming = next(lines, None)
    while upcoming is not None:
        raw, upcoming = upcoming, next(lines, None)
        line_number += 1
        if not raw.strip():
            yield BadRecord(line=line_number, reason="empty line", counts=False)
            continue
        yield _check(line_number, raw, last=upcoming is None)


def csv_header() -> list[str]:
    """The CSV columns: the keys of ``Article.to_records`` (asked of a one-quote article)."""
    empty = Span(start=0, end=0, text="")
    probe = Article(text="", quotes=(Quote(id="q1", kind="direct", content=empty, fragments=()),))
    return list(to_records(probe)[0])


def _csv_rows(article: Article, header: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore")
    writer.writerows(article.to_records())
    return buffer.getvalue()


def _encode(line: str, article: Article) -> bytes:
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (JSON "\ud800" in the input) cannot be UTF-8: escape it instead.
        return json.dumps(article.to_dict(), ensure_ascii=True).encode("ascii") + b"\n"


# A job for one record: (line number, id, text, published, output format, CSV header).
_Job = tuple[int, str, str, str | None, str, list[str]]
# Its result: (line number, output bytes or None, error message or None).
_Result = tuple[int, bytes | None, str | None]


def _process(job: _Job, nlp: Language | None) -> _Result:
    """Parse one record and serialize it (in a worker process when ``--workers`` > 1)."""
    line, record_id, text, published, fmt, header = job
    try:
        article = parse(text, published=published, nlp=nlp, id=record_id)
    except AttributionError as exc:
        return line, None, str(exc)
    except Exception as exc:  # a bug: report it with the record and go on with the others
        return line, None, f"internal error, please report it: {type(exc).__name__}: {exc}"
    if fmt == "csv":
        rows = _csv_rows(article, header)
        return line, rows.encode("utf-8", "backslashreplace"), None
    dumped = json.dumps(article.to_dict(), ensure_ascii=False) + "\n"
    return line, _encode(dumped, article), None


def recover_output(path: str, fmt: str) -> set[str]:
    """Make ``path`` end on a whole record and return the ids it holds (for ``--resume``).

    A partial last record (an interrupted write) is cut off, and so are the other CSV rows of
    that article, so the article is parsed again. Reads the file as a stream.
    """
    if fmt == "csv":
        return _recover_csv(path)
    done: set[str] = set()
    good_end = 0
    with open(path, "rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                record_id = json.loads(raw)["id"]
            except (ValueError, KeyError, TypeError):
                break
            done.add(str(record_id))
            good_end += len(raw)
    _truncate(path, good_end)
    return done


def _recover_csv(path: str) -> set[str]:
    done: set[str] = set()
    with open(path, "rb") as handle:
        consumed = 0  # bytes the csv reader has pulled, so the end of the row it returned
        last = b""

        def lines() -> Iterator[str]:
            nonlocal consumed, last
            for raw in handle:
                consumed += len(raw)
                last = raw
                yield raw.decode("utf-8", "replace")

        reader = csv.reader(lines(), strict=True)
        good_end = row_end = 0  # the end of the last article known to be whole; of the last row
        current: str | None = None
        try:
            header = next(reader, None)
            if header is None:
                return done
            column = header.index("article_id") if "article_id" in header else 0
            row_end = good_end = consumed if last.endswith(b"\n") else 0
            for row in reader:
                if len(row) > column and row[column] != current:
                    # A new article starts where the previous row ended.
                    if current is not None:
                        done.add(current)
                    good_end, current = row_end, row[column]
                row_end = consumed
        except csv.Error:
            last = b""
    if last.endswith(b"\n"):
        # The file ends on a whole row: the last article is whole too (one write per article).
        if current is not None:
            done.add(current)
        good_end = row_end
    _truncate(path, good_end)
    return done


def _truncate(path: str, size: int) -> None:
    if os.path.getsize(path) != size:
        with open(path, "r+b") as handle:
            handle.truncate(size)


class Progress:
    """A one-line progress bar on a terminal: bytes read, records per second, bad records."""

    def __init__(self, stream: IO[str], total: int | None, *, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.started = time.monotonic()
        self.shown_at = 0.0
        self.position = 0
        self.records = 0
        self.bad = 0
        self.visible = False

    def update(self, *, position: int, records: int, bad: int) -> None:
        """Record the progress; redraw at most ten times a second."""
        self.position, self.records, self.bad = position, records, bad
        now = time.monotonic()
        if self.enabled and now - self.shown_at >= 0.1:
            self.shown_at = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = f"{self.records / elapsed:,.0f} rec/s"
        done = f"{self.position / 1e6:,.1f} MB"
        if self.total:
            fraction = min(self.position / self.total, 1.0)
            filled = int(fraction * 24)
            bar = f"[{'#' * filled}{'.' * (24 - filled)}] {fraction:4.0%} "
            done += f"/{self.total / 1e6:,.1f} MB"
        else:
            bar = ""
        bad = f", {self.bad:,} bad" if self.bad else ""
        self.stream.write(f"\r\x1b[K{bar}{done}, {self.records:,} records, {rate}{bad}")
        self.stream.flush()
        self.visible = True

    def clear(self) -> None:
        """Remove the bar before another message is printed (it is redrawn on the next update)."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False
            self.shown_at = 0.0

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
            self.visible = False


class _Interrupted(BaseException):
    """SIGTERM arrived: stop between records, like Ctrl-C (not an Exception, like it)."""


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise _Interrupted


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def run_batch(args: argparse.Namespace) -> int:
    """Parse ``args.input`` into ``args.output``; the exit code says whether records were bad."""
    from attribution._cli import EXIT_BAD_RECORDS, EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK

    workers = resolve_processes(args.workers)
    fmt: str = args.format
    to_stdout = args.output == "-"
    if args.resume and to_stdout:
        print("attribution: --resume needs an output file, not -", file=sys.stderr)
        return EXIT_FAILURE
    try:
        source: IO[bytes] = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"attribution: cannot read {args.input}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if not to_stdout and _same_file(args.input, args.output):
        source.close()
        print("attribution: the output file is the input file", file=sys.stderr)
        return EXIT_FAILURE
    done: set[str] = set()
    header = csv_header()
    try:
        if args.resume and os.path.exists(args.output):
            done = recover_output(args.output, fmt)
        if to_stdout:
            fd = os.dup(sys.stdout.fileno())
        else:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if args.resume else os.O_TRUNC)
            fd = os.open(args.output, flags, 0o644)
    except OSError as exc:
        source.close()
        print(f"attribution: cannot write {args.output}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    if fmt == "csv" and (to_stdout or os.fstat(fd).st_size == 0):
        _write_all(fd, _csv_header_line(header))
    total = _size_of(source)
    progress = Progress(
        sys.stderr, total, enabled=not args.no_progress and sys.stderr.isatty() and not to_stdout
    )
    counts = {"bad": 0, "written": 0, "skipped": 0, "position": 0}
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    jobs = _jobs(source, args.input, done, fmt, header, counts, progress)
    results: Generator[_Result, None, None]
    if workers == 1:
        results = (_process(job, None) for job in jobs)
    else:
        results = map_ordered(_process, jobs, n_process=workers, batch_size=_BATCH_SIZE)
    try:
        for line, payload, error in results:
            if payload is None:
                counts["bad"] += 1
                _report(progress, f"{args.input}:{line}: {error}")
            else:
                _write_all(fd, payload)
                counts["written"] += 1
            progress.update(
                position=counts["position"], records=counts["written"], bad=counts["bad"]
            )
    except (KeyboardInterrupt, _Interrupted):
        progress.clear()
        print(
            f"attribution: interrupted after {counts['written']:,} records; every record written "
            "is complete: run again with --resume to go on",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except OSError as exc:
        progress.clear()
        print(f"attribution: cannot write {args.output}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        results.close()  # stops the worker processes, if any
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        os.close(fd)
        source.close()
    progress.close()
    skipped = f", {counts['skipped']:,} already done" if counts["skipped"] else ""
    if counts["bad"]:
        print(
            f"attribution: {counts['written']:,} records written{skipped}, "
            f"{counts['bad']:,} bad records skipped (see above)",
            file=sys.stderr,
        )
        return EXIT_BAD_RECORDS
    return EXIT_OK


def _jobs(
    source: IO[bytes],
    name: str,
    done: set[str],
    fmt: str,
    header: list[str],
    counts: dict[str, int],
    progress: Progress,
) -> Iterator[_Job]:
    """The jobs of the good records; bad ones are reported here, already-done ones skipped."""
    for item in read_records(_counting(source, counts)):
        if isinstance(item, BadRecord):
            if item.counts:
                counts["bad"] += 1
            note = "" if item.counts else " (skipped)"
            _report(progress, f"{name}:{item.line}: {item.reason}{note}")
            continue
        if item.id in done:
            counts["skipped"] += 1
            continue
        try:
            check_text(item.text)
            coerce_date(item.published)
        except AttributionError as exc:
            counts["bad"] += 1
            _report(progress, f"{name}:{item.line}: {exc}")
            continue
        yield item.line, item.id, item.text, item.published, fmt, header


def _counting(source: IO[bytes], counts: dict[str, int]) -> Iterator[bytes]:
    for raw in source:
        counts["position"] += len(raw)
        yield raw


def _report(progress: Progress, message: str) -> None:
    progress.clear()
    print(f"attribution: {message}", file=sys.stderr)


def _csv_header_line(header: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(header)
    return buffer.getvalue().encode("utf-8")


def _size_of(source: IO[bytes]) -> int | None:
    try:
        info = os.fstat(source.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    import stat

    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _same_file(first: str, second: str) -> bool:
    try:
        return first != "-" and os.path.samefile(first, second)
    except OSError:  # one of them does not exist
        return False


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()
