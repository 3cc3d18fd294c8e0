"""Temporal expressions: find them, type them, normalize them against a reference date.

Detection is in ``_date_patterns`` (one regex per family), values in ``_date_values``; this
module picks the leftmost-longest expressions that normalize, keeps the narrative anchor (the
last explicit day, for "at 3 a.m." and "the next day") and the dates of past news events
("killed Oct. 23", for "the weeks before the shooting"), and dates statements ("said Friday").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from attribution._date_patterns import find_candidates
from attribution._date_values import (
    DAY_VALUE,
    Context,
    day_of,
    events_attached,
    events_near,
    normalize,
)
from attribution._results import DateMention, Quote, Span
from attribution._sentences import period_ends_sentence
from attribution._timex import to_python

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_dates", "link_statement_dates"]

#: A date of a year, month or day (with or without a time): a narrative anchor.
#: A quarter or half of a year: "1989-Q3", "2013-H1".
_QUARTER_VALUE = re.compile(r"\d{4}-[QH][1-4]$")
_EXPLICIT = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\dX-])")


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


def _counted_back(groups: dict[str, str | None]) -> bool:
    """Whether the expression counts back from the reference ("a year ago").

    It does not move the narrated year: "up 31 percent from a year ago" and "from a year
    earlier" name the same time, so "a year earlier" must not count from "a year ago".
    """
    return (groups.get("dir") or "").lower() == "ago"


@attrs.frozen(kw_only=True)
class _Joined:
    """The second day of "April 24 and 25": its extent and value, and the first day's value."""

    start: int
    end: int
    value: str
    first_value: str


def _joined_day(text: str, groups: dict[str, str | None], end: int, value: str) -> _Joined | None:
    """The day joined to a yearless calendar date ending at ``end`` whose value is ``value``."""
    first = day_of(value)
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


#: What may stand between a clock time and the day that dates it: "3 p.m. local time Friday",
#: "10:35 a.m. (0735 GMT) on Friday", "3 p.m., on Friday". No sentence end, no other words.
_CLOCK_TO_DAY = re.compile(
    r"""
    (?:\s+(?i:local\s+time))?                 # " local time"
    (?:\s*\([^()\n]{1,20}\))?                  # " (0735 GMT)": the time in another zone
    ,?\s+(?:(?i:on)\s+)?                       # ", on "
    """,
    re.VERBOSE,
)
_CLOCK_TO_DAY_REACH = 40


def _clock_day(text: str, clock: DateMention, day: DateMention) -> DateMention | None:
    """The clock time re-dated by the day right after it ("3 p.m. local time Friday")."""
    if clock.span is None or day.span is None or clock.value is None or day.value is None:
        return None
    if day.type != "DATE" or DAY_VALUE.fullmatch(day.value) is None:
        return None
    if day.span.start - clock.span.end > _CLOCK_TO_DAY_REACH:
        return None
    between = _CLOCK_TO_DAY.fullmatch(text, clock.span.end, day.span.start)
    if between is None:
        return None
    return attrs.evolve(clock, value=day.value + clock.value[10:])


#: A date of a day, month, season or year: what an event can be dated by.
_EVENT_VALUE = re.compile(
    r"""
    \d{4}                                   # a year,
    (?: - (?: \d\d (?:-\d\d)?                # then a month, maybe with its day,
            | SP | SU | FA | WI              # or a season
          )
    )?
    (?![\dX])                               # and no more digits, nor an unknown one
    """,
    re.VERBOSE,
)


#: How long before the reference an event's date must end: a date of the story's own week
#: ("was charged with theft Thursday in the break-in") dates the news, not the event told.
_EVENT_AGE = dt.timedelta(days=7)


