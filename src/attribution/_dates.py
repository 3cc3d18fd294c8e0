"""Temporal expressions: find them, type them, normalize them against a reference date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attribution._results import DateMention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_dates", "link_statement_dates"]


def find_dates(
    text: str, *, reference: dt.date | dt.datetime | None = None, doc: Doc | None = None
) -> tuple[DateMention, ...]:
    """Every temporal expression in ``text``, ids ``d1``, ``d2``, ... in text order."""
    return ()


def link_statement_dates(
    text: str, quotes: Sequence[Quote], dates: Sequence[DateMention]
) -> tuple[Quote, ...]:
    """Set each quote's ``date`` to the mention that dates its speech act ("said Friday")."""
    return tuple(quotes)
