"""Words, paragraphs and sentences of an article, found in one pass each, quote-aware.

The attribution rules work on a light token list (words and punctuation with offsets) rather
than on spaCy tokens, so the default pipeline needs no tagger or parser. Sentence boundaries
inside a closed quotation are ignored, so that ``“A. B,” she said.`` stays one sentence.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, repeat
from typing import NamedTuple, overload

import attrs
import regex

__all__ = ["Tok", "TextIndex", "TokView", "before_stops", "index_text"]

# Abbreviations whose final period does not end a sentence (titles, initials, months, states).
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Reps|Gov|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Gens|Sens|"
    "Rev|Fr|St|Jr|Sr|Hon|Atty|Supt|Insp|Pres|Amb|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|"
    "Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    "Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|No|Nos|Inc|Corp|Co|Ltd|vs|etc|approx"
)

# One token, captured: ``split`` then gives [gap, token, gap, token, ..., gap], strings only, with
# no match object per token. Every non-space character is in a token, so the gaps are whitespace.
_TOKEN = re.compile(
    rf"""
    (
      (?=[A-Za-z]{{1,6}}\.)                     # guard: a short run of letters, then a period
      (?: (?:[A-Za-z]\.){{2,}}                  # initialisms: U.S., U.N., D.C.
        | (?:{_ABBREVIATIONS})\.(?=\s)          # title and state abbreviations: Sen., Calif.
        | [JS]r\.(?=[,;])                       # a name's suffix before its apposition: Jr.,
        | [A-Z]\.(?=\s[A-Z])                    # a middle initial: John F. Kennedy
      )
    | [\w]+(?:[-’'&/][\w]+)*(?:[’']s?)?         # words, hyphenated and possessive forms
    | \S                                        # any other single character
    )
    """,
    re.VERBOSE,
)

_SENTENCE_END = regex.compile(
    r"""
    [.!?]+[”"’')\]»›“]*                         # terminal punctuation, then closing marks
    (?=\s+[“"‘'`(\[«‹„]{0,2}[A-Z0-9])           # followed by a capitalized next sentence
    """,
    regex.VERBOSE,
)

_PARAGRAPH_BREAK = regex.compile(r"\n\s*")
# The word before a stop, without the brackets, quotation marks or dashes before it: "(Mr.",
# "Washington—Sen."
_LAST_WORD = re.compile(r"""([^\s(\[{“‘"'`«‹„—–]+)$""")
# A period after these ends no sentence: an abbreviation, an initial, an initialism (U.S).
_NOT_A_SENTENCE_END = re.compile(rf"(?:{_ABBREVIATIONS})|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")
# ... unless it ends a place after a comma or a clock time, and a quotation opens after it
# ("in Harborville, N.Y. “We’re not …,” he said", "at 2:15 a.m. “By then …”", where a
# paragraph break was likely lost); a title or initials go on into one ("Sen. “Bernie”
# Sanders", "Gov. C.L. “Butch” Otter").
_PLACE_BEFORE_A_QUOTATION = re.compile(
    r"""
    (?:,\s                                    # the comma after the city, then
      (?:(?:[A-Z]\.)+[A-Z]                     #   an initialism: N.Y, D.C
        | Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn
        | Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo # or a state: Calif
      )
    | \d\s[ap]\.m                              # a clock time: 1:48 a.m
    )
    \.\s+[“"«„`]                               # the stop, then an opening quotation mark
    """,
    re.VERBOSE,
)


_LOWER: Callable[[str], str] = str.lower
#: From this many characters on, ``toks`` is a :class:`TokView` over the parallel tuples rather
#: than a tuple of :class:`Tok`. Named tuples are tracked by the cyclic garbage collector (exact
#: tuples of ints and strings are not), and a few hundred thousand of them alive at once make its
#: full collections cost more per character as the text grows. Below it, the tuple of Tok is
#: the fastest to read, and it is gone before the collector sees many of them.
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


_NEW_TUPLE = tuple.__new__


class TokView(Sequence[Tok]):
    """The tokens of a long text as a sequence of :class:`Tok`, each made when it is read.

    It holds only the index's parallel tuples (offsets and strings, which the garbage collector
    does not track), so a text of a million tokens keeps no million tracked objects alive; a
    Tok read from it is freed as soon as the reader drops it. It reads like the tuple of Tok a
    short text gets (indexes, negative indexes, slices, iteration, equality).
    """

    __slots__ = ("_ends", "_lowers", "_starts", "_words")

    def __init__(
        self,
        starts: tuple[int, ...],
        ends: tuple[int, ...],
        words: tuple[str, ...],
        lowers: tuple[str, ...],
    ) -> None:
        self._starts = starts
        self._ends = ends
        self._words = words
        self._lowers = lowers

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, i: int) -> Tok: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Tok, ...]: ...

    def __getitem__(self, i: int | slice) -> Tok | tuple[Tok, ...]:
        if isinstance(i, slice):
            return _toks(self._starts[i], self._ends[i], self._words[i], self._lowers[i])
        return _NEW_TUPLE(Tok, (self._starts[i], self._ends[i], self._words[i], self._lowers[i]))

    def __iter__(self) -> Iterator[Tok]:
        rows = zip(self._starts, self._ends, self._words, self._lowers, strict=True)
        return map(_NEW_TUPLE, repeat(Tok), rows)

    def __eq__(self, other: object) -> bool:
        """Equal to a TokView or a tuple holding the same tokens, like a tuple of Tok."""
        if not isinstance(other, TokView | tuple):
            return NotImplemented
        return len(self) == len(other) and all(map(operator.eq, self, other))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"TokView({len(self)} tokens)"


def _toks(
    starts: tuple[int, ...], ends: tuple[int, ...], words: tuple[str, ...], lowers: tuple[str, ...]
) -> tuple[Tok, ...]:
    """The tuple of Tok of these parallel tuples."""
    return tuple(map(_NEW_TUPLE, repeat(Tok), zip(starts, ends, words, lowers, strict=True)))


@attrs.frozen(kw_only=True)
class TextIndex:
    """The tokens, paragraphs and sentences of a text, with offset look-ups.

    The tokens are held twice over: as parallel tuples (``starts``, ``ends``, ``words``,
    ``lowers``: the fastest for scans with ``map`` and for code that reads one field), and as
    ``toks``, a sequence of :class:`Tok` (a tuple for a short text, a :class:`TokView` over the
    parallel tuples for a long one).
    """

    text: str
    toks: Sequence[Tok]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]  # each token's text, for C-level scans (``map``, ``compress``)
    lowers: tuple[str, ...]  # each token's text in lower case
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


_STOPS = frozenset({".", "!", "?"})


def before_stops(toks: Sequence[Tok], lo: int, hi: int) -> int:
    """The end of tokens ``lo..hi`` without the stops that close them (``said.``, ``?!``)."""
    while hi > lo and toks[hi - 1].text in _STOPS:
        hi -= 1
    return hi


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
                and _PLACE_BEFORE_A_QUOTATION.match(text, word.start(1) - 2) is None
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


def index_text(text: str, quotations: Sequence[tuple[int, int]] = ()) -> TextIndex:
    """Tokenize ``text`` and split it into paragraphs and sentences (closed quotes kept whole)."""
    # Built with C-level calls only (this is the hottest loop of the attribution step), and
    # with no object per token that the garbage collector tracks: the offsets are the running
    # sums of the lengths of the gaps and tokens ``split`` returns.
    parts = _TOKEN.split(text)
    offsets = tuple(accumulate(map(len, parts), initial=0))
    last = len(parts) - 1
    starts = offsets[1:last:2]
    ends = offsets[2 : last + 1 : 2]
    words = tuple(parts[1::2])
    del parts, offsets
    lowers = tuple(map(_LOWER, words))
    toks: Sequence[Tok]
    if len(text) < _LARGE_TEXT:
        toks = _toks(starts, ends, words, lowers)
    else:
        toks = TokView(starts, ends, words, lowers)
    paragraphs = _paragraphs(text)
    sentences = _sentences(text, paragraphs, sorted(quotations))
    return TextIndex(
        text=text,
        toks=toks,
        starts=starts,
        ends=ends,
        words=words,
        lowers=lowers,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        sentence_starts=tuple(s for s, _ in sentences),
        paragraph_starts=tuple(s for s, _ in paragraphs),
    )
