"""TIMEX3 values as Python objects."""

from __future__ import annotations

import datetime as dt

__all__ = ["to_python"]


def to_python(
    value: str | None,
) -> dt.date | dt.datetime | tuple[dt.date, dt.date] | dt.timedelta | None:
    """A date for ``YYYY-MM-DD``, a datetime for a full time; None when partial or vague."""
    if value is None:
        return None
    try:
        if "T" in value and value[:4].isdigit():
            return dt.datetime.fromisoformat(value)
        if len(value) == 10 and value[:4].isdigit():
            return dt.date.fromisoformat(value)
    except ValueError:
        return None
    return None
