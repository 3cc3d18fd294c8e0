"""Hypothesis strategies: hostile text, and news-like articles whose quotes we know.

Profiles: ``ci`` (the default: few examples, so the suite stays fast) and ``fuzz`` (many; run
with ``ATTRIBUTION_HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py``).
"""

from __future__ import annotations

import os
from typing import get_args

import attrs
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from attribution import Article, DateMention, Quote, Source, Span
from attribution._results import CueCategory, DateType, QuoteKind, SourceKind

__all__ = [
    "PROFILE",
    "GeneratedQuote",
    "NewsArticle",
    "any_texts",
    "hard_wrapped",
    "hostile_texts",
    "news_articles",
    "result_articles",
    "texts_without_surrogates",
]

settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,  # the same examples on every run: a red CI is never a fluke
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(os.environ.get("ATTRIBUTION_HYPOTHESIS_PROFILE", "ci"))

# Characters that break naive text handling, each with why it is here.
_TRICKY = [
    "\x00",  # NUL
    "\x07",  # a control character
    "\x1b",  # ESC, as in terminal colour codes
    "\r\n",  # CRLF line ends
    "\r",  # a lone CR
    "\u00a0",  # NBSP
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner (inside emoji sequences)
    "\ufeff",  # a BOM in the middle of the text
    "\u2028",  # LINE SEPARATOR, a line break to str.splitlines
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew (RTL)
    "\u0627\u0644\u0633\u0644\u0627\u0645",  # Arabic (RTL)
    "e\u0301",  # e + a combining acute accent
    "\u0301\u0301\u0301",  # combining marks with nothing to combine with
    "\U0001f600",  # an emoji outside the BMP
    "\U0001f469\u200d\U0001f4bb",  # an emoji ZWJ sequence
    "\U0001f1f9\U0001f1f7",  # a flag: two regional indicators
    "<p>",  # HTML fragments
    "</p>",
    "<br/>",
    '<a href="x">',
    "&amp;",
    "&#8220;",
    "“",  # quotation marks of every kind
    "”",
    '"',
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "``",
    "''",
    " said ",  # cue words and names, so that extractors get work to do
    " told reporters ",
    " according to ",
    "Maria Lopez",
    "officials",
    "\n\n",
    ", ",
    ". ",
    "Friday",
    "2016-03-08",
]

texts_without_surrogates = st.lists(
    st.one_of(
        st.sampled_from(_TRICKY),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=20),
    ),
    max_size=30,
).map("".join)
"""Any str with no lone surrogate (spaCy's tokenizer cannot hash those), heavy on the tricky."""

hostile_texts = st.one_of(
    texts_without_surrogates,
    st.text(max_size=200),
    st.lists(st.sampled_from([*_TRICKY, "\ud800", "\udfff"]), max_size=30).map("".join),
)
"""Any str at all: tricky pieces (lone surrogates too), or any code points."""

any_texts = st.text(max_size=200)
"""Any str at all, lone surrogates (U+D800..U+DFFF) included."""


@attrs.frozen(kw_only=True)
class GeneratedQuote:
    """A quote put in a generated article: its words, speaker and cue, and where they are."""

    content: str
    speaker: str
    cue: str
    content_start: int
    speaker_start: int


@attrs.frozen(kw_only=True)
class NewsArticle:
    """A generated article and the attributed quotes it holds."""

    text: str
    quotes: tuple[GeneratedQuote, ...]


_FIRST = ["Maria", "Kemal", "Ana", "David", "Aisha", "Tomas", "Yuki", "Grace"]
_LAST = ["Lopez", "Aydin", "Ruiz", "Okafor", "Novak", "Brennan", "Tanaka", "Haddad"]
_SUBJECTS = ["The talks", "The plan", "Our budget", "The new bridge", "This agreement"]
_PREDICATES = [
    "will go ahead",
    "is not dead yet",
    "was never on the table",
    "will cost more than expected",
    "cannot wait until spring",
]
_FILLER = [
    "The ministry gave no reply to our request for comment.",
    "Negotiations resumed in Geneva on Tuesday.",
    "The vote is expected next month.",
    "Prices rose 3 percent in March.",
    "Hundreds gathered outside the building.",
]
_HEADERS = ["", "March 8, 2016\n\n", "By Ana Ruiz\n\n"]
# A dateline that opens the first paragraph, on the line of the first quote.
_DATELINES = ["ANKARA, Turkey — ", "GENEVA (Reuters) - ", "WASHINGTON — "]

names = st.builds(
    lambda first, last: f"{first} {last}", st.sampled_from(_FIRST), st.sampled_from(_LAST)
)
sentences = st.builds(
    lambda subject, predicate: f"{subject} {predicate}",
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_PREDICATES),
)


