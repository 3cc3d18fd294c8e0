"""Detection of temporal expressions: one compiled VERBOSE regex per family, leftmost-longest.

Each family names what it found (``kind``) and keeps its named groups; ``_date_values`` turns a
candidate into a TIMEX3 type and value, or rejects it (a name such as "Theresa May", a quantity
such as "2000 units"). Every pattern is a sequence of bounded alternatives with no nested
repetition, so matching is linear in the text length.

Speed: one pass of a trigger regex (``_TRIGGERS``: month and weekday names, numerals, units,
"ago", "every" ...) finds where each family can match; each family then runs only in the merged
windows around its own triggers (``_windows``), which finds the same matches as a scan of the
whole text (``_scan_all``, kept for the tests) at a fraction of the cost.

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
    rf"(?:[0-9]+(?:\.[0-9]+)?(?:[\s-][0-9]/[0-9])?|{_TENS}(?:[-\s]{_SMALL})?|{_SMALL}|a\s+dozen|"
    r"dozens\s+of|hundreds\s+of|a\s+hundred|a\s+couple(?:\s+of)?(?:\s+more)?|a\s+few|few|"
    r"several|many|some|an?)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|"
    r"(?:quarter|half)-centur(?:y|ies)|quarters?|years?|decades?|centuries|century)"
)
_UNIT_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
_APPROX = (
    r"(?:about|around|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
    r"over|roughly|up\s+to|only|just|some|another|approximately|the\s+(?:last|past|next|first))"
)
_WORD_END = r"(?![\w-]|['’](?!s\b|')|\.[0-9])"  # "Friday's" ends at "Friday"; '' closes a quote

_FLAGS = re.VERBOSE


def _compile(pattern: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS | (re.IGNORECASE if ignore_case else 0))


# --- families: (kind, pattern) in priority order for equal extents ----------------------------

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "calendar",  # a day of a month, with optional weekday, part of day, year and time
        _compile(
            rf"""
            (?<![\w/:])(?<![^0-9]-)          # not in "01:14 April"; "March 30-April 4": a dash
            (?:(?P<wd>{_WEEKDAY})(?:\s(?P<wdpart>{_PART}))?,?\s)?      # "Tue", "Monday night,"
            (?:
                (?P<mon>{_MONTH})\s(?P<day>{_DAY})(?![0-9])              # "March 7", "Mar. 7th"
                (?:
                    ,?\s(?P<year>{_YEAR})(?![0-9])                        # ", 2016"
                  | \s(?:of\s)?(?P<yrel>(?i:this|next|last))\s(?i:year)(?![\w'’])  # " of last year"
                )?
              | (?:the\s)?(?P<day2>{_DAY})\s(?:of\s)?(?P<mon2>{_MONTH})  # "7 March", "7th of March"
                (?:,?\s(?P<year2>{_YEAR})(?![0-9]))?                     # " 2016"
            )
            (?:,?\s(?:at\s)?(?P<time>{_CLOCK}))?                         # " 09:30 am (AST)"
            (?:(?=[-–](?:[0-9]|{_MONTH}))|{_WORD_END})  # "April 24-25", "March 30-April 4"
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
            (?:(?P<mod>(?i:early|mid|late|end(?=-)|the\s+(?:end|beginning|middle|start)\s+of|
                the\s+(?:first|second|third|fourth|last|final)\s+(?:week|days|half)\s+of
                ))[\s-])?                                 # "early", "the first week of"
            (?P<mon>{_MONTH_FULL}|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)       # "June", "Sept."
            (?!\s{_DAY}(?![0-9]))                                          # not "Oct. 23"
            (?:
                (?:,|\s+of)?\s(?P<year>{_YEAR})                            # " 2015", " of 2015"
              | \s(?:of\s)?(?P<yrel>(?i:this|next|last|that))\s(?i:year)(?!['’]s)  # " of that year"
            )?
            {_WORD_END}
            """
        ),
    ),
    (
        "weekday",  # a weekday with optional relative word, modifier and part of day
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<dayrel>(?i:the\s+day\s+(?:before|after)))\s)?       # "the day before"
            (?:(?P<rel>(?i:last|next|this\s+past|this|coming|past|previous|
                the\s+following|the\s+previous))\s)?                  # "last Friday"
            (?:(?P<mod>(?i:early|late))\s)?                            # "early Monday"
            (?P<wd>{_WEEKDAY_FULL})(?P<plural>s)?                      # "Friday", "Mondays"
            (?:\s(?P<part>{_PART})(?P<partplural>(?<!overnight)s)?)?    # " night", " nights"
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
            (?:(?P<mod>(?i:early|earlier|late|later|mid|the\s+end\s+of|the\s+rest\s+of|
                the\s+(?:beginning|start|middle)\s+of))[\s-]
               (?:in\s)?)?                                                  # "earlier"
            (?P<rel>(?i:last|this\s+past|this|next|coming|past|previous|current|following|
                upcoming|latest|most\s+recent|the))\s                     # "last", "this past"
            (?:(?i:holiday|long|three-day|four-day)\s(?=(?i:weekend)))?  # "the holiday weekend"
            (?P<unit>(?i:week|weekend|month|fiscal\s+year|year|quarter|decade|century|season|
                quarter-century|half-century|
                spring|summer|fall|autumn|winter|                          # "week", "summer"
                period))                  # "the latest period": a business story's quarter
            {_WORD_END}
            """
        ),
    ),
    (
        "offset",  # two days ago, a year earlier, three weeks from now, a decade ago
        _compile(
            rf"""
            (?<![\w-])
            (?:
                (?:(?P<approx>(?i:{_APPROX}))\s)?                           # "almost"
                (?P<num>(?i:{_NUMBER}))                                     # "two"
                (?:\s(?i:or|to)\s(?P<num2>(?i:{_NUMBER})))?                 # " or three"
                [\s-](?P<unit>(?i:{_UNIT}))\s                              # "days"
                (?P<dir>(?i:ago|earlier|later|from\s+now|hence))          # "ago"
              | (?P<bare>(?i:{_UNIT_PLURAL}))\s(?P<bare_dir>(?i:ago))     # "years ago"
            )
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
                (?P<numhalf>\s(?i:and\s+a\s+half))?                        # " and a half"
                (?:\s(?i:or|to)\s(?P<num2>(?i:{_NUMBER})))?                 # " or 3"
                (?P<hyphen>[\s-])(?P<more>(?i:more|additional|full|straight|consecutive)\s)?
                (?P<unit>(?i:{_UNIT}))(?P<suffix>-long)?(?!-old)            # "years", "-long"
                (?P<andhalf>\s(?i:and\s+a\s+half))?                          # " and a half"
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
              | (?P<prep>(?i:for|in|over|within|after|take|took|takes|
                    spend|spends|spent|spending))\s                    # "for", "spent"
                (?P<bare>(?i:{_UNIT_PLURAL}))                                 # "years"
              | (?P<long>(?i:{_UNIT_PLURAL}))-(?i:long)                       # "decades-long"
              | (?i:the)\s(?P<ahead>(?i:{_UNIT_PLURAL}))          # "the weeks ahead", "the
                \s(?i:ahead(?!\s+of\b)|to\s+come)                  # months to come"; not "ahead of"
              | (?<=\b[Oo]ver\s)(?i:the)\s(?P<over>(?i:years|decades))       # "over the years"
                (?![\w'’-]|\s(?i:of|to|ahead|before|after|since|that|when)\b)
              | (?i:the)\s(?P<around>(?i:days|weeks|months|years))           # "the weeks"
                (?=\s(?i:before|after|leading\s+up|that\s+followed|following)\b)  # " before"
              | (?<!\b(?i:of)\s)                                     # not "a matter of days"
                (?P<later>(?i:seconds|minutes|hours|days|weeks))            # "hours" (later)
                (?=\s(?i:later|earlier|after|before)\b)                      # " later"
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
            (?:(?P<post>(?i:post|pre|mid|early|late|end(?=-)|the\s+end\s+of|the\s+beginning\s+of|
                the\s+start\s+of|the\s+middle\s+of))[\s-]  # "post-1959", "the end of 2015"
              | (?P<fiscal>(?i:fiscal)(?:\s(?i:year))?)\s        # "fiscal 1998", "fiscal year"
            )?
            (?:
                (?P<decade>(?:1[6-9]|20)[0-9]0)['’]?s                  # "1990s", "1980’s"
              | ['’](?P<short>[0-9]0)s                                 # "'90s", "’90s"
              | (?<=[Tt]he\s)(?P<short_s>[0-9]0)['’]s                 # "the 90’s"
              | ['’](?P<apos>[0-9]{{2}})(?![0-9'’])                    # "in '08", "the ’16 race"
              | (?P<year>{_YEAR})                                      # "2014"
                (?:[-/–](?P<year2>[0-9]{{2}}|{_YEAR}))?                # "2014-15"
                (?P<fysuffix>\s(?i:fiscal\s+year))?                    # " fiscal year"
              | FY\s?(?P<fy>{_YEAR}|[0-9]{{2}})                         # "FY2014", "FY 14"
            )
            (?![\w%$-]|[.,][0-9])
            """
        ),
    ),
    (
        "spoken_year",  # in nineteen ninety-one, the year two thousand, the nineties
        _compile(
            r"""
            (?<![\w-])
            (?:(?i:the\s+year)\s+)?                                        # "the year"
            (?:
                (?P<century>(?i:nineteen|eighteen))[\s-]                    # "nineteen"
                (?:
                    (?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))
                    (?:[\s-](?P<ones>(?i:one|two|three|four|five|six|seven|eight|nine)))?
                  | (?P<teen>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|
                        seventeen|eighteen|nineteen))                       # "nineteen twelve"
                  | (?i:oh)[\s-](?P<oh>(?i:one|two|three|four|five|six|seven|eight|nine))
                )
              | (?i:the)\s(?:(?i:early|late|mid)[\s-])?                      # "the early"
                (?:(?i:nineteen)[\s-])?(?P<decade>(?i:thirties|forties|fifties|sixties|
                    seventies|eighties|nineties))                          # "nineties"
              | (?i:two\s+thousand)                                        # "two thousand"
                (?:\s(?:(?i:and)\s)?(?P<ones2>(?i:one|two|three|four|five|six|seven|eight|
                    nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|
                    eighteen|nineteen)))?                                   # " and one"
            )
            (?![\w'’-])
            """
        ),
    ),
    (
        "season",  # last summer, the fall of 2015, early spring, winter 2012
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<rel>(?i:last|next|this|that|coming|past|previous))\s)?  # "last"
            (?:(?P<mod>(?i:early|mid|late))[\s-])?                          # "early"
            (?P<season>(?i:spring|summer|fall|autumn|winter))               # "summer"
            (?:
                (?:\s+of|,)?\s(?P<year>{_YEAR})                               # " of 2015"
              | \s+of\s+(?P<yrel>(?i:this|next|last))\s+(?i:year)(?!['’]s)    # " of last year"
            )?
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
                (?:(?P<fiscal0>(?i:fiscal))\s)?                                # "fiscal"
                (?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]  # "third"
                (?i:(?:fiscal|calendar)\s)?(?P<unit>(?i:quarter|half))          # "quarter"
                (?:(?:\s+of|,)?\s(?P<fiscal>(?i:fiscal)\s(?:(?i:year)\s)?)?  # " of fiscal"
                    (?P<year>{_YEAR})                                         # " 2015"
                  | \s+of\s+(?P<yrel>(?i:this|next|last|the))\s+(?i:year)       # " of next year"
                    (?!['’]s)
                )?
              | (?P<year0>{_YEAR})\s(?:(?i:fiscal)\s)?                            # "the 1988"
                (?P<ord0>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]    # "third"
                (?i:quarter)                                                    # "quarter"
              | Q(?P<q>[1-4])(?:\s(?P<qyear>{_YEAR}))?                         # "Q3 2015"
              | (?:(?i:the)\s)?(?P<lastq>(?i:last|final))\s                    # "the last"
                (?P<unit2>(?i:quarter|half))                                    # "quarter"
                (?:(?:\s+of|,)?\s(?P<year2>{_YEAR})                             # " of 2015"
                  | \s+of\s+(?P<yrel2>(?i:this|next|last|the))\s+(?i:year)      # " of the year"
                    (?!['’]s)
                )
            )
            {_WORD_END}
            """
        ),
    ),
    (
        "period",  # year-earlier profit, the year-ago quarter: a business story's period
        _compile(
            r"""
            (?<![\w-])
            (?:
                (?i:the)\s(?:(?i:comparable|corresponding|same)\s)?           # "the comparable"
                (?i:year)-(?i:earlier|ago)\s(?P<noun>(?i:quarter|period))     # "year-ago quarter"
              | (?i:year)-(?i:earlier|ago)                                    # "year-earlier"
            )
            (?![\w-])
            """
        ),
    ),
    (
        "year_end",  # by year-end, since year end: the last day of a year
        _compile(
            r"""
            (?<![\w-])
            (?i:year)[\s-](?i:end)                                            # "year-end"
            (?![\w-])
            """
        ),
    ),
    (
        "century",  # the 21st century, the nineteenth century
        _compile(
            r"""
            (?<![\w-])
            (?:(?i:the)\s)?                                                   # "the"
            (?:(?P<mod>(?i:early|mid|late))[\s-])?                           # "late"
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
                (?:12(?::00)?\s)?(?P<named>(?i:noon|midnight|midday))       # "noon", "12:00 noon"
              | (?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<m>[0-5][0-9]))?\s?(?P<ampm>{_AMPM})  # "8.30pm"
                (?:\s?(?P<p1>\()?(?P<tz>{_ZONE})(?(p1)\))(?![A-Za-z]))?                # "(AST)"
              | (?P<h24>[01][0-9]|2[0-3]):?(?P<m24>[0-5][0-9])                    # "06:30", "1400"
                \s?(?P<p2>\()?(?P<tz24>{_ZONE})(?(p2)\))(?![A-Za-z])             # " GMT"
              | (?P<hb>[01]?[0-9]|2[0-3]):(?P<mb>[0-5][0-9])(?![0-9:])           # "at 23:00"
                (?:\s(?P<local>(?i:local\s+time)))?                             # " local time"
              | (?P<hw>[0-9]{{1,2}}|{_SMALL})\s(?i:in\s+the)\s(?P<pw>(?i:morning|afternoon|evening))
                                                                          # "4 in the morning"
              | (?P<oc>[0-9]{{1,2}}|{_SMALL})\so'clock                        # "3 o'clock"
            )
            (?:,?\s(?:on\s)?(?P<wd>{_WEEKDAY_FULL}|(?i:today|tomorrow|yesterday))  # " Thursday"
                (?!,?\s{_MONTH}\s[0-9]))?                  # not "Friday March 8": its date's
            (?P<wdplural>(?<=day)(?<!oday)(?<!erday)s)?            # "on Saturdays": a SET
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
                    afternoon|evening|night)|{_WEEKDAY_FULL}|{_MONTH_FULL})  # "Monday", "January"
                (?:(?<=[a-z]day)\s(?P<spart>{_PART}))?                        # "Sunday night"
              | (?<=\b[Oo]n\s)(?P<unit3>(?i:weekends))                   # "on weekends"
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
            (?:
                (?P<ref>(?i:
                    now|currently|nowadays|at\s+present|the\s+present|        # present
                    (?:(?<=\bat\s)|(?<=\bfor\s))(?:the|this)\s+moment|     # "at the moment"
                    the\s+past|the\s+future|in\s+future|                      # past, future
                    the\s+(?:very\s+)?(?:near|foreseeable|distant)\s+future|  # "the near future"
                    the\s+(?:near|short)\s+term                             # "the near term"
                )|(?P<adj>future|current))  # lowercase "future disasters", "his current wife"
                (?![\w'’-])
                (?!\s(?i:{_NUMBER}|{_UNIT}|{_SMALL})(?![\w'’-]))          # not "the past decade"
              | (?P<fixed>(?i:these\s+days|the\s+other\s+day))(?![\w'’-])  # also before "few"
            )
            """
        ),
    ),
    (
        "holiday",  # Christmas, Thanksgiving Day, Easter, Election Day, New Year's Eve
        _compile(
            rf"""
            (?<![\w-])
            (?:(?P<rel>(?i:last|next|this))\s)?                                    # "last"
            (?P<name>
                New\sYear['’]s(?:\s(?:Day|Eve))?|Valentine['’]s\sDay  # winter
              | St\.\sPatrick['’]s\sDay                                # spring
              | Independence\sDay|Fourth\sof\sJuly|Bastille\sDay|Halloween                  # summer
              | Veterans\sDay|Armistice\sDay|Christmas(?:\s(?:Day|Eve))?|Boxing\sDay        # fixed
              | Thanksgiving(?:\sDay)?|Easter(?:\sSunday)?|Memorial\sDay|Labor\sDay  # moving
              | Election\sDay|Good\sFriday|Mother['’]s\sDay|Father['’]s\sDay  # moving
              | Palm\sSunday|Ash\sWednesday|(?:Holy|Maundy)\sThursday|Easter\sMonday  # Easter's
              | (?:Martin\sLuther\sKing(?:\sJr\.?)?|MLK)\sDay|Presidents['’]?\sDay  # US federal
              | Columbus\sDay
              | Super\sTuesday(?!\s(?:II|III|2|3|Two|Three)\b)  # primary day; not "Super Tuesday 2"
            )
            (?:\s(?P<week>(?i:week(?:end)?)))?                          # "Easter week", "weekend"
            (?:,\s(?P<mon>{_MONTH})\s(?P<day>{_DAY})(?![0-9]))?           # ", March 1": its date
            (?:,?\s(?P<year>[12][0-9]{{3}}))?                                      # " 2015"
            (?![\w'’-])
            """
        ),
    ),
    (
        "same_time",  # this time last year, the same time next week, this time a year ago
        _compile(
            rf"""
            (?<![\w-])
            (?i:this|that|the\s+same)\stime\s                             # "this time"
            (?:
                (?P<rel>(?i:last|next))\s                                # "last"
              | (?P<count>(?i:a|one))\s                                  # "a"
            )
            (?P<unit>(?i:week|month|year))                               # "year"
            (?(count)\s(?P<dir>(?i:ago|from\s+now))|)                   # " ago"
            {_WORD_END}
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
                (?P<unit>(?i:day|night|morning|afternoon|evening|week|month|year|quarter))
              | (?i:the)\s(?P<dir>(?i:next|following|previous|preceding|prior))\s     # "the next"
                (?P<unit2>(?i:day|night|morning|afternoon|evening|week|month|year|quarter))
              | (?i:the)\s(?P<unit3>(?i:day|night|week|month))\s                      # "the day"
                (?P<dir2>(?i:before|after))                                           # "before"
                (?=\s?[,.;:!?)]|\s?$|\s(?i:and|but)\s)     # no object: not "the day before he left"
              | (?i:the)\s(?P<unit4>(?i:day|night|week|month))                      # "the day"
                (?=\s(?i:before|after)\s)          # " after his death": dated by the event
              | (?:(?<=\b[Ii]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Dd]uring\s)|(?<=\b[Uu]ntil\s))
                (?i:the)\s(?P<part>(?i:morning|afternoon|evening))      # "in the afternoon"
                (?!\s(?i:of|after|before|when|that)\b|['’])             # not "the morning of"
              | (?i:mid)[\s-]?(?P<part2>(?i:morning|afternoon))            # "by mid-morning"
            )
            {_WORD_END}
            """
        ),
    ),
)


# --- triggers: one pass that says where each family can match ---------------------------------

#: The words (lowercase stems, so plurals and "-ly" adverbs count) that trigger families, by
#: trigger class. Month, weekday and holiday names count only capitalized, as the patterns want
#: them; a numeral (class DIG) is a trigger too.
_TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "MON": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "WD": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "HOL": (
        *("new", "valentine", "patrick", "independence", "fourth", "bastille"),
        *("halloween", "veterans", "armistice", "christmas", "boxing", "thanksgiving"),
        *("easter", "memorial", "labor", "election", "good", "mother", "father", "super"),
        *("palm", "ash", "holy", "maundy", "martin", "mlk", "presidents", "columbus"),
    ),
    "CLOCKUNIT": ("second", "minute", "hour", "fortnight"),
    "DAY": ("day",),
    "WEEK": ("week",),
    "MONTH": ("month", "year"),
    "QUARTER": ("quarter",),
    "PERIOD": ("period",),
    "SPOKEN": (
        *("nineteen", "eighteen", "thousand"),
        *("thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
    ),
    "DECADE": ("decade",),
    "CENTURY": ("centur",),
    "SEASON": ("season", "spring", "summer", "fall", "autumn", "winter"),
    "PART": ("morning", "afternoon", "evening", "night", "overnight"),
    "DEICTIC": ("today", "tonight", "tomorrow", "yesterday"),
    "HALF": ("half",),
    "REF": ("now", "current", "present", "past", "future", "term", "moment"),
    "CLOCK": ("noon", "midnight", "midday", "o'clock", "o’clock"),
    "SETW": (
        *("every", "each", "once", "twice", "thrice", "times", "daily", "annually"),
        *("biannually", "semiannually", "biweekly", "hourly", "nightly", "weekly", "monthly"),
        *("quarterly", "yearly"),
    ),
    "DIR": ("ago", "earlier", "later", "hence"),
}
_TRIGGER_CLASS = {word: name for name, words in _TRIGGER_WORDS.items() for word in words}
_CAPITALIZED = frozenset({"MON", "WD", "HOL"})


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """A regex alternation factored by common prefixes (sre tries alternatives in turn).

    It matches the longest word of the list at a position, so "months" is a unit, not "Mon".
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a whole word ends here

    def emit(node: _Trie) -> str:
        alternatives = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if "" in node:  # a whole word: longer words first ("month" before "mon")
            return f"(?:{'|'.join(alternatives)})?" if alternatives else ""
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return emit(tree)


#: All trigger words, run over the lowercased text; a word must start after a non-letter.
_TRIGGERS = re.compile(rf"(?<![a-z]){_trie(sorted(_TRIGGER_CLASS))}|[0-9]+")

#: The families each trigger class can start: every match of a family contains a trigger of
#: one of its classes ("the past two decades": DECADE; "two days ago": DIR; "9:30 am": DIG).
_UNITS = ("relative", "duration", "vague")
_TRIGGERED: dict[str, tuple[str, ...]] = {
    "MON": ("calendar", "month"),
    "WD": ("weekday",),
    "HOL": ("holiday",),
    "DIG": ("iso", "numeric", "year", "quarter", "clock"),  # narrowed by _digit_families
    "CLOCKUNIT": ("duration", "vague"),
    "DAY": ("duration", "vague", "anaphora", "deictic", "reference"),
    "WEEK": (*_UNITS, "week_of", "anaphora", "same_time", "set"),  # "on weekends"
    "MONTH": (*_UNITS, "anaphora", "same_time", "period", "year_end"),
    "QUARTER": (*_UNITS, "quarter", "anaphora"),
    "PERIOD": ("relative",),  # "the latest period"
    "SPOKEN": ("spoken_year",),  # "nineteen ninety-one", "two thousand"
    "DECADE": _UNITS,
    "CENTURY": (*_UNITS, "century"),
    "SEASON": ("relative", "season"),
    "PART": ("deictic", "anaphora", "clock"),  # "this morning", "in the morning"
    "DEICTIC": ("deictic", "clock"),
    "HALF": ("quarter", "duration"),
    "REF": ("reference", "offset"),  # "three weeks from now"
    "CLOCK": ("clock",),
    "SETW": ("set",),  # "every", "twice", "weekly"
    "DIR": ("offset",),  # "ago", "later"
}
_ORDER = {kind: index for index, (kind, _pattern) in enumerate(_FAMILIES)}
#: Family indexes for each trigger class, in family order.
_BY_TRIGGER: dict[str, tuple[int, ...]] = {
    name: tuple(sorted(_ORDER[kind] for kind in set(kinds))) for name, kinds in _TRIGGERED.items()
}
#: How far a family's match reaches before and after its trigger, lookarounds included:
#: "approximately seventy-five more years ago" (duration, offset), "Wednesday afternoon,
#: March 7, 2016, at 11:30 a.m. (AEDT)" (calendar). Generous: a window costs little.
_REACH: dict[str, tuple[int, int]] = {
    "calendar": (40, 60),
    "week_of": (20, 50),
    "iso": (25, 30),
    "numeric": (15, 15),
    "month": (40, 30),
    "weekday": (30, 30),
    "deictic": (40, 25),
    "relative": (45, 20),
    "offset": (90, 15),
    "duration": (70, 20),
    "vague": (40, 25),
    "year": (20, 25),
    "spoken_year": (40, 40),
    "season": (30, 20),
    "quarter": (30, 35),  # "the 1988 fiscal third quarter": 13 letters after the year
    "period": (30, 25),
    "year_end": (10, 10),
    "century": (30, 15),
    "clock": (30, 45),
    "set": (30, 40),
    "reference": (20, 30),
    "holiday": (20, 45),
    "same_time": (30, 20),
    "anaphora": (30, 15),
}
_FAMILY_REACH = tuple(_REACH[kind] for kind, _pattern in _FAMILIES)


@attrs.frozen(kw_only=True)
class Candidate:
    """A possible temporal expression: its family, extent and named groups."""

    kind: str
    start: int
    end: int
    groups: dict[str, str | None]
    group_starts: dict[str, int]


def _candidate(kind: str, match: re.Match[str]) -> Candidate:
    groups = match.groupdict()
    return Candidate(
        kind=kind,
        start=match.start(),
        end=match.end(),
        groups=groups,
        group_starts={k: match.start(k) for k, v in groups.items() if v is not None},
    )


#: What may follow a four-digit military time before its zone, as the clock family allows.
_ZONE_AFTER = re.compile(r"\s?\(?[A-Z]")
_FAMILY_INDEX = {kind: (_ORDER[kind],) for kind in ("iso", "numeric", "year", "quarter", "clock")}


def _digit_families(text: str, at: int, stop: int) -> tuple[int, ...]:
    """The families a run of digits can belong to, by its length and neighbours."""
    found: tuple[int, ...] = ()
    length = stop - at
    after = text[stop : stop + 2]
    before = text[at - 1] if at else ""
    if length == 2 and text[max(0, at - 3) : at].rstrip().endswith("FY"):  # "FY14", "FY 14"
        found += _FAMILY_INDEX["year"]
    if length == 4:  # "2016", "1990s", "2016-03-07"
        found += _FAMILY_INDEX["year"]
        if after[:1] == "-":
            found += _FAMILY_INDEX["iso"]
        if _ZONE_AFTER.match(text, stop):  # "1400 GMT", "1400 (GMT)"
            found += _FAMILY_INDEX["clock"]
    elif length == 2 and (before in ("'", "’") or after in ("'s", "’s")):  # "'90s", "the 90's"
        found += _FAMILY_INDEX["year"]
    if after[:1] == "/":  # "3/7/2016"
        found += _FAMILY_INDEX["numeric"]
    if before == "Q":  # "Q3"
        found += _FAMILY_INDEX["quarter"]
    if length <= 2 and (
        after[:1] == ":"
        or after.lstrip()[:1] in ("a", "A", "p", "P")
        or (after[:1] == "." and after[1:2].isdigit())
    ):
        found += _FAMILY_INDEX["clock"]  # "9:30", "3 a.m.", "8.30pm"
    return tuple(sorted(found))


def _windows(text: str, families: frozenset[int] | None) -> list[list[tuple[int, int]]]:
    """For each family, the merged stretches of text around its triggers."""
    size = len(text)
    lower = text.lower()
    if len(lower) != size:  # a letter whose lowercase is longer ("İ"): positions would shift
        return [
            [(0, size)] if families is None or index in families else []
            for index in range(len(_FAMILIES))
        ]
    windows: list[list[tuple[int, int]]] = [[] for _ in _FAMILIES]
    for trigger in _TRIGGERS.finditer(lower):
        at, stop = trigger.span()
        if text[at].isdigit():
            indexes = _digit_families(text, at, stop)
        else:
            name = _TRIGGER_CLASS[trigger.group()]
            if name in _CAPITALIZED and not text[at].isupper():
                continue
            indexes = _BY_TRIGGER[name]
        for index in indexes:
            if families is not None and index not in families:
                continue
            before, after = _FAMILY_REACH[index]
            start, end = max(0, at - before), min(size, stop + after)
            spans = windows[index]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return windows


#: How far past a window's end a lookahead may read: the rest of the word the end cuts, then
#: a few characters ("weekly", "Friday's", " and ", "?)"). Bounded, so windows stay linear.
_LOOKAHEAD_ROOM = re.compile(r"\S{0,40}.{0,8}", re.DOTALL)


def _all_matches(text: str, kinds: frozenset[str] | None = None) -> Iterator[Candidate]:
    families = None if kinds is None else frozenset(_ORDER[kind] for kind in kinds)
    for index, spans in enumerate(_windows(text, families)):
        kind, pattern = _FAMILIES[index]
        for start, end in spans:
            # Read on past the window's end, so that a lookahead there sees the text as it
            # is ("years ... 30 weekly": cut after "week", "30 week" would read as a duration);
            # a match starting past the end belongs to another window, if to any.
            room = _LOOKAHEAD_ROOM.match(text, end)
            stop = room.end() if room else end
            for match in pattern.finditer(text, start, stop):
                if match.start() >= end:
                    break
                if match.end() > match.start():
                    yield _candidate(kind, match)


def _scan_all(text: str) -> Iterator[Candidate]:
    """Every family over the whole text, without triggers (the reference for tests)."""
    for kind, pattern in _FAMILIES:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                yield _candidate(kind, match)


def find_candidates(text: str, *, kinds: frozenset[str] | None = None) -> list[Candidate]:
    """Every family's matches (or only ``kinds``), sorted by start, longest first.

    Ties go by family order. Each family runs only near its trigger words (see ``_TRIGGERS``),
    which finds the same matches as a scan of the whole text at a fraction of the cost.
    """
    return sorted(
        _all_matches(text, kinds), key=lambda c: (c.start, c.start - c.end, _ORDER[c.kind])
    )
