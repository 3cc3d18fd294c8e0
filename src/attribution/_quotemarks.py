"""Quotation marks: find the quoted passages of a news text, and where its body ends.

A pure text layer (no spaCy) that the attribution step builds on. One left-to-right scan over
the quotation-mark candidates (a compiled regex with no backtracking) drives a small state
machine: each mark is classified from its glyph and its context (what precedes and follows it),
apostrophes are recognised and skipped, and the open quotations sit on a bounded stack. A
quotation never crosses a paragraph boundary except by the multi-paragraph convention (a
paragraph that ends inside a quotation continues in the next one if that paragraph opens with
an opening mark), and an unclosed quotation stops at its paragraph's end or at a length cap,
so a stray mark never swallows the rest of the article. The pairing rules are in
``docs/quotemarks.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar, Final, Literal

import attrs

__all__ = ["Quotation", "QuoteStyle", "body_end", "find_quotations"]

QuoteStyle = Literal["double", "single", "guillemet", "single_guillemet"]

#: Longest fragment an unclosed quotation may take (characters from its opening mark).
MAX_FRAGMENT_CHARS: Final = 5_000
#: Most paragraphs one multi-paragraph quotation may span.
MAX_FRAGMENTS: Final = 30
#: Deepest nesting tracked; deeper opening marks are ignored.
MAX_DEPTH: Final = 4
#: How far ahead (characters) a possessive-or-closing decision may look for a later closing mark.
_LOOKAHEAD: Final = 300


@attrs.frozen(kw_only=True)
class Quotation:
    """A quoted passage: its extent, its pieces (one per paragraph) and the quotes inside it.

    ``fragments`` include the quotation marks; ``inner_fragments`` are the same pieces without
    them (the quoted words). ``closed`` is False when the last fragment had no closing mark and
    was cut at its paragraph's end or at the length cap.
    """

    start: int
    end: int
    fragments: tuple[tuple[int, int], ...]
    inner_fragments: tuple[tuple[int, int], ...]
    closed: bool
    style: QuoteStyle
    #: The first opening mark as written: “ " ‘ ' « `` ...
    opening_mark: str
    nested: tuple[Quotation, ...] = ()
    #: A short (1-4 word) capitalised quotation such as a title or name, e.g. “Game of Thrones”.
    looks_like_title: bool = False

    @property
    def inner_start(self) -> int:
        """Offset of the first quoted character (after the opening mark)."""
        return self.inner_fragments[0][0]

    @property
    def inner_end(self) -> int:
        """Offset just after the last quoted character (before the closing mark, if any)."""
        return self.inner_fragments[-1][1]

    def inner_text(self, text: str, *, separator: str = " ") -> str:
        """The quoted words without marks, fragments joined by ``separator``."""
        return separator.join(text[start:end] for start, end in self.inner_fragments)

    def mark_spans(self) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
        """Per fragment, the (start, end) of its opening and of its closing mark (empty when
        the fragment has none: an unclosed one, or one continuing without a mark)."""
        for (start, end), (inner_start, inner_end) in zip(
            self.fragments, self.inner_fragments, strict=True
        ):
            yield (start, inner_start), (inner_end, end)


# --- glyphs -------------------------------------------------------------------------------

_DOUBLE: Final = 0
_SINGLE: Final = 1
_GUILLEMET: Final = 2
_SINGLE_GUILLEMET: Final = 3
_STYLES: Final[tuple[QuoteStyle, ...]] = ("double", "single", "guillemet", "single_guillemet")

_OPEN: Final = 0  # the glyph is an opening mark (“ ‘ „ « ...)
_CLOSE: Final = 1  # the glyph is a closing mark (” ’ » ...)
_EITHER: Final = 2  # a straight mark: direction from context (" ' '')

_GLYPHS: Final[dict[str, tuple[int, int]]] = {
    '"': (_DOUBLE, _EITHER),
    "''": (_DOUBLE, _EITHER),
    "``": (_DOUBLE, _OPEN),
    "“": (_DOUBLE, _OPEN),
    "‘‘": (_DOUBLE, _OPEN),
    "„": (_DOUBLE, _OPEN),
    "‟": (_DOUBLE, _OPEN),
    "”": (_DOUBLE, _CLOSE),
    "’’": (_DOUBLE, _CLOSE),
    "'": (_SINGLE, _EITHER),
    "`": (_SINGLE, _OPEN),
    "‘": (_SINGLE, _OPEN),
    "‚": (_SINGLE, _OPEN),
    "‛": (_SINGLE, _OPEN),
    "’": (_SINGLE, _CLOSE),
    "«": (_GUILLEMET, _OPEN),
    "»": (_GUILLEMET, _CLOSE),
    "‹": (_SINGLE_GUILLEMET, _OPEN),
    "›": (_SINGLE_GUILLEMET, _CLOSE),
}
_DIGRAPHS: Final = frozenset(glyph for glyph in _GLYPHS if len(glyph) == 2)

_CANDIDATES: Final = re.compile(
    r"""
    (?=["'`‘’‚‛“”„‟«»‹›\n\r\u2028\u2029])          # a mark or a break starts here (no
                                                #   effect on matches: lets the engine skip
                                                #   ahead by character set, 2x faster)
    (?:
      (?P<marks>["'`‘’‚‛“”„‟«»‹›]+)               # a run of quotation marks or apostrophes
    | (?P<breaks>[\n\r\u2028\u2029]                # a line break, and any further ones
        (?:[ \t\f\v\u00a0]*[\n\r\u2028\u2029])*)   #   separated only by blanks (a blank line)
    )
    """,
    re.VERBOSE,
)

# Words that follow an eliding apostrophe at the start of a word: ’90s, ’n’, ’em, ’til, ’tis.
_ELISION: Final = re.compile(
    r"""
      \d\d(?!\d)                               # a two-digit year: ’90s, ’08
    | (?:n|em|til|tis|twas|cause|cos|cuz|round|bout|nuff|ol|ere|twere)(?![^\W\d_])
                                               # an elided word (letters only, then a boundary)
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A contraction or possessive ending after a mark typed inside a word: don”t, Turkey”s, we”re.
_CONTRACTION: Final = re.compile(r"(?:s|t|d|m|re|ve|ll)(?![^\W\d_])", re.IGNORECASE)
# A later closing single mark in the same paragraph: a non-blank, the mark, then a blank or end.
_NEXT_DOUBLE: Final = re.compile(r'[“”"„]')
_NEXT_SINGLE: Final = re.compile(r"(?<![^\W\d_])[‘’'‚]|[‘’'‚](?![^\W\d_])")  # not inside a word
_LATER_SINGLE_CLOSE: Final = re.compile(r"(?<=\S)[’'](?=[\s.,;:!?)\]]|$)")

# A sentence end inside an open quotation, where a lost paragraph break may have been: the stop
# and its closing brackets, before blanks and a capitalised word or an opening mark.
_SENTENCE_STOP: Final = re.compile(
    r"""
    (?<![\s.][A-Z])                           # not a middle initial: John F. Kennedy
    (?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)      # not a title or a name's suffix
    (?<!\bJr)(?<!\bSr)(?<!\bMrs)
    [.!?…]+[)\]]*                               # the stop, then closing brackets
    (?=[ \t\u00a0]+["'`“‘„«A-Z0-9])            # then blanks and a new sentence or quotation
    """,
    re.VERBOSE,
)

# Invisible format characters (bidi controls, zero-width spaces, BOM) count as blanks.
_INVISIBLE: Final = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff"
_OPEN_CONTEXT: Final = frozenset("([{<—–-/…" + _INVISIBLE)
_CLOSE_CONTEXT: Final = frozenset(".,;:!?)]}>—–-/…" + _INVISIBLE)
_BLANKS: Final = frozenset(" \t\f\v\u00a0" + _INVISIBLE)
_STRAIGHT: Final = frozenset(('"', "'", "''", "``", "`"))
# Feet and inches typed with quotation marks: 6’2”, 5'11".
_FEET_INCHES: Final = re.compile(r"\d[’']\d{1,2}\Z")

# Mark contexts: opening position, closing position, blanks on both sides, letters on both sides.
_LEFT: Final = 0
_RIGHT: Final = 1
_ISOLATED: Final = 2
_INNER: Final = 3

# Decisions.
_IGNORE: Final = 0
_DO_OPEN: Final = 1
_DO_CLOSE: Final = 2


@attrs.define
class _Open:
    """An open quotation on the scan stack (mutable scan state, never returned)."""

    family: int
    start: int
    mark_len: int
    straight: bool  # opened with a typewriter mark (" ' '' ``), not a typographic one
    done: list[tuple[int, int, int, int]] = attrs.Factory(list)
    children: list[Quotation] = attrs.Factory(list)


def _context(text: str, start: int, end: int) -> int:
    """Classify the position of the mark run ``text[start:end]`` from its neighbours."""
    before = start == 0 or text[start - 1].isspace() or text[start - 1] in _OPEN_CONTEXT
    after = (
        end == len(text)
        or text[end].isspace()
        or text[end] in _CLOSE_CONTEXT
        or (start > 0 and text[start - 1] in ".,!?" and not text[end].isalnum())  # .”[Ref]
    )
    if before and after:
        return _ISOLATED
    if before:
        return _LEFT
    if after:
        return _RIGHT
    return _INNER


def _skip_blanks(text: str, position: int) -> int:
    """The first position at or after ``position`` that is not a blank within the line."""
    while position < len(text) and text[position] in _BLANKS:
        position += 1
    return position


def _holds_own_style(entry: _Open, *, since: int) -> bool:
    """Whether ``entry`` holds, from ``since`` on, a quotation typed with marks like its own.

    “A “B” C - a quotation inside one of the same style and typing means the outer opening
    mark was most likely stray (a straight quotation holding curly ones is a normal nesting).
    """
    style = _STYLES[entry.family]
    return any(
        child.style == style
        and child.start >= since
        and (child.opening_mark in _STRAIGHT) == entry.straight
        for child in entry.children
    )


def _is_alnum_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


class _Scanner:
    """The single left-to-right pass; ``run`` returns the top-level quotations."""

    # The runs of marks and line breaks to visit, and whether an apostrophe inside a word
    # (which ``_marks`` would ignore) skips ``_marks``: fast paths a test turns off.
    candidates: ClassVar[re.Pattern[str]] = _CANDIDATES
    skip_word_apostrophes: ClassVar[bool] = True

    def __init__(self, text: str, soft_newlines: bool) -> None:
        self.text = text
        self.soft_newlines = soft_newlines
        self.stack: list[_Open] = []
        self.found: list[Quotation] = []
        self.pending: _Open | None = None  # an unclosed quotation that may continue
        self.pending_at = -1  # where the continuing paragraph's opening mark must be
        self.paragraph_begin = _skip_blanks(text, 0)

    # -- driving loop ----------------------------------------------------------------------

    def run(self) -> list[Quotation]:
        text = self.text
        for match in self.candidates.finditer(text):
            start, end = match.span()
            if match.lastgroup == "breaks":
                breaks = match.group().replace("\r\n", "\n")
                if self.soft_newlines and len(breaks) < 2 and "\u2029" not in breaks:
                    continue
                self._paragraph_end(start, end)
            elif (
                self.skip_word_apostrophes
                and end - start == 1
                and text[start] in "'’"
                and start > 0
                and end < len(text)
                and text[start - 1].isalnum()
                and text[end].isalnum()
                and self.pending is None
                and not (self.stack and start - self.stack[0].start > MAX_FRAGMENT_CHARS)
            ):
                continue  # an apostrophe inside a word (don't, Trump’s): _marks would ignore it
            else:
                self._marks(start, end)
        self._paragraph_end(len(text), len(text))
        self.found.sort(key=lambda q: q.start)
        return self.found

    def _marks(self, run_start: int, run_end: int) -> None:
        text = self.text
        if self.pending is not None and run_start != self.pending_at:
            self._finish_pending()
        if self.stack and run_start - self.stack[0].start > MAX_FRAGMENT_CHARS:
            self._flush(self.stack[0].start + MAX_FRAGMENT_CHARS, may_continue=False)
        context = _context(text, run_start, run_end)
        index = run_start
        while index < run_end:
            glyph = text[index : index + 2]
            if glyph not in _DIGRAPHS or index + 2 > run_end:
                glyph = text[index]
            elif (
                glyph in ("''", "’’")
                and index + 3 <= run_end
                and text[index + 2] == glyph[0]
                and context == _RIGHT
                and self.stack
                and self.stack[-1].family == _SINGLE
            ):
                # ''… 'Why?''' or ‘‘… ‘Why?’’’: the inner single closes before the doubled mark
                glyph = glyph[0]
            family, direction = _GLYPHS[glyph]
            end = index + len(glyph)
            if self.pending is not None:
                if index == self.pending_at and family == self.pending.family:
                    self.pending.start, self.pending.mark_len = index, len(glyph)
                    self.stack.append(self.pending)
                    self.pending = None
                    index = end
                    continue
                self._finish_pending()
            following = _GLYPHS.get(text[end : end + 1]) if end < run_end else None
            if glyph in _STRAIGHT and following == (family, _OPEN):
                index = end  # "“We ... - a doubled opening mark: the typographic one counts
                continue
            decision = self._decide(family, direction, context, index, end, run_start, run_end)
            if decision == _DO_OPEN and self._lost_break(family, glyph, index):
                pass  # the open quotation continues from this mark
            elif decision == _DO_OPEN:
                if len(self.stack) < MAX_DEPTH:
                    self.stack.append(
                        _Open(
                            family=family,
                            start=index,
                            mark_len=len(glyph),
                            straight=glyph in _STRAIGHT,
                        )
                    )
            elif decision == _DO_CLOSE:
                self._close(family, index, end)
            elif context == _RIGHT and direction != _OPEN and text[index - 1] in ".,!?":
                # “Let’s go.’ - a closing mark of the other style after sentence punctuation
                other = _SINGLE if family == _DOUBLE else _DOUBLE if family == _SINGLE else -1
                if (
                    self._is_open(other)
                    and not self._is_open(family)
                    and not self._closes_later(other, end)
                ):
                    self._close(other, index, end)
            index = end

    # -- classification ----------------------------------------------------------------------

    def _is_open(self, family: int) -> bool:
        return any(entry.family == family for entry in self.stack)

    def _decide(
        self,
        family: int,
        direction: int,
        context: int,
        start: int,
        end: int,
        run_start: int,
        run_end: int,
    ) -> int:
        """Open, close or ignore one mark."""
        text = self.text
        is_open = self._is_open(family)
        if context == _INNER and run_end - run_start == end - start and _is_alnum_at(text, end):
            # Inside a word: an apostrophe (don't), or a typo for one (don”t, Turkey”s).
            if family == _SINGLE and _is_alnum_at(text, start - 1):
                return _IGNORE
            if _CONTRACTION.match(text, end):
                return _IGNORE
        if family == _SINGLE and self._is_apostrophe(context, start, end, is_open, run_end):
            return _IGNORE
        if direction == _OPEN:
            # An opening glyph after a word closes an open quotation (“We won“ he said), and so
            # does one standing between blanks: a smart-quote converter turns the straight mark
            # of “… ‘Clinton,’ " said into “, as it follows a blank.
            return _DO_CLOSE if context in (_RIGHT, _ISOLATED) and is_open else _DO_OPEN
        if direction == _CLOSE:
            if family == _DOUBLE and _FEET_INCHES.search(text, max(0, start - 4), start):
                return _IGNORE
            if is_open:
                return _DO_CLOSE
            at_paragraph_start = run_start == self.paragraph_begin and context == _ISOLATED
            return _DO_OPEN if context == _LEFT or at_paragraph_start else _IGNORE
        if context == _LEFT:
            return _DO_OPEN
        if context == _RIGHT:
            return _DO_CLOSE if is_open else _IGNORE
        return _DO_CLOSE if is_open else _DO_OPEN

    def _is_apostrophe(
        self, context: int, start: int, end: int, is_open: bool, run_end: int
    ) -> bool:
        """Whether a single mark is an apostrophe: ’90s, rock ’n’ roll, the Joneses’ house."""
        text = self.text
        if context in (_LEFT, _INNER) and end == run_end and _ELISION.match(text, end):
            return True
        if context != _RIGHT:
            return False
        if not is_open:
            return True  # nothing to close: a possessive or a dropped letter (students’, goin’)
        before = text[max(0, start - 3) : start]
        if len(before) == 3 and before[0].isspace() and before[1] in "’'" and before[2] in "nN":
            return True  # the second mark of ’n’
        if (
            start > 0
            and text[start - 1] in "sn"
            and text[end : end + 1] == " "
            and text[end + 1 : end + 2].islower()
        ):
            # the Joneses’ house / goin’ home: an apostrophe if the quote closes later on
            limit = min(self.paragraph_limit(end), end + _LOOKAHEAD)
            return _LATER_SINGLE_CLOSE.search(text, end, limit) is not None
        return False

    def _closes_later(self, family: int, position: int) -> bool:
        """Whether the next mark of ``family`` ahead in the line is a closing one."""
        marks = _NEXT_DOUBLE if family == _DOUBLE else _NEXT_SINGLE
        found = marks.search(self.text, position, self.paragraph_limit(position))
        return found is not None and found.group() not in "“„‘‚"

    def paragraph_limit(self, position: int) -> int:
        """End of the line holding ``position`` (a cheap bound for look-ahead)."""
        newline = self.text.find("\n", position, position + _LOOKAHEAD)
        return len(self.text) if newline < 0 else newline

    def _lost_break(self, family: int, glyph: str, index: int) -> bool:
        """Cut the open quotation where a paragraph break was lost before this opening mark.

        In a text whose paragraphs were run together, ``“A. “B`` is the news convention for a
        quotation that goes on in a new paragraph, and ``“A. He added, “B`` is a quotation left
        open at its paragraph's end. A typographic double opening mark while a top-level
        quotation opened by one is open, with a sentence end between them, cuts that quotation
        at the last sentence end: it goes on from this mark when only blanks lie between (True),
        else it ends there unclosed (False: the mark then opens a quotation of its own).
        """
        if len(self.stack) != 1:
            return False
        outer = self.stack[0]
        if outer.family != family or outer.straight or glyph in _STRAIGHT or family == _SINGLE:
            return False  # typographic double marks only: a straight one may be a closing typo
        if _holds_own_style(outer, since=0):
            return False
        inner_start = outer.start + outer.mark_len
        stop = None
        for match in _SENTENCE_STOP.finditer(self.text, inner_start, index + 1):
            stop = match  # the last sentence end before the mark
        if stop is None:
            return False
        cut = stop.end()
        outer.done.append((outer.start, cut, inner_start, cut))
        if not self.text[cut:index].strip(" \t\u00a0") and len(outer.done) < MAX_FRAGMENTS:
            outer.start, outer.mark_len = index, len(glyph)
            return True
        self.stack.pop()
        later = [child for child in outer.children if child.start >= cut]
        outer.children = [child for child in outer.children if child.start < cut]
        self._finish(outer)
        self.found.extend(later)
        return False

    # -- stack operations ----------------------------------------------------------------------

    def _close(self, family: int, start: int, end: int) -> None:
        while self.stack:
            entry = self.stack.pop()
            if entry.family == family:
                entry.done.append((entry.start, end, entry.start + entry.mark_len, start))
                quotation = _make(self.text, entry, closed=True)
                if quotation is not None:
                    self._emit(quotation)
                return
            self._drop(entry)

    def _drop(self, entry: _Open) -> None:
        """Forget an unclosed nested quotation, keeping the quotations found inside it."""
        for child in entry.children:
            self._emit(child)

    def _emit(self, quotation: Quotation) -> None:
        if self.stack:
            self.stack[-1].children.append(quotation)
        else:
            self.found.append(quotation)

    def _paragraph_end(self, break_start: int, break_end: int) -> None:
        if self.pending is not None:
            self._finish_pending()
        if self.stack:
            cut = break_start
            while cut > self.stack[0].start and self.text[cut - 1].isspace():
                cut -= 1
            limit = self.stack[0].start + MAX_FRAGMENT_CHARS
            self._flush(min(cut, limit), may_continue=cut <= limit, next_start=break_end)
        self.paragraph_begin = _skip_blanks(self.text, break_end)

    def _flush(self, cut: int, *, may_continue: bool, next_start: int = -1) -> None:
        """End the paragraph (or the capped stretch) at ``cut`` with quotations still open."""
        while len(self.stack) > 1:
            entry = self.stack.pop()
            self.stack[-1].children.extend(entry.children)
        outer = self.stack.pop()
        cut = max(cut, outer.start + outer.mark_len)
        outer.done.append((outer.start, cut, outer.start + outer.mark_len, cut))
        if (
            may_continue
            and len(outer.done) < MAX_FRAGMENTS
            and next_start >= 0
            and not _holds_own_style(outer, since=outer.start)
        ):
            text = self.text
            position = _skip_blanks(text, next_start)
            glyph = text[position : position + 2]
            if glyph not in _DIGRAPHS:
                glyph = text[position : position + 1]
            if (
                glyph in _GLYPHS
                and _GLYPHS[glyph][0] == outer.family
                and (glyph in _STRAIGHT) == outer.straight
            ):
                self.pending, self.pending_at = outer, position
                return
        self._finish(outer)

    def _finish_pending(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            self._finish(pending)

    def _finish(self, entry: _Open) -> None:
        """Emit an unclosed quotation, or dissolve it into the quotations it holds.

        A quotation holding a quotation of its own style was most likely opened by a stray
        mark, and an unclosed single-quoted stretch is most likely an apostrophe: in both cases
        the quotations inside are returned instead.
        """
        if entry.family == _SINGLE or _holds_own_style(entry, since=0):
            self.found.extend(entry.children)
            return
        quotation = _make(self.text, entry, closed=False)
        if quotation is not None:
            self.found.append(quotation)


_TITLE_WORD: Final = re.compile(r"[^\W_][\w'’.&-]*|&")
_MINOR_WORDS: Final = frozenset(
    ("a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with")
)


def _looks_like_title(inner: str) -> bool:
    """1-4 words, capitalised (minor words aside), no sentence punctuation: “Game of Thrones”."""
    words = inner.split(None, 4)  # five pieces mean five words or more: too long
    if not 1 <= len(words) <= 4 or inner.rstrip()[-1:] in ".,!?;:":
        return False
    if not all(_TITLE_WORD.fullmatch(word) for word in words):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(word[0].isupper() or word[0].isdigit() or word in _MINOR_WORDS for word in words[1:])


def _make(text: str, entry: _Open, *, closed: bool) -> Quotation | None:
    """Build the Quotation for a finished entry, or None when it quotes nothing."""
    inner = tuple((inner_start, inner_end) for _, _, inner_start, inner_end in entry.done)
    if all(not text[start:end].strip() for start, end in inner):
        return None
    fragments = tuple((start, end) for start, end, _, _ in entry.done)
    title = closed and len(inner) == 1 and _looks_like_title(text[inner[0][0] : inner[0][1]])
    return Quotation(
        start=fragments[0][0],
        end=fragments[-1][1],
        fragments=fragments,
        inner_fragments=inner,
        closed=closed,
        style=_STYLES[entry.family],
        opening_mark=text[fragments[0][0] : inner[0][0]],
        nested=tuple(entry.children),
        looks_like_title=title,
    )


def _soft_newlines(text: str) -> bool:
    """Whether single newlines are hard wraps inside paragraphs (blank lines separate them).

    True when the text has blank lines and most lines followed by another non-blank line are of
    wrapped width; otherwise every newline is a paragraph break.
    """
    if "\n\n" not in text.replace("\r\n", "\n").replace(" \n", "\n"):
        return False
    wrapped = total = 0
    previous: str | None = None
    for line in text.splitlines():
        if previous is not None and previous.strip() and line.strip():
            total += 1
            wrapped += 40 <= len(previous) <= 100
        previous = line
    return total >= 3 and wrapped >= 0.75 * total


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """The top-level quotations of ``text`` in text order, never overlapping.

    Quotations nested inside another are in its ``nested``. Unbalanced marks never raise and
    never hide the other quotations; the scan is linear in the length of ``text``.
    """
    scanner = _Scanner(text, _soft_newlines(text))
    found = scanner.run()
    result: list[Quotation] = []
    for quotation in found:
        if result and quotation.start < result[-1].end:
            continue
        result.append(quotation)
    return tuple(result)


# --- body end ---------------------------------------------------------------------------

_FURNITURE: Final = re.compile(
    r"""
    \s*(?:
        (?:reader\ |user\ |\d[\d,]*\ )?comments?(?:\ \(\d+\)|\ \d+)?       # Comments (12)
      | leave\ a\ (?:reply|comment)(?:\ to\ \S.*)?                         # Leave a reply
      | (?:post|add|show|view|load|hide)\ (?:a\ |all\ |the\ )?comments?    # Post a comment
      | join\ the\ (?:conversation|discussion)                              # Join the discussion
      | what\ do\ you\ think\??                                             # reader prompt
      | share\ this(?:\ article|\ story|\ post|\ page)?                     # Share this
      | related(?:\ articles|\ stories|\ coverage|\ posts|\ content)?(?::.*)?   # Related: ...
      | you\ (?:may|might)\ also\ (?:like|be\ interested\ in)               # recommendations
      | (?:more|recommended|most\ read|trending)(?:\ stories|\ from\ \S.*)? # More from ...
      | sign\ up\ for\ \S.*                                                 # newsletter pitch
      | follow\ us\ on\ \S.*                                                # social pitch
    )[\s:.!]*
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A commenter's byline: "Sam says:", "Jane Doe wrote:", "Sam says: March 3, 2017 at 4:12 pm".
_COMMENTER: Final = re.compile(
    r"""
    \s*(?P<name>[^\W\d_][\w.'’ -]{0,40}?)\ (?:says|said|wrote|writes|replied)\s*:
    (?P<stamp>\s*[\w ,:/.-]{0,40}\d[\w ,:/.-]{0,20})?\s*   # an optional date or time stamp
    """,
    re.VERBOSE,
)
# A time stamp as comment systems print it (not any digit: "Ruiz said: 2016 was hard" is body).
_STAMP: Final = re.compile(
    r"""
      (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\ \d{1,2}\b    # March 3
    | \b\d{1,2}\ (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)             # 3 March
    | \b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b                                       # 3/3/2017
    | \b\d{1,2}:\d\d                                                           # 4:12 pm
    | \b\d+\ (?:second|minute|hour|day|week|month|year)s?\ ago\b                # 2 hours ago
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words that start a clause or a sentence, never a commenter's name or handle: "He said:",
# "In 2015 Ruiz wrote:", "Then Ruiz replied:" introduce a quotation in the story.
_NOT_IN_A_HANDLE: Final = frozenset(
    {
        "he", "she", "they", "we", "it", "i", "you", "who", "which",
        "in", "on", "at", "of", "to", "for", "as", "and", "but", "or", "then", "the",
        "when", "after", "before", "later", "also", "once", "has", "had", "was", "is",
    }
)  # fmt: skip
_OPENING_MARKS: Final = tuple(glyph for glyph, (_, way) in _GLYPHS.items() if way != _CLOSE)
_SENTENCE_END: Final = frozenset(".!?\"'”’)")
#: Bylines without a time stamp that make a comment thread: fewer may be a story's
#: ``Hewitt writes:`` above a passage set off without marks.
_UNSTAMPED_BYLINES: Final = 3


def _commenter_kind(line: str, next_line: str) -> str:
    """ "stamped" or "byline" when ``line`` reads as a commenter's byline, else "".

    A line that opens with a clause word (``He said:``, ``In 2015 Ruiz wrote:``) is body, and
    so is one without a time stamp above a quotation (``Diaz replied:``, then ``"…"``).
    """
    byline = _COMMENTER.fullmatch(line)
    if byline is None or any(word.lower() in _NOT_IN_A_HANDLE for word in byline["name"].split()):
        return ""
    if byline["stamp"] is not None and _STAMP.search(byline["stamp"]):
        return "stamped"
    return "" if next_line.startswith(_OPENING_MARKS) else "byline"


def body_end(text: str) -> int:
    """Where the article body ends: the first furniture line near the end, or ``len(text)``.

    Furniture is a whole short line such as "Comments (12)", "Leave a reply", "Sam says:",
    "Share this" or "Related: ...". Conservative: only lines in the last two thirds of the text
    count; a commenter byline only with a time stamp or with two more bylines after it, and
    never one above a quotation; and a line that may also be a body line ("Related: ...",
    "Share this", "More from ...") only when no prose follows it (a line of 60 characters or
    more ending like a sentence).
    """
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line.strip()))
        offset += len(line)
    earliest = len(text) // 3
    prose_after = [False] * (len(lines) + 1)
    bylines_after = [0] * (len(lines) + 1)
    kinds: list[str] = [""] * len(lines)
    next_line = ""
    for index in range(len(lines) - 1, -1, -1):
        start, line = lines[index]
        prose_after[index] = prose_after[index + 1] or (
            len(line) >= 60 and line[-1] in _SENTENCE_END
        )
        bylines_after[index] = bylines_after[index + 1]
        following, next_line = next_line, line or next_line
        if start < earliest or not line or len(line) > 80:
            continue
        commenter = _commenter_kind(line, following)
        if commenter:
            bylines_after[index] += 1
            kinds[index] = commenter
        elif _FURNITURE.fullmatch(line):
            lowered = line.lower()
            strong = "comment" in lowered or lowered.startswith(("leave a", "join the"))
            kinds[index] = "strong" if strong else "weak"
    for index, kind in enumerate(kinds):
        if (
            kind in ("strong", "stamped")
            or (kind == "byline" and bylines_after[index] >= _UNSTAMPED_BYLINES)
            or (kind == "weak" and not prose_after[index + 1])
        ):
            return lines[index][0]
    return len(text)
