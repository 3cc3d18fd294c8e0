"""``attribution batch``: parse a JSONL corpus record by record, with flat memory.

Each input line is ``{"id": ..., "text": ..., "published": ...?}``. A bad record (invalid UTF-8
or JSON, no string ``text``, a truncated last line, a text the parser rejects) is reported on
stderr with its line number and skipped; every other record is parsed and written. Each output
record (a JSON line, or an article's CSV rows) is written with one ``write`` and flushed, so an
interrupted run leaves only whole records, and ``--resume`` carries on where it stopped.

With ``--workers N``, the parent process only reads raw lines and writes bytes: each worker gets
a chunk of raw lines and does the rest (UTF-8 and JSON decoding, checks, parsing, serializing)
and sends back the chunk's output as one byte string, with the lines it had to report.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import attrs

from attribution._api import parse
from attribution._errors import AttributionError
from attribution._parallel import chunked, map_chunks, resolve_processes
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


# Input lines sent to a worker process at a time (see attribution._parallel.map_chunks).
_LINES_PER_CHUNK = 16

# One input line: (line number, the raw bytes of the line).
_Line = tuple[int, bytes]


@attrs.frozen(kw_only=True)
class _Settings:
    """What every worker needs, sent to it once: the output format and the ids already done."""

    fmt: str
    header: list[str]
    done: frozenset[str]


@attrs.frozen(kw_only=True)
class _Chunk:
    """The outcome of a chunk of lines: output bytes (whole records, in input order), how many
    records they hold, how many were already done, and the lines to report: (line, message,
    whether it counts as a bad record)."""

    output: bytes
    written: int
    skipped: int
    reports: tuple[tuple[int, str, bool], ...]


def _process(record: Record, nlp: Language | None, settings: _Settings) -> tuple[bytes | None, str]:
    """Parse one record and serialize it: (output bytes, "") or (None, error message)."""
    try:
        article = parse(record.text, published=record.published, nlp=nlp, id=record.id)
    except AttributionError as exc:
        return None, str(exc)
    except Exception as exc:  # a bug: report it with the record and go on with the others
        return None, f"internal error, please report it: {type(exc).__name__}: {exc}"
    if settings.fmt == "csv":
        return _csv_rows(article, settings.header).encode("utf-8", "backslashreplace"), ""
    dumped = json.dumps(article.to_dict(), ensure_ascii=False) + "\n"
    return _encode(dumped, article), ""


def _process_lines(lines: list[_Line], nlp: Language | None, settings: _Settings) -> _Chunk:
    """Check, parse and serialize a chunk of raw input lines (in a worker with ``--workers``)."""
    output: list[bytes] = []
    reports: list[tuple[int, str, bool]] = []
    skipped = 0
    for line, raw in lines:
        if not raw or raw.isspace():
            reports.append((line, "empty line (skipped)", False))
            continue
        # Only the last line of a file can lack its newline.
        item = _check(line, raw, last=not raw.endswith(b"\n"))
        if isinstance(item, BadRecord):
            reports.append((line, item.reason, True))
        elif item.id in settings.done:
            skipped += 1
        else:
            payload, error = _process(item, nlp, settings)
            if payload is None:
                reports.append((line, error, True))
            else:
                output.append(payload)
    return _Chunk(
        output=b"".join(output), written=len(output), skipped=skipped, reports=tuple(reports)
    )


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
    settings = _Settings(fmt=fmt, header=header, done=frozenset(done))
    del done
    lines = _numbered(source, counts)
    results: Generator[_Chunk, None, None]
    if workers == 1:
        # One line at a time: each record is written as soon as it is parsed.
        results = (_process_lines([line], None, settings) for line in lines)
    else:
        chunks = chunked(lines, _LINES_PER_CHUNK)
        results = map_chunks(_process_lines, chunks, n_process=workers, shared=settings, fork=True)
    trim = _heap_trimmer() if workers > 1 else None
    try:
        for number, chunk in enumerate(results, start=1):
            if trim is not None and number % _TRIM_EVERY == 0:
                trim()
            for line, message, bad in chunk.reports:
                counts["bad"] += bad
                _report(progress, f"{args.input}:{line}: {message}")
            if chunk.output:
                # Whole records only, in one write: an interrupted run leaves no partial one.
                _write_all(fd, chunk.output)
            counts["written"] += chunk.written
            counts["skipped"] += chunk.skipped
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


#: Chunks between two returns of freed heap memory to the system (see :func:`_heap_trimmer`).
_TRIM_EVERY = 256


def _heap_trimmer() -> Callable[[], object] | None:
    """glibc's ``malloc_trim(0)``, or None where there is no such call (macOS, Windows, musl).

    With ``--workers``, each chunk's output is unpickled in a thread of the process pool and
    freed in the main thread; glibc keeps memory freed that way in its arenas, so without a
    trim the parent's resident size grows with the bytes it moves (27 to 42 MB over 420,000
    articles), although it holds no more Python objects.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        malloc_trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    malloc_trim.argtypes = [ctypes.c_size_t]
    malloc_trim.restype = ctypes.c_int
    return functools.partial(malloc_trim, 0)


def _numbered(source: IO[bytes], counts: dict[str, int]) -> Iterator[_Line]:
    """The raw lines of ``source`` with their line numbers, counting the bytes read."""
    for number, raw in enumerate(source, start=1):
        counts["position"] += len(raw)
        yield number, raw


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
