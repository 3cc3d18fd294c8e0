"""The command line, run in-process and as ``python -m attribution``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from attribution._cli import EXIT_BAD_RECORDS, EXIT_OK, EXIT_USAGE, main
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
