"""The sentence around an offset, found locally and lazily (a bounded window each side).

Source resolution only needs the sentences of a few hundred mentions, so instead of splitting the
whole text it looks at most ``WINDOW`` characters back and forward from each offset. A sentence
ends at terminal punctuation (and closing marks) before a capitalized word, or at a line break;
a period after a title or an initial ("Sen.", "J.") does not end it.
"""

from __future__ import annotations

import regex

__all__ = ["WINDOW", "sentence_bounds"]

#: The most characters looked at on each side of an offset.
WINDOW = 600

_BOUNDARY = regex.compile(
    r"""
      (?P<stop>[.!?]+)[”"’')\]]*\s+(?=[“"‘'(\[]{0,2}[\p{Lu}0-9])   # ". Next" or ".” Next"
    | \n\s*                                                         # a line break
    """,
    regex.VERBOSE,
)

_NOT_AN_END = regex.compile(
    r"""
    (?:^|\s|[(“"])
    (?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Rev|St|Jr|Sr|Gens|Sens|
       Reps|Atty|Gov|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|etc
     | \p{Lu}                                   # an initial: "John F."
     | (?:\p{L}\.)+\p{L}                        # an abbreviation with periods: "U.S"
    )$
    """,
    regex.VERBOSE,
)


def _is_end(text: str, match: regex.Match[str]) -> bool:
    if match.group("stop") != ".":
        return True
    before = text[max(0, match.start() - 12) : match.start()]
    return _NOT_AN_END.search(before) is None


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``offset`` (end excludes trailing space)."""
    low = max(0, offset - WINDOW)
    start = low
    window = _BOUNDARY.finditer(text, low, min(len(text), offset + 4))
    for match in reversed([m for m in window if m.end() <= offset]):
        if _is_end(text, match):
            start = match.end()
            break

    end = min(len(text), offset + WINDOW)
    for match in _BOUNDARY.finditer(text, offset, end):
        if _is_end(text, match):
            end = match.start() + len(match.group("stop") or "")
            break
    return start, max(end, offset)
