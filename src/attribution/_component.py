"""The spaCy pipeline component ``attribution`` (registered by the spacy_factories entry point).

A thin component in the style of spaCy's ``span_ruler``: the extraction logic lives in
:func:`attribution._article.build_article`; the component only calls it and sets annotations:

* ``doc._.attribution`` (name configurable): the :class:`~attribution.Article` for the Doc,
  rebuilt by a getter from the JSON-able dict the component stores in ``doc.user_data``, so it
  survives ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=...)``;
* ``doc.spans["attribution_quotes"]`` and friends (prefix configurable): the results as labelled
  spaCy spans, which every spaCy serializer keeps.

The publication date of each Doc comes from ``doc.user_data["attribution.published"]``, else
from the ``as_tuples`` context (``{"published": ..., "id": ...}``), else from the article text.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from attribution._article import build_article
from attribution._errors import AttributionError, AttributionTypeError, AttributionValueError
from attribution._pipeline import check_length, tokenize
from attribution._results import Article, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "ARTICLE_KEY",
    "AttributionComponent",
    "DEFAULT_EXTENSION",
    "DEFAULT_SPANS_PREFIX",
    "ID_KEY",
    "PUBLISHED_KEY",
    "SPAN_GROUPS",
    "article_of",
    "make_attribution_component",
    "parse_with_component",
]

DEFAULT_EXTENSION = "attribution"
DEFAULT_SPANS_PREFIX = "attribution_"
# ``doc.user_data`` keys: the stored result (the Article's dict without its text, which is the
# Doc's text), and the two optional inputs a caller may set before the pipeline runs.
ARTICLE_KEY = "attribution.article"
PUBLISHED_KEY = "attribution.published"
ID_KEY = "attribution.id"
# The ``doc.spans`` groups written, after the prefix: group -> what its labels are.
SPAN_GROUPS = {
    "quotes": "quote kind: direct, mixed, indirect",
    "fragments": "quote kind of the quote the fragment belongs to",
    "cues": "cue category: speech, belief, perception, intention",
    "speakers": "source kind of the quote's source (unknown when unresolved)",
    "sources": "source kind: person, organization, media, group, document, unknown",
    "dates": "TIMEX3 type: DATE, TIME, DURATION, SET",
}

# The live Article per Doc, so that repeated ``doc._.attribution`` reads (and ``parse`` with a
# pipeline holding this component) do not rebuild it; keyed weakly, checked against the dict.
_LIVE: weakref.WeakKeyDictionary[Doc, tuple[object, Article]] = weakref.WeakKeyDictionary()


def article_of(doc: Doc) -> Article | None:
    """The Article the component stored on ``doc``, or None if it did not run on it.

    This is the getter of ``doc._.attribution``; a module-level function so that spaCy can
    send the extension to worker processes.
    """
    data = doc.user_data.get(ARTICLE_KEY)
    if data is None:
        return None
    live = _LIVE.get(doc)
    if live is not None and live[0] is data:
        return live[1]
    article = Article.from_dict({**data, "text": doc.text})
    _LIVE[doc] = (data, article)
    return article


def _store(doc: Doc, article: Article) -> None:
    data = article.to_dict()
    del data["text"]  # the Doc has it
    doc.user_data[ARTICLE_KEY] = data
    _LIVE[doc] = (data, article)


def _register_extension(name: str) -> None:
    if not isinstance(name, str):
        raise AttributionTypeError(f"extension must be a str, not {type(name).__name__}")
    if not name.isidentifier():
        raise AttributionValueError(f"extension={name!r} is not a valid attribute name")
    if Doc.has_extension(name):
        _default, _method, getter, _setter = Doc.get_extension(name)
        if getter is not article_of:
            raise AttributionError(
                f"Doc._.{name} is already registered by another extension; give the "
                f'attribution component another name: nlp.add_pipe("attribution", '
                f'config={{"extension": "{name}_article"}})'
            )
        return
    Doc.set_extension(name, getter=article_of)


def _input_date(doc: Doc) -> tuple[dt.date | dt.datetime | None, str | None]:
    """The publication date and id given for ``doc``: user_data first, then the context."""
    from attribution._api import coerce_date  # lazy: _api may import this module

    published: object = doc.user_data.get(PUBLISHED_KEY)
    article_id: object = doc.user_data.get(ID_KEY)
    context = doc._context
    if isinstance(context, Mapping):
        if published is None:
            published = context.get("published")
        if article_id is None:
            article_id = context.get("id")
    if article_id is not None and not isinstance(article_id, str):
        article_id = str(article_id)
    return coerce_date(published), article_id


class AttributionComponent:
    """Find who said what, and when, in each Doc, and set it as annotations."""

    def __init__(
        self,
        nlp: Language,
        name: str = "attribution",
        *,
        extension: str = DEFAULT_EXTENSION,
        spans_prefix: str = DEFAULT_SPANS_PREFIX,
    ) -> None:
        if not isinstance(spans_prefix, str):
            raise AttributionTypeError(
                f"spans_prefix must be a str, not {type(spans_prefix).__name__}"
            )
        _register_extension(extension)
        self.name = name
        self.extension = extension
        self.spans_prefix = spans_prefix

    @property
    def span_keys(self) -> dict[str, str]:
        """The ``doc.spans`` key of each group: ``{"quotes": "attribution_quotes", ...}``."""
        return {group: self.spans_prefix + group for group in SPAN_GROUPS}

    def __call__(self, doc: Doc) -> Doc:
        """Build the Article of ``doc``, store it and write its spans."""
        published, article_id = _input_date(doc)
        article = build_article(doc.text, doc=doc, published=published, article_id=article_id)
        _store(doc, article)
        self._set_spans(doc, article)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs (each Doc is independent; ``batch_size`` is unused)."""
        for doc in stream:
            yield self(doc)

    def _set_spans(self, doc: Doc, article: Article) -> None:
        groups: dict[str, list[SpacySpan]] = {group: [] for group in SPAN_GROUPS}

        def add(group: str, span: Span | None, label: str, span_id: str, kb_id: str = "") -> None:
            if span is None or span.end <= span.start:
                return
            made = doc.char_span(
                span.start,
                span.end,
                label=label,
                kb_id=kb_id,
                span_id=span_id,
                alignment_mode="expand",
            )
            if made is not None:
                groups[group].append(made)

        kinds = {source.id: source.kind for source in article.sources}
        for quote in article.quotes:
            source = quote.source or ""
            add("quotes", quote.content, quote.kind, quote.id, source)
            for fragment in quote.fragments:
                add("fragments", fragment, quote.kind, quote.id, source)
            add("cues", quote.cue, quote.cue_category, quote.id)
            add("speakers", quote.speaker, kinds.get(source, "unknown"), quote.id, source)
        for source_result in article.sources:
            for mention in source_result.mentions:
                add("sources", mention, source_result.kind, source_result.id, source_result.id)
        dates = article.dates if article.published is None else (article.published, *article.dates)
        for date in dates:
            add("dates", date.span, date.type, date.id, date.value or "")
        for group, spans in groups.items():
            doc.spans[self.spans_prefix + group] = spans


