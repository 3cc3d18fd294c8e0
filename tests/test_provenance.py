"""The repository holds no text of the research corpora (the developers' ground rule).

PolNeAR and TempEval-3 are research-use data: their articles may be read from
``../shared/corpora`` but never copied into code, tests, lexicons or docs. This test reads every
text file git would ship and fails on any run of :data:`RUN` words that also stands in a corpus
article, so a test sentence adapted too closely from an article is caught, not only a pasted one.
It skips when the corpora are absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"

#: Words in a run: long enough that the stock phrases of news (a refusal to comment, the
#: reason a source is anonymous) rarely count, short enough that a sentence rewritten a little
#: still does.
RUN = 8

_WORD = regex.compile(r"\w+(?:['’]\w+)*")

#: What git ships that holds prose or sentences: code, tests, docs, lexicons, examples.
_SHIPPED = (
    "src/**/*.py",
    "src/**/*.txt",
    "tests/*.py",
    "docs/*.md",
    "benchmarks/**/*.py",
    "benchmarks/*.md",
    "examples/**/*.py",
)
_TOP = ("README.md", "CHANGELOG.md")


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """Each run of :data:`RUN` words of ``text``, lower-cased: its hash and where it starts."""
    matches = list(_WORD.finditer(text))
    words = [m[0].lower() for m in matches]
    for i in range(len(words) - RUN + 1):
        yield hash(" ".join(words[i : i + RUN])), matches[i].start()


def _corpus_texts() -> Iterator[str]:
    yield from (p.read_text(encoding="utf-8") for p in CORPORA.glob("polnear/*/text/*.txt"))
    for path in CORPORA.glob("timeml/*.jsonl"):
        with path.open(encoding="utf-8") as lines:
            yield from (json.loads(line)["text"] for line in lines if line.strip())


@pytest.fixture(scope="module")
def corpus_runs() -> frozenset[int]:
    if not (CORPORA / "polnear").is_dir() and not (CORPORA / "timeml").is_dir():
        pytest.skip("the corpora are not in ../shared/corpora")
    return frozenset(run for text in _corpus_texts() for run, _start in _runs(text))


def _shipped() -> list[Path]:
    paths = {p for pattern in _SHIPPED for p in ROOT.glob(pattern)}
    paths.update(ROOT / name for name in _TOP)
    return sorted(p for p in paths if p.is_file() and p != Path(__file__).resolve())


def test_no_file_repeats_a_run_of_corpus_words(corpus_runs: frozenset[int]) -> None:
    """Whole files, so a sentence split over two lines of code is read as one."""
    copied = []
    for path in _shipped():
        text = path.read_text(encoding="utf-8")
        lines = sorted(
            {text.count("\n", 0, start) for run, start in _runs(text) if run in corpus_runs}
        )
        rows = text.splitlines()
        copied += [f"{path.relative_to(ROOT)}:{n + 1}: {rows[n].strip()[:100]}" for n in lines]
    assert not copied, "lines that repeat corpus text:\n" + "\n".join(copied)


def test_the_check_can_fail(corpus_runs: frozenset[int]) -> None:
    """A run of words taken from a corpus article is found; a sentence of ours is not."""
    article = " ".join(_WORD.findall(next(_corpus_texts()))[:RUN])
    assert any(run in corpus_runs for run, _start in _runs(article))
    ours = "Navy chief Ann Ruiz told reporters the harbor office would stay open on Friday."
    assert not any(run in corpus_runs for run, _start in _runs(ours))
