"""The command line, run in-process and as ``python -m attribution``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from attribution._cli import EXIT_BAD_RECORDS, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from attribution.examples import read_example


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(read_example(), encoding="utf-8")
    return path


def test_parse_prints_a_summary(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(article_file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "statement(s)" in out
    assert "Ruiz" in out


def test_parse_json_is_the_contract(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["parse", str(article_file), "--format", "json", "--published", "2016-03-08"])
        == EXIT_OK
    )
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "attribution/1"
    assert data["published"]["value"] == "2016-03-08"


def test_parse_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("“We will go,” Maria Lopez said."))
    assert main(["parse", "-", "--format", "jsonl"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["quotes"][0]["speaker"]["text"] == "Maria Lopez"


def test_bad_published_is_a_usage_error(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(article_file), "--published", "soon"]) == EXIT_USAGE
    assert "ISO 8601" in capsys.readouterr().err


def test_batch_reports_bad_records_and_processes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_bytes(
        b'{"id": "a", "text": "\\u201cWe will go,\\u201d Maria Lopez said."}\n'
        b"not json\n"
        b'{"id": "c"}\n'
        b'{"id": "d", "text": 5}\n'
        b"\n"
        b'{"id": "e", "text": "Nothing here.", "published": "2016-03-08"}\n'
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(corpus), "-o", str(out), "--no-progress"]) == EXIT_BAD_RECORDS
    err = capsys.readouterr().err
    assert ":2:" in err
    assert ":3:" in err
    assert ":4:" in err
    ids = [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()]
    assert ids == ["a", "e"]


def test_module_entry_point_runs_the_demo() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "attribution", "demo"], capture_output=True, text=True, check=False
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "statement(s)" in result.stdout


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        pytest.param("json", lambda out: json.loads(out)["schema"] == "attribution/1", id="json"),
        pytest.param("jsonl", lambda out: len(out.splitlines()) == 1, id="jsonl"),
        pytest.param("html", lambda out: out.startswith("<!DOCTYPE html>"), id="html"),
        pytest.param("text", lambda out: "statement(s)" in out, id="text"),
    ],
)
def test_every_parse_format(
    article_file: Path, capsys: pytest.CaptureFixture[str], fmt: str, check: Any
) -> None:
    assert main(["parse", str(article_file), "--format", fmt]) == EXIT_OK
    assert check(capsys.readouterr().out)


def test_several_files_in_json_are_one_array(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("“Yes,” Ana Ruiz said.", encoding="utf-8")
    assert main(["parse", str(article_file), str(other), "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data] == [str(article_file), str(other)]


def test_several_files_in_jsonl_are_one_line_each(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(article_file), str(article_file), "--format", "jsonl"]) == EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_output_file(article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    assert main(["parse", str(article_file), "--format", "json", "-o", str(out)]) == EXIT_OK
    assert json.loads(out.read_text("utf-8"))["schema"] == "attribution/1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"caf\xe9", "not UTF-8", id="latin-1"),
        pytest.param(None, "cannot read", id="missing"),
    ],
)
def test_an_unreadable_file_is_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "a.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["parse", str(path)]) == EXIT_FAILURE
    assert message in capsys.readouterr().err


def test_a_bom_is_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff“Yes,” Ana Ruiz said.".encode())
    assert main(["parse", str(path), "--format", "jsonl"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["text"].startswith("“")


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["parse"], id="no-file"),
        pytest.param(["parse", "a", "--format", "xml"], id="bad-format"),
        pytest.param(["batch", "in.jsonl"], id="batch-no-output"),
        pytest.param(["batch", "in.jsonl", "-o", "o", "--workers", "0"], id="zero-workers"),
        pytest.param(["batch", "in.jsonl", "-o", "o", "--workers", "x"], id="bad-workers"),
    ],
)
def test_bad_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == EXIT_USAGE


def test_html_takes_one_file(article_file: Path) -> None:
    assert main(["parse", str(article_file), str(article_file), "--format", "html"]) == EXIT_USAGE


def test_demo_of_an_unknown_example_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--name", "nope"]) == EXIT_USAGE
    assert "no example named" in capsys.readouterr().err


def test_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    """``attribution parse ... | head -1``: no traceback when the reader goes away."""
    path = tmp_path / "a.txt"
    path.write_text(read_example(), encoding="utf-8")
    command = [sys.executable, "-m", "attribution", "parse", *[str(path)] * 20, "--format", "json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    assert process.returncode == EXIT_OK
