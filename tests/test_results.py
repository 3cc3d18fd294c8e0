"""The typed results and the JSON contract (schema attribution/1)."""

from __future__ import annotations

import copy
import json
import pickle
from importlib import resources

import attrs
import jsonschema
import pytest
from hypothesis import given

import attribution
from attribution import Article, AttributionError, DateMention, Quote, Source, Span
from attribution.examples import read_example
from strategies import PROFILE, result_articles

SCHEMA = json.loads(resources.files("attribution").joinpath("schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def example() -> Article:
    return attribution.parse(read_example(), published="2016-03-08", id="border_talks")


def test_results_are_frozen(example: Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        example.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("cls", [Span, Quote, Source, DateMention, Article])
def test_results_are_keyword_only(cls: type) -> None:
    assert all(a.kw_only for a in attrs.fields(cls))


def test_example_finds_quotes(example: Article) -> None:
    assert len(example.quotes) >= 3
    assert example.sources


def test_every_span_slices_back(example: Article) -> None:
    for span in example.spans():
        assert example.text[span.start : span.end] == span.text


def test_ids_are_unique_and_references_resolve(example: Article) -> None:
    source_ids = [s.id for s in example.sources]
    date_ids = [d.id for d in example.dates]
    quote_ids = [q.id for q in example.quotes]
    for ids in (source_ids, date_ids, quote_ids):
        assert len(ids) == len(set(ids))
    for quote in example.quotes:
        assert quote.source is None or example.source_of(quote) is not None
        assert quote.date is None or example.date_of(quote) is not None


def test_json_round_trip(example: Article) -> None:
    assert Article.from_dict(json.loads(json.dumps(example.to_dict()))) == example


def test_to_dict_matches_the_shipped_schema(example: Article) -> None:
    data = example.to_dict()
    jsonschema.validate(data, SCHEMA)
    assert list(data) == ["schema", "id", "text", "published", "quotes", "sources", "dates"]
    assert data["schema"] == "attribution/1"


def test_schema_rejects_a_wrong_shape(example: Article) -> None:
    data = example.to_dict()
    data["quotes"] = [{"id": "q1"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_quotes_by_and_source_of_agree(example: Article) -> None:
    for source in example.sources:
        for quote in example.quotes_by(source):
            assert example.source_of(quote) == source


def test_source_of_and_date_of_find_ids_a_caller_renamed(example: Article) -> None:
    """Look-ups do not depend on the ``s1, s2, ...`` order the extractor assigns."""
    renamed = {s.id: f"src-{n}" for n, s in enumerate(reversed(example.sources))}
    dates = {d.id: f"s{n}" for n, d in enumerate(example.dates, start=7)}
    article = attrs.evolve(
        example,
        sources=tuple(attrs.evolve(s, id=renamed[s.id]) for s in reversed(example.sources)),
        dates=tuple(attrs.evolve(d, id=dates[d.id]) for d in example.dates),
        quotes=tuple(
            attrs.evolve(
                q,
                source=None if q.source is None else renamed[q.source],
                date=dates.get(q.date, q.date) if q.date else None,
            )
            for q in example.quotes
        ),
    )
    assert any(q.source for q in article.quotes)
    for old, new in zip(example.quotes, article.quotes, strict=True):
        old_source, new_source = example.source_of(old), article.source_of(new)
        assert (old_source is None) == (new_source is None)
        if old_source is not None and new_source is not None:
            assert attrs.evolve(new_source, id=old_source.id) == old_source
        old_date, new_date = example.date_of(old), article.date_of(new)
        assert (old_date is None) == (new_date is None)
        if old_date is not None and new_date is not None:
            assert new_date.span == old_date.span
    stray = attrs.evolve(example.quotes[0], source="s999")
    assert article.source_of(stray) is None


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        pytest.param(lambda d: d.update(schema="other/9"), "schema", id="wrong-schema"),
        pytest.param(lambda d: d.pop("text"), "text", id="no-text"),
        pytest.param(lambda d: d.update(text="x"), "does not match", id="spans-do-not-slice-back"),
    ],
)
def test_from_dict_rejects_malformed_data(example: Article, mutate, message: str) -> None:
    data = example.to_dict()
    mutate(data)
    with pytest.raises(AttributionError, match=message) as info:
        Article.from_dict(data)
    assert isinstance(info.value, ValueError)


def test_span_end_before_start_is_rejected() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=2, text="")


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        pytest.param(5, 2, "before its start", id="end-before-start"),
        pytest.param(-1, 2, "must be >= 0", id="negative-start"),
    ],
)
def test_span_of_checks_like_the_constructor(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Span.of("The port is closed.", start, end)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        pytest.param(0, 0, id="empty-at-start"),
        pytest.param(4, 8, id="a-word"),
        pytest.param(0, 19, id="whole-text"),
        pytest.param(17, 30, id="end-past-the-text"),
    ],
)
def test_span_of_equals_the_constructor(start: int, end: int) -> None:
    text = "The port is closed."
    made = Span.of(text, start, end)
    built = Span(start=start, end=end, text=text[start:end])
    assert made == built
    assert hash(made) == hash(built)
    assert type(made) is Span
    assert pickle.loads(pickle.dumps(made)) == built
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