@st.composite
def news_articles(draw: st.DrawFn, *, dateline: bool = False) -> NewsArticle:
    """Paragraphs of filler and attributed quotes: “<sentence>,” <Name> said.

    With ``dateline`` the first paragraph is a quote after a dateline ("ANKARA, Turkey — “...").
    """
    parts: list[str] = [draw(st.sampled_from(_HEADERS))]
    if dateline:
        parts.append(draw(st.sampled_from(_DATELINES)))
    quotes: list[GeneratedQuote] = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if draw(st.booleans()) and not (dateline and not quotes):
            parts.append(draw(st.sampled_from(_FILLER)) + "\n\n")
        sentence = draw(sentences)
        speaker = draw(names)
        cue = draw(st.sampled_from(["said", "says"]))
        offset = sum(map(len, parts))
        content = f"“{sentence},”"
        parts.append(f"{content} {speaker} {cue}.\n\n")
        quotes.append(
            GeneratedQuote(
                content=content,
                speaker=speaker,
                cue=cue,
                content_start=offset,
                speaker_start=offset + len(content) + 1,
            )
        )
    return NewsArticle(text="".join(parts).rstrip("\n"), quotes=tuple(quotes))


#: Widths of characters in a proportional font, in ems (others are 1, capitals 1.2).
_NARROW = dict.fromkeys("iljtf.,;:'!|() ", 0.5) | dict.fromkeys("mwMW", 1.4)


def hard_wrapped(text: str, width: float, *, proportional: bool = False) -> str:
    """``text`` with each line broken at its last space before ``width`` columns, as plain-text
    wire copy and e-mail are: each such space becomes a newline, so offsets hold.

    ``proportional`` measures the width in ems of a proportional font, as a PDF sets its
    lines: then the number of characters per line varies.
    """
    chars = list(text)
    column, last_space, at_space = 0.0, -1, 0.0
    for i, char in enumerate(text):
        if char == "\n":
            column, last_space = 0.0, -1
            continue
        if char == " ":
            last_space, at_space = i, column
        column += _NARROW.get(char, 1.2 if char.isupper() else 1.0) if proportional else 1.0
        if column > width and last_space >= 0:
            chars[last_space] = "\n"
            column, last_space = column - at_space - (_NARROW[" "] if proportional else 1.0), -1
    return "".join(chars)


_words = st.text(max_size=12)
_maybe_words = st.none() | _words


@st.composite
def _spans(draw: st.DrawFn, text: str) -> Span:
    """A span of ``text``, or now and then one whose text does not slice back (or runs past it)."""
    start = draw(st.integers(min_value=0, max_value=len(text) + 3))
    end = draw(st.integers(min_value=start, max_value=start + 12))
    own = draw(st.booleans())
    return Span(start=start, end=end, text=text[start:end] if own else draw(_words))


@st.composite
def result_articles(draw: st.DrawFn) -> Article:
    """Any Article the result classes accept: every field varied, None and empty included.

    Built directly, not by parsing, so that pickling and the JSON contract are tested on values
    the extractor never gives (spans that do not slice back, odd ids, every literal).
    """
    text = draw(texts_without_surrogates)
    spans = _spans(text)
    maybe_span = st.none() | spans
    quotes = st.builds(
        Quote,
        id=_words,
        kind=st.sampled_from(get_args(QuoteKind)),
        content=spans,
        fragments=st.lists(spans, max_size=3),
        cue=maybe_span,
        cue_lemma=_maybe_words,
        cue_category=st.sampled_from(get_args(CueCategory)),
        addressee=maybe_span,
        speaker=maybe_span,
        source=_maybe_words,
        date=_maybe_words,
        confidence=st.floats(min_value=0.0, max_value=1.0),
    )
    sources = st.builds(
        Source,
        id=_words,
        name=_words,
        kind=st.sampled_from(get_args(SourceKind)),
        anonymous=st.booleans(),
        plural=st.booleans(),
        count=st.none() | st.integers(min_value=0, max_value=1000),
        title=_maybe_words,
        affiliation=_maybe_words,
        country=_maybe_words,
        seniority=_maybe_words,
        status=_maybe_words,
        anonymity_reason=maybe_span,
        knowledge_basis=maybe_span,
        specificity=st.none() | st.integers(min_value=0, max_value=4),
        mentions=st.lists(spans, max_size=3),
    )
    dates = st.builds(
        DateMention,
        id=_words,
        span=maybe_span,
        type=st.sampled_from(get_args(DateType)),
        value=_maybe_words,
    )
    return Article(
        text=text,
        id=draw(_maybe_words),
        published=draw(st.none() | dates),
        quotes=draw(st.lists(quotes, max_size=3)),
        sources=draw(st.lists(sources, max_size=3)),
        dates=draw(st.lists(dates, max_size=3)),
    )
