"""What one speaker mention is: a pronoun, a name, an outlet, an institution, a group, a document,
or a description of an unnamed person, with the words that later mentions are matched on.

The speaker span is the whole noun phrase as written ("a senior Turkish diplomat, who spoke on
condition of anonymity ..."); its *core* is the phrase before any appositive, relative clause or
trailing prepositional phrase ("a senior Turkish diplomat").
"""

from __future__ import annotations

from typing import Literal, TypedDict

import attrs
import regex

from attribution._names import PARTY, NameParts, is_name_word, parse_name, strip_possessive
from attribution._results import Span
from attribution.lexicons.anonymity import ANONYMOUS_ROLES, GROUP_NOUNS
from attribution.lexicons.demonyms import CAPITALS, COUNTRY_CODES, country_code
from attribution.lexicons.given_names import gender_of
from attribution.lexicons.news_orgs import (
    INSTITUTIONS,
    ORG_HEADS,
    ORG_NOUNS,
    SHORT_MEDIA,
    media_name,
)
from attribution.lexicons.titles import TITLES

__all__ = ["DOCUMENT_NOUNS", "Form", "MentionInfo", "analyze", "count_word", "head_of"]

Form = Literal[
    "pronoun", "relative", "name", "media", "organization", "document", "group", "role", "unknown"
]
Determiner = Literal["indefinite", "definite", "possessive", "number", "another", "none"]

# Pronoun -> (gender, plural, kind it can stand for)
PRONOUNS: dict[str, tuple[str | None, bool, str]] = {
    "he": ("m", False, "person"),
    "him": ("m", False, "person"),
    "his": ("m", False, "person"),
    "she": ("f", False, "person"),
    "her": ("f", False, "person"),
    "they": (None, True, "any"),
    "them": (None, True, "any"),
    "their": (None, True, "any"),
    "it": (None, False, "thing"),
    "its": (None, False, "thing"),
    "i": (None, False, "self"),
    "me": (None, False, "self"),
    "my": (None, False, "self"),
    "we": (None, True, "self"),
    "us": (None, True, "self"),
    "our": (None, True, "self"),
    "you": (None, False, "self"),
    "one": (None, False, "person"),
}
RELATIVES = frozenset({"who", "which", "that", "whom", "whose"})

_DOCUMENT_NOUNS_WORDS = """
    report reports study studies poll polls survey surveys filing filings indictment indictments
    complaint lawsuit suit memo memorandum letter letters statement document documents records
    record data analysis audit ruling order opinion transcript transcripts email emails e-mails
    cable cables footage video message messages tweet post release papers assessment review
    findings estimate estimates forecast figures numbers statistics results affidavit warrant
    motion brief testimony minutes notes book article editorial website blog census agreement
    draft proposal plan platform bill budget guidance directive manual policy
    """
DOCUMENT_NOUNS = frozenset(_DOCUMENT_NOUNS_WORDS.split())

_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "both": 2,
    "a dozen": 12,
    "a pair of": 2,
    "a couple of": 2,
    "twenty": 20,
    "fifteen": 15,
    "hundreds of": None,
    "dozens of": None,
}
_QUANTIFIERS = frozenset(
    {
        "several",
        "some",
        "many",
        "few",
        "a few",
        "various",
        "numerous",
        "most",
        "all",
        "other",
        "multiple",
        "more",
        "these",
        "those",
        "dozens of",
        "hundreds of",
        "a number of",
        "a group of",
        "a handful of",
        "at least",
        "more than",
        "about",
        "nearly",
    }
)
_IRREGULAR_PLURALS = {
    "people": "person",
    "spokesmen": "spokesman",
    "spokeswomen": "spokeswoman",
    "men": "man",
    "women": "woman",
    "police": "police",
    "persons": "person",
}

# A trailing phrase this short stays in an unnamed source's name ("people familiar with it").
_MAX_NAME_PHRASE_WORDS = 6

# Longest name looked for in an appositive ("another host, Abby Martin").
_MAX_NAME_WORDS = 5
# Nouns ending in "ly" that may close a speaker phrase.
_LY_NOUNS = frozenset({"family", "ally", "assembly", "monopoly", "italy", "july"})

