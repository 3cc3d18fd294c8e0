"""The typed results: frozen, keyword-only attrs classes holding plain values.

Every offset is a character (code point) offset into the article text, end-exclusive, and every
span's ``text`` equals ``article_text[start:end]``. ``Article.to_dict`` gives the JSON contract
(schema ``attribution/1``, shipped as ``attribution/schema.json``); ``Article.from_dict`` reads it
back so that ``Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a``.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, get_args

import attrs

from attribution._errors import AttributionValueError

if TYPE_CHECKING:
    import pandas

__all__ = [
    "SCHEMA",
    "Article",
    "CueCategory",
    "DateMention",
    "DateType",
    "Quote",
    "QuoteKind",
    "Source",
    "SourceKind",
    "Span",
]

SCHEMA = "attribution/1"

QuoteKind = Literal["direct", "mixed", "indirect"]
CueCategory = Literal["speech", "belief", "perception", "intention"]
SourceKind = Literal["person", "organization", "media", "group", "document", "unknown"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]

_T = TypeVar("_T")


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _quotes(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(items)


def _sources(items: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(items)


def _dates(items: Iterable[DateMention]) -> tuple[DateMention, ...]:
    return tuple(items)


def _one_of(literal: Any) -> Any:
    return attrs.validators.in_(frozenset(get_args(literal)))


def _optional_str() -> Any:
    return attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )


# Pickling. attrs pickles an instance as a dict of its fields and sets them back one by one
# through a Python ``__setstate__``; ``parse_many`` ships Articles from worker processes to the
# caller's, where that cost 7-12% of the parse. Each class instead reduces to
# ``(_rebuild, (cls, values))``: a tuple of its field values in attrs order, set straight into
# the new instance's slots (the values were checked and converted when the original was built,
# as ``__init__`` is never run by unpickling anyway). Spans, the most numerous objects, have
# their own constructor. Equality, hashing and frozenness are those of the original. A
# subclass (with fields or slots of its own, maybe) pickles the attrs way.

_new = object.__new__

# For each result class, its field values read as a tuple, and each field's slot setter, in
# attrs order (filled at the end of the module).
_Layout = tuple[Callable[[Any], tuple[Any, ...]], tuple[Callable[[Any, Any], None], ...]]
_layouts: dict[type, _Layout] = {}


def _reduce(self: Any) -> tuple[Any, ...]:
    cls = type(self)
    layout = _layouts.get(cls)
    if layout is None:  # a subclass: a blank instance, then attrs' __setstate__
        return _new, (cls,), self.__getstate__()
    return _rebuild, (cls, layout[0](self))


def _rebuild(cls: type[_T], values: tuple[Any, ...]) -> _T:
    """An instance of ``cls`` holding ``values`` (see :func:`_reduce`), without ``__init__``."""
    item = _new(cls)
    for set_field, value in zip(_layouts[cls][1], values, strict=True):
        set_field(item, value)
    return item


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of the article: ``text == article_text[start:end]``."""

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    text: str

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise AttributionValueError(f"span end {value} is before its start {self.start}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        if cls is Span and 0 <= start <= end:
            # The checks of ``__init__``, done here: the extractors make about 75 spans per
            # article, and the validators cost two thirds of each.
            return _span(start, end, text[start:end])
        return cls(start=start, end=end, text=text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce__(self) -> tuple[Any, ...]:
        if type(self) is Span:
            return _span, (self.start, self.end, self.text)
        return _reduce(self)


_set_start, _set_end, _set_text = (vars(Span)[name].__set__ for name in ("start", "end", "text"))


def _span(start: int, end: int, text: str) -> Span:
    """A Span of checked values, for unpickling and :meth:`Span.of` (a third of the time of
    ``Span(...)``)."""
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span


def reslice(
    spans: Iterable[Span],
    text: str,
    *,
    moved_openings: Collection[int] = (),
    moved_closings: Collection[int] = (),
) -> None:
    """Give each span the text ``text[start:end]``.

    For spans just found in a copy of ``text`` of the same length with its layout changed
    (:mod:`attribution._layout`): their offsets hold, but for a span that starts at an opening
    mark moved one character on, or ends with a closing mark moved one back; it is put back on
    the mark as typed. Their text must be the caller's.
    """
    for span in spans:
        start, end = span.start, span.end
        if start in moved_openings:
            _set_start(span, start - 1)
        if end - 1 in moved_closings:
            _set_end(span, end + 1)
        _set_text(span, text[span.start : span.end])


def _span_or_none(data: Any) -> Span | None:
    return None if data is None else Span.from_dict(data)


def _dict_or_none(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict()


@attrs.frozen(kw_only=True)
class Quote:
    """One attributed statement: direct, mixed or indirect (reported) speech, or a belief.

    ``content`` is the whole extent. ``fragments`` are the pieces that are the speaker's words:
    for a ``direct`` quote each quoted passage with its marks ("A," she said, "B." gives two);
    for a ``mixed`` quote the quoted words inside the reported clause; for an ``indirect`` quote
    the content itself. ``speaker`` is the mention as written next to the cue; ``source`` and
    ``date`` are ids of the article's :class:`Source` and :class:`DateMention`.
    """

    id: str
    kind: QuoteKind = attrs.field(validator=_one_of(QuoteKind))
    content: Span
    fragments: tuple[Span, ...] = attrs.field(converter=_spans)
    cue: Span | None = None
    cue_lemma: str | None = _optional_str()
    cue_category: CueCategory = attrs.field(default="speech", validator=_one_of(CueCategory))
    addressee: Span | None = None
    speaker: Span | None = None
    source: str | None = _optional_str()
    date: str | None = _optional_str()
    confidence: float = attrs.field(default=1.0, converter=float)

    __reduce__ = _reduce

    @confidence.validator
    def _check_confidence(self, _attribute: attrs.Attribute[float], value: float) -> None:
        if not 0.0 <= value <= 1.0:
            raise AttributionValueError(f"confidence must be in 0..1, not {value}")

    @property
    def text(self) -> str:
        """The content's text."""
        return self.content.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": self.content.to_dict(),
            "fragments": [f.to_dict() for f in self.fragments],
            "cue": _dict_or_none(self.cue),
            "cue_lemma": self.cue_lemma,
            "cue_category": self.cue_category,
            "addressee": _dict_or_none(self.addressee),
            "speaker": _dict_or_none(self.speaker),
            "source": self.source,
            "date": self.date,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        return cls(
            id=data["id"],
            kind=data["kind"],
            content=Span.from_dict(data["content"]),
            fragments=tuple(Span.from_dict(f) for f in data["fragments"]),
            cue=_span_or_none(data.get("cue")),
            cue_lemma=data.get("cue_lemma"),
            cue_category=data.get("cue_category", "speech"),
            addressee=_span_or_none(data.get("addressee")),
            speaker=_span_or_none(data.get("speaker")),
            source=data.get("source"),
            date=data.get("date"),
            confidence=data.get("confidence", 1.0),
        )


@attrs.frozen(kw_only=True)
class Source:
    """One real-world source of statements, with every mention of it in the article.

    Descriptors are ``None`` when the text does not give them. ``specificity`` rates how well an
    anonymous source is described, from 0 ("sources said") to 4 (affiliation, seniority, how the
    source knows and why anonymity was granted); see ``docs/sources.md``.
    """

    id: str
    name: str
    kind: SourceKind = attrs.field(validator=_one_of(SourceKind))
    anonymous: bool = False
    plural: bool = False
    count: int | None = None
    title: str | None = _optional_str()
    affiliation: str | None = _optional_str()
    country: str | None = _optional_str()
    seniority: str | None = _optional_str()
    status: str | None = _optional_str()
    anonymity_reason: Span | None = None
    knowledge_basis: Span | None = None
    specificity: int | None = None
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "anonymous": self.anonymous,
            "plural": self.plural,
            "count": self.count,
            "title": self.title,
            "affiliation": self.affiliation,
            "country": self.country,
            "seniority": self.seniority,
            "status": self.status,
            "anonymity_reason": _dict_or_none(self.anonymity_reason),
            "knowledge_basis": _dict_or_none(self.knowledge_basis),
            "specificity": self.specificity,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data["kind"],
            anonymous=bool(data.get("anonymous", False)),
            plural=bool(data.get("plural", False)),
            count=data.get("count"),
            title=data.get("title"),
            affiliation=data.get("affiliation"),
            country=data.get("country"),
            seniority=data.get("seniority"),
            status=data.get("status"),
            anonymity_reason=_span_or_none(data.get("anonymity_reason")),
            knowledge_basis=_span_or_none(data.get("knowledge_basis")),
            specificity=data.get("specificity"),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
        )


@attrs.frozen(kw_only=True)
class DateMention:
    """A temporal expression with its TIMEX3 type and value.

    ``value`` is TIMEX3 style ("2016-03-04", "2016-W09", "2016-03-07TNI", "P12Y",
    "PRESENT_REF", "XXXX-WXX-5" when there was no anchor), or None when it could not be
    normalized. ``span`` is None only for a publication date given by the caller.
    """

    id: str
    span: Span | None
    type: DateType = attrs.field(validator=_one_of(DateType))
    value: str | None = _optional_str()

    __reduce__ = _reduce

    def to_python(self) -> dt.date | dt.datetime | tuple[dt.date, dt.date] | dt.timedelta | None:
        """The value as Python: a date, a datetime, a (first, last) day range, a duration.

        None when the value is partial, vague or a set.
        """
        from attribution._timex import to_python

        return to_python(self.value)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": _dict_or_none(self.span),
            "type": self.type,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateMention:
        return cls(
            id=data["id"],
            span=_span_or_none(data.get("span")),
            type=data["type"],
            value=data.get("value"),
        )


def _find(items: tuple[_T, ...], item_id: str) -> _T | None:
    """The item with ``item_id``: O(1) for the ``s1, s2, ...`` ids the extractor assigns."""
    position = item_id[1:]
    if position.isdecimal() and 0 < int(position) <= len(items):
        item = items[int(position) - 1]
        if cast(Any, item).id == item_id:
            return item
    return next((item for item in items if cast(Any, item).id == item_id), None)


@attrs.frozen(kw_only=True)
class Article:
    """Everything found in one article: its quotes, their sources, and its dates."""

    text: str
    id: str | None = _optional_str()
    published: DateMention | None = None
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=_dates)

    __reduce__ = _reduce

    def source_of(self, quote: Quote) -> Source | None:
        """The resolved source of ``quote``, or None."""
        if quote.source is None:
            return None
        return _find(self.sources, quote.source)

    def date_of(self, quote: Quote) -> DateMention | None:
        """When ``quote`` was said, as a date mention, or None."""
        if quote.date is None:
            return None
        if self.published is not None and quote.date == self.published.id:
            return self.published
        return _find(self.dates, quote.date)

    def quotes_by(self, source: Source | str) -> tuple[Quote, ...]:
        """The quotes attributed to ``source`` (a Source or its id), in text order."""
        source_id = source if isinstance(source, str) else source.id
        return tuple(q for q in self.quotes if q.source == source_id)

    def spans(self) -> Iterator[Span]:
        """Every span in the article's results (for checks and renderers)."""
        if self.published is not None and self.published.span is not None:
            yield self.published.span
        for quote in self.quotes:
            yield quote.content
            yield from quote.fragments
            for span in (quote.cue, quote.addressee, quote.speaker):
                if span is not None:
                    yield span
        for source in self.sources:
            yield from source.mentions
            for span in (source.anonymity_reason, source.knowledge_basis):
                if span is not None:
                    yield span
        for date in self.dates:
            if date.span is not None:
                yield date.span

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (schema ``attribution/1``): plain dicts, lists, str, int, float."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "text": self.text,
            "published": None if self.published is None else self.published.to_dict(),
            "quotes": [q.to_dict() for q in self.quotes],
            "sources": [s.to_dict() for s in self.sources],
            "dates": [d.to_dict() for d in self.dates],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read back what :meth:`to_dict` wrote; a malformed mapping raises ValueError."""
        try:
            if data.get("schema") != SCHEMA:
                raise AttributionValueError(
                    f"expected schema {SCHEMA!r}, got {data.get('schema')!r}"
                )
            published = data.get("published")
            article = cls(
                text=data["text"],
                id=data.get("id"),
                published=None if published is None else DateMention.from_dict(published),
                quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
                sources=tuple(Source.from_dict(s) for s in data.get("sources", ())),
                dates=tuple(DateMention.from_dict(d) for d in data.get("dates", ())),
            )
        except AttributionValueError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise AttributionValueError(f"not an attribution/1 article dict: {exc!r}") from exc
        for span in article.spans():
            if article.text[span.start : span.end] != span.text or span.end > len(article.text):
                raise AttributionValueError(f"span {span} does not match the article text")
        return article

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per quote, for CSV files and data frames."""
        from attribution._records import to_records

        return to_records(self)

    def to_dataframe(self) -> pandas.DataFrame:
        """The records as a pandas DataFrame (needs the ``pandas`` extra)."""
        from attribution._records import to_dataframe

        return to_dataframe([self])


for _cls in (Quote, Source, DateMention, Article):
    _names = [field.name for field in attrs.fields(_cls)]
    _setters = tuple(vars(_cls)[name].__set__ for name in _names)
    _layouts[_cls] = (operator.attrgetter(*_names), _setters)
del _cls, _names, _setters
