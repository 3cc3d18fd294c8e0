"""Speaker mentions: the noun phrase next to a cue, found without a parser.

Left of a cue (``Army General Maria Lopez, the head of Central Command, said``) we walk back over
auxiliaries, then over an appositive or relative clause set off by commas, then over the noun
phrase itself: names, titles, possessives, lower-case nouns, ``of`` between capitalized words, up
to and including a determiner. Right of a cue (``said Maria Lopez, the head of ...``) we walk
forward the same way. The mention keeps its appositive, as PolNeAR source spans do; pronouns stay
pronouns (resolving them is the job of :mod:`attribution._sources`).
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution._text import Tok
from attribution.lexicons.anonymity import ANONYMOUS_ROLES, GROUP_NOUNS
from attribution.lexicons.cues import SPEECH_NOUNS
from attribution.lexicons.titles import TITLE_MODIFIERS, TITLES

__all__ = ["PRONOUNS", "left_speaker", "right_speaker", "subject_of"]

PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you", "who", "which"})

_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "some",
        "many",
        "most",
        "several",
        "other",
        "another",
        "both",
        "all",
        "few",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "no",
        "each",
        "every",
        "any",
        "such",
        "more",
    ]
)

# Words that cannot be part of a speaker noun phrase: they end the backward/forward walk.
_STOP = frozenset(
    [
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "if",
        "because",
        "although",
        "though",
        "while",
        "whereas",
        "when",
        "whenever",
        "where",
        "after",
        "before",
        "since",
        "until",
        "unless",
        "as",
        "than",
        "that",
        "what",
        "whether",
        "why",
        "how",
        "whom",
        "whose",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "about",
        "over",
        "under",
        "between",
        "through",
        "during",
        "without",
        "within",
        "against",
        "among",
        "across",
        "around",
        "behind",
        "beyond",
        "toward",
        "towards",
        "upon",
        "via",
        "per",
        "like",
        "near",
        "off",
        "out",
        "up",
        "down",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "n't",
        "never",
        "also",
        "just",
        "still",
        "even",
        "only",
        "then",
        "there",
        "here",
        "now",
        "today",
        "yesterday",
        "tonight",
        "ago",
        "said",
        "says",
        "say",
        "told",
        "tell",
        "tells",
        "added",
        "adds",
        "asked",
        "according",
        "however",
        "meanwhile",
        "instead",
        "indeed",
        "though",
        "thus",
        "therefore",
        "moreover",
        "furthermore",
        "later",
        "earlier",
        "again",
        "very",
        "too",
        "well",
        "much",
        "really",
        "already",
        "yes",
        "please",
        "no",
        "me",
        "him",
        "us",
        "them",
        "it's",
        "that's",
        "there's",
        "he's",
        "she's",
        "this",
        "that",
        "those",
        "these",
    ]
)
# Capitalized sentence openers that are not names.
_CAP_STOP = frozenset(
    [
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "If",
        "Because",
        "Although",
        "Though",
        "While",
        "When",
        "Where",
        "After",
        "Before",
        "Since",
        "Until",
        "As",
        "In",
        "On",
        "At",
        "By",
        "With",
        "From",
        "For",
        "To",
        "Of",
        "Asked",
        "Still",
        "Meanwhile",
        "However",
        "Instead",
        "Indeed",
        "Now",
        "Then",
        "Also",
        "Last",
        "This",
        "That",
        "There",
        "Here",
        "Earlier",
        "Later",
        "Today",
        "Yesterday",
        "Speaking",
        "Writing",
        "Still",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
_APPOSITIVE_LEADS = (
    _DETERMINERS
    | frozenset({"who", "which", "whose", "speaking", "writing", "appearing", "testifying"})
    # "said Robert Klein, chairman of ...", "said Ann Ruiz, deputy director of ..."
    | frozenset(title for title in TITLES if " " not in title and not title.endswith("."))
    | TITLE_MODIFIERS
    | frozenset({"former", "then", "now", "co-chair", "vice"})
)
# Lower-case words ending in -ly that are nouns, not adverbs between a speaker and a cue.
_LY_NOUNS = frozenset({"family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly"})
# Sentence adverbs between a speaker and a cue: "Carter however said".
_SPEAKER_ADVERBS = frozenset(
    {"however", "meanwhile", "too", "instead", "though", "therefore", "now", "later"}
)
_MAX_NP = 12
# Quantifiers that head a partitive speaker: "one of them", "neither of us".
_PARTITIVES = frozenset(
    {"one", "some", "many", "most", "several", "both", "all", "few", "none", "neither", "either"}
    | {"each", "two", "three", "four"}
)
# Lower-case nouns that are no title before a name: events and times ("a speech Mrs. Clinton").
_NOT_BEFORE_NAMES = SPEECH_NOUNS | frozenset({"time", "times", "day", "week", "year", "month"})
_RIGHT_STOPS = frozenset({",", ".", ";", "“", '"', ":"})
_MAX_APPOSITIVE = 30
_MAX_APPOSITIVES = 3
_BOUNDARIES = frozenset({",", "“", "”", '"', "''", ";", ":", "—", "--"})


def _np_word(tok: Tok) -> bool:
    text = tok.text
    if not (text[0].isalnum() or text[0] in "$"):
        return False
    if text[0].isupper():
        return text not in _CAP_STOP
    low = tok.lower
    if low in _STOP:
        return False
    return not (low.endswith(("ing", "ed")) and len(low) > 5)


def _np_back(toks: Sequence[Tok], end: int, floor: int) -> int:
    """The first token of the noun phrase ending just before token ``end``; ``end`` if none."""
    i = end - 1
    if i < floor:
        return end
    if toks[i].lower in PRONOUNS:
        return i
    if (
        toks[i].lower in {"them", "us", "those"}
        and i - 2 >= floor
        and toks[i - 1].lower == "of"
        and toks[i - 2].lower in _PARTITIVES
    ):
        return i - 2  # "One of them said", "Some of those"
    first = end
    while i >= floor and end - i <= _MAX_NP:
        tok = toks[i]
        low = tok.lower
        if low in _DETERMINERS and first == end:
            break
        if low in _DETERMINERS and first < end:
            if i - 2 >= floor and toks[i - 1].lower == "of" and _np_word(toks[i - 2]):
                # "Mr. Morgan of the Sierra Club", "the results of the latest poll"
                i -= 2
                continue
            return i
        if tok.text == ")" and (first < end or i == end - 1):
            # "Rep. Gwen Moore (D-Wis.)"
            k = i - 1
            while k >= floor and i - k <= 8 and toks[k].text != "(":
                k -= 1
            if k > floor and toks[k].text == "(":
                first = k
                i = k - 1
                continue
            break
        if _np_word(tok):
            if first < end and low in _NOT_BEFORE_NAMES and toks[first].text[0].isupper():
                break  # "In a speech Mrs. Clinton said": the name starts after the event noun
            first = i
            i -= 1
            continue
        if low == "of" and first < end and i - 1 >= floor and _np_word(toks[i - 1]):
            # "36 percent of Democrats", "the head of Central Command"
            i -= 1
            continue
        if (
            low in {"of", "and", "&", "for"}
            and first < end
            and toks[first].text[0].isupper()
            and i - 1 >= floor
            and toks[i - 1].text[0].isupper()
            and toks[i - 1].text not in _CAP_STOP
        ):
            i -= 1
            continue
        if (
            low == "-"
            and first < end
            and i - 1 >= floor
            and toks[i - 1].end == tok.start
            and tok.end == toks[i + 1].start
        ):
            # a hyphen inside a word ("D-Ore"), not a dateline dash ("WASHINGTON -- Obama")
            i -= 1
            continue
        break
    return first


def _adverb(tok: Tok) -> bool:
    """A lower-case adverb between a speaker and its cue: ``broadly``, ``however``."""
    low = tok.text
    if low in _SPEAKER_ADVERBS:
        return True
    return len(low) > 4 and low.endswith("ly") and low.islower() and low not in _LY_NOUNS


_ASIDE_LEADS = frozenset(
    {"at", "in", "on", "during", "after", "before", "with", "for", "from", "meanwhile"}
    | {"however", "too", "though", "then", "now", "also", "instead", "like", "unlike"}
)


def _before_aside(toks: Sequence[Tok], comma: int, end: int) -> int:
    """Where a left speaker ends: before an aside set off by commas (PolNeAR leaves it out).

    ``Trump, appearing after Clinton at the forum, said`` -> ``Trump``; ``Clinton, at
    Monday's debate, said`` -> ``Clinton``. Appositives and relative clauses stay; so does an
    aside about anonymity (``speaking on condition of anonymity``), which describes the source.
    """
    k = comma
    while k < end - 1:
        lead = toks[k + 1]
        low = lead.lower
        if (low in _ASIDE_LEADS or (low.endswith("ing") and lead.text.islower())) and not any(
            toks[n].lower in {"anonymity", "condition"} for n in range(k + 1, end)
        ):
            return k
        k += 1
        while k < end - 1 and toks[k].text != ",":
            k += 1
    return end


# Post-modifiers of a speaker noun phrase, by the words that open them: "officials familiar
# with the talks", "a spokeswoman for the agency", "people with knowledge of the plan".
_POST_PREPOSITIONS = frozenset({"at", "for", "from", "in", "on", "with"})
_POST_PHRASES = frozenset(
    {
        ("familiar", "with"),
        ("briefed", "on"),
        ("briefed", "about"),
        ("close", "to"),
        ("knowledgeable", "about"),
        ("involved", "in"),
    }
)
# How far back a relative clause may open: "an official who was not authorized to speak".
_MAX_RELATIVE = 10
# Words before a noun phrase that still let it open its clause: "after officials at X said".
_CLAUSE_OPENERS = frozenset({"and", "but", "after", "because", "while", "as", "when", "since"})
# Nouns that head a post-modified speaker: roles and groups (singular or plural), documents.
_HEAD_NOUNS = (
    frozenset(TITLES)
    | ANONYMOUS_ROLES
    | GROUP_NOUNS
    | frozenset({"data", "documents", "records", "figures", "study", "report", "survey", "poll"})
)
# An object that is a time, not an organization: "prosecutors in April charged".
_TIME_OBJECTS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday"}
)


def _opens_clause(toks: Sequence[Tok], first: int, floor: int) -> bool:
    return (
        first == floor
        or not toks[first - 1].text[0].isalnum()
        or toks[first - 1].lower in _CLAUSE_OPENERS
    )


def _head_noun(toks: Sequence[Tok], head: int, end: int) -> bool:
    """Whether ``head..end`` is a role, group or document, or a multi-word proper name."""
    last = toks[end - 1]
    low = last.lower
    if low in _HEAD_NOUNS or (low.endswith("s") and low[:-1] in _HEAD_NOUNS):
        return True
    return last.text[0].isupper() and end - head >= 2


def _post_modified(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Extend a noun phrase back over the head it post-modifies: ``Two EU officials familiar
    with`` + ``the negotiations``, ``A spokeswoman for`` + ``the authority``.

    The head must be a role, group or name that opens its clause, so that a verb's object
    ("met officials at the ministry") or an opening adverbial ("In Paris") never becomes a
    speaker.
    """
    for _ in range(2):  # "a lawyer for the firm in Ankara"
        k = first - 1
        if k <= floor:
            return first
        person = True  # "familiar with", "who": the head is a person or a group
        if k - 1 > floor and (toks[k - 1].lower, toks[k].lower) in _POST_PHRASES:
            k -= 1
        elif toks[k].lower in _POST_PREPOSITIONS:
            person = False
            if toks[first].lower in _TIME_OBJECTS:
                return first
        else:
            # a relative clause: "an official who was not authorized to speak publicly"
            k = first - 1
            while k > floor and first - k <= _MAX_RELATIVE and toks[k].lower != "who":
                if not toks[k].text[0].isalnum():
                    return first
                k -= 1
            if toks[k].text != "who":
                return first
        if not toks[k].text[0].islower():
            return first
        head = _np_back(toks, k, floor)
        if (
            head >= k
            or not _opens_clause(toks, head, floor)
            or not (person or _head_noun(toks, head, k))
        ):
            return first
        first = head
    return first


