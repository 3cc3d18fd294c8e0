"""Detection of temporal expressions: one compiled VERBOSE regex per family, leftmost-longest.

Each family names what it found (``kind``) and keeps its named groups; ``_date_values`` turns a
candidate into a TIMEX3 type and value, or rejects it (a name such as "Theresa May", a quantity
such as "2000 units"). Every pattern is a sequence of bounded alternatives with no nested
repetition, so matching is linear in the text length.

Patterns may match a leading preposition or article; ``_date_values.normalize`` trims the
extent to the TimeML/TIDES conventions (no preposition; the article of a temporal head noun and
the modifiers TIMEX3 marks with ``mod`` kept: "the past two years", "about three years",
"early December"). See docs/dates.md, "Extent conventions".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["Candidate", "find_candidates"]

# --- building blocks (plain strings, spliced into the family patterns) -----------------------

_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
_WEEKDAY = rf"(?:{_WEEKDAY_FULL}|{_WEEKDAY_ABBR})"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})"
_PART = r"(?:morning|afternoon|evening|night|overnight)"
_ZONE = (
    r"(?:GMT|UTC|BST|CEST|CET|EEST|EET|MSK|AST|IRST|GST|PKT|IST|ICT|HKT|SGT|PHT|JST|KST|AEDT|"
    r"AEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|CT|MT|PT)"
)
_AMPM = r"(?:a\.m\.?|p\.m\.?|[aApP]\.?[mM]\b\.?)"
_CLOCK = rf"""(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9])?\s?{_AMPM}(?:\s?\(?{_ZONE}\)?(?![A-Za-z]))?"""
_SMALL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUMBER = (
    rf"(?:[0-9]+(?:\.[0-9]+)?(?:\s[0-9]/[0-9])?|{_TENS}(?:[-\s]{_SMALL})?|{_SMALL}|a\s+dozen|"
    r"dozens\s+of|hundreds\s+of|a\s+hundred|a\s+couple\s+of|a\s+few|few|several|many|some|an?)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|"
    r"decades?|centuries|century)"
)
_UNIT_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
_APPROX = (
    r"(?:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
    r"over|roughly|up\s+to|only|just|some|another|approximately|the\s+(?:last|past|next|first))"
)
_WORD_END = r"(?![\w-]|['’](?!s\b)|\.[0-9])"  # "Friday's" ends at "Friday"

_FLAGS = re.VERBOSE


def _compile(pattern: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS | (re.IGNORECASE if ignore_case else 0))


# --- families: (kind, pattern) in priority order for equal extents ----------------------------

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "calendar",  # a day of a month, with optional weekday, part of day, year and time
        _compile(
            rf"""
            (?<![\w/-])
            (?:(?P<wd>{_WEEKDAY})(?:\s(?P<wdpart>{_PART}))?,?\s)?      # "Tue", "Monday night,"
            (?:
                (?P<mon>{_MONTH})\s(?P<day>{_DAY})(?![0-9])              # "March 7", "Mar. 7th"
                (?:,?\s(?P<year>{_YEAR})(?![0-9]))?                      # ", 2016"
              | (?:the\s)?(?P<day2>{_DAY})\s(?:of\s)?(?P<mon2>{_MONTH})  # "7 March", "7th of March"
                (?:,?\s(?P<year2>{_YEAR})(?![0-9]))?                     # " 2016"
            )
            (?:,?\s(?:at\s)?(?P<time>{_CLOCK}))?                         # " 09:30 am (AST)"
            {_WORD_END}
            """
        ),
    ),
    (
        "week_of",  # the week of March 6: the ISO week that contains the day
        _compile(
            rf"""
            (?<![\w-])
            (?:(?i:the)\s)?(?i:week)\s(?i:of)\s                       # "the week of"
            (?:
                (?P<mon>{_MONTH})\s(?P<day>{_DAY})(?![0-9])             # "March 6"
                (?:,?\s(?P<year>{_YEAR})(?![0-9]))?                     # ", 2016"
              | (?P<day2>{_DAY})\s(?P<mon2>{_MONTH})                    # "6 March"
                (?:,?\s(?P<year2>{_YEAR})(?![0-9]))?                    # " 2016"
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "iso",  # 2016-03-07, 2016-03-07T09:30
        _compile(
            r"""
            (?<![\w/.-])
            (?P<y>[12][0-9]{3})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])  # date
            (?:[T\s](?P<hh>[01][0-9]|2[0-3]):(?P<mm>[0-5][0-9])(?::[0-5][0-9])?)?   # time
            (?![\w/-])
            """
        ),
    ),
    (
        "numeric",  # 3/7/2016 (US order by default), 07/03/16
        _compile(
            r"""
            (?<![\w/.-])
            (?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])/(?P<y>[12][0-9]{3}|[0-9]{2})  # a/b/year
            (?![\w/-]|\.[0-9])
            """
        ),
    ),
    (
        "month",  # a month with optional modifier and year
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<rel>(?i:last|next|this|coming|past|previous))\s)?      # "last November"
            (?:(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of))[\s-])?  # "early"
            (?P<mon>{_MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)       # "June", "Sept."
            (?!\s{_DAY}(?![0-9]))                                          # not "Oct. 23"
            (?:(?:,|\s+of)?\s(?P<year>{_YEAR}))?                          # " 2015", " of 2015"
            {_WORD_END}
            """
        ),
    ),
    (
        "weekday",  # a weekday with optional relative word, modifier and part of day
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<rel>(?i:last|next|this|coming|past|previous))\s)?  # "last Friday"
            (?:(?P<mod>(?i:early|late))\s)?                            # "early Monday"
            (?P<wd>{_WEEKDAY_FULL})(?P<plural>s)?                      # "Friday", "Mondays"
            (?:\s(?P<part>{_PART}))?                                   # " night"
            {_WORD_END}
            """
        ),
    ),
    (
        "deictic",  # today, yesterday morning, tonight, this afternoon, last night
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<mod>(?i:early|late|earlier|later))\s)?                    # "late"
            (?:
                (?P<word>(?i:today|yesterday|tomorrow|tonight))           # a deictic day
                (?:\s(?P<part>{_PART}))?                                  # " morning"
              | (?P<rel>(?i:this|last))\s(?P<part2>{_PART})                # "this morning"
              | (?P<dayafter>(?i:the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)))  # 2 days
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "relative",  # last week, this year, next month, earlier this year, the past decade
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<mod>(?i:early|earlier|late|later|mid|the\s+end\s+of|the\s+rest\s+of))[\s-]
               (?:in\s)?)?                                                  # "earlier"
            (?P<rel>(?i:last|this|next|coming|past|previous|current|following|upcoming|the))\s
            (?P<unit>(?i:week|weekend|month|year|quarter|decade|century|season|
                spring|summer|fall|autumn|winter))                         # "week", "summer"
            {_WORD_END}
            """
        ),
    ),
    (
        "offset",  # two days ago, a year earlier, three weeks from now, a decade ago
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<approx>(?i:{_APPROX}))\s)?                               # "almost"
            (?P<num>(?i:{_NUMBER}))[\s-]                                    # "two"
            (?P<unit>(?i:{_UNIT}))\s                                       # "days"
            (?P<dir>(?i:ago|earlier|later|from\s+now|hence))              # "ago"
            {_WORD_END}
            """
        ),
    ),
    (
        "duration",  # 12 years, a 10-hour standoff, the last 2 or 3 years, half an hour
        _compile(
            rf"""
            (?<![\w$£€.,-])
            (?:(?P<approx>(?i:{_APPROX}))\s)?                              # "at least"
            (?:
                (?P<num>(?i:{_NUMBER}))                                    # "12", "two"
                (?:\s(?i:or|to)\s(?P<num2>(?i:{_NUMBER})))?                 # " or 3"
                (?P<hyphen>[\s-])(?P<more>(?i:more|additional|full|straight|consecutive)\s)?
                (?P<unit>(?i:{_UNIT}))(?P<suffix>-long)?(?!-old)            # "years", "-long"
              | (?P<half>(?i:half\s+an?\s+(?:hour|day|year|century)))       # "half an hour"
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "vague",  # years, for decades, recent months, the coming days and weeks, decades-long
        _compile(
            rf"""
            (?<![\w-])
            (?:
                (?P<recent>(?i:recent|coming|the\s+coming|past|the\s+past))\s  # "recent"
                (?P<unit>(?i:{_UNIT_PLURAL}))                                 # "months"
                (?:\s(?i:and|or)\s(?P<unit2>(?i:{_UNIT_PLURAL})))?            # " and weeks"
              | (?P<prep>(?i:for|in|over|within|after|take|took|takes))\s    # "for"
                (?P<bare>(?i:{_UNIT_PLURAL}))                                 # "years"
              | (?P<long>(?i:{_UNIT_PLURAL}))-(?i:long)                       # "decades-long"
              | (?i:the)\s(?P<around>(?i:days|weeks|months|years))           # "the weeks"
                (?=\s(?i:before|after|leading\s+up|that\s+followed|following)\b)  # " before"
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "year",  # in 2014, since 2001, fiscal 2016, post-1959, the 1990s, early 1990s
        _compile(
            rf"""
            (?<![\w$£€#/.,:-])(?<![0-9][,.])(?<!No\.\s)(?<!\#\s)
            (?:(?P<post>(?i:post|pre|mid|early|late))[\s-])?           # "post-1959", "mid-"
            (?:
                (?P<decade>(?:1[6-9]|20)[0-9]0)'?s                     # "1990s"
              | '(?P<short>[0-9]0)s                                    # "'90s"
              | (?P<year>{_YEAR})                                      # "2014"
                (?:[-/–](?P<year2>[0-9]{{2}}|{_YEAR}))?                # "2014-15"
            )
            (?![\w%$-]|[.,][0-9])
            """
        ),
    ),
    (
        "season",  # last summer, the fall of 2015, early spring, winter 2012
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<rel>(?i:last|next|this|coming|past|previous))\s)?       # "last"
            (?:(?P<mod>(?i:early|mid|late))[\s-])?                          # "early"
            (?P<season>(?i:spring|summer|fall|autumn|winter))               # "summer"
            (?:(?:\s+of|,)?\s(?P<year>{_YEAR}))?                            # " of 2015"
            {_WORD_END}
            """
        ),
    ),
    (
        "quarter",  # the first quarter, third quarter of 2015, Q3 2015
        _compile(
            rf"""
            (?<![\w-])
            (?:
                (?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]  # "third"
                (?i:(?:fiscal|calendar)\s)?(?P<unit>(?i:quarter|half))          # "quarter"
                (?:(?:\s+of|,)?\s(?P<year>{_YEAR}))?                           # " of 2015"
              | Q(?P<q>[1-4])(?:\s(?P<qyear>{_YEAR}))?                         # "Q3 2015"
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "century",  # the 21st century, the nineteenth century
        _compile(
            r"""
            (?<![\w-])
            (?:(?i:the)\s)?                                                   # "the"
            (?P<ord>(?i:(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|
                ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|
                seventeenth|eighteenth|nineteenth|twentieth|1[0-9]th|2[01]st|20th|
                [4-9]th))                                                       # "21st"
            [\s-](?i:century)                                                   # " century"
            (?![\w-])
            """
        ),
    ),
    (
        "clock",  # 3 a.m., 9:30 am (AST), 06:30 GMT, noon, midnight, 4 a.m. EDT Thursday
        _compile(
            rf"""
            (?<![\w:.$-])
            (?:
                (?P<h>[01]?[0-9]|2[0-3])(?::(?P<m>[0-5][0-9]))?\s?(?P<ampm>{_AMPM})  # "3 a.m."
                (?:\s?\(?(?P<tz>{_ZONE})\)?(?![A-Za-z]))?                            # "(AST)"
              | (?P<h24>[01][0-9]|2[0-3]):(?P<m24>[0-5][0-9])\s?\(?(?P<tz24>{_ZONE})\)?  # 06:30 GMT
                (?![A-Za-z])
              | (?P<named>(?i:noon|midnight|midday))                          # "noon"
              | (?P<hw>[0-9]{{1,2}}|{_SMALL})\s(?i:in\s+the)\s(?P<pw>(?i:morning|afternoon|evening))
                                                                          # "4 in the morning"
              | (?P<oc>[0-9]{{1,2}}|{_SMALL})\so'clock                        # "3 o'clock"
            )
            (?:,?\s(?:on\s)?(?P<wd>{_WEEKDAY_FULL}|(?i:today|tomorrow|yesterday)))?  # " Thursday"
            (?![\w-])
            """
        ),
    ),
    (
        "set",  # every Monday, each season, twice a week, annually, every other year
        _compile(
            rf"""
            (?<![\w-])
            (?:
                (?P<every>(?i:every|each))\s(?:(?P<n>(?i:other|{_NUMBER}))\s)?  # "every two"
                (?P<unit>(?i:{_UNIT}|season|summer|winter|spring|fall|autumn|morning|
                    afternoon|evening|night)|{_WEEKDAY_FULL})                   # "weeks", "Monday"
              | (?P<adv>(?i:hourly|daily|nightly|weekly|biweekly|monthly|quarterly|
                    annually|yearly|biannually|semiannually))                   # "annually"
              | (?P<times>(?i:once|twice|thrice|{_NUMBER}\s+times))\s           # "twice"
                (?i:a|an|per|each|every)\s(?P<unit2>(?i:second|minute|hour|day|week|month|
                    year|decade|season))                                        # " a week"
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "reference",  # now, currently, the past, the future, these days, nowadays
        _compile(
            rf"""
            (?<![\w-])
            (?P<ref>(?i:
                now|currently|nowadays|these\s+days|at\s+present|the\s+present|  # present
                the\s+past|the\s+future|in\s+future                                # past, future
            ))
            (?![\w'’-])
            (?!\s(?i:{_NUMBER}|{_UNIT}|{_SMALL})(?![\w'’-]))              # not "the past decade"
            """
        ),
    ),
    (
        "holiday",  # Christmas, Thanksgiving Day, Easter, Election Day, New Year's Eve
        _compile(
            r"""
            (?<![\w-])
            (?:(?P<rel>(?i:last|next|this))\s)?                                    # "last"
            (?P<name>
                New\sYear['’]s(?:\s(?:Day|Eve))?|Valentine['’]s\sDay  # winter
              | St\.\sPatrick['’]s\sDay                                # spring
              | Independence\sDay|Fourth\sof\sJuly|Bastille\sDay|Halloween                  # summer
              | Veterans\sDay|Armistice\sDay|Christmas(?:\s(?:Day|Eve))?|Boxing\sDay        # fixed
              | Thanksgiving(?:\sDay)?|Easter(?:\sSunday)?|Memorial\sDay|Labor\sDay  # moving
              | Election\sDay|Good\sFriday|Mother['’]s\sDay|Father['’]s\sDay  # moving
            )
            (?:,?\s(?P<year>[12][0-9]{3}))?                                        # " 2015"
            (?![\w'’-])
            """
        ),
    ),
    (
        "anaphora",  # that day, the next morning, later that year, the following week
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<mod>(?i:earlier|later))\s)?                                        # "later"
            (?:
                (?P<that>(?i:that|that\s+same|the\s+same))\s                           # "that"
                (?P<unit>(?i:day|night|morning|afternoon|evening|week|month|year))    # "day"
              | (?i:the)\s(?P<dir>(?i:next|following|previous|preceding))\s           # "the next"
                (?P<unit2>(?i:day|night|morning|afternoon|evening|week|month|year))   # "morning"
            )
            {_WORD_END}
            """
        ),
    ),
)


@attrs.frozen(kw_only=True)
class Candidate:
    """A possible temporal expression: its family, extent and named groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]
    group_starts: dict[str, int]


def _all_matches(text: str) -> Iterator[Candidate]:
    for kind, pattern in _FAMILIES:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                groups = match.groupdict()
                yield Candidate(
                    kind=kind,
                    start=match.start(),
                    end=match.end(),
                    groups=groups,
                    group_starts={k: match.start(k) for k, v in groups.items() if v is not None},
                )


def find_candidates(text: str) -> list[Candidate]:
    """Every family's matches, sorted by start, longest first (ties: family order)."""
    order = {kind: index for index, (kind, _pattern) in enumerate(_FAMILIES)}
    return sorted(_all_matches(text), key=lambda c: (c.start, c.start - c.end, order[c.kind]))