@attrs.define(kw_only=True)
class _EventMemory:
    """The first date the text gives each past news event ("Ruiz was killed Oct. 23").

    Dates that end more than a week before the reference date the events of their sentence
    (the background event of a story); a date of the story's own week dates only the event
    it is attached to ("Saturday's funeral", "the funeral was on Saturday"), since it mostly
    dates the news ("charged with theft Thursday in the break-in"). A more precise date of
    the same period replaces a vaguer one ("last October", then "Oct. 23"). Filled lazily:
    only "the weeks before the shooting" and the like ask, so articles without them pay
    nothing. Each date mention is read once, with a bounded window.
    """

    text: str
    mentions: list[DateMention]  # the mentions found so far (find_dates appends to it)
    before: dt.date | None  # dates ending before this day date their sentence (None: any)
    read: int = 0  # mentions read so far
    dates: dict[str, str] = attrs.Factory(dict)

    def _old_enough(self, value: str) -> bool:
        if self.before is None:
            return True
        python = to_python(value)
        last = python[1] if isinstance(python, tuple) else python
        if isinstance(last, dt.datetime):
            last = last.date()
        return isinstance(last, dt.date) and last < self.before

    def date_of(self, event: str, before: int) -> str | None:
        """The date of ``event`` given by a mention that ends before ``before``."""
        while self.read < len(self.mentions):
            mention = self.mentions[self.read]
            span = mention.span
            if span is not None and span.end > before:
                break
            self.read += 1
            value = mention.value
            if span is None or mention.type != "DATE" or value is None:
                continue
            if not _EVENT_VALUE.match(value):
                continue
            if self._old_enough(value):
                named_events = events_near(self.text, span.start, span.end)
            else:  # a day of the story's own week dates only the event it is attached to
                named_events = events_attached(self.text, span.start, span.end)
            for named in named_events:
                known = self.dates.get(named)
                if known is None or (value.startswith(known) and len(value) > len(known)):
                    self.dates[named] = value
        return self.dates.get(event)


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
    anchor_end: int | None = None  # where the mention that set the anchor ends
    recent: str | None = None
    recent_month: str | None = None
    recent_month_end: int | None = None  # where the mention that gave ``recent_month`` ends
    recent_quarter: str | None = None  # the last quarter or half told ("1989-Q3")
    recent_quarter_end: int | None = None
    cursor = 0
    undated_clock: int | None = None  # the last mention, when a clock time without a day
    events = _EventMemory(
        text=text, mentions=mentions, before=None if base is None else base - _EVENT_AGE
    )
    for candidate in find_candidates(text):
        if candidate.start < cursor:
            continue
        context = Context(
            text=text,
            reference=base,
            anchor=anchor,
            anchor_end=anchor_end,
            recent=recent,
            recent_month=recent_month,
            recent_month_end=recent_month_end,
            recent_quarter=recent_quarter,
            recent_quarter_end=recent_quarter_end,
            month_first=month_first,
            event_date=events.date_of,
        )
        found = normalize(candidate, context)
        if found is None:
            continue
        cursor = candidate.end
        mention = DateMention(
            id=f"d{len(mentions) + 1}",
            span=Span.of(text, found.start, found.end),
            type=found.type,
            value=found.value,
        )
        if undated_clock is not None and undated_clock == len(mentions) - 1:
            dated = _clock_day(text, mentions[-1], mention)
            if dated is not None:
                mentions[-1] = dated
        mentions.append(mention)
        undated_clock = None
        if (
            candidate.kind == "clock"
            and not candidate.groups.get("wd")
            and found.type == "TIME"
            and found.value is not None
        ):
            undated_clock = len(mentions) - 1
        if found.type not in ("DATE", "TIME") or found.value is None:
            continue
        value = found.value
        if _QUARTER_VALUE.match(value) and candidate.kind in ("quarter", "relative"):
            # a quarter named, not one counted back from it ("a year earlier")
            recent_quarter, recent_quarter_end = value, found.end
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
        day = day_of(value)
        explicit = _EXPLICIT.match(value)
        if day is not None:
            anchor = day
            anchor_end = mentions[-1].span.end if mentions[-1].span is not None else None
        elif (
            anchor is not None
            and explicit is not None
            and not anchor.isoformat().startswith(explicit.group())
        ):
            # the story moved to another year or month ("in 2009 ...", "in January 2008"):
            # a clock time or "the next day" after it no longer goes back to the old day
            anchor = anchor_end = None
        if explicit is not None and not _counted_back(candidate.groups):
            recent = explicit.group()
            if explicit[2] is not None:
                recent_month = recent
                recent_month_end = found.end
    return tuple(mentions)


# --- statement dates ----------------------------------------------------------------------------

