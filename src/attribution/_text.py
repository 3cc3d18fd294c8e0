"""Words, paragraphs and sentences of an article, found in one pass each, quote-aware.

The attribution rules work on a light token list (words and punctuation with offsets) rather
than on spaCy tokens, so the default pipeline needs no tagger or parser. Sentence boundaries
inside a closed quotation are ignored, so that ``“A. B,” she said.`` stays one sentence.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import NamedTuple

import attrs
import regex

__all__ = ["Tok", "TextIndex", "index_text"]

# Abbreviations whose final period does not end a sentence (titles, initials, months, states).
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Reps|Gov|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Gens|Sens|"
    "Rev|Fr|St|Jr|Sr|Hon|Atty|Supt|Insp|Pres|Amb|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|"
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    "Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|No|Nos|Inc|Corp|Co|Ltd|vs|etc|approx"
)

_TOKEN = re.compile(
    rf"""
      (?=[A-Za-z]{{1,6}}\.)                     # guard: a short run of letters, then a period
      (?: (?:[A-Za-z]\.){{2,}}                  # initialisms: U.S., U.N., D.C.
        | (?:{_ABBREVIATIONS})\.(?=\s)          # title and state abbreviations: Sen., Calif.
        | [A-Z]\.(?=\s[A-Z])                    # a middle initial: John F. Kennedy
      )
    | [\w]+(?:[-’'&/][\w]+)*(?:[’']s?)?         # words, hyphenated and possessive forms
    | \S                                        # any other single character
    """,
    re.VERBOSE,
)

_SENTENCE_END = regex.compile(
    r"""
    [.!?]+[”"’')\]]*                            # terminal punctuation, then closing marks
    (?=\s+[“"‘'(\[]{0,2}[A-Z0-9])               # followed by a capitalized next sentence
    """,
    regex.VERBOSE,
)

_PARAGRAPH_BREAK = regex.compile(r"\n\s*")
_LAST_WORD = re.compile(r"(\S+)$")
# A period after these ends no sentence: an abbreviation, an initial, an initialism (U.S).
_NOT_A_SENTENCE_END = re.compile(rf"(?:{_ABBREVIATIONS})|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")


_MATCH_START: Callable[[re.Match[str]], int] = re.Match.start
_MATCH_END: Callable[[re.Match[str]], int] = re.Match.end
_MATCH_GROUP: Callable[[re.Match[str]], str] = re.Match.group
_MATCH_SPAN: Callable[[re.Match[str]], tuple[int, int]] = re.Match.span
_FIRST: Callable[[tuple[int, int]], int] = operator.itemgetter(0)
_SECOND: Callable[[tuple[int, int]], int] = operator.itemgetter(1)
_LOWER: Callable[[str], str] = str.lower
#: From this many characters on, tokens are built without keeping every match object alive:
#: match objects are tracked by the cyclic garbage collector, and a few hundred thousand of them
#: at once make its full collections cost more per character as the text grows.
_LARGE_TEXT = 50_000


class Tok(NamedTuple):
    """One word or punctuation character of the text.

    A named tuple rather than an attrs class: an article has thousands of tokens and building
    them is the hottest loop of the attribution step.
    """

    start: int
    end: int
    text: str
    lower: str


@attrs.frozen(kw_only=True)
class TextIndex:
    """The tokens, paragraphs and sentences of a text, with offset look-ups."""

    text: str
    toks: tuple[Tok, ...]
    starts: tuple[int, ...]
    words: tuple[str, ...]  # each token's text, for C-level scans (``map``, ``compress``)
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]

    def tok_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset``."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding ``offset``."""
        return max(bisect.bisect_right(self.paragraph_starts, offset) - 1, 0)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < len(text) or not spans:
        spans.append((position, len(text)))
    return spans


def _sentences(
    text: str, paragraphs: Sequence[tuple[int, int]], inside: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Split each paragraph at sentence ends that are not inside a closed quotation."""
    quote_starts = [start for start, _ in inside]
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        start = p_start
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            end = match.end()
            word = _LAST_WORD.search(text, max(start, match.start() - 12), match.start())
            if (
                match.group().startswith(".")
                and word is not None
                and _NOT_A_SENTENCE_END.fullmatch(word.group(1))
            ):
                continue
            q = bisect.bisect_right(quote_starts, match.start()) - 1
            if q >= 0 and inside[q][0] < match.start() and end < inside[q][1] - 1:
                continue
            spans.append((start, end))
            start = end
            while start < p_end and text[start].isspace():
                start += 1
        if start < p_end:
            spans.append((start, p_end))
    return spans


_NEW_TUPLE = tuple.__new__


def index_text(text: str, quotations: Sequence[tuple[int, int]] = ()) -> TextIndex:
    """Tokenize ``text`` and split it into paragraphs and sentences (closed quotes kept whole)."""
    # Built with C-level maps only: this is the hottest loop of the attribution step.
    ends: tuple[int, ...]
    if len(text) < _LARGE_TEXT:
        matches = list(_TOKEN.finditer(text))
        starts = tuple(map(_MATCH_START, matches))
        ends = tuple(map(_MATCH_END, matches))
        words = tuple(map(_MATCH_GROUP, matches))
    else:
        # The same tokens, from (start, end) pairs: each match object is freed at once.
        spans = list(map(_MATCH_SPAN, _TOKEN.finditer(text)))
        starts = tuple(map(_FIRST, spans))
        ends = tuple(map(_SECOND, spans))
        words = tuple(map(text.__getitem__, map(slice, starts, ends)))
    toks = tuple(
        map(_NEW_TUPLE, repeat(Tok), zip(starts, ends, words, map(_LOWER, words), strict=True))
    )
    paragraphs = _paragraphs(text)
    sentences = _sentences(text, paragraphs, sorted(quotations))
    return TextIndex(
        text=text,
        toks=toks,
        starts=starts,
        words=words,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        sentence_starts=tuple(s for s, _ in sentences),
        paragraph_starts=tuple(s for s, _ in paragraphs),
    )
