"""Turning text into a spaCy Doc: offsets preserved, lone surrogates and punctuation runs handled."""

from __future__ import annotations

import pytest
import spacy

import attribution
from attribution._pipeline import make_doc, tokenize

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He said “no.”", id="ordinary"),
        pytest.param("", id="empty"),
        pytest.param("x" + "”" * 500 + " y", id="run-then-space"),
        pytest.param("”" * 100 + "z", id="run-at-start"),
        pytest.param("a" + "!" * 64, id="run-at-end"),
        pytest.param("(" * 70 + " q " + ")" * 70 + ".", id="two-runs"),
        pytest.param("  " + "?" * 80 + "  end", id="run-between-double-spaces"),
        pytest.param("“”" * 200, id="alternating-marks"),
        pytest.param("lone \ud800 “Yes,” she said.", id="lone-surrogate"),
    ],
)
def test_the_doc_keeps_every_character_offset(text: str) -> None:
    doc = tokenize(NLP, text)
    assert len(doc.text) == len(text)
    assert doc.text == text.replace("\ud800", "\ufffd")
    assert make_doc(text, NLP).text == doc.text


def test_a_long_punctuation_run_is_one_token_per_character() -> None:
    doc = tokenize(NLP, "a " + "”" * 100 + " b")
    assert [t.text for t in doc][:3] == ["a", "”", "”"]
    assert len(doc) == 102


def test_twenty_thousand_quotation_marks_parse_with_a_spacy_pipeline() -> None:
    # Quadratic in spaCy's own tokenizer (seconds per run); linear here.
    text = "“Yes,” Ana Ruiz said. " + "”" * 20_000 + " “No,” Ana Ruiz said."
    article = attribution.parse(text, nlp=NLP)
    assert [q.speaker.text for q in article.quotes if q.speaker][:1] == ["Ana Ruiz"]
