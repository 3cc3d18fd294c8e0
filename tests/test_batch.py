"""``attribution batch``: bad records, resuming, CSV, workers, and the record reader."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from attribution._batch import BadRecord, Record, read_records, recover_output
from attribution._cli import EXIT_BAD_RECORDS, EXIT_FAILURE, EXIT_OK, main

QUOTE = "\u201cWe will go,\u201d Maria Lopez said."


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def run(tmp_path: Path, data: bytes, *args: str) -> tuple[int, Path]:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(data)
    out = tmp_path / "out"
    code = main(["batch", str(corpus), "-o", str(out), "--no-progress", *args])
    return code, out


def ids_of(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(b"not json\n", "invalid JSON", id="not-json"),
        pytest.param(b'{"id": "x"}\n', "'text' is missing", id="no-text"),
        pytest.param(b'{"text": null}\n', "'text' is missing", id="null-text"),
        pytest.param(b'{"text": 5}\n', "'text' is a int", id="int-text"),
        pytest.param(b'{"text": ["a"]}\n', "'text' is a list", id="list-text"),
        pytest.param(b'["text"]\n', "not an object", id="array"),
        pytest.param(b'{"text": "a\xff"}\n', "invalid UTF-8", id="bad-utf8"),
        pytest.param(b'{"text": "a", "published": 5}\n', "'published'", id="int-published"),
        pytest.param(b'{"text": "a", "id": [1]}\n', "'id'", id="list-id"),
        pytest.param(b'{"text": "a", "tex', "truncated last line", id="truncated"),
    ],
)
def test_a_bad_line_is_a_bad_record_with_its_reason(raw: bytes, reason: str) -> None:
    (item,) = read_records(io.BytesIO(raw))
    assert isinstance(item, BadRecord)
    assert item.line == 1
    assert reason in item.reason
    assert item.counts


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(b'{"id": "a", "text": "T"}\n', ("a", "T", None), id="plain"),
        pytest.param(b'{"id": 7, "text": "T"}\n', ("7", "T", None), id="int-id"),
        pytest.param(b'{"text": "T"}\n', ("1", "T", None), id="no-id-is-line"),
        pytest.param(
            b'{"text": "T", "published": "2016-03-08"}', ("1", "T", "2016-03-08"), id="no-newline"
        ),
        pytest.param(b'{"text": "T"}\r\n', ("1", "T", None), id="crlf"),
    ],
)
def test_a_good_line_is_a_record(raw: bytes, expected: tuple[str, str, str | None]) -> None:
    (item,) = read_records(io.BytesIO(raw))
    assert isinstance(item, Record)
    assert (item.id, item.text, item.published) == expected


def test_empty_lines_are_noted_but_not_bad() -> None:
    items = list(read_records(io.BytesIO(b'\n{"text": "a"}\n  \n')))
    assert [(type(i).__name__, i.line) for i in items] == [
        ("BadRecord", 1),
        ("Record", 2),
        ("BadRecord", 3),
    ]
    assert not any(isinstance(i, BadRecord) and i.counts for i in items)


@pytest.mark.parametrize(
    "workers", [pytest.param("1", id="1-worker"), pytest.param("2", id="2-workers")]
)
def test_every_bad_record_is_reported_with_its_line_and_the_rest_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    data = (
        jsonl({"id": "a", "text": QUOTE})
        + b"{oops\n"
        + b'{"id": "b", "text": "\xff"}\n'
        + b"\n"
        + jsonl({"id": "c", "text": "Nothing here.", "published": "2016-03-08"})
        + jsonl({"id": "d", "text": "x", "published": "soon"})
        + b'{"id": "e", "te'
    )
    code, out = run(tmp_path, data, "--workers", workers)
    assert code == EXIT_BAD_RECORDS
    err = capsys.readouterr().err
    # Reported in input order, whichever process checked the line.
    numbers = [
        int(m.split("in.jsonl:")[1].split(":")[0]) for m in err.splitlines() if "in.jsonl:" in m
    ]
    assert numbers == [2, 3, 4, 6, 7]
    for line, reason in [
        (2, "invalid JSON"),
        (3, "invalid UTF-8"),
        (6, "ISO 8601"),
        (7, "truncated"),
    ]:
        reported = [m for m in err.splitlines() if f"in.jsonl:{line}: " in m]
        assert len(reported) == 1, (line, err)
        assert reason in reported[0]
    assert ":4: empty line" in err
    assert ids_of(out) == ["a", "c"]
    assert "2 records written" in err


def test_a_clean_corpus_exits_0_and_writes_the_contract(tmp_path: Path) -> None:
    code, out = run(tmp_path, jsonl({"id": "a", "text": QUOTE}, {"id": "b", "text": "No."}))
    assert code == EXIT_OK
    first = json.loads(out.read_text("utf-8").splitlines()[0])
    assert first["schema"] == "attribution/1"
    assert first["quotes"][0]["speaker"]["text"] == "Maria Lopez"


def test_a_missing_input_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["batch", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o"), "--no-progress"])
    assert code == EXIT_FAILURE
    assert "cannot read" in capsys.readouterr().err


def test_an_escaped_lone_surrogate_is_written_as_valid_utf8(tmp_path: Path) -> None:
    data = b'{"id": "s", "text": "lone \\ud800 here"}\n' + jsonl({"id": "a", "text": QUOTE})
    code, out = run(tmp_path, data)
    assert code == EXIT_OK
    assert ids_of(out) == ["s", "a"]
    first = (
        out.read_bytes().decode("utf-8").splitlines()[0]
    )  # valid UTF-8: the surrogate is escaped
    assert json.loads(first)["text"] == "lone \ud800 here"


@pytest.mark.parametrize(
    "workers", [pytest.param("1", id="1-worker"), pytest.param("2", id="2-workers")]
)
def test_resume_skips_done_ids_and_drops_a_partial_last_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    data = jsonl(*({"id": f"r{i}", "text": QUOTE} for i in range(40)))
    code, out = run(tmp_path, data)
    assert code == EXIT_OK
    lines = out.read_bytes().splitlines(keepends=True)
    # An interrupted run: 23 whole records and half of the next one.
    out.write_bytes(b"".join(lines[:23]) + lines[23][:20])
    capsys.readouterr()
    code, out = run(tmp_path, data, "--resume", "--workers", workers)
    assert code == EXIT_OK
    assert ids_of(out) == [f"r{i}" for i in range(40)]
    assert out.read_bytes().splitlines(keepends=True) == lines


def test_without_resume_the_output_is_replaced(tmp_path: Path) -> None:
    data = jsonl({"id": "a", "text": QUOTE})
    run(tmp_path, data)
    run(tmp_path, data)
    assert ids_of(tmp_path / "out") == ["a"]


def test_csv_has_one_row_per_quote_and_resumes(tmp_path: Path) -> None:
    two = "\u201cA,\u201d Ana Ruiz said. \u201cB,\u201d Kemal Aydin said."
    data = jsonl({"id": "x", "text": two}, {"id": "y", "text": "None."}, {"id": "z", "text": QUOTE})
    code, out = run(tmp_path, data, "--format", "csv")
    assert code == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert [r["article_id"] for r in rows] == ["x", "x", "z"]
    assert rows[0]["speaker"] == "Ana Ruiz"
    whole = out.read_bytes()
    # Cut inside the last row: z is parsed again, x is kept.
    out.write_bytes(whole[:-5])
    assert recover_output(str(out), "csv") == {"x"}
    code, out = run(tmp_path, data, "--format", "csv", "--resume")
    assert code == EXIT_OK
    assert out.read_bytes() == whole


def test_csv_recovery_keeps_a_whole_file(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("article_id,quote_id\r\na,q1\r\na,q2\r\nb,q1\r\n", encoding="utf-8")
    assert recover_output(str(out), "csv") == {"a", "b"}
    assert out.read_text("utf-8").count("\n") == 4


def test_jsonl_recovery_cuts_a_line_that_is_not_json(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_bytes(b'{"id": "a"}\n{"id": "b"}\n{"id": "c", "x": \n')
    assert recover_output(str(out), "jsonl") == {"a", "b"}
    assert out.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'


def test_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": QUOTE if i % 3 else "Plain."} for i in range(40)]
    data = jsonl(*records) + b"bad\n"
    code, out = run(tmp_path, data)
    serial = out.read_bytes()
    code2, out2 = run(tmp_path, data, "--workers", "2")
    assert code == code2 == EXIT_BAD_RECORDS
    assert out2.read_bytes() == serial


def test_stdout_output(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(jsonl({"id": "a", "text": QUOTE}))
    assert main(["batch", str(corpus), "-o", "-", "--no-progress"]) == EXIT_OK
    assert json.loads(capfd.readouterr().out)["id"] == "a"


@pytest.mark.parametrize(
    "workers", [pytest.param("1", id="1-worker"), pytest.param("2", id="2-workers")]
)
def test_sigterm_leaves_whole_records_and_resume_finishes(tmp_path: Path, workers: str) -> None:
    """Kill a real run mid-way: every line written is whole, and --resume completes the job."""
    records = [{"id": f"r{i}", "text": QUOTE * 10} for i in range(300)]
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(jsonl(*records))
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "attribution", "batch", str(corpus), "-o", str(out)]
    command += ["--workers", workers]
    process = subprocess.Popen([*command, "--no-progress"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 10_000):
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=20)
    written = out.read_bytes()
    if process.returncode == 130:  # it was still running: it stopped between records
        assert b"--resume" in err
        assert written.endswith(b"\n")
    for line in written.splitlines():
        json.loads(line)
    result = subprocess.run([*command, "--resume", "--no-progress"], check=False)
    assert result.returncode == EXIT_OK
    assert ids_of(out) == [r["id"] for r in records]


def test_the_progress_bar_draws_only_when_enabled() -> None:
    from attribution._batch import Progress

    shown, hidden = io.StringIO(), io.StringIO()
    for stream, enabled in ((shown, True), (hidden, False)):
        bar = Progress(stream, 1000, enabled=enabled)
        bar.update(position=500, records=10, bad=1)
        bar.close()
    assert "50%" in shown.getvalue()
    assert "10 records" in shown.getvalue()
    assert "1 bad" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_a_terminal_gets_a_progress_bar(tmp_path: Path) -> None:
    """Run under a pseudo-terminal: the bar is drawn on stderr."""
    pty = pytest.importorskip("pty")
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(jsonl({"id": "a", "text": QUOTE}))
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "attribution", "batch", str(corpus), "-o", str(tmp_path / "o")]
    subprocess.run(command, stderr=follower, check=True)
    os.close(follower)
    shown = os.read(leader, 10_000).decode()
    os.close(leader)
    assert "1 records" in shown


def test_no_progress_draws_nothing_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _ = run(tmp_path, jsonl({"id": "a", "text": QUOTE}))
    assert code == EXIT_OK
    assert capsys.readouterr().err == ""


def test_the_output_cannot_be_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(jsonl({"id": "a", "text": QUOTE}))
    assert main(["batch", str(corpus), "-o", str(corpus), "--no-progress"]) == EXIT_FAILURE
    assert "is the input" in capsys.readouterr().err
    assert ids_of(corpus) == ["a"]  # untouched


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_parent_can_return_freed_heap_memory_on_linux() -> None:
    # With --workers, the parent gives freed heap back to the system every few hundred chunks
    # (see _batch._heap_trimmer); malloc_trim returns 1 when it released memory, else 0.
    from attribution._batch import _heap_trimmer

    trim = _heap_trimmer()
    assert trim is not None
    assert trim() in (0, 1)
