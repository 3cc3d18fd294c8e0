"""Assemble an Article from a Doc: quotes, their sources, the dates, and when each was said."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from attribution._dates import find_dates, link_statement_dates
from attribution._published import detect_published, published_mention, reference_of
from attribution._quotes import find_attributions
from attribution._results import Article
from attribution._sources import resolve_sources

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["build_article"]


def build_article(
    doc: Doc, *, published: dt.date | dt.datetime | None = None, article_id: str | None = None
) -> Article:
    """Run every extractor over ``doc`` and tie their results together by id."""
    text = doc.text
    published_date = (
        published_mention(published) if published is not None else detect_published(text)
    )
    dates = find_dates(text, reference=reference_of(published_date), doc=doc)
    quotes = find_attributions(text, doc=doc)
    sources, quotes = resolve_sources(doc, quotes, text=text)
    quotes = link_statement_dates(text, quotes, dates)
    return Article(
        text=text,
        id=article_id,
        published=published_date,
        quotes=quotes,
        sources=sources,
        dates=dates,
    )
