"""Line layout: hard-wrapped plain text read as running paragraphs.

Plain-text wire copy, e-mail, archive exports and text taken from PDFs break their lines at a
fixed width (60 to 80 columns, often), so there a newline is not a paragraph break. The rules
read every newline as one, and a quotation or a sentence cut at each line end is lost (direct
recall fell from 99% to 54% on PolNeAR dev wrapped at 72 columns). :func:`unwrap_lines` turns
the newlines of such wrapping into spaces. It keeps the length of the text, so every offset
found in its result holds for the text as given.

A newline is a wrap when the text is wrapped at all (most of its lines are about as long as the
longest ones) and the next line's first word would not have fitted on the line before: a writer
breaks a line early only to end a paragraph, a heading or a list item. A line indented deeper
than the one before starts a paragraph, as in indented plain text.

Some scraped pages type a space inside each quotation mark (``“ We will not sign , ” she
said``). :func:`tighten_marks` moves each such double mark across its space, again keeping the
length; the marks' new places are returned so that spans found there can be put back on the
marks as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from attribution._casing import restore_case
from attribution._sentences import period_ends_sentence

__all__ = [
    "Layout",
    "clear_invisibles",
    "hide_furniture",
    "lay_out",
    "tighten_marks",
    "unwrap_lines",
]

# Fewer line breaks inside blocks than this give no evidence of a wrapping width.
_MIN_BREAKS = 3
# Wrapping widths we look for: narrower is a list or a poem, wider is a paragraph per line.
_MIN_WIDTH = 30
_MAX_WIDTH = 160
# A text is wrapped when at least this share of its line breaks inside blocks were forced (or
# came after a long line in mid-sentence).
_FORCED_SHARE = 0.6
# A line this share of the width or longer is a full line of ragged wrapping (a proportional
# font fits fewer wide letters on a line).
_LONG_LINE = 0.6
# What a sentence, a heading's question or a quotation ends with.
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "”", '"', "’", "'", ")")
# A blank line: the text parts its paragraphs with them.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")

_ITEM_START = re.compile(
    r"""
    [-*•–—]\s          # a bullet: "- ", "* ", "• ", a dash
  | \d{1,3}[.)]\s      # a numbered item: "1. ", "2) "
  | [>|]               # a quoted e-mail line, a table row
    """,
    re.VERBOSE,
)


_SPACED_OPENING = re.compile(
    r"""
    (?<![^\s(\[—–])        # at the start, or after a space, a bracket or a dash
    [“«„]\x20              # a double opening mark and the space inside it: "“ We"
    (?=[^\s“”«»„])         # before the quoted words
    """,
    re.VERBOSE,
)
_SPACED_CLOSING = re.compile(
    r"""
    (?<=[^\s“”«»„])        # after the quoted words
    \x20[”»]               # the space inside a double closing mark, and the mark: "sign, ”"
    (?=[\s,.;:!?)\]—–]|\Z)  # before a space, a punctuation mark or the end
    """,
    re.VERBOSE,
)
# What a spaced mark needs: most texts have none, and two plain searches say so.
_SPACED_NEEDLES = ("“ ", "« ", "„ ", " ”", " »")


# A line of page furniture that a scraper left inside the story (matched on the whole line,
# stripped, in any case). Quotes run across it: the paragraphs on either side are adjacent.
_FURNITURE_LINE = re.compile(
    r"""
    (?:
        advertisement|advertising|sponsored\ content             # an ad slot's label
      | (?:story|article|text)\ continues\ (?:below|after\ (?:this\ )?(?:advertisement|ad))
        (?:\ advertisement)?                                   # "Story continues below"
      | continue\ reading(?:\ (?:the\ )?main\ story|\ below)?   # "Continue reading the main story"
      | skip\ (?:this\ )?ad|close(?:\ x)?                      # an ad or video player's button
      | (?:read\ more|read\ also|also\ read|see\ also|more|related|related\ (?:stories|articles
        |coverage|content)|recommended|don['’]t\ miss|must\ read|watch|video|photos?|gallery
        |listen|share(?:\ this)?(?:\ (?:article|story))?|tweet|trending|most\ (?:read|popular))
        (?:\ ?:[^\n]{0,150})?                                 # "RELATED: A headline", "Watch:"
      | \(?(?:ap\ )?(?:photo|photograph|image)s?(?:\ by|\ credit)?\ ?[:/][^()\n]{0,80}\)?
                                                               # "(Photo: Ann Ruiz, AP)" alone
      | [^\n]{1,300}\((?:ap\ photo|photo|photograph|image|credit)s?\b[^()\n]{0,80}\)\.?
                                                               # a caption ending with its credit
      | follow\ [^\n]{1,60}\ on\ (?:twitter|facebook|instagram)\b[^\n]{0,40}
                                                               # "Follow Ann Ruiz on Twitter: @ar"
      | (?:sign\ up|subscribe)\ (?:for|to)\ [^\n]{1,80}          # a newsletter pitch
      | get\ (?:the|our)\ [^\n]{1,60}\ newsletter\b[^\n]{0,60}      # "Get the Politics newsletter"
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A line of prose: long (_PROSE_MIN characters or more), and ending like a sentence. Furniture
# is hidden only above one, so a list of links at the page's end stays for the body's end to be
# found there.
_PROSE_MIN = 61
_PROSE_ENDS = frozenset(".!?\"'”’)")
# Furniture lines are short: a longer line is not matched at all (a caption runs to 300 or so).
_FURNITURE_MAX = 400


# Characters that print nothing: zero-width space, non-joiner and joiner, word joiner,
# byte-order mark (a zero-width no-break space), soft hyphen. Scraped pages carry them.
_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLES}]+")
# Quotation marks an invisible character may stick to.
_MARKS = frozenset("“”\"‘’'«»„‹›")


