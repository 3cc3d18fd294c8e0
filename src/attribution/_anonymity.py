"""Descriptors of unnamed sources: affiliation, seniority, status, how the source knows, why
anonymity was granted, and how specific the description is.

News organizations' sourcing rules (AP, The New York Times, Reuters) ask that an anonymous source be
described by affiliation, seniority, how the source knows, and why anonymity was granted; these are
the fields filled here. ``specificity`` scores them, see ``docs/sources.md``.
"""

from __future__ import annotations

import regex

from attribution._results import Span
from attribution.lexicons.anonymity import (
    AFFILIATIONS,
    ANONYMITY_MARKERS,
    ANONYMOUS_ROLES,
    GENERIC_ROLES,
    GROUP_NOUNS,
    KNOWLEDGE_MARKERS,
    REASON_MARKERS,
    SENIORITY,
    STATUS,
)
from attribution.lexicons.demonyms import country_code
from attribution.lexicons.news_orgs import INSTITUTIONS

__all__ = [
    "affiliation_of",
    "find_anonymity_reason",
    "find_knowledge_basis",
    "seniority_of",
    "specificity",
    "status_of",
]


def _alternation(phrases: tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, with flexible spaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# The rest of a clause: up to punctuation, a quotation mark, a new clause or a speech verb.
_CLAUSE = r"""
    [^.;:!?\n“”"(),—–]{1,160}?
    (?=[.;:!?\n“”"(),—–]|\s+(?:said|says|say|told|tell|tells|added|who|and\s+(?:said|spoke))\b|$)
"""

# How the source knows ends, besides, where the text turns to the source's anonymity or to
# another verb of the source: "with knowledge of the talks | requested anonymity because ...".
_BASIS_CLAUSE = r"""
    [^.;:!?\n“”"(),—–]{1,160}?
    (?=[.;:!?\n“”"(),—–]|$
      |\s+(?:said|says|say|told|tell|tells|added|who|and\s+(?:said|spoke))\b   # speech verbs
      |\s+(?:requested|asked|spoke|speaking|declined|insisted|discussed|described|
             confirmed|disclosed|noted|warned|because|on\s+condition)\b        # other verbs
      |\s+(?:revealed|claimed|reported|explained|suggested|acknowledged|admitted|
             denied|stressed|emphasized|argued|predicted|cautioned|indicated)\b  # reporting
    )
"""

_KNOWLEDGE = regex.compile(
    rf"""
    (?P<basis>
        (?:who\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)?   # who was ...
        (?:{_alternation(KNOWLEDGE_MARKERS)})\b                               # familiar with
        {_BASIS_CLAUSE}                                                       # the matter
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_REASON = regex.compile(
    rf"""
        (?:{_alternation(ANONYMITY_MARKERS)})          # on condition of anonymity
        \s*,?\s*
        (?P<reason>
            (?:because|since|as|for\s+fear)\b{_CLAUSE}             # because the talks were private
          | (?:in\s+order\s+)?to\s+(?!the\b|a\b|an\b|reporters?\b|journalists?\b|[A-Z])
            [a-z]+\b{_CLAUSE}                                     # to discuss the negotiations
          | {_CLAUSE}(?=,?\s*because)                              # (rare) ... because
        )
      | (?P<reason>
            (?:because\s+(?:he|she|they|the\s+\w+|it|we|I)\s+(?:was|were|is|are|had|has|have)\s+
               (?:been\s+)?)?
            (?:{_alternation(REASON_MARKERS)})\b{_CLAUSE}         # not authorized to speak publicly
        )
    """,
    regex.VERBOSE,
)


def _keywords(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """A word of each phrase (its longest), without words that hold another of them: a text
    without any of these holds none of the phrases."""
    longest = {max(phrase.split(), key=len) for phrase in phrases}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


# A search window holding none of these words cannot match (checked with ``in``, which is
# several times faster than the patterns' long alternations on the windows that fail, most).
_REASON_KEYWORDS = _keywords(ANONYMITY_MARKERS + REASON_MARKERS)  # case-sensitive, as _REASON
_KNOWLEDGE_KEYWORDS = _keywords(tuple(m.casefold() for m in KNOWLEDGE_MARKERS))  # casefolded


def _find(pattern: regex.Pattern[str], group: str, text: str, start: int, end: int) -> Span | None:
    match = pattern.search(text, start, end)
    if match is None:
        return None
    first, last = match.span(group)
    while last > first and text[last - 1].isspace():
        last -= 1
    return Span.of(text, first, last)


def find_knowledge_basis(text: str, start: int, end: int) -> Span | None:
    """How the source knows ("familiar with the negotiations"), searched in ``text[start:end]``."""
    window = text[start:end].casefold()  # _KNOWLEDGE ignores case
    if not any(word in window for word in _KNOWLEDGE_KEYWORDS):
        return None
    return _find(_KNOWLEDGE, "basis", text, start, end)


def find_anonymity_reason(text: str, start: int, end: int) -> Span | None:
    """Why anonymity was granted ("because the talks were private"), in ``text[start:end]``."""
    window = text[start:end]
    if not any(word in window for word in _REASON_KEYWORDS):
        return None
    return _find(_REASON, "reason", text, start, end)


_AFFILIATION_WORDS = regex.compile(
    rf"""
    \b(?:{_alternation(tuple(AFFILIATIONS))})\b           # military, State Department, campaign
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_ORG_AFTER_PREPOSITION = regex.compile(
    r"""
    \b(?:for|at|with|from|in|of|inside|within|to|representing)\s+   # a spokesman for
    (?:the\s+)?
    (?P<org>\p{Lu}[\w&.’'-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\w&.’'-]*){0,5}   # the Pentagon
        (?:\s+(?:administration|campaign|government|transition))?)          # the Vance campaign
    """,
    regex.VERBOSE,
)


_ORG_BEFORE_ROLE = regex.compile(
    r"""
    (?<![\w.])(?!(?:A|An|The|One|Two|Three|Some|Several|Many|Another|Senior|Top|Former)\b)
    (?P<org>\p{Lu}[\w&.’'-]*(?:\s+\p{Lu}[\w&.’'-]*){0,4}   # a Homeland Security Department
        (?:\s+(?:administration|campaign|government|transition|camp|team))?  # a Trump campaign
    )
    \s+\p{Ll}                                              # official
    """,
    regex.VERBOSE,
)


_COUNT_OPENERS = """
    one two three four five six seven eight nine ten eleven twelve dozen both several many some
    few most all other multiple
"""

_COMMON_OPENERS = (
    GROUP_NOUNS
    | ANONYMOUS_ROLES
    | frozenset(STATUS)
    | frozenset({"u.s.", "his", "her", "their", "its", "my", "our", "your"})
    | frozenset(_COUNT_OPENERS.split())  # a sentence-initial "Five sources close to ..."
)


def affiliation_of(description: str) -> str | None:
    """The organization a description ties a source to ("a spokesman for the Pentagon")."""
    match = _ORG_AFTER_PREPOSITION.search(description) or _ORG_BEFORE_ROLE.search(description)
    words = [] if match is None else match["org"].split()
    while words and (words[0].lower() in _COMMON_OPENERS or words[0].lower() in SENIORITY):
        words.pop(0)  # a sentence-initial "People", "Officials", "Senior"
    if len(words) == 2 and words[1].islower() and (words[0] == "US" or country_code(words[0])):
        words.pop(0)  # "a US administration official": the country is recorded apart
    if words:
        org = " ".join(words).removesuffix("’s").removesuffix("'s")
        if org.lower() in AFFILIATIONS:
            return AFFILIATIONS[org.lower()]
        institution = INSTITUTIONS.get(org.lower())
        if institution is not None:
            return institution[0]
        if country_code(org) is None and org not in ("U.S.", "US"):
            return org
    found = _AFFILIATION_WORDS.search(description)
    if found is None:
        return None
    key = " ".join(found.group().lower().split())
    if (
        match is not None
        and country_code(match["org"]) is not None
        and found.start() == match.end() + 1
    ):
        # "close to the Saudi royal court": the body, with its country
        return f"{match['org']} {key}"
    return AFFILIATIONS.get(key)


def seniority_of(words: list[str]) -> str | None:
    """ "senior", "top", "high-ranking", ... from the words of a description."""
    for word in words:
        value = SENIORITY.get(word.lower().strip(","))
        if value is not None:
            return value
    return None


def status_of(words: list[str]) -> str | None:
    """ "former" or "current" from the words of a description ("a former intelligence officer")."""
    for word in words:
        lower = word.lower().strip(",")
        if lower.startswith("ex-"):
            return "former"
        value = STATUS.get(lower)
        if value is not None:
            return value
    return None


def specificity(
    *,
    affiliation: str | None,
    country: str | None,
    seniority: str | None,
    title: str | None,
    knowledge_basis: Span | None,
    anonymity_reason: Span | None,
) -> int:
    """0 to 4: one point each for (1) affiliation or country, (2) seniority or a role more specific
    than "official"/"source"/"person", (3) how the source knows, (4) why anonymity was granted."""
    role = title is not None and title.lower() not in GENERIC_ROLES
    return sum(
        (
            affiliation is not None or country is not None,
            seniority is not None or role,
            knowledge_basis is not None,
            anonymity_reason is not None,
        )
    )
