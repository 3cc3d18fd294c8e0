"""Personal names and titles: "Army General Maria Lopez" -> title, name, given name, surname.

Works on the words of a noun phrase as written, without a tagger: titles come from
``lexicons.titles`` (longest match first), gender from honorifics, gendered titles and
``lexicons.given_names``; a name is the run of capitalized words after the last title.
"""

from __future__ import annotations

import attrs
import regex

from attribution.lexicons.anonymity import AFFILIATIONS, SENIORITY
from attribution.lexicons.demonyms import country_code
from attribution.lexicons.given_names import gender_of
from attribution.lexicons.news_orgs import ORG_HEADS
from attribution.lexicons.titles import HONORIFICS, TITLE_MODIFIERS, TITLES

__all__ = [
    "PARTY",
    "NameParts",
    "deletion_keys",
    "is_name_word",
    "parse_name",
    "strip_possessive",
    "title_gender",
]

_MAX_TITLE_WORDS = 4
# First words of the title phrases: a word that opens none of them opens no title (most words of a
# name), which spares the joins of the longer phrases.
_TITLE_OPENERS = frozenset(title.split(" ")[0] for title in TITLES)

# Lower-case words that may sit inside a personal name ("Jose dos Santos", "Ursula von der Leyen").
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "st.",
    }
)
_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd", "m.d."})
# Words that open a clause rather than a name ("What Mr. Obama wants").
_FUNCTION_WORDS = frozenset(
    {
        "what",
        "when",
        "where",
        "why",
        "how",
        "if",
        "but",
        "and",
        "or",
        "as",
        "while",
        "though",
        "because",
        "that",
        "this",
        "so",
        "then",
        "now",
        "also",
        "even",
        "only",
        "both",
        "all",
    }
)
_STATUS_WORDS = {"former": "former", "retired": "former", "ex-": "former", "acting": "acting"}

PARTY = regex.compile(
    r"""
    \(\s*
    (?P<party>R|D|I|Rep|Dem|Ind)\.?        # party letter: (R-Texas), (D-N.Y.)
    \s*[-–—,]\s*
    (?P<state>[^()]{1,30}?)                # state or district
    \s*\)
    """,
    regex.VERBOSE,
)

_PARTIES = {"R": "Republican Party", "D": "Democratic Party", "I": "independent"}

_INITIALS = regex.compile(
    r"""
    ^(?:\p{Lu}\.){1,3}$                    # J. or J.R.
    """,
    regex.VERBOSE,
)


@attrs.frozen(kw_only=True)
class NameParts:
    """What a person's mention says about them: title, name and what they imply."""

    title: str | None = None
    name: str | None = None
    given: str | None = None
    surname: str | None = None
    gender: str | None = None
    status: str | None = None
    country: str | None = None
    affiliation: str | None = None
    party: str | None = None


def strip_possessive(word: str) -> str:
    """``"Lopez’s"`` -> ``"Lopez"``; ``"Sanders’"`` -> ``"Sanders"``."""
    # Two tests rather than a loop over the four suffixes: called for most words of a mention.
    if word.endswith(("’s", "'s")) and len(word) > 2:
        return word[:-2]
    if word.endswith(("’", "'")) and len(word) > 1:
        return word[:-1]
    return word


def is_name_word(word: str) -> bool:
    """A word that can be part of a personal name: capitalized, an initial, or a particle."""
    if not word:
        return False
    # The cheap test first: most name words are capitalized.
    return word[0].isupper() or _INITIALS.match(word) is not None or word.lower() in _PARTICLES


def title_gender(title: str | None) -> str | None:
    """The gender a title implies ("spokeswoman", "Ms."), or None."""
    if not title:
        return None
    for word in title.lower().split():
        gender = TITLES.get(word)
        if gender is not None:
            return gender
    return None


def _title_match(lowered: list[str], start: int) -> int:
    """Length of the longest title phrase starting at ``start`` (0 when none)."""
    first = lowered[start]
    if first not in _TITLE_OPENERS and " " not in first:
        return 0
    for length in range(min(_MAX_TITLE_WORDS, len(lowered) - start), 0, -1):
        if " ".join(lowered[start : start + length]) in TITLES:
            return length
    return 0


def _clean_title_word(word: str) -> str:
    """Lower case, without a trailing comma or an "-elect" ("President-elect" is a title)."""
    lower = word.lower().rstrip(",")
    if "-" not in lower:  # most words: no suffix to look for
        return lower
    return lower.removesuffix("-elect").removesuffix("-designate")


