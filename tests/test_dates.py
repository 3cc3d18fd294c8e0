"""Date detection and normalization: tables with a fixed reference, Tuesday 2016-03-08."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import attribution
from attribution import DateMention
from attribution._date_patterns import _ORDER, Candidate, _scan_all, find_candidates
from attribution._date_values import _TENSE_CUES
from attribution._dates import find_dates

REF = dt.date(2016, 3, 8)  # a Tuesday
THU = dt.date(2016, 3, 10)  # the Thursday after it


def _found(
    text: str, reference: dt.date | None = REF, **kwargs: bool
) -> list[tuple[str, str, str | None]]:
    return [
        (d.span.text, d.type, d.value)
        for d in find_dates(text, reference=reference, **kwargs)
        if d.span is not None
    ]


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


DETECTED = [
    # absolute dates
    pytest.param("They met on March 7.", "March 7", "DATE", "2016-03-07", id="month-day"),
    pytest.param(
        "It began March 7, 2016.", "March 7, 2016", "DATE", "2016-03-07", id="month-day-year"
    ),
    pytest.param(
        "It began 7 March 2016.", "7 March 2016", "DATE", "2016-03-07", id="day-month-year"
    ),
    pytest.param("It began on 2016-03-07.", "2016-03-07", "DATE", "2016-03-07", id="iso"),
    pytest.param("Filed 3/7/2016 in court.", "3/7/2016", "DATE", "2016-03-07", id="us-numeric"),
    pytest.param(
        "Sent Sept. 2, 1998.", "Sept. 2, 1998", "DATE", "1998-09-02", id="abbreviated-month"
    ),
    pytest.param(
        "Tue Mar 8, 2016 09:30 am (AST)",
        "Tue Mar 8, 2016 09:30 am (AST)",
        "TIME",
        "2016-03-08T09:30+03:00",
        id="header-with-zone",
    ),
    pytest.param(
        "The deal was signed on Dec. 21.", "Dec. 21", "DATE", "2015-12-21", id="past-month-day"
    ),
    pytest.param(
        "The deal is due on Dec. 21.", "Dec. 21", "DATE", "2016-12-21", id="future-month-day"
    ),
    pytest.param("Due on April 2.", "April 2", "DATE", "2016-04-02", id="nearest-future-month-day"),
    # weekdays and parts of day
    pytest.param("Lopez said Friday.", "Friday", "DATE", "2016-03-04", id="said-friday"),
    pytest.param(
        "They met last Thursday.", "last Thursday", "DATE", "2016-03-03", id="last-thursday"
    ),
    pytest.param("Talks ended Tuesday.", "Tuesday", "DATE", "2016-03-08", id="same-weekday-past"),
    pytest.param("They will meet Friday.", "Friday", "DATE", "2016-03-11", id="will-meet-friday"),
    pytest.param(
        "The vote is expected to take place Thursday.",
        "Thursday",
        "DATE",
        "2016-03-10",
        id="expected-thursday",
    ),
    pytest.param(
        "Police arrived on Monday night.",
        "Monday night",
        "DATE",
        "2016-03-07TNI",
        id="monday-night",
    ),
    pytest.param(
        "Police arrived on Monday night, March 7.",
        "Monday night, March 7",
        "DATE",
        "2016-03-07TNI",
        id="monday-night-date",
    ),
    pytest.param(
        "It rained this morning.", "this morning", "DATE", "2016-03-08TMO", id="this-morning"
    ),
    # parts of day are DATEs whatever word names the day (TIME is for clock times)
    pytest.param("He speaks tonight.", "tonight", "DATE", "2016-03-08TNI", id="tonight"),
    pytest.param(
        "Shots rang out last night.", "last night", "DATE", "2016-03-07TNI", id="last-night"
    ),
    pytest.param(
        "She landed yesterday evening.",
        "yesterday evening",
        "DATE",
        "2016-03-07TEV",
        id="yesterday-evening",
    ),
    pytest.param(
        "They spoke Tuesday afternoon.",
        "Tuesday afternoon",
        "DATE",
        "2016-03-08TAF",
        id="tuesday-afternoon",
    ),
    pytest.param(
        "Shops close early on Mondays.", "Mondays", "SET", "XXXX-WXX-1", id="plural-weekday-set"
    ),
    # months and seasons
    pytest.param("It opened in June.", "June", "DATE", "2015-06", id="in-june-past"),
    pytest.param("It will open in June.", "June", "DATE", "2016-06", id="in-june-future"),
    pytest.param("He visited in May.", "May", "DATE", "2015-05", id="in-may"),
    pytest.param("Prices rose last summer.", "last summer", "DATE", "2015-SU", id="last-summer"),
    pytest.param(
        "The plant shut last February.",
        "last February",
        "DATE",
        "2015-02",
        id="last-month-name-just-gone-is-last-years",
    ),
    pytest.param(
        "The plant shut last January.", "last January", "DATE", "2016-01", id="last-january"
    ),
    pytest.param(
        "Sales fell in early December.", "early December", "DATE", "2015-12", id="early-december"
    ),
    pytest.param(
        "It closed in the fall of 2015.", "the fall of 2015", "DATE", "2015-FA", id="fall-of-2015"
    ),
    pytest.param(
        "Results for the third quarter of 2015 were weak.",
        "the third quarter of 2015",
        "DATE",
        "2015-Q3",
        id="quarter",
    ),
    pytest.param("He left in June 2015.", "June 2015", "DATE", "2015-06", id="month-year"),
    # years and decades
    pytest.param("It was founded in 2014.", "2014", "DATE", "2014", id="in-year"),
    pytest.param("Back in 2009, he was mayor.", "2009", "DATE", "2009", id="back-in-year"),
    pytest.param("Crime fell in the 1990s.", "the 1990s", "DATE", "199X", id="decade"),
    pytest.param("It has grown since 2001.", "2001", "DATE", "2001", id="since-year"),
    pytest.param("In the '90s it was popular.", "the '90s", "DATE", "199X", id="short-decade"),
    # relative dates
    pytest.param("We met last week.", "last week", "DATE", "2016-W09", id="last-week"),
    pytest.param("They meet this week.", "this week", "DATE", "2016-W10", id="this-week"),
    pytest.param("It opens next month.", "next month", "DATE", "2016-04", id="next-month"),
    pytest.param(
        "It opened two days ago.", "two days ago", "DATE", "2016-03-06", id="two-days-ago"
    ),
    pytest.param(
        "It opened earlier this year.", "this year", "DATE", "2016", id="earlier-this-year"
    ),
    pytest.param(
        "Prices rose in recent months.", "recent months", "DURATION", "PXM", id="recent-months"
    ),
    pytest.param(
        "Crime fell over the past decade.",
        "the past decade",
        "DURATION",
        "P10Y",
        id="past-decade",
    ),
    pytest.param(
        "Talks go on in the coming days and weeks.",
        "the coming days and weeks",
        "DURATION",
        "PXW",
        id="coming-days-and-weeks",
    ),
    pytest.param("It is open today.", "today", "DATE", "2016-03-08", id="today"),
    pytest.param("It was open yesterday.", "yesterday", "DATE", "2016-03-07", id="yesterday"),
    pytest.param("It opens tomorrow.", "tomorrow", "DATE", "2016-03-09", id="tomorrow"),
    pytest.param("Sales were up last year.", "last year", "DATE", "2015", id="last-year"),
    pytest.param(
        "The talks resumed over the weekend.",
        "the weekend",
        "DATE",
        "2016-W09-WE",
        id="the-weekend",
    ),
    # durations
    pytest.param("He served 12 years.", "12 years", "DURATION", "P12Y", id="years"),
    pytest.param("The strike lasted 72 hours.", "72 hours", "DURATION", "PT72H", id="hours"),
    pytest.param("It ended a 10-hour standoff.", "10-hour", "DURATION", "PT10H", id="hyphenated"),
    pytest.param("He stayed for two years.", "two years", "DURATION", "P2Y", id="for-two-years"),
    pytest.param(
        "Prices rose in the last 2 or 3 years.",
        "the last 2 or 3 years",
        "DURATION",
        "PXY",
        id="approximate",
    ),
    pytest.param("It took half an hour.", "half an hour", "DURATION", "PT30M", id="half-an-hour"),
    pytest.param("They have fought for years.", "years", "DURATION", "PXY", id="for-years"),
    pytest.param(
        "It lasted at least 72 hours.", "at least 72 hours", "DURATION", "PT72H", id="at-least"
    ),
    # reference words
    pytest.param("He is now retired.", "now", "DATE", "PRESENT_REF", id="now"),
    pytest.param("She is currently abroad.", "currently", "DATE", "PRESENT_REF", id="currently"),
    pytest.param("That is in the past.", "the past", "DATE", "PAST_REF", id="the-past"),
    pytest.param("We will see in the future.", "the future", "DATE", "FUTURE_REF", id="the-future"),
    pytest.param(
        "They must prepare for future floods.", "future", "DATE", "FUTURE_REF", id="future-adj"
    ),
    pytest.param(
        "Nobody knows the boy's future yet.", "future", "DATE", "FUTURE_REF", id="future-noun"
    ),
    pytest.param(
        "It will not change in the near future.",
        "the near future",
        "DATE",
        "FUTURE_REF",
        id="near-future",
    ),
    pytest.param(
        "He came with his current wife.", "current", "DATE", "PRESENT_REF", id="current-adj"
    ),
    # times
    pytest.param(
        "Shots rang out at 3 a.m. on the corner.", "3 a.m.", "TIME", "2016-03-08T03:00", id="3am"
    ),
    pytest.param(
        "The flight left at 06:30 GMT on schedule.",
        "06:30 GMT",
        "TIME",
        "2016-03-08T06:30+00:00",
        id="gmt",
    ),
    pytest.param("They met at noon on the steps.", "noon", "TIME", "2016-03-08T12:00", id="noon"),
    pytest.param(
        "The curfew starts at midnight tonight.",
        "midnight",
        "TIME",
        "2016-03-08T00:00",
        id="midnight",
    ),
    pytest.param(
        "It ended at 5:14 PM ET on the dot.",
        "5:14 PM ET",
        "TIME",
        "2016-03-08T17:14-05:00",
        id="eastern-standard",
    ),
    # sets
    pytest.param("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1", id="every-monday"),
    pytest.param("It changes each season.", "each season", "SET", "P3M", id="each-season"),
    pytest.param("It is held annually.", "annually", "SET", "P1Y", id="annually"),
    pytest.param("They meet twice a week.", "twice a week", "SET", "P1W", id="twice-a-week"),
    pytest.param(
        "It is checked every other year.", "every other year", "SET", "P2Y", id="every-other-year"
    ),
    # holidays
    pytest.param(
        "It opened on Christmas Day 2015.",
        "Christmas Day 2015",
        "DATE",
        "2015-12-25",
        id="christmas",
    ),
    pytest.param(
        "They met on Thanksgiving.", "Thanksgiving", "DATE", "2015-11-26", id="thanksgiving"
    ),
    # a holiday's week or weekend is the ISO week (weekend) that holds the holiday
    pytest.param(
        "They marched during Easter week.", "Easter week", "DATE", "2015-W14", id="easter-week"
    ),
    pytest.param(
        "He flew home for Thanksgiving weekend.",
        "Thanksgiving weekend",
        "DATE",
        "2015-W48-WE",
        id="thanksgiving-weekend",
    ),
    pytest.param(
        "Sales slumped in Christmas week 2014.",
        "Christmas week 2014",
        "DATE",
        "2014-W52",
        id="christmas-week-with-year",
    ),
    # the day before or after a weekday is one expression, one day away (REF Tuesday)
    pytest.param(
        "He left town the day before last Friday.",
        "the day before last Friday",
        "DATE",
        "2016-03-03",
        id="day-before-last-weekday",
    ),
    pytest.param(
        "The day after Sunday was quiet.",
        "The day after Sunday",
        "DATE",
        "2016-03-07",
        id="day-after-weekday",
    ),
    pytest.param(
        "Talks stalled the day after Monday's vote.",
        "the day after Monday",
        "DATE",
        "2016-03-08",
        id="day-after-possessive-weekday",
    ),
    # tense cues for weekdays
    pytest.param(
        "Protesters planned a rally on Saturday.",
        "Saturday",
        "DATE",
        "2016-03-12",
        id="planned-future",
    ),
    pytest.param(
        "The group could leave as soon as Thursday.",
        "Thursday",
        "DATE",
        "2016-03-10",
        id="as-soon-as",
    ),
    pytest.param(
        "The vote was postponed until Thursday.",
        "Thursday",
        "DATE",
        "2016-03-10",
        id="postponed-until",
    ),
    pytest.param(
        "Until Thursday, they had not named him.",
        "Thursday",
        "DATE",
        "2016-03-03",
        id="until-with-pluperfect",
    ),
    pytest.param(
        "Her cousin would be flying to the United Kingdom Thursday.",
        "Thursday",
        "DATE",
        "2016-03-10",
        id="capitalized-ed-is-no-past-cue",
    ),
    pytest.param(
        "``He will fly home at 4 a.m. Thursday,'' Lopez said.",
        "4 a.m. Thursday",
        "TIME",
        "2016-03-10T04:00",
        id="wire-quote-marks-end-the-clause",
    ),
    pytest.param(
        "Officials will appeal Monday's ruling.",
        "Monday",
        "DATE",
        "2016-03-07",
        id="possessive-nearest-day",
    ),
    # fractions, event-relative stretches, centuries
    pytest.param(
        "She spent 5 1/2 hours there.", "5 1/2 hours", "DURATION", "PT5H30M", id="half-hours"
    ),
    pytest.param("It lasted 1.5 years.", "1.5 years", "DURATION", "P1Y6M", id="decimal-years"),
    pytest.param(
        "The shooting was on March 1. His car was seen in the weeks before the shooting.",
        "the weeks",
        "DATE",
        "2016-03",
        id="weeks-before-event",
    ),
    pytest.param(
        "In the years that followed, they fought.",
        "the years",
        "DURATION",
        "PXY",
        id="years-that-followed",
    ),
    pytest.param(
        "It was built in the 21st century.", "the 21st century", "DATE", "20XX", id="century"
    ),
    pytest.param(
        "Rail came in the nineteenth century.",
        "the nineteenth century",
        "DATE",
        "18XX",
        id="century-in-words",
    ),
    pytest.param(
        "The tradition dates to the 1800s.", "the 1800s", "DATE", "18XX", id="hundreds-century"
    ),
    pytest.param(
        "Growth slowed in the 2000s.", "the 2000s", "DATE", "200X", id="two-thousands-decade"
    ),
    pytest.param(
        "In the last century, wars raged.",
        "the last century",
        "DATE",
        "19XX",
        id="in-the-last-century",
    ),
    pytest.param(
        "Over the last century, seas rose.",
        "the last century",
        "DURATION",
        "P100Y",
        id="over-the-last-century",
    ),
    # fiscal years: TimeBank values them by their year (TIDES wrote "FY1998"); "fiscal" is
    # inside the extent
    pytest.param("Profit rose in fiscal 1998.", "fiscal 1998", "DATE", "1998", id="fiscal-year"),
    pytest.param(
        "The budget for fiscal year 2017 is tight.",
        "fiscal year 2017",
        "DATE",
        "2017",
        id="fiscal-year-words",
    ),
    pytest.param(
        "Losses grew in the 2015 fiscal year.",
        "2015 fiscal year",
        "DATE",
        "2015",
        id="year-then-fiscal-year",
    ),
    pytest.param("Revenue for FY2015 fell.", "FY2015", "DATE", "2015", id="fy-abbreviation"),
    pytest.param("Revenue for FY 15 fell.", "FY 15", "DATE", "2015", id="fy-two-digits"),
    pytest.param(
        "Sales fell in the first quarter of fiscal 2016.",
        "the first quarter of fiscal 2016",
        "DATE",
        "2016-Q1",
        id="fiscal-quarter",
    ),
    # a timetable entry: "is midnight Friday" looks ahead
    pytest.param(
        "The deadline is midnight Friday.",
        "midnight Friday",
        "TIME",
        "2016-03-11T00:00",
        id="deadline-is-midnight-friday",
    ),
    pytest.param("Talks are set for Friday.", "Friday", "DATE", "2016-03-11", id="set-for-friday"),
    pytest.param(
        "He set for himself a goal on Friday.",
        "Friday",
        "DATE",
        "2016-03-04",
        id="set-for-himself-is-past",
    ),
    # a vague past without a number: the value of "several years ago"
    pytest.param("Years ago, he left.", "Years ago", "DATE", "PAST_REF", id="bare-years-ago"),
    pytest.param("It shut weeks ago.", "weeks ago", "DATE", "PAST_REF", id="bare-weeks-ago"),
    # the reference day a unit away
    pytest.param(
        "Sales rose from this time last year.",
        "this time last year",
        "DATE",
        "2015-03-08",
        id="this-time-last-year",
    ),
    pytest.param(
        "Prices were lower at the same time last month.",
        "the same time last month",
        "DATE",
        "2016-02-08",
        id="same-time-last-month",
    ),
    pytest.param(
        "We will know by this time next week.",
        "this time next week",
        "DATE",
        "2016-03-15",
        id="this-time-next-week",
    ),
    pytest.param(
        "This time a year ago, he was in jail.",
        "This time a year ago",
        "DATE",
        "2015-03-08",
        id="this-time-a-year-ago",
    ),
    # days counted from a deictic word, possessive weekdays
    pytest.param(
        "He met them the day before yesterday.",
        "the day before yesterday",
        "DATE",
        "2016-03-06",
        id="day-before-yesterday",
    ),
    pytest.param(
        "Wednesday's ruling was final.", "Wednesday", "DATE", "2016-03-02", id="possessive-weekday"
    ),
    # weeks named by a day
    pytest.param(
        "It opened the week of March 6.",
        "the week of March 6",
        "DATE",
        "2016-W10",
        id="week-of-sunday",
    ),
    pytest.param(
        "Hearings resume the week of March 14.",
        "the week of March 14",
        "DATE",
        "2016-W11",
        id="week-of-monday",
    ),
    pytest.param(
        "It closed the week of 6 March 2015.",
        "the week of 6 March 2015",
        "DATE",
        "2015-W10",
        id="week-of-day-month-year",
    ),
    # extents: the article of a temporal head noun is kept (TIDES 2005 / TimeML 1.2.1) ...
    pytest.param(
        "The past two years have been calm.",
        "The past two years",
        "DURATION",
        "P2Y",
        id="determiner-sentence-initial",
    ),
    pytest.param(
        "They camped there in the summer.", "the summer", "DATE", "2015-SU", id="the-summer"
    ),
    # ... but not when the expression modifies another noun
    pytest.param(
        "He recalled the 1996 elections.", "1996", "DATE", "1996", id="article-of-the-noun-year"
    ),
    pytest.param(
        "The Aug. 7 bombings killed 12.", "Aug. 7", "DATE", "2015-08-07", id="article-of-the-noun"
    ),
    pytest.param(
        "It began the 14-day waiting period.",
        "14-day",
        "DURATION",
        "P14D",
        id="article-of-hyphenated-duration",
    ),
    pytest.param(
        "Sales rose in the third-quarter report of 2015.",
        "third-quarter",
        "DATE",
        "2015-Q3",
        id="article-of-hyphenated-quarter",
    ),
    # approximators and early/late/mid are TIMEX3 modifiers (mod), inside the extent
    pytest.param(
        "The siege lasted about three years.",
        "about three years",
        "DURATION",
        "P3Y",
        id="approx-about",
    ),
    pytest.param(
        "Talks took nearly five months.",
        "nearly five months",
        "DURATION",
        "P5M",
        id="approx-nearly",
    ),
    pytest.param(
        "Shots were heard at about 10:35 a.m. on the corner.",
        "about 10:35 a.m.",
        "TIME",
        "2016-03-08T10:35",
        id="approx-clock",
    ),
    pytest.param(
        "The vote came late Monday.", "late Monday", "DATE", "2016-03-07", id="late-weekday"
    ),
    pytest.param(
        "Crime peaked in the late 1980s.", "the late 1980s", "DATE", "198X", id="late-decade"
    ),
    pytest.param("It began in early 1997.", "early 1997", "DATE", "1997", id="early-year"),
    # focus particles and "earlier/later" carry no mod value and stay out
    pytest.param(
        "They spent only five hours there.",
        "five hours",
        "DURATION",
        "PT5H",
        id="particle-only",
    ),
    pytest.param(
        "He resigned earlier this week.", "this week", "DATE", "2016-W10", id="earlier-this-week"
    ),
    # tense: an auxiliary before a plan, a long subject, adjectival "planned"
    pytest.param(
        "Fishermen planned a march on Saturday and were planning to sail to the harbor.",
        "Saturday",
        "DATE",
        "2016-03-12",
        id="were-planning-is-future",
    ),
    pytest.param(
        "On Thursday, the National Association of Independent Retail Pharmacists plans to hold"
        " a news conference.",
        "Thursday",
        "DATE",
        "2016-03-10",
        id="clause-opening-weekday-long-subject",
    ),
    pytest.param(
        "On Friday, when she set aside her vacation for the hastily planned trip, aides spoke.",
        "Friday",
        "DATE",
        "2016-03-04",
        id="adjectival-planned-is-no-plan",
    ),
    pytest.param(
        "Its July report on jobs in Birmingham.", "July", "DATE", "2015-07", id="untensed-far-month"
    ),
    pytest.param(
        "The trial begins on Monday.", "Monday", "DATE", "2016-03-14", id="timetable-present"
    ),
    pytest.param(
        "He heads Friday to Paris, officials said.",
        "Friday",
        "DATE",
        "2016-03-11",
        id="timetable-present-before-said",
    ),
    pytest.param(
        "Fourth-quarter profit at the company, a bellwether.",
        "Fourth-quarter",
        "DATE",
        "2015-Q4",
        id="untensed-quarter-yet-to-begin",
    ),
    # narrative anchors of any granularity
    pytest.param(
        "He fled to Florida in June 2015 and returned later that year.",
        "later that year",
        "DATE",
        "2015",
        id="that-year-after-month",
    ),
    pytest.param(
        "He was shot last October, and his name was crossed out that same day.",
        "that same day",
        "DATE",
        "2015-10-XX",
        id="that-day-after-month",
    ),
    pytest.param(
        "His car was seen in March 2015 in the weeks before the shooting.",
        "the weeks",
        "DATE",
        "2015-03",
        id="weeks-before-event-after-month",
    ),
    # the current year or month, rates, names
    pytest.param(
        "The deal should close later in the year.", "the year", "DATE", "2016", id="in-the-year"
    ),
    pytest.param(
        "Sales fell at the end of the month.",
        "the end of the month",
        "DATE",
        "2016-03",
        id="end-of-the-month",
    ),
    pytest.param(
        "We are doing hundreds of interviews a day, he said.",
        "a day",
        "SET",
        "P1D",
        id="count-a-day-is-set",
    ),
    pytest.param(
        "Exiles send $1 billion a year to their families.",
        "a year",
        "DURATION",
        "P1Y",
        id="money-a-year-is-duration",
    ),
    pytest.param(
        "In his Sunday Mass at the cathedral, the cardinal spoke.",
        "Sunday",
        "DATE",
        "2016-03-06",
        id="possessive-weekday-before-capital",
    ),
    pytest.param(
        "The post-1959 politics have split families.",
        "post-1959",
        "DATE",
        "1959",
        id="post-year-before-plural",
    ),
    pytest.param(
        "``We need about three days'' at the most, Ruiz said.",
        "about three days",
        "DURATION",
        "P3D",
        id="duration-before-closing-quote",
    ),
    # "the day after <event>": dated from the event's day when the text gave it earlier
    pytest.param(
        "The funeral was on Feb. 1. He came the day after the funeral.",
        "the day",
        "DATE",
        "2016-02-02",
        id="day-after-event",
    ),
    pytest.param(
        "He died on Feb. 1. The week after his death, they met.",
        "The week",
        "DATE",
        "2016-W06",
        id="week-after-event",
    ),
    # a day of the story's own week dates the event it is attached to
    pytest.param(
        "The funeral was on Saturday. He came the day after the funeral.",
        "the day",
        "DATE",
        "2016-03-06",
        id="day-after-event-of-this-week",
    ),
    pytest.param(
        "Saturday's funeral drew thousands. The day after the funeral, police made arrests.",
        "The day",
        "DATE",
        "2016-03-06",
        id="day-after-possessive-event-of-this-week",
    ),
    pytest.param(
        "The crash on Monday killed 12. Investigators came two days after the crash.",
        "two days",
        "DATE",
        "2016-03-09",
        id="days-after-attached-event-of-this-week",
    ),
]


@pytest.mark.parametrize(("text", "extent", "type_", "value"), DETECTED)
def test_detects_and_normalizes(text: str, extent: str, type_: str, value: str) -> None:
    assert (extent, type_, value) in _found(text)


#: Tense, joined days and anaphora without a narrated day, with REF = Tuesday 2016-03-08: the
#: whole output of each sentence, so a wrong extra expression fails too.
WHOLE_OUTPUT = [
    # event arithmetic: a stretch or a count of days before or after an event the text dated
    # earlier ("shot on Jan. 12") is dated from that day, as annotators date it
    pytest.param(
        "Lopez was shot on Jan. 12 at home. His car was seen in the weeks before the "
        "shooting. A jogger saw it 10 days before the murder.",
        [
            ("Jan. 12", "DATE", "2016-01-12"),
            ("the weeks", "DATE", "2016-01"),
            ("10 days", "DATE", "2016-01-02"),
        ],
        id="event-dated-earlier",
    ),
    pytest.param(
        "Lopez was killed last fall. His car was seen in the days before the slaying.",
        [("last fall", "DATE", "2015-FA"), ("the days", "DATE", "2015-FA")],
        id="event-dated-by-a-season",
    ),
    pytest.param(
        "Lopez was killed last January. The killing on Jan. 12 shocked us. His car was seen "
        "3 days before the killing.",
        [
            ("last January", "DATE", "2016-01"),
            ("Jan. 12", "DATE", "2016-01-12"),
            ("3 days", "DATE", "2016-01-09"),
        ],
        id="event-date-made-precise",
    ),
    pytest.param(
        "The bombing on Jan. 7 killed 20. Protests lasted for ten days after the bombing.",
        [("Jan. 7", "DATE", "2016-01-07"), ("ten days", "DURATION", "P10D")],
        id="event-count-for-a-stretch",
    ),
    pytest.param(
        "He was charged with murder on Monday in the killing. Two days after the killing, he fled.",
        [("Monday", "DATE", "2016-03-07"), ("Two days", "DURATION", "P2D")],
        id="event-news-of-the-week-is-not-its-date",
    ),
    pytest.param(
        "Lopez was killed on Jan. 5. On March 2, police arrested a man at 10 p.m. in the "
        "killing. Lopez was shot at 9 p.m. in his kitchen.",
        [
            ("Jan. 5", "DATE", "2016-01-05"),
            ("March 2", "DATE", "2016-03-02"),
            ("10 p.m.", "TIME", "2016-03-02T22:00"),
            ("9 p.m.", "TIME", "2016-01-05T21:00"),
        ],
        id="clock-on-the-day-of-its-event",
    ),
    pytest.param(
        "Lopez was killed on Jan. 5. On Jan. 20 police came. A jogger saw his car at 6 a.m. "
        "near the house 10 days before the murder.",
        [
            ("Jan. 5", "DATE", "2016-01-05"),
            ("Jan. 20", "DATE", "2016-01-20"),
            ("6 a.m.", "TIME", "2016-01-20T06:00"),
            ("10 days", "DATE", "2015-12-26"),
        ],
        id="clock-counted-from-its-event-is-not-at-it",
    ),
    pytest.param(
        "The election on Jan. 7 was close. Two days after the attack, police came.",
        [("Jan. 7", "DATE", "2016-01-07"), ("Two days", "DURATION", "P2D")],
        id="event-never-dated",
    ),
    # a clock time takes its day from the day right after it, across "local time" and a
    # restatement in another zone
    pytest.param(
        "The quake struck at 3 p.m. local time Friday.",
        [("3 p.m.", "TIME", "2016-03-04T15:00"), ("Friday", "DATE", "2016-03-04")],
        id="clock-dated-by-the-day-after",
    ),
    pytest.param(
        "The quake struck at 10:15 a.m. local time (0115 GMT) on Friday.",
        [("10:15 a.m.", "TIME", "2016-03-04T10:15"), ("Friday", "DATE", "2016-03-04")],
        id="clock-local-time-and-conversion",
    ),
    pytest.param(
        "At 9 a.m. March 7, it began.",
        [("9 a.m.", "TIME", "2016-03-07T09:00"), ("March 7", "DATE", "2016-03-07")],
        id="clock-before-a-calendar-date",
    ),
    pytest.param(
        "The march began at 3 p.m. Rallies followed on Friday.",
        [("3 p.m", "TIME", "2016-03-08T15:00"), ("Friday", "DATE", "2016-03-04")],
        id="clock-not-dated-across-a-sentence",
    ),
    # a coordinated verb phrase with its own auxiliary keeps its tense to itself
    pytest.param(
        "Parliament rejected the plan on Monday and will vote again Saturday.",
        [("Monday", "DATE", "2016-03-07"), ("Saturday", "DATE", "2016-03-12")],
        id="coordinated-past-then-future",
    ),
    pytest.param(
        "The talks on Thursday and Friday will decide it.",
        [("Thursday", "DATE", "2016-03-10"), ("Friday", "DATE", "2016-03-11")],
        id="joined-weekdays-share-the-future",
    ),
    # a year before a verb ending in -s is no counted quantity ("2000 units")
    pytest.param("The economy in 2015 was weak.", [("2015", "DATE", "2015")], id="year-was"),
    pytest.param("Since 2008 has been hard.", [("2008", "DATE", "2008")], id="year-has"),
    # "the end of", "the beginning of" are TIMEX3 position modifiers (mod END, START): inside
    pytest.param(
        "Sales will recover by the end of 2016.",
        [("the end of 2016", "DATE", "2016")],
        id="end-of-year-number",
    ),
    pytest.param(
        "The law expires at the end of March.",
        [("the end of March", "DATE", "2016-03")],
        id="end-of-month-keeps-article",
    ),
    # a quarter or half of a relative year is one expression
    pytest.param(
        "Profits should return in the first quarter of next year.",
        [("the first quarter of next year", "DATE", "2017-Q1")],
        id="quarter-of-next-year",
    ),
    pytest.param(
        "The second half of last year was weak.",
        [("The second half of last year", "DATE", "2015-H2")],
        id="half-of-last-year",
    ),
    # "the last decade" (with its article) is "the past decade"; "last decade" the 2000s
    pytest.param(
        "Over the last decade, sales doubled.",
        [("the last decade", "DURATION", "P10Y")],
        id="the-last-decade-duration",
    ),
    pytest.param(
        "Last decade, sales doubled.", [("Last decade", "DATE", "200X")], id="last-decade-date"
    ),
    pytest.param(
        "It would raise $1 trillion over the next decade.",
        [("the next decade", "DURATION", "P10Y")],
        id="the-next-decade-duration",
    ),
    # a capitalized "Today" opening a sentence or a quotation is the day, not a name
    pytest.param(
        "``Today, I'm here,'' he said.", [("Today", "DATE", "2016-03-08")], id="quoted-today"
    ),
    pytest.param(
        "He met Obama. Today they talk.", [("Today", "DATE", "2016-03-08")], id="today-opens"
    ),
    # a possessive weekday is the coming one only when nearer by two days: news reports more
    # events than it announces (REF is a Tuesday)
    pytest.param(
        "He raised questions about Saturday's debate.",
        [("Saturday", "DATE", "2016-03-05")],
        id="possessive-weekday-past-bias",
    ),
    pytest.param(
        "He raised questions about Thursday's debate.",
        [("Thursday", "DATE", "2016-03-10")],
        id="possessive-weekday-much-nearer-ahead",
    ),
    # the period of a title or an initial ends no clause: the tense after it still counts
    pytest.param(
        "Until April, Mr. Clarke had never been in a mine.",
        [("April", "DATE", "2015-04")],
        id="title-period-no-clause-edge",
    ),
    # a clock time heading a paragraph is a timestamp of the story's day, not of the narrated one
    pytest.param(
        "They debated on Friday, March 4.\n\n4:30 p.m.\n\nShe spoke.",
        [("Friday, March 4", "DATE", "2016-03-04"), ("4:30 p.m", "TIME", "2016-03-08T16:30")],
        id="timestamp-heading-takes-the-reference",
    ),
    pytest.param(
        "They debated on Friday, March 4. At 4:30 p.m. she spoke.",
        [("Friday, March 4", "DATE", "2016-03-04"), ("4:30 p.m.", "TIME", "2016-03-04T16:30")],
        id="clock-in-text-takes-the-narrated-day",
    ),
    # a present-tense timetable verb just before the weekday looks ahead; a noun in -s does not
    pytest.param(
        "The Supreme Court hears arguments Thursday.",
        [("Thursday", "DATE", "2016-03-10")],
        id="court-hears-timetable",
    ),
    pytest.param(
        "Voters go to the polls Sunday.",
        [("Sunday", "DATE", "2016-03-13")],
        id="voters-go-timetable",
    ),
    pytest.param(
        "Protesters held signs Monday.",
        [("Monday", "DATE", "2016-03-07")],
        id="plural-noun-is-no-timetable",
    ),
    # "the Sept. 11 attacks" name the day of 2001; "the Sept. 11 anniversary" is this year's
    pytest.param(
        "The agency was created after the Sept. 11 attacks.",
        [("Sept. 11", "DATE", "2001-09-11")],
        id="september-11-attacks",
    ),
    pytest.param(
        "The Sept. 11 anniversary was marked quietly.",
        [("Sept. 11", "DATE", "2015-09-11")],
        id="september-11-anniversary",
    ),
    # a position word before a century is its TIMEX3 mod, inside the extent
    pytest.param(
        "In the late 19th century, cities grew.",
        [("the late 19th century", "DATE", "18XX")],
        id="late-century",
    ),
    # "the quarter" of a business story is the last one completed, or the one under way ahead
    pytest.param(
        "Profit rose 5% in the quarter.", [("the quarter", "DATE", "2015-Q4")], id="the-quarter"
    ),
    pytest.param(
        "The company expects sales to rise in the quarter.",
        [("the quarter", "DATE", "2016-Q1")],
        id="the-quarter-ahead",
    ),
    pytest.param(
        "Sales fell in the latest quarter.",
        [("the latest quarter", "DATE", "2015-Q4")],
        id="the-latest-quarter",
    ),
    pytest.param("In the quarter of the city, people fled.", [], id="quarter-of-a-city"),
    # British and wire clock formats
    pytest.param(
        "He spoke at 8.30pm on Monday.",
        [("8.30pm on Monday", "TIME", "2016-03-07T20:30")],
        id="clock-dot-minutes",
    ),
    pytest.param(
        "The vote is at 1400 GMT.",
        [("1400 GMT", "TIME", "2016-03-08T14:00+00:00")],
        id="clock-military-zone",
    ),
    pytest.param(
        "The blast happened at 14:00 local time.",
        [("14:00 local time", "TIME", "2016-03-08T14:00")],
        id="clock-local-time",
    ),
    pytest.param(
        "Police were called at about 23:00.",
        [("about 23:00", "TIME", "2016-03-08T23:00")],
        id="clock-bare-24h-after-at",
    ),
    pytest.param("Read John 3:16 aloud.", [], id="bare-colon-number-is-no-clock"),
    pytest.param(
        "The ceasefire began at 06:00 (04:00 GMT).",
        [("06:00", "TIME", "2016-03-08T06:00")],
        id="clock-conversion-in-parentheses",
    ),
    # cues beyond the commas around the expression, or in a "that" clause after it, count less
    pytest.param(
        "Aides said that Lopez, who did win Ohio on Monday, would focus on policy.",
        [("Monday", "DATE", "2016-03-07")],
        id="relative-clause-tense",
    ),
    pytest.param(
        "Ruiz told farmers here Sunday that she would continue.",
        [("Sunday", "DATE", "2016-03-06")],
        id="told-then-that-clause",
    ),
    pytest.param(
        "The vote Friday that will decide it is close.",
        [("Friday", "DATE", "2016-03-11")],
        id="that-clause-alone-still-counts",
    ),
    pytest.param(
        "After much prayer, I have decided that on Friday, I will vote for him.",
        [("Friday", "DATE", "2016-03-11")],
        id="matrix-verb-before-that-counts-less",
    ),
    pytest.param(
        "On Sunday, Rhodes sought to clarify the remark.",
        [("Sunday", "DATE", "2016-03-06")],
        id="sought-to-is-past",
    ),
    # a bare timetable verb after a determiner and an adjective is a noun
    pytest.param(
        "The fair was off to a rocky start Monday.",
        [("Monday", "DATE", "2016-03-07")],
        id="rocky-start-is-a-noun",
    ),
    pytest.param(
        "A statement issued by the Lopez campaign late Monday was brief.",
        [("late Monday", "DATE", "2016-03-07")],
        id="campaign-is-a-noun",
    ),
    pytest.param(
        "They meet every Sunday night.",
        [("every Sunday night", "SET", "XXXX-WXX-7TNI")],
        id="set-weekday-part-of-day",
    ),
    # a numeric date whose first number cannot be a month is day first
    pytest.param(
        "The report was published on 22/03/2015.",
        [("22/03/2015", "DATE", "2015-03-22")],
        id="numeric-day-first-fallback",
    ),
    # "and a half" adds half a unit, in whole TIMEX3 amounts
    pytest.param(
        "He has worked there for a year and a half.",
        [("a year and a half", "DURATION", "P1Y6M")],
        id="a-year-and-a-half",
    ),
    pytest.param(
        "It took two and a half years.",
        [("two and a half years", "DURATION", "P2Y6M")],
        id="two-and-a-half-years",
    ),
    pytest.param(
        "The trip lasted about a week and a half.",
        [("about a week and a half", "DURATION", "P10DT12H")],
        id="week-and-a-half-in-days",
    ),
    # "slated" is a plan; "next to" is a place
    pytest.param(
        "They talked about the slated visit of the secretary in June.",
        [("June", "DATE", "2016-06")],
        id="slated-future",
    ),
    pytest.param(
        "A fire swept through a warehouse next to the harbor office on Friday.",
        [("Friday", "DATE", "2016-03-04")],
        id="next-to-is-no-future",
    ),
    # a passive participle after "be" carries no tense: the modal or auxiliary does
    pytest.param(
        "The election will be held in June.",
        [("June", "DATE", "2016-06")],
        id="passive-after-will-be",
    ),
    pytest.param(
        "The deal is expected to be signed Friday.",
        [("Friday", "DATE", "2016-03-11")],
        id="passive-after-to-be",
    ),
    pytest.param(
        "The deal was signed Friday.", [("Friday", "DATE", "2016-03-04")], id="plain-past-verb"
    ),
    pytest.param(
        "He was being held Friday.", [("Friday", "DATE", "2016-03-04")], id="was-being-held"
    ),
    # past tense and a month just ahead: last year's; future and a month just behind: next year's
    pytest.param(
        "The report was published in April.",
        [("April", "DATE", "2015-04")],
        id="past-month-one-ahead",
    ),
    pytest.param(
        "In January, the court will rule.",
        [("January", "DATE", "2017-01")],
        id="future-month-two-behind",
    ),
    pytest.param(
        "The agency will publish its figures for February.",
        [("February", "DATE", "2016-02")],
        id="future-month-one-behind-stays",
    ),
    pytest.param(
        "The council decided to close the road in April.",
        [("April", "DATE", "2016-04")],
        id="decided-to-is-future",
    ),
    pytest.param(
        "She will object when the appeal is heard in May.",
        [("May", "DATE", "2016-05")],
        id="present-passive-no-past",
    ),
    pytest.param(
        "The case was heard in May.", [("May", "DATE", "2015-05")], id="past-passive-is-past"
    ),
    pytest.param(
        "Thousands fled Friday.", [("Friday", "DATE", "2016-03-04")], id="irregular-past-verb"
    ),
    # "this past": the last one, a date; "the past year" stays a duration
    pytest.param(
        "They met this past weekend.",
        [("this past weekend", "DATE", "2016-W09-WE")],
        id="this-past-weekend",
    ),
    pytest.param(
        "It rained over the past weekend.",
        [("the past weekend", "DATE", "2016-W09-WE")],
        id="the-past-weekend",
    ),
    pytest.param(
        "They met this past Sunday.",
        [("this past Sunday", "DATE", "2016-03-06")],
        id="this-past-sunday",
    ),
    pytest.param(
        "Prices rose in the past year.",
        [("the past year", "DURATION", "P1Y")],
        id="the-past-year-duration",
    ),
    # timetables: a plural present or a present progressive just before the day
    pytest.param("Talks resume Monday.", [("Monday", "DATE", "2016-03-14")], id="plural-timetable"),
    pytest.param(
        "The committee is meeting Thursday.",
        [("Thursday", "DATE", "2016-03-10")],
        id="progressive-arrangement",
    ),
    pytest.param(
        "He is scheduled to testify before Congress on Thursday.",
        [("Thursday", "DATE", "2016-03-10")],
        id="is-scheduled-far",
    ),
    pytest.param(
        "Results are expected Monday.", [("Monday", "DATE", "2016-03-14")], id="expected-bare"
    ),
    pytest.param(
        "As expected, profits fell in January.",
        [("January", "DATE", "2016-01")],
        id="as-expected-no-plan",
    ),
    pytest.param(
        "The vote is Friday.", [("Friday", "DATE", "2016-03-11")], id="timetable-entry-is"
    ),
    pytest.param(
        "The deadline was Monday.", [("Monday", "DATE", "2016-03-07")], id="timetable-entry-was"
    ),
    pytest.param(
        "Officials are saying Monday that talks failed.",
        [("Monday", "DATE", "2016-03-07")],
        id="reporting-progressive-no-plan",
    ),
    pytest.param(
        "They did not meet Monday.", [("Monday", "DATE", "2016-03-07")], id="negated-base-verb"
    ),
    pytest.param(
        "Officials criticized the vote Monday.",
        [("Monday", "DATE", "2016-03-07")],
        id="noun-not-timetable",
    ),
    pytest.param("Monday's vote was close.", [("Monday", "DATE", "2016-03-07")], id="noun-after"),
    # a second day joined to a calendar date is its own expression, of the same month
    pytest.param(
        "The summit meets on April 24 and 25.",
        [("April 24", "DATE", "2016-04-24"), ("25", "DATE", "2016-04-25")],
        id="joined-day-and",
    ),
    pytest.param(
        "The summit met April 24 and 25, 2012.",
        [("April 24", "DATE", "2012-04-24"), ("25, 2012", "DATE", "2012-04-25")],
        id="joined-day-with-year",
    ),
    pytest.param(
        "The talks are set for May 3-5 in Geneva.",
        [("May 3", "DATE", "2016-05-03"), ("5", "DATE", "2016-05-05")],
        id="joined-day-dash",
    ),
    pytest.param(
        "The fair runs from May 3 to 5 in Paris.",
        [("May 3", "DATE", "2016-05-03"), ("5", "DATE", "2016-05-05")],
        id="joined-day-to",
    ),
    pytest.param(
        "He said on April 24 and 25 people died.",
        [("April 24", "DATE", "2016-04-24")],
        id="joined-number-is-a-count",
    ),
    pytest.param(
        "It happened on April 24 and 2 more followed.",
        [("April 24", "DATE", "2016-04-24")],
        id="joined-smaller-number",
    ),
    # "the next day", "the previous year" with no day or year narrated before: the reference
    pytest.param(
        "The previous year was worse.",
        [("The previous year", "DATE", "2015")],
        id="previous-year-no-anchor",
    ),
    pytest.param(
        "It happened on March 1. The next day, police came.",
        [("March 1", "DATE", "2016-03-01"), ("The next day", "DATE", "2016-03-02")],
        id="next-day-anchored",
    ),
    # "N years later" counts from the last year narrated, "N months later" from the last month
    pytest.param(
        "He moved to Paris in 1962. Four years later he left.",
        [("1962", "DATE", "1962"), ("Four years later", "DATE", "1966")],
        id="years-later-from-narrated-year",
    ),
    pytest.param(
        "The plan was drafted in June 2014. Three months later it was dropped.",
        [("June 2014", "DATE", "2014-06"), ("Three months later", "DATE", "2014-09")],
        id="months-later-from-narrated-month",
    ),
    pytest.param(
        "Profit rose from a year earlier.",
        [("a year earlier", "DATE", "2015")],
        id="year-earlier-without-narrated-year",
    ),
    pytest.param(
        "The firm was founded in 1990. Sales fell two years ago.",
        [("1990", "DATE", "1990"), ("two years ago", "DATE", "2014")],
        id="years-ago-counts-from-reference",
    ),
    # "the day before" / "the night after" with no object: relative to the narrated day
    pytest.param(
        "On Sunday, he flew home. The day before, he had resigned.",
        [("Sunday", "DATE", "2016-03-06"), ("The day before", "DATE", "2016-03-05")],
        id="day-before-anchored",
    ),
    pytest.param(
        "The vote was on March 1. Protests began the week after.",
        [("March 1", "DATE", "2016-03-01"), ("the week after", "DATE", "2016-W10")],
        id="week-after-anchored",
    ),
    # a bare plural unit before "later", "after", "before": clock units are vague durations
    # (as "an hour later" is PT1H); days and weeks date like "the days after the blast"
    pytest.param(
        "Police arrived hours later.",
        [("hours", "DURATION", "PTXH")],
        id="hours-later",
    ),
    pytest.param(
        "Minutes after the blast, sirens sounded.",
        [("Minutes", "DURATION", "PTXM")],
        id="minutes-after-event",
    ),
    pytest.param(
        "He was shot on Jan. 12 in Ohio. He died days later.",
        [("Jan. 12", "DATE", "2016-01-12"), ("days", "DATE", "2016-01-XX")],
        id="days-later-anchored",
    ),
    pytest.param(
        "The strike began on Feb. 3. Weeks later, it was over.",
        [("Feb. 3", "DATE", "2016-02-03"), ("Weeks", "DATE", "2016-02")],
        id="weeks-later-anchored",
    ),
    pytest.param(
        "It is only a matter of days before he quits.",
        [],
        id="matter-of-days-not-anchored",
    ),
    pytest.param(
        "It opened on March 1. He left the day before he was due to speak.",
        [("March 1", "DATE", "2016-03-01")],
        id="day-before-clause-not-anchored",
    ),
    pytest.param(
        "Sales were $5 million, down from $6 million the year before.",
        [("the year before", "DATE", "2015")],
        id="year-before",
        marks=_xfail("left out: unannotated in the aquaint tuning data, so not measured"),
    ),
    # a present-tense timetable verb makes a weekday future
    pytest.param(
        "The two-day summit ends Thursday.",
        [("two-day", "DURATION", "P2D"), ("Thursday", "DATE", "2016-03-10")],
        id="timetable-ends",
    ),
    pytest.param(
        "The teams play Saturday in Boston.",
        [("Saturday", "DATE", "2016-03-12")],
        id="timetable-plural-play",
    ),
    # a scheduled event named with its object: polls and earnings reports
    pytest.param(
        "Voters go to the polls on Sunday.",
        [("Sunday", "DATE", "2016-03-13")],
        id="timetable-go-to-the-polls",
    ),
    pytest.param(
        "Spain goes to the polls Sunday.",
        [("Sunday", "DATE", "2016-03-13")],
        id="timetable-goes-to-the-polls",
    ),
    pytest.param(
        "The voters went to the polls on Sunday.",
        [("Sunday", "DATE", "2016-03-06")],
        id="went-to-the-polls-past",
    ),
    pytest.param(
        "The bank, which reports earnings Monday, fell 2 percent.",
        [("Monday", "DATE", "2016-03-14")],
        id="timetable-reports-earnings",
    ),
    pytest.param(
        "The chip maker reports fourth-quarter results on Thursday.",
        [("fourth-quarter", "DATE", "2015-Q4"), ("Thursday", "DATE", "2016-03-10")],
        id="timetable-reports-results-around-quarter",
    ),
    pytest.param(
        "The bank reported earnings Monday.",
        [("Monday", "DATE", "2016-03-07")],
        id="reported-earnings-past",
    ),
    pytest.param(
        "The panel releases its findings Thursday.",
        [("Thursday", "DATE", "2016-03-10")],
        id="timetable-releases",
    ),
    pytest.param(
        "The agency published its findings Thursday.",
        [("Thursday", "DATE", "2016-03-03")],
        id="published-past",
    ),
    pytest.param(
        "The book fair runs through Sunday.",
        [("Sunday", "DATE", "2016-03-13")],
        id="timetable-runs-through",
    ),
    pytest.param(
        "The truce ran through Sunday.",
        [("Sunday", "DATE", "2016-03-06")],
        id="ran-through-past",
    ),
    pytest.param(
        "The rivals debate again on Thursday in Miami.",
        [("Thursday", "DATE", "2016-03-10")],
        id="plural-debate",
        marks=_xfail("'debate' is left out of the timetable verbs: mostly a noun in news"),
    ),
    # a timetable verb reaches farther over its object or preposition, not over a name
    pytest.param(
        "The senator speaks at a farm conference in Iowa on Friday.",
        [("Friday", "DATE", "2016-03-11")],
        id="timetable-verb-over-its-object",
    ),
    pytest.param(
        "The mayor chatted with talk radio host Jennifer Smithson on Friday.",
        [("Friday", "DATE", "2016-03-04")],
        id="noun-host-before-a-name",
    ),
    pytest.param(
        "The mayor chatted with talk radio host Jane Doe on Friday.",
        [("Friday", "DATE", "2016-03-04")],
        id="noun-host-before-a-short-name",
    ),
    pytest.param(
        "The Knicks host the Celtics on Friday.",
        [("Friday", "DATE", "2016-03-11")],
        id="timetable-plural-host",
    ),
    # "February this year": the year phrase resolves the month and is no expression of its own
    pytest.param(
        "Ratification began in February this year.",
        [("February", "DATE", "2016-02")],
        id="month-this-year",
    ),
    pytest.param(
        "They will join in April next year.",
        [("April", "DATE", "2017-04")],
        id="month-next-year",
    ),
    pytest.param(
        "It closed in early October last year.",
        [("early October", "DATE", "2015-10")],
        id="month-last-year-with-modifier",
    ),
    pytest.param(
        "He left the company in June of last year.",
        [("June", "DATE", "2015-06")],
        id="month-of-last-year",
    ),
    pytest.param(
        "In April last year's budget was cut.",
        [("April", "DATE", "2015-04"), ("last year", "DATE", "2015")],
        id="month-then-possessive-year",
    ),
    pytest.param(
        "The meeting is at 10 a.m. Thursday.",
        [("10 a.m. Thursday", "TIME", "2016-03-10T10:00")],
        id="timetable-is-at-clock",
    ),
    pytest.param(
        "The meeting was at 10 a.m. Thursday.",
        [("10 a.m. Thursday", "TIME", "2016-03-03T10:00")],
        id="was-at-clock-past",
    ),
    pytest.param(
        "The summit ended Thursday.",
        [("Thursday", "DATE", "2016-03-03")],
        id="timetable-verb-in-past",
    ),
]


HOLIDAYS_NEAR = [
    pytest.param(
        "Shoppers crowded the stores before Christmas.",
        dt.date(2016, 12, 20),
        "2016-12-25",
        id="past-tense-days-before-holiday",
    ),
    pytest.param(
        "Protesters prayed as Easter week began.",
        dt.date(2016, 3, 21),
        "2016-W12",  # the week that ends on this year's Easter Sunday, March 27
        id="easter-week-began",
    ),
    pytest.param(
        "They met at Christmas.", dt.date(2016, 3, 8), "2015-12-25", id="far-holiday-past-tense"
    ),
    pytest.param(
        "They will meet at Christmas.",
        dt.date(2016, 3, 8),
        "2016-12-25",
        id="far-holiday-future-tense",
    ),
]


@pytest.mark.parametrize(("text", "reference", "value"), HOLIDAYS_NEAR)
def test_holiday_near_the_reference_is_this_years(
    text: str, reference: dt.date, value: str
) -> None:
    assert [v for _t, _k, v in _found(text, reference=reference)] == [value]


@pytest.mark.parametrize(("text", "expected"), WHOLE_OUTPUT)
def test_whole_output(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


# --- conformance to the TimeML 1.2.1 / TIDES 2005 guideline conventions --------------------
# Each row restates a kind of example the guidelines discuss, in a sentence of our own, with the
# value the guidelines prescribe; rows marked "AQUAINT:" follow our tuning corpus where it
# annotates consistently otherwise (the guideline value is in the comment).
GUIDELINES = [
    # durations: a quantified stretch of time, vague when the count is vague
    pytest.param(
        "Exports have shrunk over the past three years.",
        [("the past three years", "DURATION", "P3Y")],
        id="g-past-three-years",
    ),
    pytest.param(
        "Rents climbed in the last few years.",
        [("the last few years", "DURATION", "PXY")],
        id="g-last-few-years",
    ),
    pytest.param(
        "Turnout has dropped in recent years.",
        [("recent years", "DURATION", "PXY")],
        id="g-recent-years",
    ),
    pytest.param(
        "More strikes are likely in the coming weeks.",
        [("the coming weeks", "DURATION", "PXW")],
        id="g-coming-weeks",
    ),
    pytest.param(
        "The weeks ahead will test the coalition.",
        [("The weeks ahead", "DURATION", "PXW")],
        id="g-weeks-ahead",
    ),
    pytest.param(
        "In the months to come, fares will rise.",
        [("the months to come", "DURATION", "PXM")],
        id="g-months-to-come",
    ),
    pytest.param(
        "The roads stayed shut in the days ahead of the vote.",
        [],
        id="g-ahead-of-is-a-preposition",
    ),
    pytest.param(
        "The index lost 4% in the past year.",
        [("the past year", "DURATION", "P1Y")],
        id="g-past-year-duration",
    ),
    pytest.param(
        "The blockade lasted two weeks.", [("two weeks", "DURATION", "P2W")], id="g-two-weeks"
    ),
    pytest.param(
        "Flooding eased in the past 24 hours.",
        [("the past 24 hours", "DURATION", "PT24H")],
        id="g-past-24-hours",
    ),
    pytest.param(
        "The audit took half an hour.",
        [("half an hour", "DURATION", "PT30M")],
        id="g-half-an-hour",
    ),
    pytest.param(
        "The mill has been idle for about six months.",
        [("about six months", "DURATION", "P6M")],
        id="g-approximate-duration",
    ),
    # ages are not temporal expressions
    pytest.param("A 20-year-old driver was hurt.", [], id="g-age-adjective"),
    pytest.param("The driver, 20 years old, was hurt.", [], id="g-age-phrase"),
    # dates: vague past and future points
    pytest.param(
        "The depot closed a few weeks ago.",
        [("a few weeks ago", "DATE", "PAST_REF")],
        id="g-few-weeks-ago",
    ),
    pytest.param(
        "The levee failed decades ago.",
        [("decades ago", "DATE", "PAST_REF")],
        id="g-decades-ago",
    ),
    pytest.param(
        "The clinic is now closed.", [("now", "DATE", "PRESENT_REF")], id="g-now-present-ref"
    ),
    pytest.param(
        "The union is currently on strike.",
        [("currently", "DATE", "PRESENT_REF")],
        id="g-currently-present-ref",
    ),
    pytest.param(
        "Such floods were rare in the past.",
        [("the past", "DATE", "PAST_REF")],
        id="g-the-past",
    ),
    # dates: calendar units named relative to the reference
    pytest.param(
        "Wages rose this year.", [("this year", "DATE", "2016")], id="g-this-year-is-the-year"
    ),
    pytest.param(
        "The mine will reopen early next year.",
        [("early next year", "DATE", "2017")],
        id="g-early-next-year",
    ),
    pytest.param(
        "The audit is due by the end of the year.",
        [("the end of the year", "DATE", "2016")],
        id="g-end-of-the-year",
    ),
    pytest.param(
        "The council met earlier this month.",
        [("this month", "DATE", "2016-03")],
        id="g-earlier-this-month",  # AQUAINT leaves "earlier" out (4 of 5 times)
    ),
    pytest.param(
        "Output fell in the third quarter.",
        [("the third quarter", "DATE", "2015-Q3")],
        id="g-quarter",
    ),
    pytest.param(
        "Output fell in the fourth quarter of 2015.",
        [("the fourth quarter of 2015", "DATE", "2015-Q4")],
        id="g-quarter-with-year",
    ),
    pytest.param(
        "The ferry stopped last summer.",
        [("last summer", "DATE", "2015-SU")],
        id="g-season",
    ),
    pytest.param(
        "Tourism slumped in the spring of last year.",
        [("the spring of last year", "DATE", "2015-SP")],
        id="g-season-of-last-year",
    ),
    pytest.param(
        "The stadium opens in the summer of next year.",
        [("the summer of next year", "DATE", "2017-SU")],
        id="g-season-of-next-year",
    ),
    pytest.param(
        "The ministers talked over the weekend.",
        [("the weekend", "DATE", "2016-W09-WE")],
        id="g-the-weekend",
    ),
    pytest.param(
        "The ministers will talk this weekend.",
        [("this weekend", "DATE", "2016-W10-WE")],
        id="g-this-weekend",
    ),
    pytest.param(
        "A storm struck on March 3. The power failed the same day.",
        [("March 3", "DATE", "2016-03-03"), ("the same day", "DATE", "2016-03-03")],
        id="g-same-day-anchored",
    ),
    pytest.param(
        "The decision is scheduled for March.",
        [("March", "DATE", "2016-03")],
        id="g-scheduled-for-march",
    ),
    pytest.param("The vote is set for May.", [("May", "DATE", "2016-05")], id="g-set-for-may"),
    pytest.param("Voters opted for May.", [], id="g-voted-for-may-is-a-name"),
    pytest.param(
        "I ran into her the other day.",
        [("the other day", "DATE", "PAST_REF")],
        id="g-the-other-day",
    ),
    pytest.param(
        "The other day two boats sank.",
        [("The other day", "DATE", "PAST_REF")],
        id="g-the-other-day-before-a-number",
    ),
    pytest.param(
        "These days few people write letters.",
        [("These days", "DATE", "PRESENT_REF")],
        id="g-these-days-before-few",
    ),
    pytest.param("The ferry was recently sold.", [], id="g-recently-unmarked"),  # AQUAINT
    pytest.param("The ferry will soon be sold.", [], id="g-soon-unmarked"),  # AQUAINT
    # a range of weekdays: its end falls after its start
    pytest.param(
        "The trial will run from Monday to Friday.",
        [("Monday", "DATE", "2016-03-14"), ("Friday", "DATE", "2016-03-18")],
        id="g-future-weekday-range",
    ),
    pytest.param(
        "The trial ran from Monday to Friday.",
        [("Monday", "DATE", "2016-02-29"), ("Friday", "DATE", "2016-03-04")],
        id="g-past-weekday-range",
    ),
    pytest.param(
        "The fair will be open Thursday through Sunday.",
        [("Thursday", "DATE", "2016-03-10"), ("Sunday", "DATE", "2016-03-13")],
        id="g-future-weekday-range-through",
    ),
    # decades and centuries: AQUAINT writes the missing digits as X ("199X"), where TIDES
    # leaves them out ("199", "18")
    pytest.param("Crime fell in the 1990s.", [("the 1990s", "DATE", "199X")], id="g-decade"),
    pytest.param(
        "Prices peaked in the mid-1990s.",
        [("the mid-1990s", "DATE", "199X")],
        id="g-mid-decade",
    ),
    pytest.param(
        "The mill was built in the 19th century.",
        [("the 19th century", "DATE", "18XX")],
        id="g-century",
    ),
    # parts of day: the day with a part-of-day code
    pytest.param(
        "The blast came last night.", [("last night", "DATE", "2016-03-07TNI")], id="g-last-night"
    ),
    pytest.param(
        "The talks resumed Monday morning.",
        [("Monday morning", "DATE", "2016-03-07TMO")],
        id="g-weekday-morning",
    ),
    pytest.param(
        "The convoy left on the morning of March 7.",
        [("March 7", "DATE", "2016-03-07")],
        id="g-morning-of-date",  # AQUAINT marks only the date (TIDES: the whole phrase, TMO)
    ),
    # sets: a recurring time
    pytest.param(
        "The council meets every Monday.",
        [("every Monday", "SET", "XXXX-WXX-1")],
        id="g-every-monday",
    ),
    pytest.param(
        "The museum is closed on Mondays.",
        [("Mondays", "SET", "XXXX-WXX-1")],
        id="g-plural-weekday",
    ),
    pytest.param("The index is revised annually.", [("annually", "SET", "P1Y")], id="g-annually"),
    pytest.param("The paper appears daily.", [("daily", "SET", "P1D")], id="g-daily"),
    pytest.param(
        "The board meets twice a week.", [("twice a week", "SET", "P1W")], id="g-twice-a-week"
    ),
    pytest.param(
        "Polls are held every two years.",
        [("every two years", "SET", "P2Y")],
        id="g-every-two-years",
    ),
    pytest.param(
        "The market runs every weekend.",
        [("every weekend", "SET", "XXXX-WXX-WE")],
        id="g-every-weekend",
    ),
    pytest.param(
        "The museum is shut on weekends.",
        [("weekends", "SET", "XXXX-WXX-WE")],
        id="g-on-weekends",
    ),
    pytest.param(
        "The ferry sails at 8 p.m. on Saturdays.",
        [("8 p.m. on Saturdays", "SET", "XXXX-WXX-6T20:00")],
        id="g-time-on-weekdays",
    ),
    pytest.param(
        "The vote falls in the first week of April.",
        [("the first week of April", "DATE", "2016-04")],
        id="g-first-week-of-month",
    ),
    pytest.param(
        "Prices fell in the last days of February.",
        [("the last days of February", "DATE", "2016-02")],
        id="g-last-days-of-month",
    ),
    pytest.param(
        "The bank will report by end-March.",
        [("end-March", "DATE", "2016-03")],
        id="g-end-hyphen-month",
    ),
    pytest.param(
        "Debt will peak at end-2017.",
        [("end-2017", "DATE", "2017")],
        id="g-end-hyphen-year",
    ),
    # "this" and a weekday: the day of this week, unless the tense points beyond it
    pytest.param(
        "The court will rule this Friday.",
        [("this Friday", "DATE", "2016-03-11")],
        id="g-this-weekday-ahead",
    ),
    pytest.param(
        "The court will rule this Monday.",
        [("this Monday", "DATE", "2016-03-14")],
        id="g-this-weekday-future-passed-in-week",
    ),
    pytest.param(
        "The court ruled this Monday.",
        [("this Monday", "DATE", "2016-03-07")],
        id="g-this-weekday-past",
    ),
    # "the last week" after "the" is the week just gone as a span, like "the past week"
    pytest.param(
        "He has been in Paris for the last week.",
        [("the last week", "DURATION", "P1W")],
        id="g-the-last-week-span",
    ),
    pytest.param(
        "He was in Paris last week.",
        [("last week", "DATE", "2016-W09")],
        id="g-last-week-point",
    ),
    pytest.param(
        "Revenue fell from the prior year.",
        [("the prior year", "DATE", "2015")],
        id="g-the-prior-year",
    ),
    # the verb "last" is no past cue: its auxiliary tells the tense
    pytest.param(
        "The strike will last from Wednesday through Friday.",
        [("Wednesday", "DATE", "2016-03-09"), ("Friday", "DATE", "2016-03-11")],
        id="g-will-last-weekdays",
    ),
    pytest.param(
        "The truce is expected to last until Monday.",
        [("Monday", "DATE", "2016-03-14")],
        id="g-to-last-until-weekday",
    ),
    # a list of weekdays is told in order: the second follows the first as resolved
    pytest.param(
        "The leaders are meeting in Brussels on Thursday and Friday.",
        [("Thursday", "DATE", "2016-03-10"), ("Friday", "DATE", "2016-03-11")],
        id="g-future-weekday-list",
    ),
    pytest.param(
        "The leaders met on Monday and Tuesday.",
        [("Monday", "DATE", "2016-03-07"), ("Tuesday", "DATE", "2016-03-08")],
        id="g-past-weekday-list",
    ),
    pytest.param(
        "The ministers will gather Sunday and Monday.",
        [("Sunday", "DATE", "2016-03-13"), ("Monday", "DATE", "2016-03-14")],
        id="g-future-weekday-list-across-weeks",
    ),
    pytest.param(
        "The aide gave statements Tuesday and Monday.",
        [("Tuesday", "DATE", "2016-03-08"), ("Monday", "DATE", "2016-03-07")],
        id="g-past-weekday-list-latest-first",
    ),
    pytest.param(
        "The aide gave statements Monday and Tuesday.",
        [("Monday", "DATE", "2016-03-07"), ("Tuesday", "DATE", "2016-03-08")],
        id="g-past-weekday-list-in-order",
    ),
    pytest.param(
        "Two new buses would leave on May 2, with a third one departing from October 6.",
        [("May 2", "DATE", "2016-05-02"), ("October 6", "DATE", "2016-10-06")],
        id="g-untensed-date-after-a-coming-one",
    ),
    pytest.param(
        "Volume on Friday was 9 million shares, up from 7 million the previous Friday.",
        [("Friday", "DATE", "2016-03-04"), ("the previous Friday", "DATE", "2016-02-26")],
        id="g-the-previous-weekday-before-the-day-told",
    ),
    pytest.param(
        "The fund will stay cautious in the near term.",
        [("the near term", "DATE", "FUTURE_REF")],
        id="g-the-near-term-is-a-future",
    ),
    pytest.param("The firm sold short-term notes.", [], id="g-short-term-adjective-is-no-date"),
    pytest.param(
        "There are no talks at the moment, and for the moment none are planned.",
        [("the moment", "DATE", "PRESENT_REF"), ("the moment", "DATE", "PRESENT_REF")],
        id="g-at-the-moment-is-now",
    ),
    pytest.param("The moment she left, it rained.", [], id="g-the-moment-she-left-is-no-now"),
    pytest.param(
        "Police arrived on Friday and left in the evening.",
        [("Friday", "DATE", "2016-03-04"), ("the evening", "DATE", "2016-03-04TEV")],
        id="g-in-the-evening-of-the-day-told",
    ),
    pytest.param(
        "By mid-afternoon the crowd had grown.",
        [("mid-afternoon", "DATE", "2016-03-08TAF")],
        id="g-by-mid-afternoon-is-today",
    ),
    pytest.param("The rally in the afternoon sun drew thousands.", [], id="g-the-afternoon-sun"),
    pytest.param(
        "The vote is at 4 a.m. in the morning.",
        [("4 a.m.", "TIME", "2016-03-08T04:00")],
        id="g-in-the-morning-after-a-clock-time",
    ),
    pytest.param(
        "Over the years, the clinic grew.",
        [("the years", "DURATION", "PXY")],
        id="g-over-the-years-is-a-vague-stretch",
    ),
    pytest.param("It grew over the years since the war.", [], id="g-over-the-years-since"),
    pytest.param(
        "The move follows Monday's offer by the port, which holds a stake in the line.",
        [("Monday", "DATE", "2016-03-07")],
        id="g-relative-clause-timetable-verb-dates-nothing-before-it",
    ),
    # a weekday deadline lies ahead, unless the text says it went by
    pytest.param(
        "Talks continued as a Monday deadline loomed.",
        [("Monday", "DATE", "2016-03-14")],
        id="g-weekday-deadline-ahead",
    ),
    pytest.param(
        "The rebels missed a Monday deadline.",
        [("Monday", "DATE", "2016-03-07")],
        id="g-weekday-deadline-missed",
    ),
    # an opening phrase is dated by the reporting verb of the main clause, not by the
    # tense of what was reported
    pytest.param(
        "In a statement on Friday, the Foreign Ministry said it would respond.",
        [("Friday", "DATE", "2016-03-04")],
        id="g-opening-phrase-said-would",
    ),
    pytest.param(
        "On Friday, the ministry told reporters the talks will resume.",
        [("Friday", "DATE", "2016-03-04")],
        id="g-opening-weekday-told-will",
    ),
    pytest.param(
        "The vote will take place on Friday, officials said.",
        [("Friday", "DATE", "2016-03-11")],
        id="g-parenthetical-said-keeps-future",
    ),
    # "earlier/later than" compares: a difference, not a point
    pytest.param(
        "The House voted a day earlier than expected.",
        [("a day", "DURATION", "P1D")],
        id="g-earlier-than-is-a-difference",
    ),
    pytest.param(
        "The plant opened two years later than planned.",
        [("two years", "DURATION", "P2Y")],
        id="g-later-than-is-a-difference",
    ),
    # wire copy writes fractions with a hyphen: "2-1/2-year", "5-1/2 hours"
    pytest.param(
        "Sterling fell to a 2-1/2-year low.",
        [("2-1/2-year", "DURATION", "P2Y6M")],
        id="g-hyphenated-fraction-modifier",
    ),
    pytest.param(
        "The talks lasted 5-1/2 hours.",
        [("5-1/2 hours", "DURATION", "PT5H30M")],
        id="g-hyphenated-fraction",
    ),
    # "of that year" resolves a month by the last year told
    pytest.param(
        "Bush came in January 2008 and again in May of that year.",
        [("January 2008", "DATE", "2008-01"), ("May", "DATE", "2008-05")],
        id="g-month-of-that-year",
    ),
    # a clock time goes back to the last day told, unless the story has moved to another
    # year or month since
    pytest.param(
        "He resigned on Saturday. He first ran in 2008. Obama spoke at about 12:30 p.m. in Rome.",
        [
            ("Saturday", "DATE", "2016-03-05"),
            ("2008", "DATE", "2008"),
            ("about 12:30 p.m.", "TIME", "2016-03-08T12:30"),
        ],
        id="g-clock-after-another-year-is-the-reference-day",
    ),
    # a weekday with no cue of its own keeps the direction of the day told before it in
    # its sentence
    pytest.param(
        "He is scheduled to speak to students on Thursday evening before flying to Jordan "
        "on Friday.",
        [("Thursday evening", "DATE", "2016-03-10TEV"), ("Friday", "DATE", "2016-03-11")],
        id="g-untensed-weekday-follows-future-day",
    ),
    pytest.param(
        "He spoke on Thursday. Rescuers reached the village on Friday.",
        [("Thursday", "DATE", "2016-03-03"), ("Friday", "DATE", "2016-03-04")],
        id="g-past-weekday-stays-past",
    ),
    # "through/until/by the weekend" reaches to the coming one
    pytest.param(
        "The governor ordered flags lowered through the weekend.",
        [("the weekend", "DATE", "2016-W10-WE")],
        id="g-through-the-weekend",
    ),
    pytest.param(
        "Rebels attacked the town over the weekend.",
        [("the weekend", "DATE", "2016-W09-WE")],
        id="g-over-the-weekend-past",
    ),
    # "ahead of" a day's event: the event is still to come
    pytest.param(
        "Markets were cautious ahead of Monday's vote.",
        [("Monday", "DATE", "2016-03-14")],
        id="g-ahead-of-possessive-weekday",
    ),
    # after an opening weekday, a plural subject and a bare timetable verb look ahead
    pytest.param(
        "On Monday, European finance ministers meet in Brussels.",
        [("Monday", "DATE", "2016-03-14")],
        id="g-opening-weekday-plural-timetable",
    ),
    pytest.param(
        "On Monday, talks to end the war stalled.",
        [("Monday", "DATE", "2016-03-07")],
        id="g-opening-weekday-infinitive-is-no-timetable",
    ),
    # a timetable verb across a parenthesis does not outweigh the verb beside the expression
    pytest.param(
        "The law, passed in December, takes effect in July.",
        [("December", "DATE", "2015-12"), ("July", "DATE", "2016-07")],
        id="g-parenthesis-past-participle",
    ),
    # extents keep the modifiers TIMEX3 marks with mod (START, END) and the article of a
    # temporal head noun; no preposition
    pytest.param(
        "He left late yesterday.",
        [("late yesterday", "DATE", "2016-03-07")],
        id="g2-late-yesterday",
    ),
    pytest.param(
        "It happened early last week.",
        [("early last week", "DATE", "2016-W09")],
        id="g2-early-last-week",
    ),
    pytest.param(
        "Sales rose in the first nine months.",
        [("the first nine months", "DURATION", "P9M")],
        id="g2-first-nine-months",
    ),
    pytest.param(
        "Net income for the 12 months ended June 30 rose.",
        [("the 12 months", "DURATION", "P12M"), ("June 30", "DATE", "2015-06-30")],
        id="g2-months-ended-a-date",
    ),
    pytest.param("Each month he pays.", [("Each month", "SET", "P1M")], id="g2-each-month"),
    pytest.param(
        "Engineers hope one day to tame the tides.",
        [("one day", "DATE", "FUTURE_REF")],
        id="g2-hope-one-day-is-a-future",
    ),
    pytest.param(
        "Robots will one day run the port.",
        [("one day", "DATE", "FUTURE_REF")],
        id="g2-will-one-day-is-a-future",
    ),
    pytest.param(
        "She hopes he one day returns.",
        [("one day", "DATE", "FUTURE_REF")],
        id="g2-subject-one-day-is-a-future",
    ),
    pytest.param(
        "The strike lasted one day.",
        [("one day", "DURATION", "P1D")],
        id="g2-one-day-is-a-length",
    ),
    pytest.param(
        "The meeting is at noon Friday.",
        [("noon Friday", "TIME", "2016-03-11T12:00")],
        id="g2-noon-weekday",
    ),
    pytest.param(
        "Sales rose in the first quarter of the fiscal year.",
        [("the first quarter", "DATE", "2016-Q1")],
        id="g2-quarter-of-the-fiscal-year",
    ),
    pytest.param(
        "Revenue in the fiscal fourth quarter rose.",
        [("the fiscal fourth quarter", "DATE", "2015-Q4")],
        id="g2-fiscal-quarter-without-year",
    ),
    pytest.param(
        "Revenue in the fiscal first quarter of 2015 rose.",
        [("the fiscal first quarter of 2015", "DATE", "2015-Q1")],
        id="g2-fiscal-quarter-of-a-year",
    ),
    pytest.param(
        "Three times a week, she runs.",
        [("Three times a week", "SET", "P1W")],
        id="g2-set-times-a-week",
    ),
    pytest.param(
        "The magazine appears every three months.",
        [("every three months", "SET", "P3M")],
        id="g2-set-every-three-months",
    ),
    pytest.param(
        "The plan starts at the start of next month.",
        [("the start of next month", "DATE", "2016-04")],
        id="g2-start-of-next-month",
    ),
    pytest.param(
        "He will decide by the end of this week.",
        [("the end of this week", "DATE", "2016-W10")],
        id="g2-end-of-this-week",
    ),
    pytest.param(
        "The harbor office shuts at 7 p.m. EST.",
        [("7 p.m. EST", "TIME", "2016-03-08T19:00-05:00")],
        id="g2-clock-with-zone",
    ),
    pytest.param(
        "The mill, built in the late 19th century, closed.",
        [("the late 19th century", "DATE", "18XX")],
        id="g2-late-century",
    ),
    pytest.param(
        "He visits his mother on Sundays.",
        [("Sundays", "SET", "XXXX-WXX-7")],
        id="g2-plural-weekday-set",
    ),
    pytest.param(
        "The talks lasted 18 months.",
        [("18 months", "DURATION", "P18M")],
        id="g2-months-duration",
    ),
    pytest.param(
        "He spent several days there.",
        [("several days", "DURATION", "PXD")],
        id="g2-vague-count-duration",
    ),
    pytest.param(
        "The plan was unveiled this morning.",
        [("this morning", "DATE", "2016-03-08TMO")],
        id="g2-this-morning",
    ),
    pytest.param(
        "He returned late Monday.",
        [("late Monday", "DATE", "2016-03-07")],
        id="g2-late-weekday",
    ),
    pytest.param(
        "He was arrested on March 2 and charged the following Monday.",
        [("March 2", "DATE", "2016-03-02"), ("the following Monday", "DATE", "2016-03-07")],
        id="g2-the-following-weekday-after-the-day-told",
    ),
    # a half or quarter of something else is no part of a year
    pytest.param("Trading was heavy in the first half of the session.", [], id="g2-half-session"),
    pytest.param("He scored in the third quarter of the game.", [], id="g2-quarter-of-a-game"),
]


@pytest.mark.parametrize(("text", "expected"), GUIDELINES)
def test_guideline_conventions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


#: Business-news practice as TimeBank annotates it (its WSJ earnings stories), in sentences of
#: our own (reference Tuesday 2016-03-08): a quarter's story compares the period it reports on
#: with the same period a year before; fiscal years go by their year; "year-end" is a day.
BUSINESS = [
    pytest.param(
        "Net income rose 12% in the third quarter, from $40 million a year earlier.",
        [("the third quarter", "DATE", "2015-Q3"), ("a year earlier", "DATE", "2014-Q3")],
        id="biz-a-year-earlier-is-the-quarter-before",
    ),
    pytest.param(
        "Sales rose in the fourth quarter. A year ago, the bakery lost $2 million.",
        [("the fourth quarter", "DATE", "2015-Q4"), ("A year ago", "DATE", "2014-Q4")],
        id="biz-a-year-ago-in-the-next-sentence",
    ),
    pytest.param(
        "Prices rose a year ago.",
        [("a year ago", "DATE", "2015")],
        id="biz-a-year-ago-without-a-quarter-is-a-year",
    ),
    pytest.param(
        "Second-quarter profit was $9 million, against year-earlier profit of $7 million.",
        [("Second-quarter", "DATE", "2015-Q2"), ("year-earlier", "DATE", "2014-Q2")],
        id="biz-year-earlier-adjective",
    ),
    pytest.param(
        "The mill earned $3 million in the first quarter, up from $1 million in the "
        "comparable year-ago quarter.",
        [
            ("the first quarter", "DATE", "2016-Q1"),
            ("the comparable year-ago quarter", "DATE", "2015-Q1"),
        ],
        id="biz-the-year-ago-quarter",
    ),
    pytest.param(
        "Orders are below year-ago levels.",
        [("year-ago", "DATE", "2015")],
        id="biz-year-ago-without-a-quarter",
    ),
    pytest.param(
        "The chain lost money in the 2014 third quarter.",
        [("the 2014 third quarter", "DATE", "2014-Q3")],
        id="biz-year-before-the-quarter",
    ),
    pytest.param(
        "The brewer posted a profit for the second quarter of $8 million.",
        [("the second quarter", "DATE", "2015-Q2")],
        id="biz-quarter-of-an-amount",
    ),
    pytest.param(
        "The merger should close by year-end.",
        [("year-end", "DATE", "2016-12-31")],
        id="biz-by-year-end",
    ),
    pytest.param(
        "The index has gained 4% since year end.",
        [("year end", "DATE", "2015-12-31")],
        id="biz-since-year-end",
    ),
    pytest.param(
        "Sales should grow in the current fiscal year.",
        [("the current fiscal year", "DATE", "2016")],
        id="biz-the-current-fiscal-year",
    ),
    pytest.param(
        "Revenue topped $2 billion in the latest fiscal year.",
        [("the latest fiscal year", "DATE", "2015")],
        id="biz-the-latest-fiscal-year",
    ),
    pytest.param("Margins slipped in the fiscal year.", [], id="biz-the-fiscal-year-alone"),
    pytest.param(
        "Profit fell in the fiscal year ended June 30.",
        [("the fiscal year", "DURATION", "P1Y"), ("June 30", "DATE", "2015-06-30")],
        id="biz-the-year-ended-a-date-is-twelve-months",
    ),
    pytest.param("The year ended with a rally.", [], id="biz-the-year-ended-alone"),
    pytest.param(
        "The airline will add flights by August to markets untouched by the slump.",
        [("August", "DATE", "2016-08")],
        id="biz-participle-with-an-agent-is-no-past",
    ),
    pytest.param(
        "Rates will stay low for a couple of years.",
        [("a couple of years", "DURATION", "P2Y")],
        id="biz-a-couple-is-two",
    ),
    pytest.param(
        "The mill earned $3 million in the 2014 second quarter. Results for that quarter "
        "included a charge; the previous quarter had a gain.",
        [
            ("the 2014 second quarter", "DATE", "2014-Q2"),
            ("that quarter", "DATE", "2014-Q2"),
            ("the previous quarter", "DATE", "2014-Q1"),
        ],
        id="biz-that-quarter-is-the-one-told",
    ),
    pytest.param(
        "Orders rose in the first half of 2015. The following half was weaker.",
        [("the first half of 2015", "DATE", "2015-H1"), ("The following half", "DATE", "2015-H2")],
        id="biz-the-following-half",
        marks=_xfail("'half' is no anaphora unit: 'the following half' is left out"),
    ),
    pytest.param(
        "Sales will rise in the next quarter.",
        [("the next quarter", "DATE", "2016-Q2")],
        id="biz-the-next-quarter-without-one-told",
    ),
    pytest.param("Results for that quarter were weak.", [], id="biz-that-quarter-untold"),
    pytest.param(
        "Profit rose in the fourth quarter. The latest period included a one-time gain.",
        [("the fourth quarter", "DATE", "2015-Q4"), ("The latest period", "DATE", "2015-Q4")],
        id="biz-the-latest-period-is-the-quarter-told",
    ),
    pytest.param(
        "Profit rose. The latest period of unrest hurt sales; this period was calm.",
        [],
        id="biz-the-latest-period-without-a-quarter",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUSINESS)
def test_business_news(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


#: Newswire sentences of our own (reference Tuesday 2016-03-08) for what every wire story
#: has and the AQUAINT tuning data has little of: relative years, weeks and quarters,
#: durations before and after now, weekdays around a reporting verb, sets.
NEWSWIRE = [
    pytest.param(
        "The economy grew 2 percent over the past two years.",
        [("the past two years", "DURATION", "P2Y")],
        id="nw-past-n-years",
    ),
    pytest.param(
        "Prices have risen in recent years.",
        [("recent years", "DURATION", "PXY")],
        id="nw-recent-years",
    ),
    pytest.param(
        "The talks will resume next week.",
        [("next week", "DATE", "2016-W11")],
        id="nw-next-week",
    ),
    pytest.param(
        "Officials said this week that the plan was dead.",
        [("this week", "DATE", "2016-W10")],
        id="nw-this-week-said",
    ),
    pytest.param(
        "The bakery hopes to open a shop over the second half of the year.",
        [("the second half of the year", "DATE", "2016-H2")],
        id="nw-second-half-of-the-year",
    ),
    pytest.param(
        "Over the weekend, rebels attacked the town.",
        [("the weekend", "DATE", "2016-W09-WE")],
        id="nw-over-the-weekend",
    ),
    pytest.param(
        "He has been in office since 2009.",
        [("2009", "DATE", "2009")],
        id="nw-since-year",
    ),
    pytest.param(
        "The firm was founded 20 years ago.",
        [("20 years ago", "DATE", "1996")],
        id="nw-years-ago",
    ),
    pytest.param(
        "Within the next 48 hours, the ceasefire must hold.",
        [("the next 48 hours", "DURATION", "PT48H")],
        id="nw-next-48-hours",
    ),
    pytest.param(
        "The plant closed a year ago.",
        [("a year ago", "DATE", "2015")],
        id="nw-a-year-ago",
    ),
    pytest.param(
        "He was arrested two weeks ago.",
        [("two weeks ago", "DATE", "2016-W08")],
        id="nw-weeks-ago-is-a-week",
    ),
    pytest.param(
        "The scheme began three months ago.",
        [("three months ago", "DATE", "2015-12")],
        id="nw-months-ago-is-a-month",
    ),
    pytest.param(
        "Revenue rose from the same quarter a year earlier.",
        [("a year earlier", "DATE", "2015")],
        id="nw-a-year-earlier",
    ),
    pytest.param(
        "The company was sold last spring.",
        [("last spring", "DATE", "2015-SP")],
        id="nw-last-spring",
    ),
    pytest.param(
        "It was the deadliest attack in months.",
        [("months", "DURATION", "PXM")],
        id="nw-in-months",
    ),
    pytest.param(
        "The Olympics are held every four years.",
        [("every four years", "SET", "P4Y")],
        id="nw-every-four-years",
    ),
    pytest.param(
        "He served 2 1/2 years in jail.",
        [("2 1/2 years", "DURATION", "P2Y6M")],
        id="nw-fraction-years",
    ),
    pytest.param(
        "More than 100 people died in the past 24 hours.",
        [("the past 24 hours", "DURATION", "PT24H")],
        id="nw-past-24-hours",
    ),
    pytest.param(
        "The meeting was held on Saturday, March 5.",
        [("Saturday, March 5", "DATE", "2016-03-05")],
        id="nw-weekday-and-date",
    ),
    pytest.param(
        "The ceremony took place on 5 March.",
        [("5 March", "DATE", "2016-03-05")],
        id="nw-day-month",
    ),
    pytest.param(
        "A year from now, things will be different.",
        [("A year from now", "DATE", "2017")],
        id="nw-a-year-from-now",
    ),
    pytest.param(
        "The ban will be lifted within days.",
        [("days", "DURATION", "PXD")],
        id="nw-within-days",
    ),
    pytest.param(
        "The pope will be installed on Saturday, the Vatican said.",
        [("Saturday", "DATE", "2016-03-12")],
        id="nw-future-weekday-then-said",
    ),
    pytest.param(
        "Police said the man was arrested Saturday and charged Sunday.",
        [("Saturday", "DATE", "2016-03-05"), ("Sunday", "DATE", "2016-03-06")],
        id="nw-two-past-weekdays",
    ),
    pytest.param(
        "In a statement on Friday, the ministry said it would respond within 24 hours.",
        [("Friday", "DATE", "2016-03-04"), ("24 hours", "DURATION", "PT24H")],
        id="nw-statement-friday-would",
    ),
    pytest.param(
        "The company went public late last year.",
        [("late last year", "DATE", "2015")],
        id="nw-late-last-year",
    ),
    pytest.param(
        "Unemployment fell to 4.9 percent in February, the lowest since February 2008.",
        [("February", "DATE", "2016-02"), ("February 2008", "DATE", "2008-02")],
        id="nw-month-and-month-year",
    ),
    # tense cues read from 2016 newswire (sentences written for these tests)
    pytest.param(
        "During his speech on Wednesday in Ohio, the senator said the plan would work.",
        [("Wednesday", "DATE", "2016-03-02")],
        id="nw-opening-phrase-with-place-then-said",
    ),
    pytest.param(
        "She noted that Saturday would have been her father's birthday.",
        [("Saturday", "DATE", "2016-03-05")],
        id="nw-would-have-is-past",
    ),
    pytest.param(
        "She dodged a query on Sunday about how she would pay for the pier.",
        [("Sunday", "DATE", "2016-03-06")],
        id="nw-how-clause-after-the-day",
    ),
    pytest.param(
        "The harbor board closed a session on Friday by announcing it would hire more pilots.",
        [("Friday", "DATE", "2016-03-04")],
        id="nw-gerund-clause-after-the-day",
    ),
    pytest.param(
        "Asked on Monday whether the mayor would resign, she laughed.",
        [("Monday", "DATE", "2016-03-07")],
        id="nw-asked-opens-the-sentence",
    ),
    pytest.param(
        "United on Monday will play the final.",
        [("Monday", "DATE", "2016-03-14")],
        id="nw-capitalized-name-in-ed-is-no-past",
    ),
    pytest.param(
        "The meeting lasted until late Monday night.",
        [("late Monday night", "DATE", "2016-03-07TNI")],
        id="nw-lasted-until-is-past",
    ),
    pytest.param(
        "He stayed until Thursday.", [("Thursday", "DATE", "2016-03-03")], id="nw-stayed-until"
    ),
    pytest.param(
        "The vote was postponed until Thursday.",
        [("Thursday", "DATE", "2016-03-10")],
        id="nw-postponed-until-stays-future",
    ),
    pytest.param(
        "Profit fell from a year ago. Sales rose 5 percent from a year earlier.",
        [("a year ago", "DATE", "2015"), ("a year earlier", "DATE", "2015")],
        id="nw-year-earlier-after-year-ago",
    ),
    pytest.param(
        "He moved to Ohio in 2009. A year earlier he had married.",
        [("2009", "DATE", "2009"), ("A year earlier", "DATE", "2008")],
        id="nw-year-earlier-after-a-year",
    ),
    # known misses
    pytest.param(
        "Sales rose in the October-December quarter.",
        [("the October-December quarter", "DATE", "2015-Q4")],
        id="nw-month-range-quarter",
        marks=_xfail("a quarter named by its months is not an expression yet"),
    ),
    pytest.param(
        "The crisis peaked in the winter of 2011-12.",
        [("the winter of 2011-12", "DATE", "2011-WI")],
        id="nw-winter-of-split-year",
        marks=_xfail("a season of a split year is read as the season plus a year"),
    ),
    pytest.param(
        "The results will be announced on the 22nd.",
        [("the 22nd", "DATE", "2016-03-22")],
        id="nw-bare-ordinal-day",
        marks=_xfail("a bare ordinal day of the month is not an expression yet"),
    ),
    pytest.param(
        "He was governor from 1999-2003.",
        [("1999", "DATE", "1999"), ("2003", "DATE", "2003")],
        id="nw-year-range-two-expressions",
        marks=_xfail("a hyphenated range of years is one expression, valued as its start"),
    ),
    pytest.param(
        "The drug was developed a quarter-century ago.",
        [("a quarter-century ago", "DATE", "1991")],
        id="nw-quarter-century-ago",
    ),
]


#: Years in words, as broadcast transcripts write them (reference Tuesday 2016-03-08).
SPOKEN_YEARS = [
    pytest.param(
        "In nineteen ninety-one the senator lost his seat.",
        [("nineteen ninety-one", "DATE", "1991")],
        id="spoken-nineteen-ninety-one",
    ),
    pytest.param(
        "The ruling was overturned in nineteen ninety-six.",
        [("nineteen ninety-six", "DATE", "1996")],
        id="spoken-after-in",
    ),
    pytest.param(
        "The plant opened in March nineteen oh five.",
        [("March nineteen oh five", "DATE", "1905-03")],
        id="spoken-month-and-oh-year",
        marks=_xfail("a month and a spoken year are two expressions"),
    ),
    pytest.param(
        "He promised jobs for all by the year two thousand.",
        [("the year two thousand", "DATE", "2000")],
        id="spoken-the-year-two-thousand",
    ),
    pytest.param(
        "Since two thousand and one the town has doubled.",
        [("two thousand and one", "DATE", "2001")],
        id="spoken-two-thousand-and-one",
    ),
    pytest.param(
        "Membership fell through the nineties and the early two thousands.",
        [("the nineties", "DATE", "199X")],
        id="spoken-the-nineties-is-a-decade",
    ),
    pytest.param(
        "In the nineteen-seventies the mill closed.",
        [("the nineteen-seventies", "DATE", "197X")],
        id="spoken-the-nineteen-seventies",
    ),
    pytest.param("Highs will be in the nineties.", [], id="spoken-nineties-of-degrees"),
    pytest.param("She is in her eighties.", [], id="spoken-an-age-is-no-decade"),
    pytest.param("The shirts cost nineteen ninety-nine.", [], id="spoken-a-price-is-no-year"),
    pytest.param("Two thousand troops arrived.", [], id="spoken-a-count-is-no-year"),
    pytest.param("Nineteen eighty-four is a novel.", [], id="spoken-a-title-is-no-year"),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_YEARS)
def test_spoken_years(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEWSWIRE)
def test_newswire_sentences(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


#: Sentences written after reading 2016 newswire output, each with its own reference date.
NEWSWIRE_REFERENCED = [
    pytest.param(
        "We will travel this summer.",
        dt.date(2016, 1, 20),
        [("this summer", "DATE", "2016-SU")],
        id="this-summer-in-january-is-the-coming-one",
    ),
    pytest.param(
        "They are expecting their second child this summer.",
        dt.date(2015, 12, 21),
        [("this summer", "DATE", "2016-SU")],
        id="this-summer-in-december-future",
    ),
    pytest.param(
        "The bill passed this summer.",
        dt.date(2015, 12, 21),
        [("this summer", "DATE", "2015-SU")],
        id="this-summer-in-december-past",
    ),
    pytest.param(
        "This summer was hot.",
        dt.date(2016, 1, 20),
        [("This summer", "DATE", "2015-SU")],
        id="this-summer-in-january-past",
    ),
    pytest.param(
        "She promised to press for a new ferry line this summer.",
        dt.date(2016, 5, 5),
        [("this summer", "DATE", "2016-SU")],
        id="this-summer-in-may-after-a-past-verb",
    ),
    pytest.param(
        "The vote is in the spring.",
        dt.date(2016, 1, 20),
        [("the spring", "DATE", "2016-SP")],
        id="untensed-season-nearest",
    ),
    pytest.param(
        "He left last summer.",
        dt.date(2016, 1, 20),
        [("last summer", "DATE", "2015-SU")],
        id="last-summer-in-january",
    ),
    pytest.param(
        "The show airs on Monday nights.",
        REF,
        [("Monday nights", "SET", "XXXX-WXX-1TNI")],
        id="weekday-plural-part-of-day-set",
    ),
    pytest.param(
        "He served a quarter-century in Congress.",
        REF,
        [("a quarter-century", "DURATION", "P25Y")],
        id="quarter-century-duration",
    ),
    pytest.param(
        "Her work spans a half-century.",
        REF,
        [("a half-century", "DURATION", "P50Y")],
        id="half-century-duration",
    ),
    pytest.param(
        "Prices doubled over the past half-century.",
        REF,
        [("the past half-century", "DURATION", "P50Y")],
        id="past-half-century",
    ),
    pytest.param(
        "Sales fell in the final quarter of 2015.",
        REF,
        [("the final quarter of 2015", "DATE", "2015-Q4")],
        id="final-quarter-of-a-year",
    ),
    pytest.param(
        "Sales will rise in the last quarter of the year.",
        REF,
        [("the last quarter of the year", "DATE", "2016-Q4")],
        id="last-quarter-of-the-year",
    ),
    pytest.param(
        "It was her 2008 address at the convention.",
        REF,
        [("2008", "DATE", "2008")],
        id="year-before-a-noun-in-ss",
    ),
    pytest.param(
        "As 2015 comes to a close, we look back.",
        dt.date(2015, 12, 21),
        [("2015", "DATE", "2015")],
        id="year-as-a-subject",
    ),
    pytest.param("The company has 2000 employees.", REF, [], id="count-before-sentence-end"),
    pytest.param(
        "The leader wouldn't say Monday how the party would vote.",
        REF,
        [("Monday", "DATE", "2016-03-07")],
        id="wouldnt-say-is-a-past-refusal",
    ),
    pytest.param(
        "He would not comment Monday.",
        REF,
        [("Monday", "DATE", "2016-03-07")],
        id="would-not-comment-is-past",
    ),
    pytest.param(
        "He would meet them Friday.",
        REF,
        [("Friday", "DATE", "2016-03-11")],
        id="would-meet-stays-future",
    ),
    pytest.param("Just over a quarter, 26 percent, agree.", REF, [], id="over-a-quarter-share"),
    pytest.param(
        "She is holding multiple rallies a day.",
        REF,
        [("a day", "SET", "P1D")],
        id="multiple-things-a-day-is-a-set",
    ),
    pytest.param(
        "The race had one day to go.",
        REF,
        [("one day", "DURATION", "P1D")],
        id="one-day-to-go-stays-a-duration",
    ),
    pytest.param(
        "Trump Rallies Voters This Week.",
        REF,
        [("This Week", "DATE", "2016-W10")],
        id="title-case-headline-keeps-this-week",
    ),
    pytest.param(
        "She mailed the memo January 23 at 4:01 PM. Nobody read it.",
        REF,
        [("January 23 at 4:01 PM", "TIME", "2016-01-23T16:01")],
        id="capital-pm-period-ends-the-sentence",
    ),
    pytest.param(
        "Clinton can win in November.",
        REF,
        [("November", "DATE", "2016-11")],
        id="modal-can-looks-ahead",
    ),
    pytest.param(
        "The fee may be dropped if a new mayor is elected in November.",
        REF,
        [("November", "DATE", "2016-11")],
        id="if-clause-present-looks-ahead",
    ),
    pytest.param(
        "Whoever wins in November, the industry will lobby hard.",
        REF,
        [("November", "DATE", "2016-11")],
        id="whoever-wins-looks-ahead",
    ),
    pytest.param(
        "The progressive wing hopes the party can unite to win a mandate in November.",
        REF,
        [("November", "DATE", "2016-11")],
        id="to-win-looks-ahead",
    ),
    pytest.param(
        "Turnout in the November election is key.",
        REF,
        [("November", "DATE", "2016-11")],
        id="scheduled-event-month-untensed-is-the-coming-one",
    ),
    pytest.param(
        "Britain faces a June referendum.",
        REF,
        [("June", "DATE", "2016-06")],
        id="scheduled-referendum-month",
    ),
    pytest.param(
        "The November attacks shocked Paris.",
        REF,
        [("November", "DATE", "2015-11")],
        id="unscheduled-event-month-stays-past",
    ),
    pytest.param(
        "The June meeting was tense.",
        REF,
        [("June", "DATE", "2015-06")],
        id="scheduled-event-month-with-past-verb",
    ),
    pytest.param(
        "If he is right, prices fell in October.",
        REF,
        [("October", "DATE", "2015-10")],
        id="if-clause-then-past-verb",
    ),
    pytest.param(
        "The party is marching toward November.",
        REF,
        [("November", "DATE", "2016-11")],
        id="toward-a-month-looks-ahead",
    ),
    pytest.param(
        "He should have left in October.",
        REF,
        [("October", "DATE", "2015-10")],
        id="should-have-is-past",
    ),
    pytest.param(
        "Theresa May said in October she would go.",
        REF,
        [("October", "DATE", "2015-10")],
        id="capital-may-is-no-modal",
    ),
    pytest.param(
        "The agency ruled that the boy must be returned to his father, a waiter in a "
        "small town, and set Friday as the deadline.",
        REF,
        [("Friday", "DATE", "2016-03-04")],
        id="far-modal-does-not-date",
    ),
    pytest.param(
        "The senator will be attending events in Ohio on Saturday, CNN reported.",
        REF,
        [("Saturday", "DATE", "2016-03-12")],
        id="reporting-parenthesis-keeps-the-future",
    ),
    pytest.param(
        "The attack happened Saturday, police said.",
        REF,
        [("Saturday", "DATE", "2016-03-05")],
        id="reporting-parenthesis-after-a-past-verb",
    ),
    pytest.param(
        "Two candidates may drop out over the next week.",
        REF,
        [("the next week", "DURATION", "P1W")],
        id="over-the-next-week-is-a-stretch",
    ),
    pytest.param(
        "Rates will rise over the next year.",
        REF,
        [("the next year", "DURATION", "P1Y")],
        id="over-the-next-year-is-a-stretch",
    ),
    pytest.param(
        "He moved in 2009. The next year he left.",
        REF,
        [("2009", "DATE", "2009"), ("The next year", "DATE", "2010")],
        id="the-next-year-narrated-stays-a-date",
    ),
    # a weekday's scheduled event governed by a forward verb lies ahead (reference Thursday)
    pytest.param(
        "The governor said he would carry Tuesday's primary.",
        THU,
        [("Tuesday", "DATE", "2016-03-15")],
        id="would-carry-tuesdays-primary-is-ahead",
    ),
    pytest.param(
        "The senator hopes to win Sunday's debate.",
        THU,
        [("Sunday", "DATE", "2016-03-13")],
        id="hopes-to-win-sundays-debate-is-ahead",
    ),
    pytest.param(
        "Voters in two states head to the polls in Tuesday's primary.",
        THU,
        [("Tuesday", "DATE", "2016-03-15")],
        id="head-to-the-polls-is-a-timetable",
    ),
    pytest.param(
        "The mayor will campaign in Ohio before Tuesday's primary.",
        THU,
        [("Tuesday", "DATE", "2016-03-15")],
        id="will-campaign-before-tuesdays-primary",
    ),
    pytest.param(
        "The mayor won Tuesday's primary.",
        THU,
        [("Tuesday", "DATE", "2016-03-08")],
        id="won-tuesdays-primary-stays-past",
    ),
    pytest.param(
        "The party will contest Tuesday's vote count.",
        THU,
        [("Tuesday", "DATE", "2016-03-08")],
        id="an-outcome-of-the-event-is-past",
    ),
    pytest.param(
        "As Tuesday's results show, the governor may still win.",
        THU,
        [("Tuesday", "DATE", "2016-03-08")],
        id="a-days-results-are-past-despite-a-modal",
    ),
    pytest.param(
        "Tuesday's results will decide the race.",
        dt.date(2016, 3, 7),
        [("Tuesday", "DATE", "2016-03-08")],
        id="a-days-results-that-will-decide-are-ahead",
    ),
    pytest.param(
        "Aides had counted delegates heading into Tuesday's primary.",
        THU,
        [("Tuesday", "DATE", "2016-03-08")],
        id="pluperfect-heading-into-stays-past",
    ),
    pytest.param(
        "Readers keen to grasp the full meaning of Tuesday's primary waited.",
        THU,
        [("Tuesday", "DATE", "2016-03-08")],
        id="far-infinitive-governs-no-event",
    ),
    # Super Tuesday: a named day (TimeML treats it like a holiday: the name is the extent)
    pytest.param(
        "The governor won three states on Super Tuesday.",
        THU,
        [("Super Tuesday", "DATE", "2016-03-01")],
        id="super-tuesday-past",
    ),
    pytest.param(
        "The campaign is looking ahead to Super Tuesday.",
        dt.date(2015, 11, 11),
        [("Super Tuesday", "DATE", "2016-03-01")],
        id="super-tuesday-in-the-coming-season",
    ),
    pytest.param(
        "The governor lost badly on Super Tuesday.",
        dt.date(2017, 5, 1),
        [("Super Tuesday", "DATE", "2016-03-01")],
        id="super-tuesday-the-year-after",
    ),
    pytest.param(
        "Her weak showing on Super Tuesday will hurt her in Ohio.",
        THU,
        [("Super Tuesday", "DATE", "2016-03-01")],
        id="super-tuesday-of-this-season-whatever-the-tense",
    ),
    pytest.param(
        "She hopes to win the next Super Tuesday.",
        THU,
        [("next Super Tuesday", "DATE", "2020-03-03")],
        id="next-super-tuesday-is-the-next-cycle",
    ),
    pytest.param(
        "Super Tuesday, March 1, settled little.",
        THU,
        [("Super Tuesday, March 1", "DATE", "2016-03-01")],
        id="super-tuesday-with-its-date-is-one-expression",
    ),
    pytest.param(
        "She still recalls Super Tuesday 2008.",
        THU,
        [("Super Tuesday 2008", "DATE", "2008-02-05")],
        id="super-tuesday-with-a-year",
    ),
    pytest.param(
        "Turnout on Super Tuesday 2 was low.",
        THU,
        [],
        id="numbered-super-tuesday-is-not-a-plain-tuesday",
    ),
    # "that November", "that summer": the year last told
    pytest.param(
        "After the riots of 1968, the senator lost that November.",
        REF,
        [("1968", "DATE", "1968"), ("November", "DATE", "1968-11")],
        id="that-month-takes-the-year-told",
    ),
    pytest.param(
        "In 1968 the senator said that November would decide it.",
        REF,
        [("1968", "DATE", "1968"), ("November", "DATE", "2016-11")],
        id="conjunction-that-before-a-month-is-no-anaphor",
    ),
    pytest.param(
        "The senator lost in 2012. That summer she moved.",
        REF,
        [("2012", "DATE", "2012"), ("That summer", "DATE", "2012-SU")],
        id="that-season-takes-the-year-told",
    ),
    pytest.param(
        "She left the city that winter.",
        REF,
        [("that winter", "DATE", "XXXX-WI")],
        id="that-season-without-a-year-told-stays-partial",
    ),
    # month lists and ranges: the later month follows the first as resolved
    pytest.param(
        "The strong October report was a blip after the weak August and September figures, "
        "or a sign of growth that will last.",
        dt.date(2015, 11, 9),
        [
            ("October", "DATE", "2015-10"),
            ("August", "DATE", "2015-08"),
            ("September", "DATE", "2015-09"),
        ],
        id="neighbouring-months-of-a-list-share-the-year",
    ),
    pytest.param(
        "The talks ran from December to February.",
        dt.date(2015, 11, 9),
        [("December", "DATE", "2014-12"), ("February", "DATE", "2015-02")],
        id="a-month-range-runs-forward-into-the-next-year",
    ),
    pytest.param(
        "Support was unchanged from the past two polls, in February and October.",
        dt.date(2016, 5, 12),
        [("February", "DATE", "2016-02"), ("October", "DATE", "2015-10")],
        id="months-apart-in-a-list-may-run-backwards",
    ),
    pytest.param(
        "Entering the final contests in June, the senator leads by 271 pledged delegates.",
        dt.date(2016, 5, 24),
        [("June", "DATE", "2016-06")],
        id="a-counted-participle-is-no-past-verb",
    ),
    pytest.param(
        "“We’ll be meeting on Friday in Denver,” the chair said.",
        dt.date(2016, 6, 22),
        [("Friday", "DATE", "2016-06-24")],
        id="clitic-ll-after-a-pronoun-looks-ahead",
    ),
    pytest.param(
        "“They’ll join us when we reach the harbor fair in July,” she said.",
        dt.date(2016, 2, 19),
        [("July", "DATE", "2016-07")],
        id="clitic-ll-dates-a-far-month-ahead",
    ),
    # a programme of a weekday is a SET; "the Sunday shows" on a Sunday are that day's
    pytest.param(
        "The pastor also hosts a Sunday talk show.",
        REF,
        [("Sunday", "SET", "XXXX-WXX-7")],
        id="a-sunday-talk-show-is-a-set",
    ),
    pytest.param(
        "Guests on his Friday night show argued.",
        REF,
        [("Friday night", "SET", "XXXX-WXX-5TNI")],
        id="his-friday-night-show-is-a-set",
    ),
    pytest.param(
        "Visiting the studios on the Sunday morning shows, the mayor said she would stay.",
        dt.date(2015, 11, 8),
        [("Sunday morning", "DATE", "2015-11-08TMO")],
        id="the-sunday-shows-on-a-sunday-are-that-days",
    ),
    # a relative clause keeps its own tense: the main clause after it does not date it
    pytest.param(
        "Speaking in Ohio, which is set to host the next contest Tuesday, the governor "
        "praised his rival.",
        dt.date(2016, 2, 8),
        [("Tuesday", "DATE", "2016-02-09")],
        id="relative-clause-future-beats-main-past",
    ),
    pytest.param(
        "The mayor, who presented a ferry plan on Monday, plans to talk about fares.",
        dt.date(2015, 12, 1),
        [("Monday", "DATE", "2015-11-30")],
        id="relative-clause-past-beats-main-plan",
    ),
    # a plan told from a past point ("was set to"): the nearest such day either way
    pytest.param(
        "The mayor added that she was set to get a medal on Friday.",
        dt.date(2016, 3, 12),
        [("Friday", "DATE", "2016-03-11")],
        id="was-set-to-on-the-day-just-gone",
    ),
    pytest.param(
        "The Senate was expected to vote on Friday.",
        dt.date(2016, 3, 9),
        [("Friday", "DATE", "2016-03-11")],
        id="was-expected-to-on-the-coming-day",
    ),
    pytest.param(
        "The chief executive was planning to hold a dinner for Mr. Lopez on Thursday night.",
        dt.date(2016, 6, 3),
        [("Thursday night", "DATE", "2016-06-02TNI")],
        id="was-planning-to-across-a-title",
    ),
    # "the day before", "the next morning": from the narrated day
    pytest.param(
        "The jury met on Monday. The day before, the judge had ruled.",
        REF,
        [("Monday", "DATE", "2016-03-07"), ("The day before", "DATE", "2016-03-06")],
        id="the-day-before-the-narrated-day",
    ),
    pytest.param(
        "The jury met on Monday. The night before, the judge had ruled.",
        REF,
        [("Monday", "DATE", "2016-03-07"), ("The night before", "DATE", "2016-03-06TNI")],
        id="the-night-before-the-narrated-day",
    ),
    pytest.param(
        "The jury met on Monday. The next morning, the judge ruled.",
        REF,
        [("Monday", "DATE", "2016-03-07"), ("The next morning", "DATE", "2016-03-08TMO")],
        id="the-next-morning-after-the-narrated-day",
    ),
    # "earlier in the day": no TIMEX3 (AQUAINT leaves all three of its cases untagged)
    pytest.param(
        "The jury met on Monday. Later in the day, the judge ruled.",
        REF,
        [("Monday", "DATE", "2016-03-07")],
        id="later-in-the-day-is-no-timex",
    ),
    pytest.param("Late in the day, the jury returned.", REF, [], id="late-in-the-day-is-no-timex"),
    # a rate's "a year" is a DURATION P1Y, as AQUAINT tags "$1 billion a year"
    pytest.param(
        "The program costs $40 million a year.",
        REF,
        [("a year", "DURATION", "P1Y")],
        id="money-rate-a-year-is-a-duration",
    ),
    pytest.param(
        "Exports grew 10 percent a year.",
        REF,
        [("a year", "DURATION", "P1Y")],
        id="percent-rate-a-year-is-a-duration",
    ),
    # A third read, of PolNeAR dev and the annotator-training articles.
    pytest.param(
        "The boom of the 1980’s ended in a crash.",
        REF,
        [("the 1980’s", "DATE", "198X")],
        id="decade-with-curly-apostrophe",
    ),
    pytest.param(
        "Crime fell sharply in the 90’s, and again in the early '00s.",
        REF,
        [("the 90’s", "DATE", "199X"), ("the early '00s", "DATE", "200X")],
        id="short-decade-with-apostrophe-s",
    ),
    pytest.param(
        "The protesters kept marching until 2 a.m. Friday.",
        dt.date(2016, 9, 25),
        [("2 a.m. Friday", "TIME", "2016-09-23T02:00")],
        id="kept-doing-until-is-past",
    ),
    pytest.param(
        "Cheers coming out of her offices Monday night were loud.",
        dt.date(2016, 9, 29),
        [("Monday night", "DATE", "2016-09-26TNI")],
        id="coming-out-of-is-no-future",
    ),
    pytest.param(
        "We began the tour on June 16 of last year.",
        dt.date(2016, 10, 2),
        [("June 16", "DATE", "2015-06-16")],
        id="day-of-last-year",
    ),
    pytest.param(
        "The plant will reopen on March 7 next year.",
        dt.date(2016, 10, 2),
        [("March 7", "DATE", "2017-03-07")],
        id="day-next-year",
    ),
    pytest.param(
        "The firm would quit the league by the end of March and hinted that it would move.",
        dt.date(2016, 10, 5),
        [("the end of March", "DATE", "2017-03")],
        id="coordinated-past-verb-has-its-own-tense",
    ),
    pytest.param(
        "She met them on Monday and agreed to talk.",
        dt.date(2016, 10, 5),
        [("Monday", "DATE", "2016-10-03")],
        id="coordinated-past-verb-after-a-past-clause",
    ),
    pytest.param(
        "The senator told farmers this weekend he would back the bill.",
        dt.date(2016, 9, 19),
        [("this weekend", "DATE", "2016-W37-WE")],
        id="complement-clause-without-that",
    ),
    pytest.param(
        "On Friday he will speak in Ohio.",
        dt.date(2016, 9, 19),
        [("Friday", "DATE", "2016-09-23")],
        id="pronoun-after-an-opening-day-is-its-subject",
    ),
    pytest.param(
        "Monday's debate might not change many minds.",
        dt.date(2016, 9, 29),
        [("Monday", "DATE", "2016-09-26")],
        id="possessive-day-with-a-modal-predicate-is-the-nearest",
    ),
    pytest.param(
        "The governor will use Monday's encounter to make news.",
        dt.date(2016, 9, 23),
        [("Monday", "DATE", "2016-09-26")],
        id="possessive-day-encounter-is-a-scheduled-event",
    ),
    pytest.param(
        "He told CBS News Sunday that he would run.",
        dt.date(2016, 9, 25),
        [("Sunday", "DATE", "2016-09-25")],
        id="news-then-sunday-is-a-day",
    ),
    pytest.param(
        "TRUMP TO SPEAK TODAY ON TAXES",
        REF,
        [("TODAY", "DATE", "2016-03-08")],
        id="today-in-a-headline-in-capitals",
    ),
    pytest.param(
        "The witness saw them about an hour ago.",
        dt.date(2016, 9, 25),
        [("about an hour ago", "DATE", "2016-09-25")],
        id="an-hour-ago-is-a-point-of-the-day",
    ),
    pytest.param(
        "The file arrived five or six weeks ago.",
        dt.date(2016, 9, 25),
        [("five or six weeks ago", "DATE", "2016-W33")],
        id="a-range-ago-counts-the-nearer-number",
    ),
    pytest.param(
        "The plan was drafted three or four months ago.",
        dt.date(2016, 9, 25),
        [("three or four months ago", "DATE", "2016-06")],
        id="months-range-ago",
    ),
    pytest.param(
        "They sign, but one or two days later they take it all back.",
        dt.date(2016, 9, 25),
        [("one or two days", "DURATION", "PXD")],
        id="a-range-later-stays-a-stretch",
    ),
    pytest.param(
        "The two rivals spent months trading insults.",
        dt.date(2016, 9, 25),
        [("months", "DURATION", "PXM")],
        id="spent-months",
    ),
    pytest.param(
        "The rivals settled in 2012. The last obstacle disappeared that spring.",
        dt.date(2016, 9, 25),
        [("2012", "DATE", "2012"), ("that spring", "DATE", "2012-SP")],
        id="that-season-after-an-intransitive-verb",
    ),
    pytest.param(
        "At a March meeting of the caucus, she objected.",
        dt.date(2016, 9, 25),
        [("March", "DATE", "2016-03")],
        id="a-march-meeting",
    ),
    pytest.param(
        "During a May interview, the senator said so.",
        dt.date(2016, 9, 25),
        [("May", "DATE", "2016-05")],
        id="a-may-interview",
    ),
    pytest.param(
        "Romney helped launch the movement with a March speech.",
        dt.date(2016, 9, 25),
        [("March", "DATE", "2016-03")],
        id="helped-launch-is-no-timetable",
    ),
    pytest.param(
        "The poll ran from March 30-April 4.",
        dt.date(2016, 9, 25),
        [("March 30", "DATE", "2016-03-30"), ("April 4", "DATE", "2016-04-04")],
        id="a-range-of-days-across-months",
    ),
    pytest.param(
        "The senator feels good about his chances in November.",
        dt.date(2016, 5, 10),
        [("November", "DATE", "2016-11")],
        id="chances-in-an-untensed-coming-month",
    ),
    pytest.param(
        "Her strategy for winning in November is simple.",
        dt.date(2016, 5, 10),
        [("November", "DATE", "2016-11")],
        id="winning-in-an-untensed-coming-month",
    ),
    pytest.param(
        "His path to becoming the nominee in July looks clear.",
        dt.date(2016, 3, 10),
        [("July", "DATE", "2016-07")],
        id="the-nominee-in-july",
    ),
    pytest.param(
        "His victory in November was narrow.",
        dt.date(2016, 5, 10),
        [("November", "DATE", "2015-11")],
        id="a-past-victory-keeps-its-tense",
    ),
    pytest.param(
        "Lopez hopes to narrow her lead. On Tuesday, Greens vote in Oldport.",
        dt.date(2016, 3, 21),
        [("Tuesday", "DATE", "2016-03-22")],
        id="opening-day-then-a-capitalized-plural-subject",
    ),
    pytest.param(
        "The baker is likely to recover by Tuesday.",
        dt.date(2016, 4, 15),
        [("Tuesday", "DATE", "2016-04-19")],
        id="likely-to-looks-ahead",
    ),
    pytest.param(
        "Reporters asked whether she’ll quit before Tuesday’s Oldport vote.",
        dt.date(2016, 3, 10),
        [("Tuesday", "DATE", "2016-03-15")],
        id="clitic-future-governs-a-named-primary",
    ),
    pytest.param(
        "Coins were used to decide six counties in Monday’s Democratic caucuses.",
        dt.date(2016, 2, 2),
        [("Monday", "DATE", "2016-02-01")],
        id="purpose-after-a-past-passive-is-no-plan",
    ),
    pytest.param(
        "She fears he would have trouble selling boats in the fall.",
        dt.date(2016, 5, 10),
        [("the fall", "DATE", "2016-FA")],
        id="would-have-trouble-is-no-past",
    ),
    pytest.param(
        "He would have won in the fall.",
        dt.date(2016, 5, 10),
        [("the fall", "DATE", "2015-FA")],
        id="would-have-won-is-past",
    ),
    pytest.param(
        "Looking ahead to the fall, the manager hired staff.",
        dt.date(2016, 5, 10),
        [("the fall", "DATE", "2016-FA")],
        id="looking-ahead-to",
    ),
    pytest.param(
        "The gunman shot him last fall in his home.",
        dt.date(2016, 5, 10),
        [("last fall", "DATE", "2015-FA")],
        id="last-fall-in-a-place-is-the-season",
    ),
    pytest.param(
        "About 90 people a day die on the roads.",
        REF,
        [("a day", "SET", "P1D")],
        id="irregular-plural-count-a-day-is-a-set",
    ),
    pytest.param(
        "Workers earn about $19 a day.",
        REF,
        [("a day", "DURATION", "P1D")],
        id="money-a-day-stays-a-duration",
    ),
    pytest.param(
        "The talks stalled.\n\nThe prime minister was to arrive in Paris on Monday.",
        dt.date(2015, 11, 10),
        [("Monday", "DATE", "2015-11-09")],
        id="was-to-is-a-plan-told-from-a-past-point",
    ),
    pytest.param(
        "The mayor entered the dispute, announcing on Wednesday she would see them.",
        dt.date(2016, 6, 16),
        [("Wednesday", "DATE", "2016-06-15")],
        id="reporting-gerund-then-a-complement",
    ),
    pytest.param(
        "Both will tour the coast in the days before their June 7 vote.",
        dt.date(2016, 5, 24),
        [("the days", "DATE", "2016-06"), ("June 7", "DATE", "2016-06-07")],
        id="the-days-before-a-dated-event",
    ),
    pytest.param(
        "The leak may come days before the Nov. 8 election.",
        dt.date(2016, 8, 10),
        [("days", "DATE", "2016-11-XX"), ("Nov. 8", "DATE", "2016-11-08")],
        id="days-before-a-dated-election",
    ),
    pytest.param(
        "The court voted in February to stall the plan. The judge died four days later.",
        dt.date(2016, 4, 23),
        [("February", "DATE", "2016-02"), ("four days later", "DATE", "2016-02-XX")],
        id="days-later-after-a-month-told-last",
    ),
    pytest.param(
        "He was arrested on March 2. Four days later he was charged.",
        dt.date(2016, 4, 23),
        [("March 2", "DATE", "2016-03-02"), ("Four days later", "DATE", "2016-03-06")],
        id="days-later-after-a-day-told-last",
    ),
    pytest.param(
        "It is a plan to rebuild if the party splinters and loses in the fall.",
        dt.date(2016, 4, 23),
        [("the fall", "DATE", "2016-FA")],
        id="loses-in-the-fall-is-at-stake",
    ),
    pytest.param(
        "A rift in the party will put the state up for grabs in November.",
        dt.date(2016, 7, 2),
        [("November", "DATE", "2016-11")],
        id="will-put-is-no-past",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), NEWSWIRE_REFERENCED)
def test_newswire_sentences_with_their_reference(
    text: str, reference: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text, reference) == expected


NOT_DATES = [
    pytest.param("Theresa May said she would resign.", id="may-name"),
    pytest.param("She spoke on the radio show “Midday with Jane Doe.”", id="midday-show-title"),
    pytest.param("A unit known as the “Midnight Crew” ran the jail.", id="midnight-in-a-name"),
    pytest.param("Officials may decide later.", id="may-modal"),
    pytest.param("May I ask a question?", id="may-sentence-initial-modal"),
    pytest.param("Protesters March on the capital.", id="march-verb-capital"),
    pytest.param("Protesters will march to the capital.", id="march-verb"),
    pytest.param("Fredric March starred in it.", id="march-surname"),
    pytest.param("The Sun reported the story.", id="sun-newspaper"),
    pytest.param("He read the Sunday Times.", id="sunday-times"),
    pytest.param("The US sent 2,000 troops.", id="troops"),
    pytest.param("The company sold 2000 units.", id="units"),
    pytest.param("About 400,000 people fled.", id="big-number"),
    pytest.param("Support rose from 80% to 85%.", id="percent-range"),
    pytest.param("See page 1999 of the report.", id="page-number"),
    pytest.param("He lives at 1600 Pennsylvania Avenue.", id="house-number"),
    pytest.param("Prices fall when supply rises.", id="fall-verb"),
    pytest.param("A 6-year-old boy was rescued.", id="age"),
    pytest.param("He appeared on 60 Minutes.", id="tv-show"),
    pytest.param("It was a second attempt.", id="a-second"),
    pytest.param("April Ryan asked a question.", id="april-name"),
    pytest.param("The Communist Party daily Granma wrote.", id="daily-newspaper"),
    pytest.param("They won in Mayfield and Marchmont.", id="place-names"),
    pytest.param("The days were long.", id="the-days-alone"),
    pytest.param("The film High Noon won.", id="high-noon"),
    pytest.param("He spoke on CBS's ''60 Minutes.''", id="quoted-tv-show"),
    pytest.param("The current account deficit widened.", id="current-account"),
    pytest.param("The current system works.", id="current-without-possessive"),
    pytest.param("Figueroa told USA Today about it.", id="usa-today"),
    pytest.param("She told Harbor News Daily host Ana Ruiz.", id="daily-show-name"),
    pytest.param("Save a quarter of the cost.", id="quarter-fraction"),
    pytest.param("Less than a quarter of donors gave more.", id="quarter-fraction-approx"),
    pytest.param("If you're 80 years old, you remember it.", id="years-old-age"),
    pytest.param("They sailed to Easter Island.", id="easter-island"),
    pytest.param("She led the March of the Harbor Widows.", id="march-of-a-name"),
    pytest.param("He gave to the March of Dimes.", id="march-of-dimes"),
    pytest.param("The swimmer fought the current.", id="current-stream"),
    pytest.param("The verb is in the future tense.", id="future-tense"),
    pytest.param("Crude oil futures rose.", id="futures-market"),
    pytest.param("He wrote Future Shock in prison.", id="future-title"),
    pytest.param("This time, we won.", id="this-time-alone"),
    pytest.param("The fiscal year ends soon.", id="fiscal-year-without-a-year"),
    pytest.param("The day before he left, we ate.", id="day-before-a-clause"),
    pytest.param("He came the day after the funeral.", id="day-after-an-undated-event"),
    pytest.param("Clinton said so on ABC's This Week.", id="this-week-programme"),
    pytest.param("He watched Last Week Tonight.", id="last-week-tonight-programme"),
    pytest.param("He was a guest on The Tonight Show.", id="tonight-show"),
    pytest.param("Support runs as high as three-quarters here.", id="three-quarters-fraction"),
    pytest.param("They bought a three-quarter stake.", id="three-quarter-stake"),
    pytest.param("He ran 21st Century Fox.", id="century-in-a-company-name"),
    pytest.param("I hope I can sail like that one day.", id="that-one-day-is-some-day"),
    pytest.param("The senator told USA TODAY's editors.", id="usa-today-in-capitals"),
    pytest.param("A USA TODAY analysis found gaps.", id="usa-today-in-capitals-before-a-noun"),
    pytest.param("Mexico taxed Christmas trees and Easter eggs.", id="holiday-things"),
    pytest.param("He said so on “Fox News Sunday.”", id="fox-news-sunday-show"),
    pytest.param("Britain's May said the talks would go on.", id="possessive-may-is-a-name"),
    pytest.param("He hosted “Saturday Night Live” twice.", id="saturday-night-live"),
    pytest.param("Crowds celebrated the fall of the Berlin Wall.", id="the-fall-of-a-wall"),
    pytest.param("He starred in “How the Grinch Stole Christmas.”", id="holiday-in-a-title"),
    pytest.param("We saw a scene from “Back to the Future” at the fair.", id="the-future-title"),
    pytest.param("After this fall in prices, exports dropped.", id="a-fall-in-prices"),
    pytest.param("She called games on “Sunday Night Baseball.”", id="sunday-night-baseball"),
    pytest.param("Theresa May's plan was rejected.", id="may-possessive-name"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert _found(text) == []


WITHOUT_ANCHOR = [
    pytest.param("Lopez said Friday.", "XXXX-WXX-5", id="weekday"),
    pytest.param("It opened in August.", "XXXX-08", id="month"),
    pytest.param("It opened on March 7.", "XXXX-03-07", id="month-day"),
    pytest.param("Police came Monday night.", "XXXX-WXX-1TNI", id="part-of-day"),
    pytest.param("It opened in the fall of 2015.", "2015-FA", id="absolute-stays"),
]


@pytest.mark.parametrize(("text", "value"), WITHOUT_ANCHOR)
def test_partial_values_without_anchor(text: str, value: str) -> None:
    assert [v for _t, _k, v in _found(text, reference=None)] == [value]


def test_anchor_from_the_article_header() -> None:
    text = "Published March 3, 2016\n\nLopez said Friday that talks would resume."
    values = [d.value for d in find_dates(text)]
    assert values == ["2016-03-03", "2016-02-26"]


def test_event_arithmetic_without_a_reference() -> None:
    text = "Lopez was shot on Jan. 12, 2016. His car was seen in the weeks before the shooting."
    assert _found(text, reference=None) == [
        ("Jan. 12, 2016", "DATE", "2016-01-12"),
        ("the weeks", "DATE", "2016-01"),
    ]


def test_day_month_order_is_configurable() -> None:
    assert _found("Filed 3/7/2016.", month_first=False) == [("3/7/2016", "DATE", "2016-07-03")]


def test_later_time_anchors_on_earlier_explicit_date() -> None:
    text = "Police arrived on Monday night, March 7. At 3 a.m. they left."
    found = _found(text, reference=dt.date(2016, 3, 9))
    assert found == [
        ("Monday night, March 7", "DATE", "2016-03-07TNI"),
        ("3 a.m.", "TIME", "2016-03-07T03:00"),
    ]


def test_ids_and_spans() -> None:
    text = "On Friday, officials said talks would resume next week."
    dates = find_dates(text, reference=REF)
    assert [d.id for d in dates] == ["d1", "d2"]
    for d in dates:
        assert d.span is not None
        assert text[d.span.start : d.span.end] == d.span.text


def test_public_find_dates() -> None:
    dates = attribution.find_dates("He met them last Friday.", reference="2016-03-08")
    assert [(d.span.text, d.value) for d in dates if d.span] == [("last Friday", "2016-03-04")]


TO_PYTHON = [
    pytest.param("2016-03-07", dt.date(2016, 3, 7), id="day"),
    pytest.param("2016-03-07TNI", dt.date(2016, 3, 7), id="part-of-day"),
    pytest.param("2016-03-08T09:30", dt.datetime(2016, 3, 8, 9, 30), id="time"),
    pytest.param(
        "2016-03-08T09:30+03:00",
        dt.datetime(2016, 3, 8, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        id="time-zone",
    ),
    pytest.param("2013-W11", (dt.date(2013, 3, 11), dt.date(2013, 3, 17)), id="week"),
    pytest.param("2016-W10-WE", (dt.date(2016, 3, 12), dt.date(2016, 3, 13)), id="weekend"),
    pytest.param("2016-02", (dt.date(2016, 2, 1), dt.date(2016, 2, 29)), id="month"),
    pytest.param("2012-SU", (dt.date(2012, 6, 1), dt.date(2012, 8, 31)), id="season"),
    pytest.param("2015-WI", (dt.date(2015, 12, 1), dt.date(2016, 2, 29)), id="winter"),
    pytest.param("2015-Q3", (dt.date(2015, 7, 1), dt.date(2015, 9, 30)), id="quarter"),
    pytest.param("2014", (dt.date(2014, 1, 1), dt.date(2014, 12, 31)), id="year"),
    pytest.param("199X", (dt.date(1990, 1, 1), dt.date(1999, 12, 31)), id="decade"),
    pytest.param("19XX", (dt.date(1900, 1, 1), dt.date(1999, 12, 31)), id="century"),
    pytest.param("19", (dt.date(1900, 1, 1), dt.date(1999, 12, 31)), id="century-tides-style"),
    pytest.param("FY2014", None, id="fiscal-year-months-vary"),
    pytest.param("PT48H", dt.timedelta(hours=48), id="hours"),
    pytest.param("P2W", dt.timedelta(days=14), id="weeks"),
    pytest.param("P16Y", None, id="years-not-exact"),
    pytest.param("PXY", None, id="vague"),
    pytest.param("XXXX-WXX-5", None, id="partial"),
    pytest.param("PRESENT_REF", None, id="reference-word"),
    pytest.param("2016-02-30", None, id="impossible-day"),
    pytest.param(None, None, id="none"),
]


@pytest.mark.parametrize(("value", "expected"), TO_PYTHON)
def test_to_python(value: str | None, expected: object) -> None:
    mention = DateMention(id="d1", span=None, type="DATE", value=value)
    assert mention.to_python() == expected


ADVERSARIAL = [
    pytest.param("1" * 200_000, id="only-digits"),
    pytest.param("March " * 40_000, id="only-month-names"),
    pytest.param("Friday night, " * 5_000, id="only-weekdays"),
    pytest.param("2016-" * 40_000, id="iso-fragments"),
    pytest.param("3/" * 60_000, id="slashes"),
    pytest.param("the past " * 30_000, id="reference-words"),
    pytest.param("a " * 100_000, id="articles"),
    pytest.param(
        "Killed on Jan. 5, the day after the killing, 3 days before the shooting. " * 2_500,
        id="event-arithmetic",
    ),
    pytest.param(
        "Lopez was killed on Jan. 5 " + "and shot at 3 p.m., " * 10_000, id="event-clocks"
    ),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_linear_time_on_adversarial_text(text: str) -> None:
    began = time.perf_counter()
    find_dates(text, reference=REF)
    # ~1 s on a loaded machine (30,000 expressions); quadratic work or backtracking would take
    # minutes. The margin absorbs a full parallel test run on two cores.
    assert time.perf_counter() - began < 6.0


# --- triggers: scanning only near trigger words finds what a scan of the whole text finds ----


def _exhaustive(text: str) -> list[Candidate]:
    return sorted(_scan_all(text), key=lambda c: (c.start, c.start - c.end, _ORDER[c.kind]))


@pytest.mark.parametrize("text", [p.values[0] for p in DETECTED])
def test_triggers_find_every_match_in_table(text: str) -> None:
    assert find_candidates(text) == _exhaustive(text)


_TOKENS = [
    *("March", "May", "Dec.", "7", "7th", "2016", "1990s", "'90s", "Q3", "21st", "3/7/2016"),
    *("2016-03-07", "Monday", "Friday", "Sun", "night", "morning", "today", "tomorrow"),
    *("tonight", "week", "weekend", "months", "decades-long", "year", "years", "quarter"),
    *("half", "an", "hour", "century", "summer", "fall", "ago", "earlier", "from", "now"),
    *("the", "past", "last", "next", "this", "that", "same", "every", "each", "twice", "a"),
    *("daily", "annually", "biweekly", "about", "nearly", "more", "than", "approximately"),
    *("seventy-five", "two", "several", "recent", "coming", "for", "in", "of", "on", "at"),
    *("3", "a.m.", "9:30", "pm", "(AST)", "GMT", "noon", "o'clock", "Christmas", "New"),
    *("Year's", "Eve", "Good", "Thanksgiving", "Day", "currently", "future", "present"),
    *("these", "days", "said", "will", "officials", "Lopez", "market", "Monthly", "-"),
    *("times", "once", "hence", "weekly", "hourly", "later", "dozens", "of", "Q3", "21st"),
    *("12", "06:30", "2014-15", "Pm", "AM", "12/31", "/", "'", "1,000", "$5", "No.", "1999"),
    *("fiscal", "FY", "FY14", "FY2014", "time", "before", "after", "shooting", "1800s"),
]


def test_triggers_survive_letters_whose_lowercase_is_longer() -> None:
    text = "İstanbul police said Friday that 3 a.m. raids would go on next week."
    assert find_candidates(text) == _exhaustive(text)
    assert [d.span.text for d in find_dates(text, reference=REF) if d.span] == [
        "Friday",
        "3 a.m.",
        "next week",
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("years Monthly 06:30 weekly ", id="window-ends-inside-weekly"),
    ],
)
def test_triggers_window_end_inside_a_word(text: str) -> None:
    # a family's window that ends inside a word must not let a lookahead see a word end there
    assert find_candidates(text) == _exhaustive(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_TOKENS), st.sampled_from([" ", " ", ", ", "-", ". ", "\n"])),
        max_size=60,
    )
)
def test_triggers_find_every_match_in_random_text(tokens: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in tokens)
    assert find_candidates(text) == _exhaustive(text)


def _unguarded_cues() -> re.Pattern[str]:
    """The tense-cue pattern without its look-ahead that skips the commonest words."""
    pattern = _TENSE_CUES.pattern
    guard = pattern.index("(?!(?:th(?:e")
    rest = pattern.index("(?:", pattern.index("(speed)"))
    return re.compile(pattern[:guard] + pattern[rest:], _TENSE_CUES.flags)


_CUE_WORDS = ["the", "The", "that", "of", "and", "a", "an", "in", "it", "he", "his", "her",
              "we", "not", "by", "at", "or", "but", "from", "for", "on", "with", "this",
              "they", "their", "will", "said", "went", "planned", "the'll", "he’ll", "ſaid",
              "tOward", "meets", "is", "meeting", "talked", "10ed", "théed", "to", "win",
              "thereafter", "often", "another", "android"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from([" ", ", ", "-", ". ", "'"])),
        max_size=30,
    )
)
def test_tense_cue_guard_changes_no_match(tokens: list[tuple[str, str]]) -> None:
    # the look-ahead that skips common words is only for speed: the matches stay the same
    text = "".join(word + sep for word, sep in tokens)
    unguarded = _unguarded_cues()
    found = [(m.span(), m.lastgroup) for m in _TENSE_CUES.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in unguarded.finditer(text)]


# Read against modern web news (docs/dates.md): sentences of our own with the constructions
# that web copy of 2010-2016 (AP, CNN, BBC, Reuters, NPR ...) tripped on.
WEB_NEWS = [
    pytest.param(
        "Lawmakers in Carver City took final votes late Thursday evening.",
        dt.date(2013, 6, 14),  # a Friday
        [("late Thursday evening", "DATE", "2013-06-13TEV")],
        id="web-took-final-votes-is-no-timetable",
    ),
    pytest.param(
        "The council votes Thursday on the budget.",
        dt.date(2013, 6, 14),
        [("Thursday", "DATE", "2013-06-20")],
        id="web-council-votes-is-a-timetable",
    ),
    pytest.param(
        "The bank will keep cutting its purchases, adding $5 billion in October -- all in "
        "mortgage-backed bonds.",
        dt.date(2014, 9, 17),
        [("October", "DATE", "2014-10")],
        id="web-hyphenated-participle-is-no-past",
    ),
    pytest.param(
        "Ms. Doe was re-elected on Tuesday.",
        dt.date(2014, 9, 17),
        [("Tuesday", "DATE", "2014-09-16")],
        id="web-re-elected-stays-past",
    ),
    pytest.param(
        'The network will end its program "Talk To Me" on Aug. 1, the company said on Tuesday.',
        dt.date(2014, 5, 20),
        [("Aug. 1", "DATE", "2014-08-01"), ("Tuesday", "DATE", "2014-05-20")],
        id="web-quoted-title-is-no-clause-edge",
    ),
    pytest.param(
        "The senator said her rival in '16 would be tougher than the one she beat back in ’08.",
        dt.date(2012, 12, 10),
        [("'16", "DATE", "2016"), ("’08", "DATE", "2008")],
        id="web-apostrophe-years",
    ),
    pytest.param(
        "The '08 campaign was long.",
        dt.date(2012, 12, 10),
        [("'08", "DATE", "2008")],
        id="web-apostrophe-year-before-a-noun",
    ),
    pytest.param(
        "The new show starts at 12:00 noon and ends at 12 midnight.",
        dt.date(2013, 3, 29),
        [("12:00 noon", "TIME", "2013-03-29T12:00"), ("12 midnight", "TIME", "2013-03-29T00:00")],
        id="web-twelve-noon-is-one-time",
    ),
    pytest.param(
        "The town raised its wage and set an increase every January.",
        dt.date(2014, 12, 31),
        [("every January", "SET", "XXXX-01")],
        id="web-every-january-is-a-set",
    ),
    pytest.param(
        "The new laws taking effect this January cover wages.",
        dt.date(2016, 12, 30),
        [("this January", "DATE", "2017-01")],
        id="web-this-january-in-late-december-is-next",
    ),
    pytest.param(
        "Sales fell this January, the chain said.",
        dt.date(2016, 12, 30),
        [("this January", "DATE", "2016-01")],
        id="web-this-january-in-a-past-clause-stays",
    ),
    pytest.param(
        "On Tuesday, officials in Eastland also threatened to scrap the truce.",
        dt.date(2013, 3, 7),  # a Thursday
        [("Tuesday", "DATE", "2013-03-05")],
        id="web-threatened-to-after-the-day-is-past",
    ),
    pytest.param(
        "The minister vowed to strike back on Friday.",
        dt.date(2013, 3, 7),
        [("Friday", "DATE", "2013-03-08")],
        id="web-vowed-to-before-the-day-looks-ahead",
    ),
    pytest.param(
        "As senators left the capital to begin their recess on Thursday, hopes faded.",
        dt.date(2013, 3, 1),  # a Friday
        [("Thursday", "DATE", "2013-02-28")],
        id="web-purpose-infinitive-after-a-past-verb",
    ),
    pytest.param(
        "The council agreed to meet on Monday.",
        dt.date(2013, 3, 1),
        [("Monday", "DATE", "2013-03-04")],
        id="web-agreed-to-meet-looks-ahead",
    ),
    pytest.param(
        "A deal is unlikely, with the council out of town for the weekend.",
        dt.date(2013, 3, 1),
        [("the weekend", "DATE", "2013-W09-WE")],
        id="web-the-weekend-on-a-friday-is-the-coming-one",
    ),
    pytest.param(
        "Doe spent the weekend in Carver City.",
        dt.date(2013, 3, 1),
        [("the weekend", "DATE", "2013-W08-WE")],
        id="web-the-weekend-on-a-friday-in-the-past",
    ),
    pytest.param(
        "Updated 2013 - 01:14\nApril 4 - The agency said so.",
        dt.date(2013, 4, 4),
        [("2013", "DATE", "2013"), ("April 4", "DATE", "2013-04-04")],
        id="web-clock-minutes-are-no-day-of-a-month",
    ),
    pytest.param(
        "Brent crude for January delivery fell $1, and oil for delivery in February slid.",
        dt.date(2015, 12, 7),
        [("January", "DATE", "2016-01"), ("February", "DATE", "2016-02")],
        id="web-futures-delivery-month-is-ahead",
    ),
    pytest.param(
        "The spread was $3.31, against $3.03 at close of trade on Friday.",
        dt.date(2015, 12, 7),  # a Monday
        [("Friday", "DATE", "2015-12-04")],
        id="web-close-of-trade-is-no-timetable",
    ),
    pytest.param(
        "The bishop will lead Palm Sunday mass and the Holy Thursday rite before Easter.",
        dt.date(2013, 3, 10),
        [
            ("Palm Sunday", "DATE", "2013-03-24"),
            ("Holy Thursday", "DATE", "2013-03-28"),
            ("Easter", "DATE", "2013-03-31"),
        ],
        id="web-feasts-around-easter",
    ),
    pytest.param(
        "She spoke in Selma on Martin Luther King Day and again on Presidents' Day.",
        dt.date(2013, 3, 10),
        [
            ("Martin Luther King Day", "DATE", "2013-01-21"),
            ("Presidents' Day", "DATE", "2013-02-18"),
        ],
        id="web-federal-holidays-on-mondays",
    ),
    pytest.param(
        "A stretch of winter weather is moving east, and in the winter the pass closes.",
        dt.date(2013, 11, 26),
        [("the winter", "DATE", "2013-WI")],
        id="web-winter-weather-is-a-kind",
    ),
    pytest.param(
        "Sales rose in the second quarter from a year ago. The chain, which went public less "
        "than a year ago, gained.",
        dt.date(2013, 7, 9),
        [
            ("the second quarter", "DATE", "2013-Q2"),
            ("a year ago", "DATE", "2012-Q2"),
            ("less than a year ago", "DATE", "2012"),
        ],
        id="web-approximate-year-ago-is-no-quarter",
    ),
    pytest.param(
        "The search was paused on Tuesday due to adverse weather, and the game on Monday due "
        "to rain.",
        dt.date(2014, 3, 26),  # a Wednesday
        [("Tuesday", "DATE", "2014-03-25"), ("Monday", "DATE", "2014-03-24")],
        id="web-due-to-a-cause-is-no-timetable",
    ),
    pytest.param(
        "The ship is due to arrive on Tuesday.",
        dt.date(2014, 3, 26),
        [("Tuesday", "DATE", "2014-04-01")],
        id="web-due-to-arrive-looks-ahead",
    ),
    pytest.param(
        "FILE - In this Thursday, Nov. 29, 2012 file photo, a street lies in ruins.",
        dt.date(2014, 1, 14),
        [("Thursday, Nov. 29, 2012", "DATE", "2012-11-29")],
        id="web-caption-this-weekday-and-date",
    ),
    pytest.param(
        "Senators leave town for the holiday weekend.",
        dt.date(2013, 7, 6),  # a Saturday
        [("the holiday weekend", "DATE", "2013-W27-WE")],
        id="web-the-holiday-weekend",
    ),
    pytest.param(
        "Job cuts, which will total around 46,000, started in late January.",
        dt.date(2013, 3, 8),
        [("late January", "DATE", "2013-01")],
        id="web-count-before-a-comma-is-no-adjective-maker",
    ),
    pytest.param(
        "The agency will release the report at 8:30 a.m. EST Friday March 8, 2013.",
        dt.date(2013, 3, 8),
        [
            ("8:30 a.m. EST", "TIME", "2013-03-08T08:30-05:00"),
            ("Friday March 8, 2013", "DATE", "2013-03-08"),
        ],
        id="web-clock-leaves-the-weekday-to-its-date",
    ),
    pytest.param(
        "The blasts recalled the September 11, 2001 attacks. The photo was taken at 2:37 p.m.",
        dt.date(2013, 4, 18),
        [("September 11, 2001", "DATE", "2001-09-11"), ("2:37 p.m", "TIME", "2013-04-18T14:37")],
        id="web-a-historic-day-anchors-no-later-clock",
    ),
    pytest.param(
        "On September 11, 2001, at 8:46 a.m., a plane hit the tower.",
        dt.date(2013, 4, 18),
        [("September 11, 2001, at 8:46 a.m.", "TIME", "2001-09-11T08:46")],
        id="web-a-historic-day-keeps-its-own-clock",
    ),
    pytest.param(
        "The funeral is set to begin on Friday, as thousands of mourners from across the "
        "country and abroad have come to the academy in the capital after a long procession "
        "on Tuesday.",
        dt.date(2013, 3, 7),  # a Thursday
        [("Friday", "DATE", "2013-03-08"), ("Tuesday", "DATE", "2013-03-05")],
        id="web-a-coming-day-far-back-sets-no-direction",
    ),
    pytest.param(
        "It was over in a couple seconds, and the rule waits a couple more months.",
        dt.date(2013, 5, 12),
        [("a couple seconds", "DURATION", "PT2S"), ("a couple more months", "DURATION", "P2M")],
        id="web-a-couple-without-of",
    ),
    pytest.param(
        "The firm expects that shareholders will have received the cash by early March.",
        dt.date(2013, 12, 10),
        [("early March", "DATE", "2014-03")],
        id="web-future-perfect-is-no-past",
    ),
    pytest.param(
        "The sale should close in late February, after which it aims for payments on March 4.",
        dt.date(2013, 12, 10),
        [("late February", "DATE", "2014-02"), ("March 4", "DATE", "2014-03-04")],
        id="web-aims-for-looks-ahead",
    ),
    pytest.param(
        "From 29 April the scheme is trialled in Carver, before rolling out in July.",
        dt.date(2013, 4, 18),
        [("29 April", "DATE", "2013-04-29"), ("July", "DATE", "2013-07")],
        id="web-a-month-after-a-coming-day-is-ahead",
    ),
    pytest.param(
        "The last drop came in the third quarter of 2011. Profit could fall to $10 a share, "
        "below the $12 of a year earlier.",
        dt.date(2013, 4, 9),
        [("the third quarter of 2011", "DATE", "2011-Q3"), ("a year earlier", "DATE", "2012")],
        id="web-a-quarter-of-history-is-no-story-quarter",
    ),
    pytest.param(
        "Earnings season gets started Monday, when Alcoa reports results.",
        dt.date(2013, 7, 7),  # a Sunday
        [("Monday", "DATE", "2013-07-08")],
        id="web-gets-started-is-a-timetable",
    ),
    pytest.param(
        "The future king spoke. In the past it was different.",
        dt.date(2012, 11, 30),
        [("the past", "DATE", "PAST_REF")],
        id="web-the-future-king-is-no-future-ref",
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), WEB_NEWS)
def test_web_news(text: str, reference: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, reference) == expected


def test_web_the_past_season_is_one_expression() -> None:
    # "the past season" (of hurricanes, of a league) is no PAST_REF on "the past"; which
    # season it is the calendar cannot say, so only the extent and the type are checked
    found = _found("The past season was the busiest on record.", dt.date(2012, 11, 30))
    assert [(text, type_) for text, type_, _ in found] == [("The past season", "DATE")]


WEB_NOT_DATES = [
    pytest.param("The Mail on Sunday reported the claim.", id="web-mail-on-sunday"),
    pytest.param("He was filmed by the Sun on Sunday.", id="web-sun-on-sunday"),
    pytest.param("He rated the film '12 out of 10' in his notes.", id="web-apostrophe-count"),
    pytest.param(
        "The minister told BBC Radio 4's Today programme the plan works.", id="web-today-programme"
    ),
    pytest.param("The Russell 2000 index closed at a record.", id="web-russell-2000"),
]


@pytest.mark.parametrize("text", WEB_NOT_DATES)
def test_web_not_dates(text: str) -> None:
    assert _found(text, dt.date(2013, 11, 29)) == []