class Layout(NamedTuple):
    """The text the rules read, of the same length as the text given, and where it differs."""

    text: str
    #: Where a double opening mark now stands, one character after it stood.
    moved_openings: frozenset[int]
    #: Where a double closing mark now stands, one character before it stood.
    moved_closings: frozenset[int]


def lay_out(text: str) -> Layout:
    """``text`` as the rules read it: page furniture inside the story hidden, invisible
    characters cleared, case restored in text typed without it, hard-wrapped lines joined,
    spaced marks tightened."""
    cleared = clear_invisibles(hide_furniture(text))
    tightened = tighten_marks(unwrap_lines(restore_case(cleared.text)))
    if not cleared.moved_openings and not cleared.moved_closings:
        return tightened
    return Layout(
        tightened.text,
        cleared.moved_openings | tightened.moved_openings,
        cleared.moved_closings | tightened.moved_closings,
    )


def clear_invisibles(text: str) -> Layout:
    """Invisible characters (zero-width space and joiners, byte-order mark, soft hyphen) at a
    word's edge made spaces: ``“\u200bWe`` reads `` “We`` (the mark moved on by one, as
    :func:`tighten_marks` does), ``said\u200b `` reads ``said  ``. Inside a word they stay."""
    if not any(char in text for char in _INVISIBLES):
        return Layout(text, frozenset(), frozenset())
    chars = list(text)
    openings: set[int] = set()
    closings: set[int] = set()
    for match in _INVISIBLE.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        single = end - start == 1
        if single and before in _MARKS and _opens(text, start - 1) and not after.isspace():
            chars[start - 1], chars[start] = " ", before  # "“\u200bWe": the mark moves on
            openings.add(start)
        elif single and after in _MARKS and _closes(text, end) and not before.isspace():
            chars[start], chars[end] = after, " "  # "win,\u200b”": the mark moves back
            closings.add(start)
        elif before.isspace() or after.isspace() or before in _MARKS or after in _MARKS:
            chars[start:end] = " " * (end - start)
    return Layout("".join(chars), frozenset(openings), frozenset(closings))


def _opens(text: str, mark: int) -> bool:
    """Whether the mark at ``mark`` stands where an opening mark does (after a space, a bracket
    or a dash, or at the start)."""
    return mark == 0 or text[mark - 1].isspace() or text[mark - 1] in "([{—–-"


def _closes(text: str, mark: int) -> bool:
    """Whether the mark at ``mark`` stands where a closing mark does (before a space or a
    punctuation mark, or at the end)."""
    return mark + 1 >= len(text) or text[mark + 1].isspace() or text[mark + 1] in ",.;:!?)]—–-"


def hide_furniture(text: str) -> str:
    """``text`` with each line of page furniture above the story's last prose made spaces:
    ``Advertisement``, ``RELATED: …``, ``Watch:``, a photo caption ending with its credit."""
    chars: list[str] | None = None
    prose_below = False
    end = len(text)
    for line in reversed(text.split("\n")):
        start = end - len(line)
        stripped = line.strip()
        if (
            prose_below
            and stripped
            and len(stripped) <= _FURNITURE_MAX
            and _FURNITURE_LINE.fullmatch(stripped)
        ):
            chars = chars if chars is not None else list(text)
            first = start + len(line) - len(line.lstrip())
            chars[first : first + len(stripped)] = " " * len(stripped)
        prose_below = prose_below or (len(stripped) >= _PROSE_MIN and stripped[-1] in _PROSE_ENDS)
        end = start - 1
    return text if chars is None else "".join(chars)