def parse_name(words: list[str]) -> NameParts:
    """Split the words of a person mention (determiner already removed) into its parts.

    ``["Army", "General", "Maria", "Lopez"]`` -> title "Army General", name "Maria Lopez".
    """
    text = " ".join(words)
    party = None
    party_match = PARTY.search(text) if "(" in text else None
    if party_match is not None:
        party = f"{party_match['party'][0]}-{party_match['state'].strip()}"
        text = (text[: party_match.start()] + text[party_match.end() :]).strip()
        words = text.split()
    words = [w.rstrip(",") for w in words if w.rstrip(",")]
    words = _cut_place(words)
    lowered = [_clean_title_word(w) for w in words]
    # Where titles end: the name is what follows the last title phrase.
    title_start = title_end = -1
    index = 0
    while index < len(words):
        length = _title_match(lowered, index)
        if length and index + length < len(words):
            if title_start < 0 or index > title_end:
                title_start = index
            title_end = index + length
            index += length
            continue
        index += 1
    run_start = len(words)
    while run_start > 0 and is_name_word(words[run_start - 1]):
        run_start -= 1
    name_start = max(title_end, run_start)
    name_start = _after_title_complement(words, name_start)
    if title_start >= 0 and name_start > title_end:
        title_end = name_start
    name_words = words[name_start:]
    if name_words:
        name_words[-1] = strip_possessive(name_words[-1])
    before = words[:name_start]
    title, status, country, affiliation = _split_prefix(before, title_start, title_end)
    if party is not None and affiliation is None:
        affiliation = _PARTIES.get(party[0])
    core = [w for w in name_words if w.lower() not in _SUFFIXES]
    honorific = any(w.lower() in HONORIFICS for w in before)
    given = core[0] if len(core) >= 2 and not _INITIALS.match(core[0]) else None
    surname = core[-1] if core else None
    gender = title_gender(title) or (gender_of(given) if given else None)
    if gender is None and honorific:
        gender = next((HONORIFICS[w.lower()] for w in before if w.lower() in HONORIFICS), None)
    return NameParts(
        title=title,
        name=" ".join(name_words) or None,
        given=given,
        surname=surname,
        gender=gender,
        status=status,
        country=country,
        affiliation=affiliation,
        party=party,
    )


def _after_title_complement(words: list[str], name_start: int) -> int:
    """Where the name starts after a title's "for"/"of" complement: in "Undersecretary of Defense
    for Policy John Marsh" the name is "John Marsh" (a known given name opens it), not "Policy
    John Marsh"."""
    if name_start == 0 or words[name_start - 1].lower() not in ("for", "of", "on"):
        return name_start
    for index in range(name_start + 1, len(words) - 1):
        if gender_of(words[index]) is not None:
            return index
    return name_start


_COMPLEMENT_WORDS = frozenset({"of", "for", "on", "and", "the", "&"})


def _complemented_title_start(kept: list[str], start: int) -> int:
    """Where a title with a capitalized complement starts ("Undersecretary of Defense for
    Policy", "Assistant Secretary of State for European Affairs"), or ``start`` if none."""
    for index, word in enumerate(kept):
        if _clean_title_word(word) not in TITLES:
            continue
        rest = kept[index + 1 :]
        if any(w.lower() in ("of", "for") for w in rest) and all(
            w[:1].isupper() or w.lower() in _COMPLEMENT_WORDS for w in rest
        ):
            while index > 0 and (
                kept[index - 1].lower() in TITLE_MODIFIERS
                or f"{kept[index - 1]} {word}".lower() in TITLES
            ):
                index -= 1  # "Assistant Secretary", "Deputy Secretary"
            return index
    return start


def _cut_place(words: list[str]) -> list[str]:
    """ "Charles B. Rangel of New York" -> "Charles B. Rangel" (not "Secretary of State")."""
    for index in range(1, len(words) - 1):
        if words[index] != "of":
            continue
        before = words[index - 1]
        lower = before.lower()
        if before[:1].isupper() and lower not in TITLES and lower not in ORG_HEADS:
            return words[:index]

    return words


def _split_prefix(
    before: list[str], title_start: int, title_end: int
) -> tuple[str | None, str | None, str | None, str | None]:
    """Title, status, country and affiliation from the words before a name."""
    status = country = None
    kept: list[str] = []
    for word in before:
        lower = word.lower()
        if lower in _STATUS_WORDS:
            status = _STATUS_WORDS[lower]
            continue
        if lower.startswith("ex-"):
            status = "former"
            word = word[3:]
        kept.append(word)
    if not kept:
        return None, status, country, None
    # The title is the trailing run of title words, title modifiers and lower-case words.
    start = len(kept)
    while start > 0:
        word = kept[start - 1]
        lower = word.lower()
        if _clean_title_word(word) in TITLES or lower in TITLE_MODIFIERS or not word[:1].isupper():
            start -= 1
            continue
        if start < len(kept) and _multiword_title_contains(kept, start - 1):
            start -= 1
            continue
        break
    if start == len(kept):
        start = _complemented_title_start(kept, start)
    title_words = kept[start:]
    prefix = kept[:start]
    affiliation_words: list[str] = []
    for word in prefix:
        code = "US" if word == "US" else country_code(strip_possessive(word))
        lower = word.lower()
        if code is not None and country is None:
            country = code
        elif lower not in SENIORITY and lower not in _FUNCTION_WORDS:
            affiliation_words.append(strip_possessive(word))
    if len(affiliation_words) == 1 and affiliation_words[0].lower() in AFFILIATIONS:
        affiliation_words = [AFFILIATIONS[affiliation_words[0].lower()]]
    # Courtesy titles only tell the gender; "Dr." and "Rev." stay titles.
    title_words = [w for w in title_words if HONORIFICS.get(w.lower(), None) is None]
    if not any(_clean_title_word(w) in TITLES for w in title_words):
        title_words = []  # lower-case words that are not a title ("said of")
    title = " ".join(title_words) or None
    affiliation = " ".join(affiliation_words) or None
    return title, status, country, affiliation


def _multiword_title_contains(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` starts a title phrase of several words ("Secretary of State")."""
    lowered = [w.lower() for w in words]
    return _title_match(lowered, index) > 1


def deletion_keys(word: str) -> set[str]:
    """The word and every form of it with one letter deleted: two words one edit apart share one."""
    lower = word.lower()
    return {lower} | {lower[:i] + lower[i + 1 :] for i in range(len(lower))}
