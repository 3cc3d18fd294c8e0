"""The publication date read from an article's header, byline or dateline."""

from __future__ import annotations

import datetime as dt

import pytest

import attribution
from attribution._published import detect_published, published_mention, reference_of

HEADERS = [
    pytest.param(
        "Last Updated: Tue Mar 8, 2016 09:30 am (AST) 06:30 am (GMT)\n\nThe talks resumed.",
        "Tue Mar 8, 2016 09:30 am (AST)",
        "TIME",
        "2016-03-08T09:30+03:00",
        id="last-updated-with-zone",
    ),
    pytest.param(
        "By Jane Doe\nPublished March 3, 2016\n\nWASHINGTON — The senator spoke.",
        "March 3, 2016",
        "DATE",
        "2016-03-03",
        id="published-label",
    ),
    pytest.param(
        "Updated 5:14 PM ET, Tue March 22, 2016\n\nThe senator spoke.",
        "5:14 PM ET, Tue March 22, 2016",
        "TIME",
        "2016-03-22T17:14-04:00",
        id="updated-time-first",
    ),
    pytest.param(
        "WASHINGTON (AP) — \nMarch 7, 2016\n\nThe senator said Friday.",
        "March 7, 2016",
        "DATE",
        "2016-03-07",
        id="ap-date-line",
    ),
    pytest.param(
        "WASHINGTON, March 7, 2016 (Reuters) - The senator spoke.",
        "March 7, 2016",
        "DATE",
        "2016-03-07",
        id="dateline",
    ),
    pytest.param(
        "Updated: 2016-03-09\nPublished: 2016-03-07\n\nText.",
        "2016-03-07",
        "DATE",
        "2016-03-07",
        id="published-beats-updated",
    ),
    pytest.param("Posted 3/7/2016\n\nText.", "3/7/2016", "DATE", "2016-03-07", id="posted-numeric"),
]


@pytest.mark.parametrize(("text", "extent", "type_", "value"), HEADERS)
def test_detect_published(text: str, extent: str, type_: str, value: str) -> None:
    mention = detect_published(text)
    assert mention is not None
    assert mention.id == "published"
    assert mention.span is not None
    assert (mention.span.text, mention.type, mention.value) == (extent, type_, value)
    assert text[mention.span.start : mention.span.end] == mention.span.text


NO_HEADER_DATE = [
    pytest.param(
        "The senator said in 2014 that March 7, 2016 was fine.", id="date-in-body-sentence"
    ),
    pytest.param("WASHINGTON (AP) — The senator said Friday.", id="no-year"),
    pytest.param("", id="empty"),
    pytest.param(("The senator spoke. " * 40) + "\nMarch 7, 2016\n", id="date-line-past-header"),
]


@pytest.mark.parametrize("text", NO_HEADER_DATE)
def test_no_publication_date(text: str) -> None:
    assert detect_published(text) is None


def test_reference_of_detected_time_keeps_zone() -> None:
    mention = detect_published("Last Updated: Tue Mar 8, 2016 09:30 am (AST)\n\nText.")
    reference = reference_of(mention)
    assert reference == dt.datetime(2016, 3, 8, 6, 30, tzinfo=dt.timezone.utc)


def test_caller_date_wins_in_parse() -> None:
    text = "Published March 3, 2016\n\nLopez said Friday that talks would resume."
    article = attribution.parse(text, published="2016-03-08")
    assert article.published == published_mention(dt.date(2016, 3, 8))
    article = attribution.parse(text)
    assert article.published is not None
    assert article.published.value == "2016-03-03"
    assert [d.value for d in article.dates] == ["2016-03-03", "2016-02-26"]