def tighten_marks(text: str) -> Layout:
    """Move a double mark across the space inside it: ``“ We … , ”`` reads ``“We … ,” ``."""
    if not any(needle in text for needle in _SPACED_NEEDLES):
        return Layout(text, frozenset(), frozenset())
    chars: list[str] | None = None
    openings: set[int] = set()
    closings: set[int] = set()
    for match in _SPACED_OPENING.finditer(text):
        chars = chars if chars is not None else list(text)
        start = match.start()
        chars[start], chars[start + 1] = " ", text[start]
        openings.add(start + 1)
    for match in _SPACED_CLOSING.finditer(text):
        chars = chars if chars is not None else list(text)
        start = match.start()
        chars[start], chars[start + 1] = text[start + 1], " "
        closings.add(start)
    if chars is None:
        return Layout(text, frozenset(), frozenset())
    return Layout("".join(chars), frozenset(openings), frozenset(closings))


class _Break(NamedTuple):
    """A newline between two lines of text that may be one block."""

    line_end: int  # the end of the line's text (trailing spaces and carriage return excluded)
    newline: int  # the offset of the newline
    length: int  # the line's length in columns
    next_word: int  # the length of the next line's first word
    next_length: int  # the length of the next line's text
    deeper: bool  # whether the next line is indented deeper (a new paragraph)
    ends_sentence: bool  # whether the line ends like a sentence ("." "?" "”" ...)
    next_lower: bool  # whether the next line starts in lower case (a sentence goes on)


def unwrap_lines(text: str) -> str:
    """``text`` with the newlines of hard wrapping made spaces; the text itself if not wrapped."""
    if text.count("\n") < _MIN_BREAKS:
        return text
    breaks = list(_breaks(text))
    width = _wrap_width(breaks)
    if width is None:
        return text
    blank_lines = _BLANK_LINE.search(text) is not None
    chars: list[str] | None = None
    for line_break in breaks:
        if not _wraps(line_break, width, blank_lines=blank_lines):
            continue
        if chars is None:
            chars = list(text)
        # The newline, and the spaces or carriage return before it.
        start, end = line_break.line_end, line_break.newline + 1
        chars[start:end] = " " * (end - start)
    return text if chars is None else "".join(chars)


def _wraps(line_break: _Break, width: int, *, blank_lines: bool) -> bool:
    """Whether a newline of a wrapped text is a wrap, not the end of a paragraph or heading.

    It is when the next word would not have fitted on the line. Text set in a proportional
    font (taken from a PDF) or wrapped by hand has ragged lines, so a long line is a wrap too
    when its sentence goes on, or, where blank lines part the paragraphs, when a long line
    follows it.
    """
    if line_break.deeper:
        return False
    if line_break.length + 1 + line_break.next_word > width:
        return True
    if line_break.length < _LONG_LINE * width:
        return False
    if not line_break.ends_sentence or line_break.next_lower:
        return True
    return blank_lines and line_break.next_length >= _LONG_LINE * width


def _breaks(text: str) -> Iterator[_Break]:
    """Each newline between two lines of text, but not before a blank line or a list item."""
    start = 0
    previous: tuple[int, str] | None = None
    for line in text.split("\n"):
        body = line.lstrip()
        if previous is not None and body and not _ITEM_START.match(body):
            previous_start, previous_line = previous
            kept = previous_line.rstrip()
            indent = len(kept) - len(kept.lstrip())
            yield _Break(
                line_end=previous_start + len(kept),
                newline=previous_start + len(previous_line),
                length=len(kept),
                next_word=len(body.split(None, 1)[0]),
                next_length=len(body.rstrip()),
                deeper=len(line) - len(body) > indent,
                ends_sentence=kept.endswith(_SENTENCE_ENDS)
                and (kept[-1] != "." or period_ends_sentence(text, previous_start + len(kept) - 1)),
                next_lower=body[0].islower(),
            )
        previous = (start, line) if body else None
        start += len(line) + 1


def _wrap_width(breaks: list[_Break]) -> int | None:
    """The width the text is wrapped at, or None when its line breaks show no wrapping."""
    inner = [b for b in breaks if not b.deeper]
    if len(inner) < _MIN_BREAKS:
        return None
    width = sorted(b.length for b in inner)[(len(inner) * 19) // 20]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    wraps = sum(
        1
        for b in inner
        if b.length + 1 + b.next_word > width
        or (b.length >= _LONG_LINE * width and not b.ends_sentence)
    )
    return width if wraps >= _FORCED_SHARE * len(inner) else None