def left_speaker(toks: Sequence[Tok], cue_first: int, floor: int) -> tuple[int, int] | None:
    """Token range ``[first, last)`` of the speaker ending before the cue at ``cue_first``."""
    from attribution._cues import AUXILIARIES, TIME_WORDS

    i = cue_first
    while i - 1 >= floor and (
        toks[i - 1].lower in AUXILIARIES
        or toks[i - 1].lower in TIME_WORDS
        or (
            toks[i - 1].lower in {"on", "last", "in"}
            and i < cue_first
            and (toks[i].lower in TIME_WORDS or toks[i].lower in _TIME_OBJECTS)
        )
        or (
            # "Prosecutors in March said": a month or day after a preposition
            toks[i - 1].lower in _TIME_OBJECTS
            and i - 2 >= floor
            and toks[i - 2].lower in {"on", "last", "in"}
        )
        or _adverb(toks[i - 1])
    ):
        i -= 1
    end = i
    if end <= floor:
        return None
    if toks[end - 1].text == ",":
        # Appositives or relative clauses: "Scott Pruitt, the attorney general of Oklahoma,
        # one of the states suing, said". The noun phrase must open its clause.
        k = end - 1
        fallback: tuple[int, int] | None = None
        opening: tuple[int, int] | None = None
        for _ in range(_MAX_APPOSITIVES):
            j = k - 1
            while j >= floor and k - j <= _MAX_APPOSITIVE and toks[j].text not in _BOUNDARIES:
                j -= 1
            if j <= floor or toks[j].text != "," or j + 1 >= k:
                break
            first = _np_back(toks, j, floor)
            if first < j:
                first = _post_modified(toks, first, floor)
            if first == j - 1 and toks[first].text.isdigit():
                # an age: "Jacob Shiansky, 24, who was visiting ..., said"
                k = j
                continue
            if (
                first < j
                and first > floor
                and toks[first - 1].text == ","
                and toks[first].lower in _DETERMINERS
            ):
                # "a port official," may itself be an appositive: look for its head further left.
                opening = first, _before_aside(toks, j, end)
                k = j
                continue
            if first < j and (first == floor or not toks[first - 1].text[0].isalnum()):
                return first, _before_aside(toks, j, end)
            if first < j and fallback is None:
                # "Officials at Homeland Security Investigations, a division of ..., said":
                # keep the nearest noun phrase when none opens the clause.
                fallback = first, end
            k = j
        return opening or fallback
    first = _np_back(toks, end, floor)
    if first >= end:
        return None
    extended = _post_modified(toks, first, floor)
    if extended < first:
        # "an official who was not authorized to speak publicly said": the adverb is the clause's
        while end < cue_first and _adverb(toks[end]):
            end += 1
    return _coordinated(toks, extended, floor), end


