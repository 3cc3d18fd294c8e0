"""Temporal expressions: find them, type them, normalize them against a reference date.

Detection is in ``_date_patterns`` (one regex per family), values in ``_date_values``; this
module picks the leftmost-longest expressions that normalize, keeps the narrative anchor (the
last explicit day, for "at 3 a.m." and "the next day") and dates statements ("said Friday").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from attribution._date_patterns import find_candidates
from attribution._date_values import Context, normalize
from attribution._results import DateMention, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_dates", "link_statement_dates"]

_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
#: A date of a year, month or day (with or without a time): a narrative anchor.
_EXPLICIT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\dX-])")


def _day_of(value: str | None) -> dt.date | None:
    match = _DAY_VALUE.match(value or "")
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


#: A second day joined to a calendar date ("April 24 and 25", "May 3 to 5", "April 24-25"):
#: TimeML marks it as a TIMEX3 of its own, of the same month.
_JOINED_DAY = re.compile(
    r"""
    (?:\s(?:and|or|to|through|until)\s|\s?[-–]\s?)     # the conjunction or the range dash
    (?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?    # the second day
    (?:,?\s(?P<year>(?:1[6-9]|20)[0-9]{2}))?            # ", 2012": the year of both days
    (?![0-9%\w-]|[.,:][0-9])                            # not "25%", "25.5", "25:30"
    (?!\s+(?!(?:in|at|on|and|or|when|while|of|to|as|with|for|from|during|before|after|
        the|this|that|but|respectively)\b)[a-z])        # not "25 people"
    """,
    re.VERBOSE,
)


@attrs.frozen(kw_only=True)
class _Joined:
    """The second day of "April 24 and 25": its extent and value, and the first day's value."""

    start: int
    end: int
    value: str
    first_value: str


def _joined_day(text: str, groups: dict[str, str | None], end: int, value: str) -> _Joined | None:
    """The day joined to a yearless calendar date ending at ``end`` whose value is ``value``."""
    first = _day_of(value)
    if first is None or groups.get("year") or groups.get("year2") or groups.get("time"):
        return None
    match = _JOINED_DAY.match(text, end)
    if match is None or int(match["day"]) <= first.day:
        return None
    year = int(match["year"]) if match["year"] else first.year
    try:
        second = dt.date(year, first.month, int(match["day"]))
        first = first.replace(year=year)  # "April 24 and 25, 2012": the year dates both
    except ValueError:
        return None
    return _Joined(
        start=match.start("day"),
        end=match.end(),
        value=second.isoformat(),
        first_value=first.isoformat() + value[10:],
    )


def find_dates(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    doc: Doc | None = None,
    month_first: bool = True,
) -> tuple[DateMention, ...]:
    """Every temporal expression in ``text``, ids ``d1``, ``d2``, ... in text order.

    ``reference`` anchors relative expressions; when None, the publication date stated in the
    article's header or dateline is used if there is one, and values otherwise stay partial.
    ``month_first`` reads ``3/7/2016`` as March 7 (US order); pass False for 7 March.
    """
    if reference is None:
        from attribution._published import detect_published, reference_of

        reference = reference_of(detect_published(text))
    base = reference.date() if isinstance(reference, dt.datetime) else reference
    mentions: list[DateMention] = []
    anchor: dt.date | None = None
    recent: str | None = None
    recent_month: str | None = None
    cursor = 0
    for candidate in find_candidates(text):
        if candidate.start < cursor:
            continue
        context = Context(
            text=text,
            reference=base,
            anchor=anchor,
            recent=recent,
            recent_month=recent_month,
            month_first=month_first,
        )
        found = normalize(candidate, context)
        if found is None:
            continue
        cursor = candidate.end
        mentions.append(
            DateMention(
                id=f"d{len(mentions) + 1}",
                span=Span.of(text, found.start, found.end),
                type=found.type,
                value=found.value,
            )
        )
        if found.type not in ("DATE", "TIME") or found.value is None:
            continue
        value = found.value
        if candidate.kind == "calendar":
            joined = _joined_day(text, candidate.groups, found.end, value)
            if joined is not None:
                mentions[-1] = attrs.evolve(mentions[-1], value=joined.first_value)
                mentions.append(
                    DateMention(
                        id=f"d{len(mentions) + 1}",
                        span=Span.of(text, joined.start, joined.end),
                        type="DATE",
                        value=joined.value,
                    )
                )
                cursor = joined.end
                value = joined.value  # the later day anchors what follows
        day = _day_of(value)
        if day is not None:
            anchor = day
        explicit = _EXPLICIT.match(value)
        if explicit is not None:
            recent = explicit.group()
            if explicit[2] is not None:
                recent_month = recent
    return tuple(mentions)


# --- statement dates ----------------------------------------------------------------------------

#: How far from the cue a dating expression may sit (characters).
_AFTER_CUE = 70
_BEFORE_CUE = 60
_CLAUSE_STOP = re.compile(r"""[.!?;]\s|\n|["“”]|\bthat\b|\b(?:and|but)\s+(?:he|she|they|it)\b""")
_STATEMENT_TYPES = frozenset({"DATE", "TIME"})
_NOT_STATEMENT_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@attrs.frozen(kw_only=True)
class _Window:
    """The stretch around a cue where a date can date the speech act."""

    start: int
    end: int


def _cue_window(text: str, cue: Span, excluded: Sequence[Span]) -> _Window:
    after_limit = min(len(text), cue.end + _AFTER_CUE)
    stop = _CLAUSE_STOP.search(text, cue.end, after_limit)
    end = stop.start() if stop else after_limit
    before_limit = max(0, cue.start - _BEFORE_CUE)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, before_limit, cue.start)]
    start = stops[-1] if stops else before_limit
    for span in excluded:  # never reach into the quoted or reported content
        if span.end <= cue.start:
            start = max(start, span.end)
        elif span.start >= cue.end:
            end = min(end, span.start)
    return _Window(start=start, end=max(end, cue.end))


