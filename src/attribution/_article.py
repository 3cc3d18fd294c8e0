"""Assemble an Article from a text: quotes, their sources, the dates, and when each was said."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from attribution._dates import find_dates, link_statement_dates
from attribution._layout import lay_out
from attribution._published import detect_published, published_mention, reference_of
from attribution._quotes import find_attributions
from attribution._results import Article, reslice
from attribution._sources import resolve_sources

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["build_article"]


def build_article(
    text: str,
    *,
    doc: Doc | None = None,
    published: dt.date | dt.datetime | None = None,
    article_id: str | None = None,
) -> Article:
    """Run every extractor over ``text`` and tie their results together by id.

    The rules read the text as :func:`attribution._layout.lay_out` gives it (hard-wrapped
    lines joined, spaced marks tightened: same length, same offsets).
    ``doc`` is the spaCy Doc of the same text when a pipeline made one; what a trained pipeline
    adds to it (entities) is used where it helps.
    """
    layout = lay_out(text)
    laid_out = layout.text
    published_date = (
        published_mention(published) if published is not None else detect_published(laid_out)
    )
    dates = find_dates(laid_out, reference=reference_of(published_date), doc=doc)
    quotes = find_attributions(laid_out, doc=doc)
    sources, quotes = resolve_sources(laid_out, quotes, doc=doc)
    quotes = link_statement_dates(laid_out, quotes, dates)
    article = Article(
        text=text,
        id=article_id,
        published=published_date,
        quotes=quotes,
        sources=sources,
        dates=dates,
    )
    if laid_out is not text:
        reslice(
            article.spans(),
            text,
            moved_openings=layout.moved_openings,
            moved_closings=layout.moved_closings,
        )
    return article
