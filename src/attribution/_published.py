"""The publication date: given by the caller, or read from the article's header or dateline.

Rules (see docs/dates.md): only the header (the first 600 characters) is read. A labelled
date wins ("Published", "Posted", "First published", then "Updated"/"Last Updated"), else a
date standing on a line of its own, else a dateline date ("WASHINGTON, March 7, 2016 (AP) —").
The date must have a year; a clock time and zone next to it are kept ("2016-03-08T09:30+03:00").
"""

from __future__ import annotations

import datetime as dt
import re

from attribution._date_patterns import Candidate, find_candidates
from attribution._date_values import Context, normalize
from attribution._results import DateMention, Span

__all__ = ["PUBLISHED_ID", "detect_published", "published_mention", "reference_of"]

PUBLISHED_ID = "published"

#: How much of the article is header.
_HEADER = 600

_LABEL = re.compile(
    r"""
    (?P<first>(?:first\s+)?published|posted|date(?:d|line)?)  # the publication itself
  | (?P<updated>(?:last\s+)?updated|modified|revised)        # a later revision
    """,
    re.VERBOSE | re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(
    r"""
    (\d{1,2}):(\d\d)\s?([AaPp])\.?[Mm]\.?   # "5:14 PM"
    \s?\(?([A-Z]{2,4})?\)?,?\s*$            # " ET, " right before the date
    """,
    re.VERBOSE,
)
_LINE_ALONE = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Za-z .]*,[ \t]*)?$")
_DATELINE_AFTER = re.compile(r"""[ \t]*(?:\([A-Za-z .]+\)[ \t]*)?(?:[-—–_:]|$|\n)""")


def published_mention(value: dt.date | dt.datetime) -> DateMention:
    """The DateMention for a publication date the caller gave (it has no span in the text)."""
    if isinstance(value, dt.datetime):
        return DateMention(id=PUBLISHED_ID, span=None, type="TIME", value=value.isoformat())
    return DateMention(id=PUBLISHED_ID, span=None, type="DATE", value=value.isoformat())


#: The families that can give a date with a year (only they are looked for in the header).
_FULL_DATE_KINDS = frozenset({"calendar", "iso", "numeric"})


def _full_date(candidate: Candidate) -> bool:
    g = candidate.groups
    if candidate.kind == "calendar":
        return bool(g["year"] or g["year2"])
    return candidate.kind in ("iso", "numeric")


def _rank(text: str, candidate: Candidate) -> int | None:
    """0 for a labelled publication date, 1 updated, 2 a date line, 3 a dateline; None else."""
    before = text[max(0, candidate.start - 40) : candidate.start]
    line_start = before.rfind("\n") + 1
    labels = list(_LABEL.finditer(before, line_start))
    if labels:
        return 0 if labels[-1].group("first") else 1
    after = text[candidate.end : candidate.end + 40]
    if _LINE_ALONE.search(before) and re.match(r"[ \t]*(?:\n|$)", after):
        return 2
    if _DATELINE_AFTER.match(after):
        return 3
    return None


def detect_published(text: str) -> DateMention | None:
    """The publication date stated in the article's header, byline or dateline, if any."""
    header = text[:_HEADER]
    best: tuple[int, int, Candidate] | None = None
    for candidate in find_candidates(header, kinds=_FULL_DATE_KINDS):
        if not _full_date(candidate):
            continue
        rank = _rank(header, candidate)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, candidate.start, candidate)
    if best is None:
        return None
    candidate = best[2]
    found = normalize(candidate, Context(text=header, reference=None))
    if found is None or found.value is None:
        return None
    start, end, value, kind = found.start, found.end, found.value, found.type
    # A clock time just before the date: "Updated 5:14 PM ET, Tue March 22, 2016".
    if kind == "DATE":
        window = max(0, found.start - 30)
        clock = _CLOCK_BEFORE.search(header, window, found.start)
        if clock is not None:
            start = clock.start()
            hour = int(clock[1]) % 12 + (12 if clock[3].lower() == "p" else 0)
            value = _with_time(value, hour, int(clock[2]), clock[4])
            kind = "TIME"
    return DateMention(id=PUBLISHED_ID, span=Span.of(text, start, end), type=kind, value=value)


def _with_time(day: str, hour: int, minute: int, zone: str | None) -> str:
    from attribution._date_values import zone_offset

    date = dt.date.fromisoformat(day[:10])
    offset = zone_offset(zone, date) if zone else ""
    return f"{day[:10]}T{hour:02d}:{minute:02d}{offset}"


def reference_of(mention: DateMention | None) -> dt.date | dt.datetime | None:
    """The anchor for relative dates that a publication-date mention gives."""
    if mention is None or mention.value is None:
        return None
    try:
        if "T" in mention.value:
            return dt.datetime.fromisoformat(mention.value)
        return dt.date.fromisoformat(mention.value)
    except ValueError:
        return None