@Language.factory(
    "attribution",
    assigns=["doc.spans", f"doc._.{DEFAULT_EXTENSION}"],
    default_config={"extension": DEFAULT_EXTENSION, "spans_prefix": DEFAULT_SPANS_PREFIX},
)
def make_attribution_component(
    nlp: Language, name: str, extension: str, spans_prefix: str
) -> AttributionComponent:
    """Build the ``attribution`` component: ``nlp.add_pipe("attribution")``.

    ``extension`` names the Doc attribute holding the Article (default ``doc._.attribution``);
    ``spans_prefix`` starts the ``doc.spans`` keys (default ``attribution_quotes``, ...).
    """
    return AttributionComponent(nlp, name, extension=extension, spans_prefix=spans_prefix)


def parse_with_component(
    text: str,
    nlp: Language,
    *,
    published: dt.date | dt.datetime | None = None,
    article_id: str | None = None,
) -> Article | None:
    """Run ``nlp`` once over ``text`` and return the Article its component stored.

    None when ``nlp`` has no enabled ``attribution`` component: the caller then builds the
    Article from the Doc itself. This keeps ``parse(text, nlp=...)`` from computing twice.
    """
    if not any(isinstance(pipe, AttributionComponent) for _name, pipe in nlp.pipeline):
        return None
    check_length(text, nlp)
    doc = tokenize(nlp, text)
    if published is not None:
        doc.user_data[PUBLISHED_KEY] = published.isoformat()
    if article_id is not None:
        doc.user_data[ID_KEY] = article_id
    return article_of(nlp(doc))
