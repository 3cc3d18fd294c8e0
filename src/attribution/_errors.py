"""The exceptions this package raises: one root, each also the builtin a caller would catch."""

from __future__ import annotations

__all__ = ["AttributionError", "AttributionTypeError", "AttributionValueError"]


class AttributionError(Exception):
    """Root of every exception raised on purpose by this package."""


class AttributionTypeError(AttributionError, TypeError):
    """An argument has the wrong type, e.g. ``bytes`` or ``None`` passed as article text."""


class AttributionValueError(AttributionError, ValueError):
    """An argument has the right type but an unusable value, e.g. an unparseable date string."""