def _coordinated(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Extend a subject over ``A and``: ``Federal and state officials``, ``RT and its allies``.

    Only when the first conjunct is made of names, determiners and titles and opens its clause:
    a lower-case word there may be a verb ("cut jobs and the union said").
    """
    if first - 1 <= floor or toks[first - 1].lower not in {"and", "&"}:
        return first
    start = _np_back(toks, first - 1, floor)
    if start >= first - 1 or (start > floor and toks[start - 1].text[0].isalnum()):
        return first
    for n in range(start, first - 1):
        tok = toks[n]
        if not (
            tok.text[0].isupper()
            or tok.lower in _DETERMINERS
            or tok.lower in TITLES
            or tok.lower in TITLE_MODIFIERS
        ):
            return first
    return start


def right_speaker(
    toks: Sequence[Tok], start: int, ceiling: int, *, appositive: bool = True
) -> tuple[int, int] | None:
    """Token range of the speaker starting at token ``start`` (after ``said``), if any."""
    if start >= ceiling:
        return None
    if toks[start].lower in PRONOUNS:
        return start, start + 1
    i = start
    seen = False
    while i < ceiling and i - start < _MAX_NP:
        tok = toks[i]
        if tok.lower in _DETERMINERS and not seen:
            i += 1
            if i < ceiling and toks[i].text[0].isalpha():
                # after a determiner any word heads the phrase: "said the ruling"
                seen = True
                i += 1
            continue
        if _np_word(tok) or (tok.text[0].isupper() and tok.text not in _CAP_STOP):
            seen = True
            i += 1
            continue
        if (
            tok.lower in {"of", "&", "for"}
            and seen
            and i + 1 < ceiling
            and toks[i + 1].text[0].isupper()
        ):
            i += 1
            continue
        break
    if not seen:
        return None
    end = i
    if appositive and end < ceiling and toks[end].text == "(":
        # "said Rep. Ann Ruiz (D-Ore.), a member of ..."
        k = end + 1
        while k < ceiling and k - end <= 8 and toks[k].text != ")":
            k += 1
        if k < ceiling and toks[k].text == ")":
            end = k + 1
    if (
        appositive
        and end + 1 < ceiling
        and toks[end].text == ","
        and (
            toks[end + 1].lower in _APPOSITIVE_LEADS
            or toks[end + 1].text.isdigit()  # an age: "said Gonzalez, 55, of Brigantine"
            or (toks[end + 1].text[0].isupper() and toks[end + 1].lower.endswith(("'s", "’s")))
        )
    ):
        # "said Flynn, a top Trump surrogate." keeps the appositive up to the next comma or end.
        j = end + 1
        while j < ceiling and toks[j].text not in _RIGHT_STOPS:
            j += 1
        end = j
    if (
        appositive
        and end + 1 < ceiling
        and toks[end].text == ","
        and toks[end + 1].lower in {"who", "whose"}
    ):
        # "said Tim Hess, a developer, who introduced him to ...": the relative clause stays.
        j = end + 1
        while j < ceiling and toks[j].text not in _RIGHT_STOPS:
            j += 1
        end = j
    return start, end


def subject_of(toks: Sequence[Tok], cue_first: int, floor: int) -> tuple[int, int] | None:
    """The sentence subject for a coordinated cue: "She urged him to leave and says, ..."."""
    from attribution._cues import AUXILIARIES

    i = cue_first
    while i - 1 >= floor and toks[i - 1].lower in AUXILIARIES:
        i -= 1
    if i - 1 < floor or toks[i - 1].lower not in {"and", "but", "then"}:
        return None
    found = right_speaker(toks, floor, i - 1, appositive=False)
    if found is None or found[0] != floor:
        return None
    return found
