"""Statement dates: which date mention dates the speech act of a quote."""

from __future__ import annotations

import datetime as dt

import pytest

from attribution import Quote, Span
from attribution._dates import find_dates, link_statement_dates

REF = dt.date(2016, 3, 8)


def _quote(text: str, cue: str, content: str, *, kind: str = "indirect") -> Quote:
    cue_start = text.index(cue)
    content_start = text.index(content)
    content_span = Span.of(text, content_start, content_start + len(content))
    return Quote(
        id="q1",
        kind=kind,  # type: ignore[arg-type]
        content=content_span,
        fragments=(content_span,),
        cue=Span.of(text, cue_start, cue_start + len(cue)),
    )


def _dated(text: str, cue: str, content: str, kind: str = "indirect") -> str | None:
    dates = find_dates(text, reference=REF)
    (quote,) = link_statement_dates(text, [_quote(text, cue, content, kind=kind)], dates)
    if quote.date is None:
        return None
    mention = next(d for d in dates if d.id == quote.date)
    assert mention.span is not None
    return mention.span.text


CASES = [
    pytest.param(
        '"We will not back down," Lopez said Friday.',
        "said",
        '"We will not back down,"',
        "Friday",
        "direct",
        id="said-friday",
    ),
    pytest.param(
        "Lopez told reporters in Brussels Thursday that the talks had failed.",
        "told",
        "the talks had failed",
        "Thursday",
        "indirect",
        id="told-reporters-in-brussels",
    ),
    pytest.param(
        "Lopez said on Tuesday that the border would stay closed.",
        "said",
        "the border would stay closed",
        "Tuesday",
        "indirect",
        id="said-on-tuesday",
    ),
    pytest.param(
        '"It is over," Lopez said in an interview last week.',
        "said",
        '"It is over,"',
        "last week",
        "direct",
        id="in-an-interview-last-week",
    ),
    pytest.param(
        "Lopez testified at a hearing this week that funds were missing.",
        "testified",
        "funds were missing",
        "this week",
        "indirect",
        id="at-a-hearing-this-week",
    ),
    pytest.param(
        "On Friday, Lopez said the plan was dead.",
        "said",
        "the plan was dead",
        "Friday",
        "indirect",
        id="date-before-cue",
    ),
    pytest.param(
        "Lopez said the talks would resume on Friday.",
        "said",
        "the talks would resume on Friday",
        None,
        "indirect",
        id="date-inside-content",
    ),
    pytest.param(
        '"We met on Monday," Lopez said.',
        "said",
        '"We met on Monday,"',
        None,
        "direct",
        id="date-inside-quote",
    ),
    pytest.param(
        'Lopez said: "Talks end next week."',
        "said",
        '"Talks end next week."',
        None,
        "direct",
        id="date-in-following-quote",
    ),
    pytest.param(
        "In 2014, Lopez said, the company lost money.",
        "said",
        "In 2014, the company lost money.",
        None,
        "indirect",
        id="no-date-near-cue",
        marks=pytest.mark.xfail(
            strict=True,
            reason="content split around the cue: a one-span content cannot exclude both parts",
        ),
    ),
    pytest.param(
        '"Enough," Lopez said. The talks had resumed last week.',
        "said",
        '"Enough,"',
        None,
        "direct",
        id="date-in-next-sentence",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "expected", "kind"), CASES)
def test_statement_date(text: str, cue: str, content: str, expected: str | None, kind: str) -> None:
    assert _dated(text, cue, content, kind) == expected


def test_quote_without_cue_has_no_date() -> None:
    text = '"We will not back down." Friday was tense.'
    content = Span.of(text, 0, 24)
    quote = Quote(id="q1", kind="direct", content=content, fragments=(content,))
    (linked,) = link_statement_dates(text, [quote], find_dates(text, reference=REF))
    assert linked.date is None


def test_other_fields_are_kept() -> None:
    text = '"We will not back down," Lopez said Friday.'
    quote = _quote(text, "said", '"We will not back down,"', kind="direct")
    (linked,) = link_statement_dates(text, [quote], find_dates(text, reference=REF))
    assert linked.content == quote.content
    assert linked.cue == quote.cue
    assert linked.date == "d1"
