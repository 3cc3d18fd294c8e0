"""TIMEX3 values as Python objects: a date, a datetime, a (first, last) day range, a duration."""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["to_python"]

PythonValue = dt.date | dt.datetime | tuple[dt.date, dt.date] | dt.timedelta | None

_FORMS = re.compile(
    r"""
    (?P<day>\d{4}-\d\d-\d\d)(?:T(?P<part>MO|AF|EV|NI|DT))?$        # 2016-03-07, 2016-03-07TNI
  | (?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:[+-]\d\d:\d\d)?)$  # 2016-03-08T09:30+03:00
  | (?P<wyear>\d{4})-W(?P<week>\d\d?)(?P<we>-WE)?$                   # 2013-W11, 2016-W10-WE
  | (?P<myear>\d{4})-(?P<month>\d\d)$                                # 2016-03
  | (?P<syear>\d{4})-(?P<season>SP|SU|FA|WI)$                        # 2012-SU
  | (?P<qyear>\d{4})-(?P<half>[QH])(?P<n>[1-4])$                     # 2015-Q3, 2015-H1
  | (?P<year>\d{4})$                                                 # 2014
  | (?P<decade>\d{3})X$                                              # 199X
  | (?P<century>\d{2})(?:XX)?$                                       # 19, 19XX
  | P(?P<dnum>\d+(?:\.\d+)?)(?P<dunit>[DW])$                         # P3D, P2W
  | PT(?P<tnum>\d+(?:\.\d+)?)(?P<tunit>[HMS])$                       # PT48H, PT30M
    """,
    re.VERBOSE,
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_range(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """First day of ``first`` to last day of ``last`` (months past 12 roll into next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    final = calendar.monthrange(end_year, end_month)[1]
    return dt.date(year, first, 1), dt.date(end_year, end_month, final)


def to_python(value: str | None) -> PythonValue:
    """The value as Python, or None when it is partial (``XXXX-WXX-5``), vague or a set.

    Days (with or without a part of day) give a ``date``; clock times a ``datetime`` (aware
    when the value has an offset); weeks, weekends, months, seasons, quarters, halves, years,
    decades and centuries a ``(first, last)`` pair of dates; exact durations in days, weeks,
    hours, minutes or seconds a ``timedelta`` (months and years have no fixed length: None).
    """
    if value is None:
        return None
    match = _FORMS.match(value)
    if match is None:
        return None
    g = match.groupdict()
    try:
        if g["day"]:
            return dt.date.fromisoformat(g["day"])
        if g["time"]:
            return dt.datetime.fromisoformat(g["time"])
        if g["wyear"]:
            monday = dt.date.fromisocalendar(int(g["wyear"]), int(g["week"]), 1)
            if g["we"]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if g["myear"]:
            return _month_range(int(g["myear"]), int(g["month"]), int(g["month"]))
        if g["syear"]:
            return _month_range(int(g["syear"]), *_SEASON_MONTHS[g["season"]])
        if g["qyear"]:
            size = 3 if g["half"] == "Q" else 6
            first = (int(g["n"]) - 1) * size + 1
            return _month_range(int(g["qyear"]), first, first + size - 1)
        if g["year"]:
            return _month_range(int(g["year"]), 1, 12)
        if g["decade"]:
            return _month_range(int(g["decade"]) * 10, 1, 120)
        if g["century"]:
            return _month_range(int(g["century"]) * 100, 1, 1200)
        if g["dunit"]:
            return dt.timedelta(days=float(g["dnum"]) * (7 if g["dunit"] == "W" else 1))
        unit = {"H": "hours", "M": "minutes", "S": "seconds"}[g["tunit"]]
        return dt.timedelta(**{unit: float(g["tnum"])})
    except ValueError:
        return None