def test_confidence_out_of_range_is_rejected() -> None:
    content = Span(start=0, end=1, text="x")
    with pytest.raises(ValueError, match="confidence"):
        Quote(id="q1", kind="direct", content=content, fragments=(content,), confidence=1.5)


def test_unknown_kind_is_rejected() -> None:
    content = Span(start=0, end=1, text="x")
    with pytest.raises(ValueError, match="kind"):
        Quote(id="q1", kind="reported", content=content, fragments=(content,))  # type: ignore[arg-type]


def _every_result(article: Article) -> list[object]:
    """The article and every result object inside it."""
    inside = [*article.spans(), *article.quotes, *article.sources, *article.dates]
    return [article, *([] if article.published is None else [article.published]), *inside]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(example: Article, protocol: int) -> None:
    for item in _every_result(example):
        copied = pickle.loads(pickle.dumps(item, protocol=protocol))
        assert type(copied) is type(item)
        assert copied == item
        assert hash(copied) == hash(item)


def test_an_unpickled_article_is_frozen_and_whole(example: Article) -> None:
    copied = pickle.loads(pickle.dumps(example))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        copied.quotes[0].content.start = 0  # type: ignore[misc]
    assert copied.to_dict() == example.to_dict()
    assert [copied.source_of(q) for q in copied.quotes] == [
        example.source_of(q) for q in example.quotes
    ]


def test_copy_and_deepcopy_give_equal_results(example: Article) -> None:
    assert copy.copy(example) == example
    assert copy.deepcopy(example) == example


@attrs.frozen(kw_only=True)
class _LabelledSpan(Span):
    label: str = "x"


@attrs.frozen(kw_only=True)
class _RatedDate(DateMention):
    rating: int = 0


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_subclass_pickles_with_its_own_fields(protocol: int) -> None:
    span = _LabelledSpan(start=1, end=3, text="ab", label="cue")
    date = _RatedDate(id="d1", span=span, type="DATE", value="2016", rating=3)
    copied = pickle.loads(pickle.dumps(date, protocol=protocol))
    assert type(copied) is _RatedDate
    assert isinstance(copied.span, _LabelledSpan)
    assert (copied.rating, copied.span.label, copied) == (3, "cue", date)


@PROFILE
@given(result_articles())
def test_any_article_survives_pickle(article: Article) -> None:
    copied = pickle.loads(pickle.dumps(article))
    assert copied == article
    assert hash(copied) == hash(article)
    assert [type(x) for x in _every_result(copied)] == [type(x) for x in _every_result(article)]
    assert copied.to_dict() == article.to_dict()
