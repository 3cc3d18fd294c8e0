"""The exceptions this package raises: one root, each also the builtin a caller would catch;
and the warning it gives when input will read poorly though it is no error."""

from __future__ import annotations

__all__ = [
    "AttributionError",
    "AttributionTypeError",
    "AttributionValueError",
    "AttributionWarning",
]


class AttributionError(Exception):
    """Root of every exception raised on purpose by this package."""


class AttributionTypeError(AttributionError, TypeError):
    """An argument has the wrong type, e.g. ``bytes`` or ``None`` passed as article text."""


class AttributionValueError(AttributionError, ValueError):
    """An argument has the right type but an unusable value, e.g. an unparseable date string."""


class AttributionWarning(UserWarning):
    """The input is valid but will read poorly, e.g. UTF-8 text decoded as Windows-1252
    (``â€œWe will,â€ she said``: no quotation marks left to read)."""