#: How far from the cue a dating expression may sit (characters).
_AFTER_CUE = 70
_BEFORE_CUE = 60
_CLAUSE_STOP = re.compile(
    r"""
    (?P<period>\.)\s                                        # a sentence's period; not a
                                                           # title's, a month's or an initial's
                                                           # ("said Gov. Ann J. Ruiz on Nov. 9")
    | [!?;]\s                                               # its other stops
    | \n                                                    # a line break
    | ["“”]                                                 # a quotation mark
    | \bthat\b                                              # a reported clause
    | \b(?:and|but)\s+(?:he|she|they|it)\b                  # a new clause with its subject
    """,
    re.VERBOSE,
)
_STATEMENT_TYPES = frozenset({"DATE", "TIME"})
_NOT_STATEMENT_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@attrs.frozen(kw_only=True)
class _Window:
    """The stretch around a cue where a date can date the speech act."""

    start: int
    end: int


def _stops(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The clause stops in ``text[start:end]``, by the sentence splitter's idea of a period."""
    for stop in _CLAUSE_STOP.finditer(text, start, end):
        if stop.group("period") is None or period_ends_sentence(text, stop.start()):
            yield stop


def _cue_window(text: str, cue: Span, excluded: Sequence[Span]) -> _Window:
    after_limit = min(len(text), cue.end + _AFTER_CUE)
    stop = next(_stops(text, cue.end, after_limit), None)
    end = stop.start() if stop else after_limit
    before_limit = max(0, cue.start - _BEFORE_CUE)
    start = before_limit
    for stop_before in _stops(text, before_limit, cue.start):
        start = stop_before.end()  # the last clause stop before the cue
    for span in excluded:  # never reach into the quoted or reported content
        if span.end <= cue.start:
            start = max(start, span.end)
        elif span.start >= cue.end:
            end = min(end, span.start)
    return _Window(start=start, end=max(end, cue.end))


# "since 2014" starts a period; it never dates a statement.
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# A date that modifies a noun after a determiner ("the Sept. 11, 2001, attacks", "his 2004
# presidential campaign") dates that thing; it dates a speech act only when the thing is one
# ("in a 2014 interview", "at a Tuesday rally", "the July 9, 2012, cable").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|his|her|its|their|our|my|your)\s+$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(
    r"""
    (?:(?<=\d{4}),)?\s+                                   # a comma only after a year
    (?!(?:that|when|where|which|who|in|at|on|of|to|for|by|with|from|and|or|but|as)\b)
    (?P<words>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})   # the next words, up to four
    """,
    re.VERBOSE,
)
_SPEECH_OCCASIONS = frozenset(
    """
    interview interviews speech speeches address remarks statement statements rally rallies
    debate debates hall forum hearing hearings testimony briefing briefings conference call
    calls conversation conversations meeting meetings session appearance appearances event
    visit report reports memo memorandum letter letters email e-mail emails cable cables
    message messages video videos broadcast show episode podcast book memoir article story
    column op-ed editorial essay post posts tweet tweets blog study survey poll ruling
    decision opinion order filing deposition announcement release transcript note exchange
    discussion talk talks summit convention shows program programs autobiography books
    """.split()  # noqa: SIM905 (a word list reads best as text)
)
# A relative clause set off by commas: ", who has led the team since 2014,".
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|whose)\b")


def _modifies_other_than_speech(text: str, span: Span) -> bool:
    """Whether the date modifies a noun after a determiner, and that noun is no speech act."""
    if _DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start) is None:
        return False
    following = _NOUN_AFTER.match(text, span.end, min(len(text), span.end + 50))
    if following is None:
        return False
    return not any(word.lower() in _SPEECH_OCCASIONS for word in following["words"].split())


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
            or _modifies_other_than_speech(text, span)
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
        return tuple(_dated(quote, None) for quote in quotes)
    index = _DateIndex.of(dates)
    return tuple(_dated(quote, _statement_date(text, quote, index)) for quote in quotes)


def _dated(quote: Quote, date: str | None) -> Quote:
    """``quote`` with ``date``; the same object when it has it already (most have none)."""
    return quote if quote.date == date else attrs.evolve(quote, date=date)
