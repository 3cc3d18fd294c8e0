"""Small versions of the pathological inputs of ``benchmarks/pathological.py``.

These check that each input completes and gives a valid article; the benchmark checks time
budgets and linearity at full size. (No timing asserts here: CI machines vary.)
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

import attribution

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
pathological: Any = importlib.import_module("pathological")

# Sizes that run in well under a second each. Runs of quote marks are smaller: spaCy's tokenizer
# is quadratic on a long run of affix punctuation (see docs/scale.md and the benchmark).
SMALL = {"quote_marks": 600, "straight_marks": 600}
DEFAULT_SIZE = 20_000


@pytest.mark.parametrize(
    "name", [pytest.param(case.name, id=case.name) for case in pathological.INPUTS]
)
def test_a_pathological_input_gives_a_valid_article(name: str) -> None:
    text = pathological.build(name, SMALL.get(name, DEFAULT_SIZE))
    article = attribution.parse(text)
    assert article.text == text
    for span in article.spans():
        assert text[span.start : span.end] == span.text
    ids = [q.id for q in article.quotes] + [s.id for s in article.sources]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("name", "size"),
    [
        pytest.param("alternating_marks", 1000, id="alternating"),
        pytest.param("unclosed_paragraphs", 5000, id="unclosed"),
        pytest.param("deep_nesting", 2000, id="nesting"),
    ],
)
def test_quote_heavy_input_finds_a_bounded_number_of_quotes(name: str, size: int) -> None:
    text = pathological.build(name, size)
    article = attribution.parse(text)
    # At most one quote per quotation mark: nothing is found twice, nothing multiplies.
    marks = sum(text.count(mark) for mark in '“”‘’"')
    assert len(article.quotes) <= marks


def test_a_long_article_finds_its_repeated_quote_every_time() -> None:
    paragraphs = 40
    text = pathological.long_article(len(pathological.long_article(1)) * paragraphs)
    article = attribution.parse(text)
    direct = [q for q in article.quotes if q.kind == "direct" and q.speaker is not None]
    assert len(direct) == paragraphs
    assert all(q.speaker is not None and q.speaker.text.startswith("Maria Lopez") for q in direct)


@pytest.mark.xfail(
    strict=True,
    reason="the speaker span keeps the comma that closes the appositive (_speakers)",
)
def test_a_speaker_with_an_appositive_has_no_trailing_comma() -> None:
    text = "“The talks will go ahead,” Maria Lopez, the foreign minister, said on Tuesday."
    (quote,) = attribution.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text in {"Maria Lopez", "Maria Lopez, the foreign minister"}


def test_the_benchmark_builders_reach_their_sizes() -> None:
    for case in pathological.INPUTS:
        text = case.build(1000)
        assert 500 <= len(text) <= 1100, (case.name, len(text))
