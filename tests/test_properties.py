"""Properties that hold for every input: no crash, valid spans and ids, a JSON round trip.

The strategies are in ``tests/strategies.py``; the example count is the ``ci`` profile's.
"""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

import attribution
from attribution import Article, AttributionError
from strategies import (
    PROFILE,
    NewsArticle,
    hostile_texts,
    news_articles,
    texts_without_surrogates,
)


def _parse_or_documented_error(text: str) -> Article | None:
    try:
        return attribution.parse(text)
    except AttributionError:
        return None


def _check_article(article: Article, text: str) -> None:
    assert article.text == text
    for span in article.spans():
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    quote_ids = [q.id for q in article.quotes]
    source_ids = [s.id for s in article.sources]
    date_ids = [d.id for d in article.dates]
    every_id = quote_ids + source_ids + date_ids
    assert len(every_id) == len(set(every_id)), every_id
    for quote in article.quotes:
        assert quote.source is None or quote.source in source_ids
        if quote.date is not None:
            assert article.date_of(quote) is not None, quote.date
        for fragment in quote.fragments:
            assert quote.content.start <= fragment.start <= fragment.end <= quote.content.end


@PROFILE
@given(texts_without_surrogates)
def test_any_text_gives_a_valid_article(text: str) -> None:
    article = attribution.parse(text)
    _check_article(article, text)


@PROFILE
@given(texts_without_surrogates)
def test_the_json_contract_round_trips(text: str) -> None:
    article = attribution.parse(text)
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


@PROFILE
@given(texts_without_surrogates)
def test_parsing_is_deterministic(text: str) -> None:
    assert attribution.parse(text) == attribution.parse(text)


@PROFILE
@given(hostile_texts)
def test_any_str_gives_an_article_or_a_documented_error(text: str) -> None:
    article = _parse_or_documented_error(text)
    if article is not None:
        _check_article(article, text)


@pytest.mark.parametrize("blank", [False, True], ids=["default", "nlp-blank"])
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("lone \ud800 “Yes,” Ana Ruiz said.", id="high-surrogate"),
        pytest.param("\udcff", id="low-surrogate-alone"),
    ],
)
def test_lone_surrogates_give_an_article(text: str, blank: bool) -> None:
    # spaCy cannot tokenize a lone surrogate; the Doc gets U+FFFD, the extractors the text.
    article = attribution.parse(text, nlp=spacy.blank("en") if blank else None)
    _check_article(article, text)
    if "Ana Ruiz" in text:
        assert [q.speaker.text for q in article.quotes if q.speaker] == ["Ana Ruiz"]


@PROFILE
@given(st.one_of(st.binary(max_size=20), st.none(), st.integers(), st.floats()))
def test_non_text_is_a_type_error_that_says_what_to_do(value: object) -> None:
    with pytest.raises(TypeError) as info:
        attribution.parse(value)  # type: ignore[arg-type]
    assert isinstance(info.value, AttributionError)
    if isinstance(value, bytes):
        assert "decode" in str(info.value)


@PROFILE
@given(news_articles())
def test_generated_articles_give_valid_articles(news: NewsArticle) -> None:
    _check_article(attribution.parse(news.text), news.text)


@PROFILE
@given(news_articles())
def test_a_generated_quote_is_found_with_its_speaker(news: NewsArticle) -> None:
    article = attribution.parse(news.text)
    found = {
        (q.content.start, q.speaker.text)
        for q in article.quotes
        if q.speaker is not None and q.kind == "direct"
    }
    for quote in news.quotes:
        assert (quote.content_start, quote.speaker) in found, (news.text, article.quotes)


@pytest.mark.parametrize(
    "dateline",
    [
        pytest.param("ANKARA, Turkey — ", id="city-country-dash"),
        pytest.param("GENEVA (Reuters) - ", id="city-agency-hyphen"),
        pytest.param("WASHINGTON — ", id="city-dash"),
    ],
)
def test_a_quote_after_a_dateline_is_found_with_its_speaker(dateline: str) -> None:
    text = f"{dateline}“The talks will go ahead,” Maria Lopez said."
    (quote,) = attribution.parse(text).quotes
    assert quote.kind == "direct"
    assert quote.content.start == len(dateline)
    assert quote.speaker is not None
    assert quote.speaker.text == "Maria Lopez"


@PROFILE
@given(news_articles())
def test_a_generated_speaker_becomes_a_source(news: NewsArticle) -> None:
    article = attribution.parse(news.text)
    names = {source.name for source in article.sources}
    for quote in news.quotes:
        assert any(quote.speaker in name or name in quote.speaker for name in names), names


@PROFILE
@given(st.lists(texts_without_surrogates, max_size=5))
def test_parse_many_matches_parse(texts: list[str]) -> None:
    assert list(attribution.parse_many(texts)) == [attribution.parse(t) for t in texts]
