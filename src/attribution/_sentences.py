"""The sentence around an offset, found locally and lazily (a bounded window each side).

Source resolution only needs the sentences of a few hundred mentions, so instead of splitting the
whole text it looks at most ``WINDOW`` characters back and forward from each offset. A sentence
ends at terminal punctuation (and closing marks) before a capitalized word, or at a line break;
a period after a title or an initial ("Sen.", "J.") does not end it.
"""

from __future__ import annotations

import regex

__all__ = ["WINDOW", "period_ends_sentence", "sentence_bounds"]

#: The most characters looked at on each side of an offset.
WINDOW = 600
# How far back the first scan for a sentence start begins (most sentences are shorter).
_STEP = 160

_BOUNDARY = regex.compile(
    r"""
      (?P<stop>[.!?]+)[”"’')\]]*\s+(?=[“"‘'(\[]{0,2}[\p{Lu}0-9])   # ". Next" or ".” Next"
    | \n\s*                                                         # a line break
    """,
    regex.VERBOSE,
)

_NOT_AN_END = regex.compile(
    r"""
    (?:^|\s|[(“"—–-])                           # "(Mr.", "Washington—Sen.", "-Mrs."
    (?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Rev|St|Jr|Sr|Gens|Sens|
       Reps|Atty|Gov|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|etc
     | \p{Lu}                                   # an initial: "John F."
     | (?:\p{L}\.)+\p{L}                        # an abbreviation with periods: "U.S"
    )$
    """,
    regex.VERBOSE,
)


# A clock's "a.m." or "p.m." whose period this is: "7 p.m."
_CLOCK = regex.compile(r"\d\s*[ap]\.m$", regex.IGNORECASE)
# What may follow "7 p.m." in the same sentence.
_CLOCK_GOES_ON = regex.compile(
    r"""
    \s*(?:
        [\p{Ll}\d,;:)\]–—-]                                  # "7 p.m. on", "7 p.m., when"
      | (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day          # "7 p.m. Tuesday"
      | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)  # "7 p.m. March 8"
      | \p{Lu}{2,5}\b                                       # a zone: "7 p.m. EST", "ET"
    )
    """,
    regex.VERBOSE,
)


def period_ends_sentence(text: str, position: int) -> bool:
    """Whether the period at ``position`` may end a sentence: not a title's, a month's, an
    initial's or an abbreviation's ("Sen.", "Nov.", "J.", "U.S."), but a clock's before a new
    sentence ("at 7 p.m. He said")."""
    before = text[max(0, position - 12) : position]
    if _CLOCK.search(before):
        return _CLOCK_GOES_ON.match(text, position + 1) is None
    return _NOT_AN_END.search(before) is None


def _is_end(text: str, match: regex.Match[str]) -> bool:
    return match.group("stop") != "." or period_ends_sentence(text, match.start())


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``offset`` (end excludes trailing space)."""
    low = max(0, offset - WINDOW)
    high = min(len(text), offset + 4)
    start = low
    # The sentence start is the last boundary before ``offset`` of those found scanning from
    # ``low``. Most sentences are short: scan a short stretch first, then twice as long, and so
    # on (at most about twice the window in all). A scan starting right after a letter or digit
    # finds the same boundaries as one from ``low`` (no boundary holds a letter or digit, so
    # none runs across that point).
    reach = _STEP
    while True:
        scan = max(low, offset - reach)
        reach *= 2
        while scan > low and not text[scan - 1].isalnum():
            scan -= 1
        window = _BOUNDARY.finditer(text, scan, high)
        found = next(
            (m for m in reversed([m for m in window if m.end() <= offset]) if _is_end(text, m)),
            None,
        )
        if found is not None:
            start = found.end()
            break
        if scan == low:
            break

    end = min(len(text), offset + WINDOW)
    for match in _BOUNDARY.finditer(text, offset, end):
        if _is_end(text, match):
            end = match.start() + len(match.group("stop") or "")
            break
    return start, max(end, offset)