_APPOSITION = regex.compile(
    r"""
    ,\s+(?!(?:Jr|Sr|Inc|Ltd|LLC|II|III)\b)   # a comma that does not start "Jr." or "Inc."
  | \s+(?:who|whom|whose|which|that)\s      # a relative clause
  | \s+(?:speaking|talking|citing)\s        # a participle clause
  | \s+\((?![RDI]\.?[-–—])                  # a parenthesis that is not "(R-Texas)"
  | \s+[-–—]+\s+                            # a dash
    """,
    regex.VERBOSE,
)

# What separates the members of a coordinated name: "Ruiz and Lee", "Ruiz, Lee & Diaz".
_LIST_SEPARATOR = regex.compile(
    r"""
    \s+(?:and|&)\s+                           # a conjunction
  | ,\s*                                     # a comma
    """,
    regex.VERBOSE,
)

# A preposition that ends the core after a lower-case role noun: "a spokesman for the Pentagon".
_TRAILING_PP = regex.compile(
    r"""
    \s(?:for|at|with|from|in|inside|within|of|on|close\ to|familiar\ with|briefed\ on|
         involved\ in|knowledgeable\ about|who|under|to|representing|working\ for|
         released|published|issued|obtained|filed|seen|reviewed|prepared|conducted|made\ public|
         by|dated|sent|unsealed|
         produced|written|drafted|compiled|circulated)\s   # "a memo produced by the office"
    """,
    regex.VERBOSE,
)


# Words the speaker finder may leave at the end of a mention, read as no part of it.
_LOOSE_END = regex.compile(
    r"""
    (?:\s+(?:who|whom|which|that))+\Z                      # "a U.S. official who" (cut clause)
  | (?<!\b(?:\w+ed|sent|public))                          # not "a report released Tuesday"
    (?:\s+on)?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|  # "Sunday"
                   today|yesterday|tonight)\Z
  | \s+(?:last|this|early|late)\s+(?:week|month|year|morning|afternoon|evening|night)\Z
                                                          # "last week"
    """,
    regex.VERBOSE,
)

# An abbreviation in parentheses inside a description: "a Central Command (Centcom) official".
_INNER_ABBREVIATION = regex.compile(
    r"""
    \s+\((?![RDI]\.?[-–—])\p{Lu}[\p{L}&.]{1,11}\)   # "(Centcom)", "(DIA)", not "(R-Texas)"
    (?=\s+\p{L})                                      # ... followed by the rest of the phrase
    """,
    regex.VERBOSE,
)

# An outlet named by a capitalized name and a medium: "Al-Hadath TV channel", "Kanal broadcaster".
_MEDIUM_SUFFIX = regex.compile(
    r"""
    (?<=\p{Lu}[\w.’'-]*)\s+
    (?:TV\s+channel|television(?:\s+channel)?|TV|channel|broadcaster|radio|  # broadcast media
       news\s+agency|newspaper|daily|news\s+site|news\s+website)\Z          # print and online
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A medium named before the outlet: "online news portal Middle East Eye", "the newspaper Haaretz".
_MEDIUM_PREFIX = regex.compile(
    r"""
    \A(?:the\s+)?(?:(?:online|state|state-run|private|independent|daily)\s+)?  # kind of outlet
    (?:news\s+)?(?:portal|website|site|newspaper|broadcaster|channel|agency|magazine|outlet)
    \s+(?=\p{Lu})                                                  # then the outlet's name
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Roles that, written capitalized as a label ("Senior Defense Official said"), still describe
# an unnamed person rather than name one.
_LABEL_ROLES = frozenset({"official", "officials", "source", "sources", "aide", "aides"})


def _capitalized_description(words: list[str]) -> bool:
    """ "Senior Defense Official", "SENIOR ADMINISTRATION OFFICIAL": a description written as a
    label (briefing transcripts, some outlets), with no given name in it."""
    return (
        len(words) >= 2
        and words[-1].lower() in _LABEL_ROLES
        and all(w[:1].isupper() for w in words)
        and not any(gender_of(w) for w in words[:-1])
    )


@attrs.frozen(kw_only=True)
class MentionInfo:
    """The analysis of a speaker mention's text (one for every mention written the same way)."""

    form: Form
    core: str
    determiner: Determiner = "none"
    head: str | None = None
    words: frozenset[str] = frozenset()
    plural: bool = False
    count: int | None = None
    gender: str | None = None
    name: NameParts | None = None
    canonical: str | None = None
    country: str | None = None
    possessor: str | None = None
    modifier: str | None = None
    trailing: str | None = None
    phrase: str | None = None
    pronoun_kind: str | None = None


def count_word(word: str) -> int | None:
    """2 for "two" or "2"; None otherwise."""
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word.lower())


