"""Flat records (one dict per quote) for CSV files and data frames."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from attribution._results import Article

__all__ = ["to_dataframe", "to_records"]


def to_records(article: Article) -> list[dict[str, Any]]:
    """One flat dict per quote: the quote, its speaker, its source and its statement date."""
    records = []
    for quote in article.quotes:
        source = article.source_of(quote)
        date = article.date_of(quote)
        records.append(
            {
                "article_id": article.id,
                "quote_id": quote.id,
                "kind": quote.kind,
                "text": quote.content.text,
                "start": quote.content.start,
                "end": quote.content.end,
                "cue": None if quote.cue is None else quote.cue.text,
                "cue_lemma": quote.cue_lemma,
                "cue_category": quote.cue_category,
                "speaker": None if quote.speaker is None else quote.speaker.text,
                "source_id": quote.source,
                "source_name": None if source is None else source.name,
                "source_kind": None if source is None else source.kind,
                "anonymous": None if source is None else source.anonymous,
                "date": None if date is None else date.value,
                "confidence": quote.confidence,
            }
        )
    return records


def to_dataframe(articles: Iterable[Article]) -> pandas.DataFrame:
    """The records of ``articles`` as one DataFrame (``pip install news-attribution[pandas]``)."""
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_dataframe needs pandas: pip install 'news-attribution[pandas]'"
        ) from exc
    return pandas.DataFrame([record for article in articles for record in to_records(article)])