# "since 2014" starts a period; it never dates a statement.
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# A relative clause set off by commas: ", who has led the team since 2014,".
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whose)\b")


def _in_relative_clause(text: str, start: int, span: Span, cue: Span) -> bool:
    """Whether the date sits in a comma-delimited relative clause before the cue."""
    opening = None
    for match in _RELATIVE_OPEN.finditer(text, start, span.start):
        opening = match
    if opening is None or "," in text[opening.end() : span.start]:
        return False
    return "," in text[span.end : cue.start]


@attrs.frozen(kw_only=True)
class _DateIndex:
    """The mentions with a span, by start, for the look-up of a cue's window.

    Scanning every date for every quote was quadratic in a long article. Plain lists of ints
    (no tuple per mention): a hostile text has hundreds of thousands of dates.
    """

    dates: Sequence[DateMention]
    starts: list[int]
    order: list[int]  # positions in ``dates``, sorted by start (ties in the given order)

    @classmethod
    def of(cls, dates: Sequence[DateMention]) -> _DateIndex:
        order: list[int] = []
        starts: list[int] = []
        for n, mention in enumerate(dates):
            if mention.span is not None:
                order.append(n)
                starts.append(mention.span.start)
        if any(later < earlier for earlier, later in itertools.pairwise(starts)):
            ranked = sorted(zip(starts, order, strict=True))  # not in text order: rare
            starts = [start for start, _ in ranked]
            order = [n for _, n in ranked]
        return cls(dates=dates, starts=starts, order=order)

    def within(self, start: int, end: int) -> list[int]:
        """The positions of the mentions starting in ``start..end`` (inclusive), by start."""
        a = bisect.bisect_left(self.starts, start)
        b = bisect.bisect_right(self.starts, end)
        return self.order[a:b]


def _statement_date(text: str, quote: Quote, dates: _DateIndex) -> str | None:
    if quote.cue is None:
        return None
    cue = quote.cue
    # A direct quote's content runs across its cue ("“A,” X told reporters Monday. “B.”"):
    # only the quoted fragments are off limits then.
    content = quote.content
    excluded = [*quote.fragments]
    if not (content.start < cue.end and cue.start < content.end):
        excluded.append(content)
    # A date inside the speaker ("Aydin, who has led the team since 2014, said") dates the
    # speaker's past, never the speech act.
    inside = [*excluded, *([quote.speaker] if quote.speaker is not None else [])]
    window = _cue_window(text, cue, excluded)
    best: tuple[int, int, str] | None = None
    # Only the mentions that start inside the window; ties go to the earlier one in the given
    # order, as in a scan of them all.
    for order in dates.within(window.start, window.end):
        mention = dates.dates[order]
        span = mention.span
        if (
            span is None
            or mention.type not in _STATEMENT_TYPES
            or mention.value in _NOT_STATEMENT_VALUES
            or span.start < window.start
            or span.end > window.end
            or any(s.start <= span.start < s.end for s in inside)
            or _SINCE.search(text, max(0, span.start - 8), span.start) is not None
            or (span.end <= cue.start and _in_relative_clause(text, window.start, span, cue))
        ):
            continue
        if span.start >= quote.cue.end:
            distance = span.start - quote.cue.end
        else:
            distance = quote.cue.start - span.end + 20  # after the cue reads more naturally
        if best is None or (distance, order) < best[:2]:
            best = (distance, order, mention.id)
    return None if best is None else best[2]


def link_statement_dates(
    text: str, quotes: Sequence[Quote], dates: Sequence[DateMention]
) -> tuple[Quote, ...]:
    """Set each quote's ``date`` to the mention that dates its speech act ("said Friday").

    The date must sit in the cue's own clause, outside the quoted or reported content: after
    the cue ("said on Tuesday", "told reporters in Brussels Thursday", "in an interview last
    week") or just before it ("On Friday, Lopez said"); the nearest after the cue wins.
    """
    if not any(quote.cue is not None for quote in quotes):
        return tuple(attrs.evolve(quote, date=None) for quote in quotes)
    index = _DateIndex.of(dates)
    return tuple(attrs.evolve(quote, date=_statement_date(text, quote, index)) for quote in quotes)
