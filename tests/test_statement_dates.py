"""Statement dates: which date mention dates the speech act of a quote."""

from __future__ import annotations

import datetime as dt

import attrs
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
        '"We will not back down," said Gov. Ann J. Lopez on Friday.',
        "said",
        '"We will not back down,"',
        "Friday",
        "direct",
        id="said-title-and-initial-then-friday",
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
        "''We could still buy shares,'' Lopez told investors on Nov. 12. The fund agreed.",
        "told",
        "''We could still buy shares,''",
        "Nov. 12",
        "direct",
        id="said-on-an-abbreviated-month",
    ),
    pytest.param(
        '"They must be defeated," Ruiz said Dec. 4 on a Sunday show.',
        "said",
        '"They must be defeated,"',
        "Dec. 4",
        "direct",
        id="said-an-abbreviated-month-then-a-place",
    ),
    pytest.param(
        "At this month's debate in Tampa -Mrs. Lopez said she would sign the bill.",
        "said",
        "she would sign the bill",
        "this month",
        "indirect",
        id="title-after-a-hyphen-dash",
    ),
    pytest.param(
        "Lopez said in a 2014 interview that the plant would close.",
        "said",
        "the plant would close",
        "2014",
        "indirect",
        id="date-of-the-interview",
    ),
    pytest.param(
        "The ruling came, Lopez wrote in the July 9, 2012, cable, after a long delay.",
        "wrote",
        "The ruling came",
        "July 9, 2012",
        "indirect",
        id="date-of-the-cable-with-commas",
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


def test_direct_quote_around_its_cue_takes_the_cue_date() -> None:
    # "“A,” X told reporters in Lisbon on Tuesday. “B.”": the content runs across the cue.
    text = "“We are close,” Lopez told reporters in Lisbon on Tuesday. “Very close.”"
    first = Span.of(text, 0, text.index(" Lopez"))
    second = Span.of(text, text.index("“Very"), len(text))
    cue = text.index("told")
    quote = Quote(
        id="q1",
        kind="direct",
        content=Span.of(text, 0, len(text)),
        fragments=(first, second),
        cue=Span.of(text, cue, cue + len("told")),
    )
    dates = find_dates(text, reference=REF)
    (linked,) = link_statement_dates(text, [quote], dates)
    mention = next(d for d in dates if d.id == linked.date)
    assert mention.span is not None
    assert mention.span.text == "Tuesday"


SPEAKER_DATES = [
    pytest.param(
        "Lopez, who has run the port since 2011, said the docks would close.",
        "Lopez, who has run the port since 2011,",
        None,
        id="date-in-relative-clause",
    ),
    pytest.param(
        "Lopez, who joined the board in March, said Friday the docks would close.",
        "Lopez, who joined the board in March,",
        "Friday",
        id="cue-date-beats-speaker-date",
    ),
]


NOT_STATEMENT_DATES = [
    pytest.param(
        "The mayor, who has held office since 2012, is expected to resign.",
        "is expected",
        "to resign",
        id="relative-clause-without-speaker",
    ),
    pytest.param(
        "Voting ends at 8 p.m. She expects a rush of late voters.",
        "expects",
        "a rush of late voters",
        id="clock-time-ends-the-sentence-before",
    ),
    pytest.param(
        '"We had no role," Lopez said of the September 11, 2001, attacks.',
        "said",
        '"We had no role,"',
        id="date-of-the-attacks-not-the-saying",
    ),
    pytest.param(
        '"We got close," Lopez said in Ohio, recalling a 2007 immigration bill.',
        "said",
        '"We got close,"',
        id="date-of-a-bill-after-the-cue",
    ),
    pytest.param(
        "Lopez, a staffer in the 2008 primary, said tensions were high.",
        "said",
        "tensions were high",
        id="date-of-a-primary-before-the-cue",
    ),
    pytest.param(
        "Since 2019 Lopez has said the docks would close.",
        "said",
        "the docks would close",
        id="since-starts-a-period",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), NOT_STATEMENT_DATES)
def test_not_a_statement_date(text: str, cue: str, content: str) -> None:
    assert _dated(text, cue, content) is None


@pytest.mark.parametrize(("text", "speaker", "expected"), SPEAKER_DATES)
def test_date_inside_speaker_never_dates_the_statement(
    text: str, speaker: str, expected: str | None
) -> None:
    quote = attrs.evolve(
        _quote(text, "said", "the docks would close"),
        speaker=Span.of(text, text.index(speaker), text.index(speaker) + len(speaker)),
    )
    dates = find_dates(text, reference=REF)
    (linked,) = link_statement_dates(text, [quote], dates)
    found = next((d.span for d in dates if d.id == linked.date), None)
    assert (None if found is None else found.text) == expected


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
