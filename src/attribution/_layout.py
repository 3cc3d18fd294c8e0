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

__all__ = ["Layout", "lay_out", "tighten_marks", "unwrap_lines"]

# Fewer line breaks inside blocks than this give no evidence of a wrapping width.
_MIN_BREAKS = 3
# Wrapping widths we look for: narrower is a list or a poem, wider is a paragraph per line.
_MIN_WIDTH = 30
_MAX_WIDTH = 160
# A text is wrapped when at least this share of its line breaks inside blocks were forced.
_FORCED_SHARE = 0.6

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


class Layout(NamedTuple):
    """The text the rules read, of the same length as the text given, and where it differs."""

    text: str
    #: Where a double opening mark now stands, one character after it stood.
    moved_openings: frozenset[int]
    #: Where a double closing mark now stands, one character before it stood.
    moved_closings: frozenset[int]


def lay_out(text: str) -> Layout:
    """``text`` as the rules read it: hard-wrapped lines joined, spaced marks tightened."""
    return tighten_marks(unwrap_lines(text))


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
    deeper: bool  # whether the next line is indented deeper (a new paragraph)


def unwrap_lines(text: str) -> str:
    """``text`` with the newlines of hard wrapping made spaces; the text itself if not wrapped."""
    if text.count("\n") < _MIN_BREAKS:
        return text
    breaks = list(_breaks(text))
    width = _wrap_width(breaks)
    if width is None:
        return text
    chars: list[str] | None = None
    for line_break in breaks:
        if line_break.deeper or line_break.length + 1 + line_break.next_word <= width:
            continue
        if chars is None:
            chars = list(text)
        # The newline, and the spaces or carriage return before it.
        start, end = line_break.line_end, line_break.newline + 1
        chars[start:end] = " " * (end - start)
    return text if chars is None else "".join(chars)


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
                deeper=len(line) - len(body) > indent,
            )
        previous = (start, line) if body else None
        start += len(line) + 1


def _wrap_width(breaks: list[_Break]) -> int | None:
    """The width the text is wrapped at, or None when its line breaks show no wrapping."""
    inner = [(b.length, b.next_word) for b in breaks if not b.deeper]
    if len(inner) < _MIN_BREAKS:
        return None
    width = sorted(length for length, _ in inner)[(len(inner) * 19) // 20]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    forced = sum(1 for length, word in inner if length + 1 + word > width)
    return width if forced >= _FORCED_SHARE * len(inner) else None
