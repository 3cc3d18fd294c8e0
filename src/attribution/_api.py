"""The public entry points: check the arguments, run the pipeline, assemble the Article."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import TYPE_CHECKING

from attribution._article import build_article
from attribution._errors import AttributionTypeError, AttributionValueError, AttributionWarning
from attribution._layout import lay_out
from attribution._pipeline import has_surrogates, make_doc
from attribution._results import reslice

if TYPE_CHECKING:
    from spacy.language import Language

    from attribution._results import Article, DateMention, Quote, Source

__all__ = [
    "DateLike",
    "check_text",
    "coerce_date",
    "find_dates",
    "find_quotes",
    "find_sources",
    "parse",
]

DateLike = dt.date | dt.datetime | str


#: What UTF-8 punctuation (“ ” ’ — …) reads as when decoded as Windows-1252: "â€" and a byte.
_MISDECODED = "â€"
#: Mis-decoded punctuation seen this many times makes a warning (once could be a name).
_MISDECODED_MIN = 2


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a TypeError that says what to pass.

    Text whose punctuation was mis-decoded gives an :class:`AttributionWarning`: its quotation
    marks are gone, so its quotes would be missed without a word.
    """
    if isinstance(text, str):
        if _MISDECODED in text and text.count(_MISDECODED) >= _MISDECODED_MIN:
            warnings.warn(
                "text looks like UTF-8 decoded as Windows-1252 ('â€œ' for '“'): its quotation "
                "marks cannot be read; decode the bytes as UTF-8, or repair the text (e.g. "
                "ftfy.fix_text) before parsing",
                AttributionWarning,
                stacklevel=3,
            )
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise AttributionTypeError(
            "text must be str, not bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise AttributionTypeError(f"text must be str, not {type(text).__name__}")


def coerce_date(value: object, *, name: str = "published") -> dt.date | dt.datetime | None:
    """Accept a date, a datetime or an ISO 8601 string (``2016-03-08``, ``2016-03-08T09:30``)."""
    if value is None or isinstance(value, dt.date):  # datetime is a date too
        return value
    if isinstance(value, str):
        candidate = value.strip()
        if candidate.endswith(("Z", "z")):
            candidate = candidate[:-1] + "+00:00"
        try:
            if len(candidate) <= 10:
                return dt.date.fromisoformat(candidate)
            return dt.datetime.fromisoformat(candidate)
        except ValueError:
            raise AttributionValueError(
                f"{name}={value!r} is not an ISO 8601 date: pass e.g. '2016-03-08', "
                "'2016-03-08T09:30:00+00:00', a datetime.date or a datetime.datetime"
            ) from None
    raise AttributionTypeError(
        f"{name} must be a datetime.date, a datetime.datetime or an ISO 8601 string, "
        f"not {type(value).__name__}"
    )


def parse(
    text: str,
    *,
    published: DateLike | None = None,
    nlp: Language | None = None,
    id: str | None = None,
) -> Article:
    """Find who said what, and when, in one news article.

    ``published`` anchors relative dates ("said Friday"); when None it is read from the
    article's header or dateline if it has one. ``nlp`` is any spaCy pipeline; the default is
    ``spacy.blank("en")``, built once. ``id`` is stored on the Article for your records.

    >>> article = parse('"We will not back down," Maria Lopez said Friday.', published="2016-03-08")
    >>> [(q.kind, q.speaker.text, q.cue.text) for q in article.quotes]
    [('direct', 'Maria Lopez', 'said')]
    """
    checked = check_text(text)
    reference = coerce_date(published)
    if id is not None and not isinstance(id, str):
        raise AttributionTypeError(f"id must be str or None, not {type(id).__name__}")
    if nlp is not None:
        from attribution._component import parse_with_component  # lazy: keeps spaCy off import

        # The component reads doc.text, which cannot hold a lone surrogate: such a text takes
        # the path below, where the extractors read the original text.
        if not has_surrogates(checked):
            article = parse_with_component(checked, nlp, published=reference, article_id=id)
            if article is not None:
                return article
        doc = make_doc(checked, nlp)
        return build_article(checked, doc=doc, published=reference, article_id=id)
    # The default pipeline is spacy.blank("en"), whose Doc holds only tokens, and the rules
    # tokenize the text themselves: skip building a Doc that nothing would read.
    return build_article(checked, published=reference, article_id=id)


def find_quotes(
    text: str, *, published: DateLike | None = None, nlp: Language | None = None
) -> tuple[Quote, ...]:
    """The quotes of :func:`parse`, in text order."""
    return parse(text, published=published, nlp=nlp).quotes


def find_sources(
    text: str, *, published: DateLike | None = None, nlp: Language | None = None
) -> tuple[Source, ...]:
    """The distinct sources of :func:`parse`, in order of first mention."""
    return parse(text, published=published, nlp=nlp).sources


def find_dates(text: str, *, reference: DateLike | None = None) -> tuple[DateMention, ...]:
    """The temporal expressions in ``text``, normalized against ``reference``.

    >>> dates = find_dates("He met them last Friday.", reference="2016-03-08")
    >>> [(d.span.text, d.value) for d in dates]
    [('last Friday', '2016-03-04')]
    """
    from attribution._dates import find_dates as _find_dates

    checked = check_text(text)
    layout = lay_out(checked)
    dates = _find_dates(layout.text, reference=coerce_date(reference, name="reference"))
    if layout.text is not checked:
        reslice(
            (date.span for date in dates if date.span is not None),
            checked,
            moved_openings=layout.moved_openings,
            moved_closings=layout.moved_closings,
        )
    return dates