def _split_core(text: str) -> tuple[str, str | None]:
    """The core phrase and what follows it (appositive, relative clause...)."""
    match = _APPOSITION.search(text)
    if match is None or match.start() == 0:
        return text, None
    return text[: match.start()], text[match.start() :].lstrip(" ,(-–—")


def _cut_trailing_pp(core: str) -> tuple[str, str | None]:
    """Cut "a spokesman for the Pentagon" after the lower-case role noun."""
    for match in _TRAILING_PP.finditer(core):
        before = core[: match.start()].split()
        if not before:
            continue
        last = before[-1]
        opener = len(before) == 1 and (
            last.lower() in GROUP_NOUNS
            or singular(last) in ANONYMOUS_ROLES
            or singular(last) in DOCUMENT_NOUNS  # a sentence-initial "Reports in ..."
        )
        if (last[:1].islower() or opener) and (
            singular(last) in ANONYMOUS_ROLES
            or last.lower() in GROUP_NOUNS
            or last in ORG_NOUNS
            or last.lower() in TITLES
            or last.lower() in DOCUMENT_NOUNS
            or last in ("head", "chief", "director", "leader", "member", "members")
        ):
            return core[: match.start()], core[match.start() :].strip()
    return core, None


def singular(word: str) -> str:
    """The singular of a plural role noun (approximate: only what role nouns need)."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return lower[:-1]
    return lower


def head_of(words: list[str]) -> str:
    """The head noun of a phrase: its last word, lower case, without a possessive."""
    return strip_possessive(words[-1]).lower().strip(".,;:") if words else ""


def _determiner(words: list[str]) -> tuple[Determiner, int, int | None, str | None]:
    """The determiner type, how many words it takes, the count it gives, and a possessor."""
    if not words:
        return "none", 0, None, None
    lowered = [w.lower() for w in words]
    first = lowered[0]
    two = " ".join(lowered[:2])
    three = " ".join(lowered[:3])
    if (
        two
        in (
            "a second",
            "a third",
            "a fourth",
            "one other",
            "a different",
            "a separate",
            "yet another",
            "a further",
        )
        or first == "another"
    ):
        return "another", 2 if first != "another" else 1, 1, None
    if three in _QUANTIFIERS or three in _NUMBERS:
        return "number", 3, _NUMBERS.get(three), None
    if two in _QUANTIFIERS or two in _NUMBERS:
        taken = 2
        count = _NUMBERS.get(two)
        if two in ("at least", "more than") and len(words) > 2:
            count = count_word(words[2])
            taken = 3
        return "number", taken, count, None
    if first in ("a", "an"):
        return "indefinite", 1, 1, None
    if first in ("the", "this", "that", "these", "those"):
        return "definite", 1, None, None
    if first in _QUANTIFIERS or count_word(first) is not None:
        if first == "one" and len(words) > 1:
            return "indefinite", 1, 1, None
        return "number", 1, count_word(first), None
    # A possessor: "Turkey's foreign minister", "the company's chief executive".
    for index, word in enumerate(words[:4]):
        if word.endswith(("’s", "'s", "s’", "s'")) and index + 1 < len(words):
            possessor = " ".join(words[: index + 1])
            return "possessive", index + 1, None, possessor
    return "none", 0, None, None


def _name_like(words: list[str]) -> bool:
    """Whether the phrase ends in a capitalized name (not just a capitalized first word)."""
    joined = " ".join(words)
    # A party label needs its parenthesis: "(R-Texas)".
    words = (PARTY.sub("", joined) if "(" in joined else joined).split()
    return bool(words) and is_name_word(words[-1]) and words[-1][:1].isupper()


def _is_org_name(words: list[str], context_orgs: frozenset[str]) -> bool:
    if (
        len(words) >= 4
        and gender_of(words[-2]) is not None
        and any(w.lower() in TITLES for w in words[:-2])
    ):
        return False  # "U.S. Undersecretary of State Dana Holt": a titled person, not an office
    lower = " ".join(words).lower()
    last = strip_possessive(words[-1]).lower()
    if lower in context_orgs or lower.removeprefix("the ") in context_orgs:
        return True
    if last in ORG_HEADS and words[-1][:1].isupper():
        return True
    if len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha():
        return gender_of(words[0]) is None  # an acronym: NATO, FBI, ACLU
    if words[0][:1].isupper() and len(words) >= 3 and "of" in words[1:-1]:
        return words[0].lower() not in TITLES  # "Department of Defense", not "Secretary of State"
    return lower.startswith("the ") and len(words) >= 2 and gender_of(words[1]) is None


# Role and organization nouns whose plural makes a mention plural ("officials", "agencies").
_PLURAL_ROLE_HEADS = ANONYMOUS_ROLES | ORG_NOUNS


class _Shared(TypedDict):
    """The fields every analysis of a mention sets: its core and what follows it."""

    core: str
    trailing: str | None
    phrase: str


class _Described(_Shared):
    """The fields of a description, which a name in apposition to it keeps too."""

    head: str
    determiner: Determiner
    words: frozenset[str]
    possessor: str | None


def analyze(
    span: Span, *, context_orgs: frozenset[str] = frozenset(), entity_label: str | None = None
) -> MentionInfo:
    """Analyze one speaker mention (``entity_label`` is a trained NER label for it, if any).

    The analysis reads only the mention's text, the article's context organizations and the
    label, so a caller may reuse it for every mention written the same way.
    """
    raw = span.text.strip().strip(",;:").strip()
    if "(" in raw:
        raw = _INNER_ABBREVIATION.sub("", raw)
    raw = _LOOSE_END.sub("", raw) or raw
    core_text, rest = _split_core(raw)
    core_text, trailing = _cut_trailing_pp(_drop_trailing_adverbs(core_text))
    short = trailing is not None and len(trailing.split()) <= _MAX_NAME_PHRASE_WORDS
    phrase = f"{core_text} {trailing}" if short else core_text
    if rest is not None and trailing is None and rest.split()[:1] and not rest[:1].isupper():
        trailing = rest
    words = core_text.split()
    lowered = " ".join(words).lower()
    shared: _Shared = {"core": core_text, "trailing": rest or trailing, "phrase": phrase}
    if not words:
        return MentionInfo(form="unknown", **shared)
    if len(words) == 1 and lowered in PRONOUNS:
        gender, plural, kind = PRONOUNS[lowered]
        return MentionInfo(
            form="pronoun", gender=gender, plural=plural, pronoun_kind=kind, **shared
        )
    if words[0].lower() in RELATIVES:  # "who", or "who requested anonymity" as a whole
        return MentionInfo(form="relative", **shared)
    media = media_name(lowered)
    if media is None and len(words) >= 2:
        medium = _MEDIUM_SUFFIX.search(core_text)
        if medium is not None:
            outlet = core_text[: medium.start()].removeprefix("the ").removeprefix("The ")
            media = media_name(outlet) or outlet
        medium = _MEDIUM_PREFIX.match(core_text)
        if media is None and medium is not None:
            outlet = core_text[medium.end() :]
            media = media_name(outlet) or outlet
    if media is not None:
        return MentionInfo(form="media", canonical=media, **shared)
    determiner, taken, count, possessor = _determiner(words)
    body = words[taken:] or words
    body_lower = " ".join(body).lower()
    head = head_of(body)
    info_words = frozenset(w.lower().strip(",.") for w in body)
    country = _country_in(words) or _country_of_membership(phrase[len(core_text) :].split())
    if determiner == "definite" and len(body) == 1 and head in SHORT_MEDIA:
        return MentionInfo(form="media", canonical=None, head=head, determiner=determiner, **shared)
    institution = INSTITUTIONS.get(body_lower) or INSTITUTIONS.get(lowered)
    if institution is not None:
        name, code = institution
        return MentionInfo(
            form="organization",
            canonical=name,
            country=code,
            determiner=determiner,
            head=head,
            **shared,
        )
    lowered = strip_possessive(lowered)
    capital = CAPITALS.get(lowered)
    if capital is not None or (
        len(words) <= 3
        and lowered in COUNTRY_CODES
        and words[0][:1].isupper()
        and lowered not in ("american", "americans", "european")
    ):
        code = capital or COUNTRY_CODES[lowered]
        canonical = strip_possessive(" ".join(words).removeprefix("the ").removeprefix("The "))
        return MentionInfo(form="organization", canonical=canonical, country=code, **shared)
    coordinated = " and " in f" {body_lower} " or " & " in body_lower
    plural = (
        head in GROUP_NOUNS
        or (determiner == "number" and count != 1)
        or (head.endswith("s") and singular(head) in _PLURAL_ROLE_HEADS)
    )
    if head in DOCUMENT_NOUNS or singular(head) in DOCUMENT_NOUNS:
        return MentionInfo(
            form="document",
            determiner=determiner,
            head=singular(head),
            words=info_words,
            plural=head != singular(head),
            count=count,
            country=country,
            canonical=_canonical_description(words, taken),
            possessor=possessor,
            **shared,
        )
    # The fields a description (or a name in apposition to one) keeps.
    described: _Described = {
        "head": head,
        "determiner": determiner,
        "words": info_words,
        "possessor": possessor,
        **shared,
    }
    named = _named_in_apposition(body, rest)
    if named is not None:
        return _as_name(described, named, country)
    label_role = _capitalized_description(body)  # "Senior Defense Official": a description
    lone_plural_role = len(body) == 1 and plural and singular(head) in ANONYMOUS_ROLES
    if (
        _name_like(body)
        and not label_role
        and not (head in GROUP_NOUNS or lone_plural_role or (plural and words[-1][:1].islower()))
    ):
        label = entity_label
        parts = _LIST_SEPARATOR.split(" ".join(body))
        if coordinated and label is None and not _is_org_name(body, context_orgs):
            return MentionInfo(
                form="group",
                canonical=" ".join(body),
                plural=True,
                count=len(parts) or None,
                determiner=determiner,
                head=head,
                words=info_words,
                **shared,
            )
        if label in ("ORG", "NORP", "GPE", "FAC") or (
            label is None
            and _is_org_name(body if determiner != "definite" else words, context_orgs)
        ):
            canonical = " ".join(body) if determiner == "definite" else " ".join(words)
            return MentionInfo(
                form="organization",
                canonical=strip_possessive(canonical),
                head=head,
                country=country,
                determiner=determiner,
                words=info_words,
                **shared,
            )
        name_parts = parse_name(body)
        if name_parts.name is not None and determiner in ("none", "possessive", "definite"):
            return _as_name(described, name_parts, country)
    if plural or head in GROUP_NOUNS:
        return MentionInfo(
            form="group",
            plural=True,
            count=count,
            head=singular(head),
            words=info_words,
            determiner=determiner,
            country=country,
            possessor=possessor,
            canonical=_canonical_description(words, taken),
            **shared,
        )
    if head in ORG_NOUNS or (
        head and strip_possessive(words[-1]).lower() in ORG_HEADS and words[-1][:1].isupper()
    ):
        return MentionInfo(
            form="organization",
            head=head,
            determiner=determiner,
            words=info_words,
            country=country,
            possessor=possessor,
            canonical=_canonical_description(words, taken),
            **shared,
        )
    if head in ANONYMOUS_ROLES or head in TITLES or _title_head(body):
        gender = TITLES.get(head)
        return MentionInfo(
            form="role",
            head=head,
            determiner=determiner,
            words=info_words,
            count=count,
            gender=gender,
            country=country,
            possessor=possessor,
            canonical=_canonical_description(words, 0),
            **shared,
        )
    return MentionInfo(
        form="unknown",
        head=head or None,
        determiner=determiner,
        words=info_words,
        canonical=core_text,
        **shared,
    )


def _title_head(words: list[str]) -> bool:
    """Whether a lower-case phrase ends in a title of several words ("press secretary")."""
    lowered = [w.lower() for w in words]
    return any(
        " ".join(lowered[i:]) in TITLES for i in range(max(0, len(lowered) - 4), len(lowered))
    )


def _canonical_description(words: list[str], taken: int) -> str:
    """The description as written, with a sentence-initial "A"/"The" lowered."""
    text = " ".join(words)
    if not text:
        return text
    first = words[0]
    if first.istitle() and (
        first.lower() in _LOWER_OPENERS
        or first.lower() in GROUP_NOUNS
        or singular(first) in ANONYMOUS_ROLES
        or count_word(first) is not None
    ):
        text = first.lower() + text[len(first) :]
    return text


_LOWER_OPENERS = frozenset(
    {
        "a",
        "an",
        "the",
        "another",
        "several",
        "some",
        "many",
        "most",
        "senior",
        "top",
        "former",
        "two",
        "three",
        "both",
        "other",
        "this",
        "these",
        "those",
        "court",
        "federal",
        "state",
    }
)


# First words of the two-word country names ("south korea"): only they open a pair to look up.
_PAIR_OPENERS = frozenset(name.split(" ")[0] for name in COUNTRY_CODES if " " in name)


def _country_in(words: list[str]) -> str | None:
    """The country named in a phrase ("Turkish", "Turkey’s", "U.S."); None for none or several."""
    found: set[str] = set()
    for index, word in enumerate(words):
        clean = strip_possessive(word).strip(",")
        code = "US" if clean == "US" else country_code(clean) if clean[:1].isupper() else None
        if code is None and index + 1 < len(words) and clean.lower() in _PAIR_OPENERS:
            code = COUNTRY_CODES.get(f"{clean} {strip_possessive(words[index + 1])}".lower())
        if code is not None:
            found.add(code)
    return found.pop() if len(found) == 1 else None


# Prepositions that make the phrase after a role the source's own body ("an official at the
# Turkish Foreign Ministry"), unlike "close to" or "familiar with".
_MEMBERSHIP = frozenset({"at", "in", "of", "from", "for", "with", "inside", "within"})


def _country_of_membership(pp: list[str]) -> str | None:
    """The country of the body in a short prepositional phrase after a role: "at the Turkish
    Foreign Ministry" -> TR, "in the Kremlin" -> RU; None for other phrases."""
    if len(pp) < 2 or pp[0].lower() not in _MEMBERSHIP:
        return None
    body = pp[2:] if pp[1].lower() == "the" else pp[1:]
    institution = INSTITUTIONS.get(strip_possessive(" ".join(body)).lower())
    return institution[1] if institution is not None else _country_in(body)


