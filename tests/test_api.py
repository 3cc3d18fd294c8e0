"""Argument checking of the public functions: clear errors that are also the builtin ones."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import attribution
from attribution import AttributionError


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(b"He said.", "decode", id="bytes"),
        pytest.param(bytearray(b"x"), "decode", id="bytearray"),
        pytest.param(None, "NoneType", id="none"),
        pytest.param(42, "int", id="int"),
        pytest.param(4.2, "float", id="float"),
        pytest.param(["a"], "list", id="list"),
    ],
)
def test_non_text_raises_a_type_error(text: object, message: str) -> None:
    with pytest.raises(TypeError, match=message) as info:
        attribution.parse(text)  # type: ignore[arg-type]
    assert isinstance(info.value, AttributionError)


# “We will not sign,” she said. It’s over. — as UTF-8 bytes decoded as Windows-1252
MISDECODED = (
    "\u00e2\u20ac\u0153We will not sign,\u00e2\u20ac\u009d she said. It\u00e2\u20ac\u2122s over."
)


@pytest.mark.parametrize("find", [attribution.parse, attribution.find_dates])
def test_misdecoded_text_gives_a_warning_that_says_what_to_do(find: object) -> None:
    assert "“We" in MISDECODED.encode("cp1252", errors="ignore").decode("utf-8", errors="ignore")
    with pytest.warns(attribution.AttributionWarning, match="decode the bytes as UTF-8") as record:
        find(MISDECODED)  # type: ignore[operator]
    assert record[0].filename == __file__  # points at the caller's line


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“We will not sign,” she said. It’s over.", id="curly"),
        pytest.param("Visit the Caf\u00e9 â€ once, said Jos\u00e9.", id="one-odd-sequence"),
    ],
)
def test_text_decoded_right_gives_no_warning(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        attribution.parse(text)


@pytest.mark.parametrize("published", ["yesterday", "2016-13-01", "", "March 8"])
def test_unparseable_published_raises_a_value_error(published: str) -> None:
    with pytest.raises(ValueError, match="ISO 8601") as info:
        attribution.parse("Text.", published=published)
    assert isinstance(info.value, AttributionError)


def test_published_of_a_wrong_type_raises_a_type_error() -> None:
    with pytest.raises(AttributionError, match="published must be") as info:
        attribution.parse("Text.", published=20160308)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    ("published", "value"),
    [
        pytest.param("2016-03-08", "2016-03-08", id="iso-date"),
        pytest.param(dt.date(2016, 3, 8), "2016-03-08", id="date"),
        pytest.param(dt.datetime(2016, 3, 8, 9, 30), "2016-03-08T09:30:00", id="datetime"),
        pytest.param("2016-03-08T09:30:00Z", "2016-03-08T09:30:00+00:00", id="iso-utc"),
    ],
)
def test_published_is_kept(published: object, value: str) -> None:
    article = attribution.parse("Text.", published=published)  # type: ignore[arg-type]
    assert article.published is not None
    assert article.published.value == value


@pytest.mark.parametrize("text", ["", " ", "\n\n", "“", "\u201d\u201c" * 50])
def test_degenerate_text_gives_an_article(text: str) -> None:
    article = attribution.parse(text)
    assert article.text == text


def test_the_default_pipeline_is_built_once() -> None:
    from attribution._pipeline import default_nlp

    assert default_nlp() is default_nlp()


def test_any_spacy_pipeline_is_accepted() -> None:
    import spacy

    nlp = spacy.blank("en")
    article = attribution.parse("“We will go,” Maria Lopez said.", nlp=nlp)
    assert [q.speaker.text for q in article.quotes if q.speaker] == ["Maria Lopez"]


def test_a_text_longer_than_the_pipeline_allows_is_a_clear_error() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 10
    with pytest.raises(ValueError, match="max_length") as info:
        attribution.parse("x" * 11, nlp=nlp)
    assert isinstance(info.value, AttributionError)


@pytest.mark.parametrize("name", ["border_talks", "city_budget", "harbor_inquiry"])
def test_the_default_path_equals_an_explicit_blank_pipeline(name: str) -> None:
    # parse() without nlp skips building a tokens-only Doc; results must not change.
    import spacy

    from attribution.examples import read_example

    text = read_example(name)
    assert attribution.parse(text) == attribution.parse(text, nlp=spacy.blank("en"))
