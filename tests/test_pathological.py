"""Small versions of the pathological inputs of ``benchmarks/pathological.py``.

These check that each input completes and gives a valid article; the benchmark checks time
budgets and linearity at full size. (No timing asserts here: CI machines vary.)
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import attrs
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


def test_a_speaker_with_an_appositive_has_no_trailing_comma() -> None:
    text = "“The talks will go ahead,” Maria Lopez, the foreign minister, said on Tuesday."
    (quote,) = attribution.parse(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.text in {"Maria Lopez", "Maria Lopez, the foreign minister"}


def test_the_benchmark_builders_reach_their_sizes() -> None:
    for case in pathological.INPUTS:
        text = case.build(1000)
        assert 500 <= len(text) <= 1100, (case.name, len(text))


# --- linearity, by counting work ------------------------------------------------------------
#
# Wall-clock ratios flake on shared CI machines, so the linearity check counts the lines of
# ``attribution`` code executed (a deterministic count of the Python-level work): a pass that
# re-scans the sentence or the document for each quote, cue or date makes that count grow with
# the square of the input. Work done in C (regex scans, slicing) is not counted: the benchmark's
# timings cover it.

_PACKAGE = str(Path(attribution.__file__).resolve().parent)


def _lines_executed(text: str) -> int:
    """How many lines of ``attribution`` code one ``parse`` of ``text`` runs."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename.startswith(_PACKAGE):
            return local
        return None

    attribution.parse(text[:200])  # first-use costs (lexicons, patterns) are not counted
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        attribution.parse(text)
    finally:
        sys.settrace(previous)
    return count


# 8 times the size may cost 8 times the work (a growth of 1); a quadratic pass costs about 64
# times (a growth of up to 8, less while the linear work still dominates at these sizes).
_SCALE = 8
_MAX_GROWTH = 1.4


@pytest.mark.parametrize(
    ("name", "size"),
    [
        pytest.param("according_to", 3000, id="according-to"),  # one sentence of cues
        pytest.param("cue_repetitions", 3000, id="cue-repetitions"),
        pytest.param("alternating_marks", 3000, id="alternating-marks"),
        pytest.param("unclosed_paragraphs", 3000, id="unclosed-paragraphs"),
        pytest.param("html_soup", 3000, id="html-soup"),
        pytest.param("long_article", 6000, id="long-article"),  # dates linked per quote
        pytest.param("capitalized_run", 3000, id="capitalized-run"),
        pytest.param("deep_nesting", 3000, id="deep-nesting"),
    ],
)
def test_the_work_grows_linearly_with_the_input(name: str, size: int) -> None:
    small = pathological.build(name, size)
    large = pathological.build(name, size * _SCALE)
    growth = (_lines_executed(large) / len(large)) / (_lines_executed(small) / len(small))
    assert growth <= _MAX_GROWTH, f"{name}: {growth:.2f}x the work per character at 8x the size"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("according to officials who said that " * 300, id="according-to"),
        pytest.param("Lopez said, " * 500 + "he said.", id="said-chain"),
        pytest.param("“A ”" * 500 + " she said.", id="marks-then-cue"),
        pytest.param("He said; " * 400 + "according to Ruiz and Lopez " * 100, id="breaks"),
    ],
)
def test_a_sentence_of_many_cues_gives_a_valid_article(text: str) -> None:
    article = attribution.parse(text)
    for span in article.spans():
        assert text[span.start : span.end] == span.text
    for quote in article.quotes:
        assert quote.content.start <= quote.content.end
        assert quote.source is None or quote.source in {s.id for s in article.sources}


def test_many_people_sharing_a_surname_stay_distinct() -> None:
    # Each "X Lopez said" with a new given name is a new person; the look-up by surname is
    # bounded, so this stays linear however many there are.
    names = [f"{given} Lopez" for given in ("Ana", "Juan", "Maria", "Pedro", "Luis")]
    text = " ".join(f"{name} said the vote was fair." for name in names)
    article = attribution.parse(text)
    assert [s.name for s in article.sources] == names


def test_a_large_text_is_tokenized_as_a_small_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Texts from _text._LARGE_TEXT characters on get a TokView rather than a tuple of Tok.
    from attribution import _text

    text = pathological.long_article(3000) + pathological.html_soup(1000)
    small_path = _text.index_text(text, [(0, 40)])
    monkeypatch.setattr(_text, "_LARGE_TEXT", 0)
    large_path = _text.index_text(text, [(0, 40)])
    assert isinstance(large_path.toks, _text.TokView)
    assert isinstance(small_path.toks, tuple)
    assert large_path == small_path
    assert large_path.toks == small_path.toks
    assert tuple(large_path.toks) == small_path.toks


def test_a_token_view_reads_like_a_tuple_of_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    from attribution import _text

    text = "“We will not leave,” Ana Ruiz, the U.S. envoy, said.\n\nShe left."
    toks = _text.index_text(text).toks
    monkeypatch.setattr(_text, "_LARGE_TEXT", 0)
    index = _text.index_text(text)
    view = index.toks
    assert isinstance(view, _text.TokView)
    assert len(view) == len(toks)
    assert [view[i] for i in range(len(view))] == list(toks)
    assert (
        view[-1] == toks[-1] == _text.Tok(start=len(text) - 1, end=len(text), text=".", lower=".")
    )
    assert view[3:7] == toks[3:7]
    assert view[::-2] == toks[::-2]
    assert list(view) == list(toks)
    assert view.index(toks[5]) == 5
    assert (view[1].text, view[1].lower) == ("We", "we")
    assert [t.start for t in view] == list(index.starts)
    assert [t.end for t in view] == list(index.ends)
    assert [t.lower for t in view] == list(index.lowers)
    assert all(text[t.start : t.end] == t.text for t in view)
    assert view != toks[:-1]
    assert view != list(toks)  # like a tuple, never equal to a list
    assert hash(view) == hash(toks)
    with pytest.raises(IndexError):
        view[len(toks)]


def test_a_large_text_keeps_no_tracked_object_per_token() -> None:
    # Named tuples (and match objects) stay tracked by the cyclic garbage collector, whose full
    # collections then cost more per character as a text grows; the index of a long text holds
    # its tokens in tuples of ints and strings, which the collector untracks.
    import gc

    from attribution import _text

    text = pathological.unclosed_paragraphs(200_000)
    gc.collect()
    before = len(gc.get_objects())
    index = _text.index_text(text)
    gc.collect()
    tracked = len(gc.get_objects()) - before
    assert len(index.toks) > 40_000
    assert tracked < 100
    assert index.toks[-1].end == len(text.rstrip())


def test_statement_dates_do_not_depend_on_the_order_dates_are_given_in() -> None:
    # The dates are looked up by position (bisection), whatever order the caller gives them in.
    from attribution._dates import link_statement_dates

    text = pathological.long_article(len(pathological.long_article(1)) * 3)
    article = attribution.parse(text)
    dated = [q.date for q in article.quotes]
    assert any(date is not None for date in dated)
    shuffled = list(reversed(article.dates))
    quotes = [attrs.evolve(q, date=None) for q in article.quotes]
    assert [q.date for q in link_statement_dates(text, quotes, shuffled)] == dated
