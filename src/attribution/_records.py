"""Flat records (one dict per quote) for CSV files and data frames.

The columns, in :data:`RECORD_FIELDS` order (a stable, documented contract; new columns are
only ever appended before ``published``/``confidence`` in a minor release and listed in the
changelog):

* the quote: ``article_id``, ``quote_id``, ``kind``, ``text`` (the whole content), ``start``,
  ``end``, ``fragments`` (the speaker's own words, joined by " … "), ``cue``, ``cue_lemma``,
  ``cue_category``, ``speaker`` with ``speaker_start`` and ``speaker_end``;
* its source: ``source_id``, ``source_name``, ``source_kind``, ``anonymous``, ``plural``,
  ``count``, and the descriptors ``title``, ``affiliation``, ``country``, ``seniority``,
  ``status``, ``specificity``, ``anonymity_reason``, ``knowledge_basis``;
* when it was said: ``date_id``, ``date_text``, ``date_type``, ``date_value``;
* the article's ``published`` value, and the quote's ``confidence``.

Missing values are None (empty in CSV).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas

    from attribution._results import Article

__all__ = ["FRAGMENT_SEPARATOR", "RECORD_FIELDS", "RECORD_TYPES", "to_dataframe", "to_records"]

RECORD_FIELDS = (
    "article_id",
    "quote_id",
    "kind",
    "text",
    "start",
    "end",
    "fragments",
    "cue",
    "cue_lemma",
    "cue_category",
    "speaker",
    "speaker_start",
    "speaker_end",
    "source_id",
    "source_name",
    "source_kind",
    "anonymous",
    "plural",
    "count",
    "title",
    "affiliation",
    "country",
    "seniority",
    "status",
    "specificity",
    "anonymity_reason",
    "knowledge_basis",
    "date_id",
    "date_text",
    "date_type",
    "date_value",
    "published",
    "confidence",
)

# The pandas dtype of each column that is not a string (nullable types: missing stays missing).
RECORD_TYPES = {
    "start": "Int64",
    "end": "Int64",
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "anonymous": "boolean",
    "plural": "boolean",
    "count": "Int64",
    "specificity": "Int64",
    "confidence": "Float64",
}

FRAGMENT_SEPARATOR = " … "


def to_records(article: Article) -> list[dict[str, Any]]:
    """One flat dict per quote, keys in :data:`RECORD_FIELDS` order.

    >>> import attribution
    >>> article = attribution.parse('"Not yet," Ann Ruiz said.', id="a1")
    >>> record = article.to_records()[0]
    >>> record["article_id"], record["kind"], record["speaker"], record["text"]
    ('a1', 'direct', 'Ann Ruiz', '"Not yet,"')
    """
    published = None if article.published is None else article.published.value
    records = []
    for quote in article.quotes:
        source = article.source_of(quote)
        date = article.date_of(quote)
        speaker = quote.speaker
        records.append(
            {
                "article_id": article.id,
                "quote_id": quote.id,
                "kind": quote.kind,
                "text": quote.content.text,
                "start": quote.content.start,
                "end": quote.content.end,
                "fragments": FRAGMENT_SEPARATOR.join(f.text for f in quote.fragments),
                "cue": None if quote.cue is None else quote.cue.text,
                "cue_lemma": quote.cue_lemma,
                "cue_category": quote.cue_category,
                "speaker": None if speaker is None else speaker.text,
                "speaker_start": None if speaker is None else speaker.start,
                "speaker_end": None if speaker is None else speaker.end,
                "source_id": None if source is None else source.id,
                "source_name": None if source is None else source.name,
                "source_kind": None if source is None else source.kind,
                "anonymous": None if source is None else source.anonymous,
                "plural": None if source is None else source.plural,
                "count": None if source is None else source.count,
                "title": None if source is None else source.title,
                "affiliation": None if source is None else source.affiliation,
                "country": None if source is None else source.country,
                "seniority": None if source is None else source.seniority,
                "status": None if source is None else source.status,
                "specificity": None if source is None else source.specificity,
                "anonymity_reason": None
                if source is None or source.anonymity_reason is None
                else source.anonymity_reason.text,
                "knowledge_basis": None
                if source is None or source.knowledge_basis is None
                else source.knowledge_basis.text,
                "date_id": None if date is None else date.id,
                "date_text": None if date is None or date.span is None else date.span.text,
                "date_type": None if date is None else date.type,
                "date_value": None if date is None else date.value,
                "published": published,
                "confidence": quote.confidence,
            }
        )
    return records


def to_dataframe(articles: Article | Iterable[Article]) -> pandas.DataFrame:
    """The records of ``articles`` as one DataFrame (``pip install news-attribution[pandas]``).

    Columns are :data:`RECORD_FIELDS`, typed with pandas' nullable dtypes (:data:`RECORD_TYPES`
    for numbers and flags, ``string`` for the rest), even when there is no quote at all.
    """
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "to_dataframe needs pandas: pip install 'news-attribution[pandas]'"
        ) from exc
    from attribution._results import Article

    items = [articles] if isinstance(articles, Article) else articles
    rows = [record for article in items for record in to_records(article)]
    frame = pandas.DataFrame(rows, columns=list(RECORD_FIELDS))
    return frame.astype({name: RECORD_TYPES.get(name, "string") for name in RECORD_FIELDS})