def _as_name(described: _Described, parts: NameParts, country: str | None) -> MentionInfo:
    """The mention as a personal name with these parts (``described``: the other fields)."""
    return MentionInfo(
        form="name", name=parts, gender=parts.gender, country=parts.country or country, **described
    )


def _named_in_apposition(body: list[str], rest: str | None) -> NameParts | None:
    """ "another RT host, Abby Martin" / "his Treasury secretary, Lawrence Summers": the name
    in the appositive, with the description as its title."""
    if rest is None or not body or body[-1][:1].isupper():
        return None
    head = strip_possessive(body[-1]).lower()
    role = head in TITLES or singular(head) in ANONYMOUS_ROLES
    if not role and head not in ORG_NOUNS:
        return None
    words = rest.split(",")[0].split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(is_name_word(w) for w in words):
        return None
    parts = parse_name(words)
    if parts.name is None or parts.title is not None:
        return None
    description = " ".join(w for w in body if not w.endswith(("’s", "'s", "s’"))) or None
    if role:
        return attrs.evolve(parts, title=description)
    # "the authority, Dana Kim": a person of that organization, when the name is a person's.
    if parts.given is None or gender_of(parts.given) is None:
        return None
    return attrs.evolve(parts, affiliation=description)


def _drop_trailing_adverbs(core: str) -> str:
    """ "Mr. Schultz generally" -> "Mr. Schultz"; "voters in particular" -> "voters"."""
    words = core.split()
    while len(words) > 1 and (
        (words[-1].endswith("ly") and words[-1].islower() and words[-1] not in _LY_NOUNS)
        or " ".join(words[-2:]).lower() == "in particular"
    ):
        words = words[:-2] if words[-1] == "particular" else words[:-1]
    return " ".join(words) if len(words) != len(core.split()) else core
