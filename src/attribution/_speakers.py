"""Speaker mentions: the noun phrase next to a cue, found without a parser.

Left of a cue (``Army General Maria Lopez, the head of Central Command, said``) we walk back over
auxiliaries, then over an appositive or relative clause set off by commas, then over the noun
phrase itself: names, titles, possessives, lower-case nouns, ``of`` between capitalized words, up
to and including a determiner. Right of a cue (``said Maria Lopez, the head of ...``) we walk
forward the same way. The mention keeps its appositive, as PolNeAR source spans do; pronouns stay
pronouns (resolving them is the job of :mod:`attribution._sources`). On the right it also keeps a
chain of appositives (``said Ruiz, 29, of Dayton, Ohio``; a comma before a US state stays inside),
a ``who`` clause, an ``of``/``to`` complement of a role (``a longtime adviser to Lopez``), a
second conjunct (``their friends and advisers``) and, after ``according to``, a document's
post-modifiers (``a count by the Port Authority``); a dateline (``WASHINGTON (AP) —``) is skipped.
Asides set off by commas on the left are left out, and so is, on either side, a ``who`` clause
whose verb is a cue (``Ruiz, who said ..., said``): PolNeAR makes it an attribution of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution._cues import (
    AUXILIARIES,
    CUE_FORMS,
    PERCEIVED_SPEECH,
    RAISING_PARTICIPLES,
    TIME_WORDS,
)
from attribution._text import Tok
from attribution.lexicons.anonymity import ANONYMOUS_ROLES, GROUP_NOUNS
from attribution.lexicons.cues import SPEECH_NOUNS
from attribution.lexicons.given_names import FEMALE, MALE
from attribution.lexicons.news_orgs import MEDIA
from attribution.lexicons.titles import TITLE_MODIFIERS, TITLES
from attribution.lexicons.us_states import STATE_FIRST_WORDS, US_STATES

__all__ = [
    "PRONOUNS",
    "after_dateline",
    "clause_subject",
    "left_speaker",
    "opening_subject",
    "right_speaker",
    "subject_of",
]

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
        "which",  # "the plan, which Beijing said": the relative pronoun is the object
        "who",  # "said one source who asked ...": the pronoun opens a clause, not the phrase
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
        # prepositions and subordinators opening an adverbial before the subject
        "During",
        "Following",
        "Despite",
        "Amid",
        "Absent",
        "Once",
        "Having",
        "Without",
        "Under",
        "Throughout",
        "Among",
        "Given",
        "Unlike",
        "Like",
        "Upon",
        "Hours",
        "Minutes",
        "Days",
        "Weeks",
        "It’s",
        "It's",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        # more prepositions opening an adverbial: "Over the years, she said"
        "Over",
        "Back",
        "Around",
        "Through",
        "Against",
        "Across",
        "Inside",
        "Outside",
        "Within",
        "Beyond",
        "Along",
        "Behind",
        "Toward",
        "Into",
        "Ahead",
        # sentence adverbs: "Likewise, Trump went after ..."
        "Likewise",
        "Therefore",
        "Moreover",
        "Furthermore",
        "Nevertheless",
        "Nonetheless",
        "Otherwise",
        "Similarly",
        "Additionally",
        "Finally",
        "Thus",
        "Hence",
        "Again",
        "Ultimately",
        "Eventually",
        "Recently",
        "Previously",
        "Initially",
        "Separately",
        "Overall",
        "Clearly",
        "Obviously",
        "Thanks",
        "Even",
        "Prior",
    ]
)
_APPOSITIVE_LEADS = (
    _DETERMINERS
    # (not "speaking", "writing": PolNeAR leaves out "said Ruiz, speaking to CNN" 5 times in 6)
    | frozenset({"who", "which", "whose"})
    # "said Robert Klein, chairman of ...", "said Ann Ruiz, deputy director of ..."
    | frozenset(title for title in TITLES if " " not in title and not title.endswith("."))
    | TITLE_MODIFIERS
    | frozenset({"former", "then", "now", "co-chair", "vice", "co"})  # "co-director"
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
# Words before "in" that head a partitive: "four in 10 voters", "someone in the audience".
_IN_PARTITIVES = frozenset(
    {"five", "six", "seven", "eight", "nine", "ten", "half", "someone", "anyone", "those"}
    | {"others", "everyone", "nobody", "no one"}
)
# Lower-case nouns that are no title before a name: events and times ("a speech Mrs. Clinton").
# Also nouns heading a reduced relative clause whose subject is the name: "the kind Trump
# described", "the moment Sanders announced", "No wonder Trump said".
_NOT_BEFORE_NAMES = (
    SPEECH_NOUNS
    | frozenset({"time", "times", "day", "week", "year", "month"})
    | frozenset({"kind", "place", "moment", "reason", "way", "thing", "things", "wonder"})
)
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
    if low in _STOP or low in _PAST_VERBS or low in _PRESENT_VERBS:
        return False
    if low in _ED_ADJECTIVES:
        return True  # "registered voters", "retired officers"
    if low.endswith("ed") and len(low) >= 5 and not low.endswith("eed"):
        return False  # "noted", "urged": a verb ends the phrase ("The president noted")
    return not (low.endswith("ing") and len(low) > 5) or low in _ING_NOUNS


# Words before an -ing modifier opening a subject: "But hacking specialists say".
_ING_LEADS = frozenset({"and", "but", "where", "while", "as", "when", "because", "that"})
# Nouns in -ing inside a source phrase: "the RealClearPolitics polling average", "a filing".
_ING_NOUNS = frozenset(
    {"polling", "reporting", "filing", "filings", "ruling", "briefing", "hearing", "meeting"}
    | {"findings", "recording", "recordings", "posting", "spending", "funding", "ranking"}
    # "people familiar with her thinking say", "officials involved in the planning said"
    | {"thinking", "planning", "building", "training", "shooting", "bombing", "wedding"}
)
# Participles that are adjectives inside a speaker phrase: "52 percent of registered voters".
_ED_ADJECTIVES = frozenset(
    {"registered", "retired", "elected", "unnamed", "unidentified", "undecided", "concerned"}
    | {"surveyed", "polled", "interviewed", "questioned"}  # "those surveyed said"
    | {"self-described", "so-called", "disaffected", "frustrated", "veiled", "armed"}
)
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# Adverbs before a quantifier or determiner that belong to the phrase: "about half of voters".
_QUANTIFIER_ADVERBS = frozenset(
    {"about", "nearly", "almost", "roughly", "only", "all", "just", "some", "approximately"}
    | {"virtually", "fully"}  # "Virtually all analysts"
)
# Irregular past tenses that follow a subject: "Carson took the stage", "Romney went on".
_PAST_VERBS = frozenset(
    {"took", "began", "went", "made", "stood", "came", "gave", "got", "kept", "left", "met"}
    | {"ran", "sat", "saw", "sent", "spent", "won", "wrote", "hit", "held", "brought"}
    | {"thought", "felt", "found", "knew", "became", "lost", "put", "set", "struck", "spoke"}
    | {"threw", "shot", "fell", "rose", "drew", "drove", "broke", "chose", "flew", "grew"}
    | {"paid", "shook", "swore", "taught", "understood", "fought", "bought", "caught"}
    | {"sought", "built", "dealt", "meant", "sold", "forgot", "froze", "sang", "wept", "spat"}
)


# Verbs that follow a subject and never sit inside a speaker phrase: "Gulf sources believe",
# "Wealth-X keeps its finances secret", "officials cannot", "Sanders didn't".
_PRESENT_VERBS = frozenset(
    {"believe", "believes", "fear", "fears", "try", "tries", "seek", "seeks", "oppose"}
    | {"opposes", "think", "thinks", "want", "wants", "hope", "hopes", "worry", "worries"}
    | {"expect", "expects", "know", "knows", "feel", "feels", "agree", "agrees", "keep"}
    | {"keeps", "describe", "describes", "deny", "denies", "remind", "reminds", "argue"}
    | {"argues", "cannot", "can't", "can’t", "didn't", "didn’t", "don't", "don’t", "doesn't"}
    | {"doesn’t", "won't", "won’t", "wouldn't", "wouldn’t", "isn't", "isn’t", "wasn't"}
    | {"wasn’t", "used", "goes", "comes", "gets", "seems", "remains", "becomes"}
)
# What follows a present-tense verb after a name, not a plural noun: "Gowdy promises the ...",
# "Lee touts his record", "Ruiz describes herself" (but "Trump supporters said").
_OBJECT_LEADS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "him", "them", "it", "himself", "herself"}
    | {"itself", "themselves", "any", "that", "to", "this", "these", "those", "on", "up"}
)


# Quantifiers that stand alone as a subject: "Some said", "Most say", "Another noted".
_ALONE_QUANTIFIERS = frozenset(
    {"some", "many", "most", "several", "both", "all", "few", "another", "others", "one"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"}
)


_CLITICS = frozenset({"s", "ve", "d", "ll", "re", "m"})


def _clitic_pronoun(low: str) -> bool:
    """Whether a token is a pronoun glued to an auxiliary clitic: ``he's``, ``they’ve``."""
    base, sep, clitic = low.replace("’", "'").partition("'")
    return bool(sep) and base in PRONOUNS and base != "it" and clitic in _CLITICS


def _quantifier_subject(toks: Sequence[Tok], i: int, floor: int) -> int | None:
    """The start of a quantifier subject ending at token ``i``: ``Some``, ``One in three``,
    ``About one in five`` (a poll's respondents), opening its clause; else None."""
    low = toks[i].lower
    if low not in _ALONE_QUANTIFIERS and not toks[i].text.isdigit():
        return None
    first = i
    if (
        i - 2 >= floor
        and toks[i - 1].lower == "in"
        and (toks[i - 2].lower in _ALONE_QUANTIFIERS or toks[i - 2].text.isdigit())
    ):
        first = i - 2  # "One in three", "6 in 10"
        if first - 1 >= floor and toks[first - 1].lower in _QUANTIFIER_ADVERBS:
            first -= 1  # "About one in five"
        first = _comparative_before(toks, first, floor)  # "More than six in 10"
    elif low not in _ALONE_QUANTIFIERS:
        return None
    if first > floor and toks[first - 1].lower in {"the", "these", "those", "all"}:
        first -= 1  # "The two said"
    before = toks[first - 1] if first > floor else None
    if (
        before is not None
        and before.text[0].isalnum()
        and before.lower not in _CLAUSE_OPENERS
        and before.lower not in {"that", "yet"}
    ):
        return None  # "He met some" is an object; "found that most said", "Yet another" a subject
    return first


# Comparatives before a number: "More than six in 10", "fewer than half", "as many as 40".
_COMPARATIVES = frozenset({"more", "fewer", "less"})
_COUNT_WORDS = _NUMBER_WORDS | {"half", "dozens", "hundreds", "thousands", "millions"}


def _comparative_before(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Token ``first`` moved back over ``more than`` / ``as many as`` before a number."""
    if (
        first - 2 >= floor
        and toks[first - 1].lower == "than"
        and toks[first - 2].lower in _COMPARATIVES
    ):
        return first - 2
    if (
        first - 3 >= floor
        and toks[first - 1].lower == "as"
        and toks[first - 2].lower in {"many", "much"}
        and toks[first - 3].lower == "as"
    ):
        return first - 3
    return first


def _np_back(toks: Sequence[Tok], end: int, floor: int) -> int:
    """The first token of the noun phrase ending just before token ``end``; ``end`` if none."""
    first = _np_start(toks, end, floor)
    return first if first == end else _after_fronted_date(toks, first, end, floor)


def _np_start(toks: Sequence[Tok], end: int, floor: int) -> int:
    """:func:`_np_back` before a fronted date is taken out."""
    i = end - 1
    if i < floor:
        return end
    if (
        toks[i].lower in {"them", "us", "those", "you"}
        and i - 2 >= floor
        and toks[i - 1].lower == "of"
        and toks[i - 2].lower in _PARTITIVES
    ):
        return i - 2  # "One of them said", "Some of those", "Many of you"
    if toks[i].lower in PRONOUNS or _clitic_pronoun(toks[i].lower):
        return i  # "he said"; "he's said" (the source resolver drops the clitic)
    quantified = _quantifier_subject(toks, i, floor)
    if quantified is not None:
        return quantified
    first = end
    while i >= floor and end - i <= _MAX_NP:
        tok = toks[i]
        low = tok.lower
        if low in _DETERMINERS and first == end:
            break
        if low in _DETERMINERS and first < end:
            if (
                i - 1 >= floor
                and low in _NUMBER_WORDS
                and toks[i - 1].lower in {"the", "these", "those", "their", "his", "her", "its"}
            ):
                return i - 1  # "The two voters", "his three sons"
            if i - 1 >= floor and toks[i - 1].lower in _QUANTIFIER_ADVERBS:
                # "about half of voters", "All the Democrats", "only 49 percent"
                return i - 1
            if i - 1 >= floor and low == "few" and toks[i - 1].lower == "a":
                return i - 1  # "a few Republican lawmakers"
            if _comparative_before(toks, i, floor) < i:
                return _comparative_before(toks, i, floor)  # "More than half of voters"
            if (
                i - 2 >= floor
                and toks[i - 1].lower in {"least", "most"}
                and toks[i - 2].lower == "at"
            ):
                return i - 2  # "at least four senators"
            if i - 2 >= floor and toks[i - 1].lower == "of" and _np_word(toks[i - 2]):
                # "Mr. Morgan of the Sierra Club", "the results of the latest poll"
                i -= 2
                continue
            if (
                i - 2 >= floor
                and toks[i - 1].lower == "in"
                and toks[i - 2].lower in _PARTITIVES | _IN_PARTITIVES
            ):
                # "Many in the crowd"
                return i - 2
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
        if (
            tok.text == ","
            and first == i + 1
            and i - 1 >= floor
            and toks[first].text[0].isdigit()
            and toks[i - 1].text.isdigit()
            and toks[i - 1].end == tok.start == toks[first].start - 1
        ):
            # "1,409 teachers": a thousands separator inside a number
            first = i - 1
            i -= 2
            continue
        if (
            tok.text == "%"
            and i - 1 >= floor
            and toks[i - 1].end == tok.start
            and toks[i - 1].text[0].isdigit()
        ):
            # "26% say", "85% of Democrats said": a percentage heads the phrase
            first = i - 1
            i -= 2
            continue
        if first < end and _nickname_before(toks, i, floor) and toks[first].text[0].isupper():
            # 'Marcia “Cia” Price': a quoted nickname inside a name
            first = i - 3
            i -= 4
            continue
        if _np_word(tok) or _name_word(toks, i, floor):
            if first < end and low in _NOT_BEFORE_NAMES and toks[first].text[0].isupper():
                break  # "In a speech Mrs. Clinton said": the name starts after the event noun
            first = i
            i -= 1
            continue
        if (
            first < end
            and tok.text.islower()
            and low.endswith("ing")
            and i - 1 >= floor
            and toks[i - 1].lower in {"a", "an", "the"}
        ):
            # "An accompanying statement", "a visiting professor": an adjective after the
            # article (the article ends the phrase on the next step)
            first = i
            i -= 1
            continue
        if (
            first < end
            and tok.text.islower()
            and low.endswith("ing")
            and toks[first].text.islower()
            and (i == floor or not toks[i - 1].text[0].isalnum() or toks[i - 1].lower in _ING_LEADS)
        ):
            # "And streaming services said", "where restructuring experts say": a modifier
            # opening its clause (after a verb it would be an object: "began hiring experts")
            return i
        if (
            low == "in"
            and first < end
            and i - 1 >= floor
            and (toks[i - 1].lower in _IN_PARTITIVES or toks[i - 1].lower in _PARTITIVES)
        ):
            # "Six in 10 voters", "Many in the crowd", "someone in the audience"
            i -= 1
            continue
        if (
            low == "of"
            and first < end
            and i - 1 >= floor
            and (_np_word(toks[i - 1]) or toks[i - 1].text == "%")
        ):
            # "36 percent of Democrats", "85% of Democrats", "the head of Central Command"
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
    if first < end and (toks[first].text[0].isdigit() or toks[first].lower in _COUNT_WORDS):
        first = _comparative_before(toks, first, floor)  # "as many as 40 percent of voters"
        if first - 1 >= floor and toks[first - 1].lower in _QUANTIFIER_ADVERBS:
            first -= 1  # "only 49 percent of Republicans", "about half of voters"
    if (
        first + 1 < end
        and toks[first].lower in {"least", "most"}
        and toks[first + 1].text[0].isdigit()
        and first - 1 >= floor
        and toks[first - 1].lower == "at"
    ):
        first -= 1  # "at least 21,000", "at most 200 teachers"
    return first


#: Prepositions that open a fronted date: "In 2015 Ruiz wrote", "Since March Ruiz has said".
_DATE_PREPOSITIONS = frozenset({"in", "since", "by", "until", "during", "from", "after", "before"})


def _after_fronted_date(toks: Sequence[Tok], first: int, end: int, floor: int) -> int:
    """``first`` moved past a year, decade or month that a preposition fronts, when a
    capitalized word follows it: ``In 2015 Ruiz wrote``, ``In March Ruiz said``, ``In the
    1990s Washington lobbyists said`` (the date was taken for the start of the name)."""
    date = first + 1 if toks[first].lower == "the" and first + 1 < end else first
    if date > first and not toks[date].text.endswith("s"):
        return first  # "from the 2014 Census Survey": a year that modifies the name
    if (
        date + 1 < end
        and first - 1 >= floor
        and toks[first - 1].lower in _DATE_PREPOSITIONS
        and toks[date + 1].text[0].isupper()
        and (
            (date == first and toks[date].lower.rstrip(".") in _MONTH_WORDS)
            or _year_or_decade(toks[date].text)
        )
    ):
        return date + 1
    return first


def _year_or_decade(text: str) -> bool:
    """``2015``, ``1990s``, ``90s``: a year from 1800 to 2099 or a decade."""
    digits = text.removesuffix("s")
    if not digits.isdigit():
        return False
    if digits == text:
        return len(text) == 4 and 1800 <= int(text) <= 2099
    return digits.endswith("0") and len(digits) in (2, 4)


_OPENING_MARKS = frozenset({"“", '"', "‘"})
_CLOSING_MARKS = frozenset({"”", '"', "’"})


def _initial(toks: Sequence[Tok], k: int, floor: int) -> bool:
    """Whether token ``k`` is one capital letter glued to the ``.`` after it (``J.``)."""
    return (
        k >= floor
        and len(toks[k].text) == 1
        and toks[k].text.isupper()
        and toks[k].end == toks[k + 1].start
    )


def _nickname_before(toks: Sequence[Tok], close: int, floor: int) -> bool:
    """Whether the closing mark at ``close`` ends a quoted nickname between two capitalized
    name words: ``Marcia “Cia” Price``, ``Robert "Bobby" Lee``."""
    if not (close - 3 >= floor and close + 1 < len(toks)):
        return False
    opening, nick, name = toks[close - 2], toks[close - 1], toks[close - 3]
    return (
        toks[close].text in _CLOSING_MARKS
        and opening.text in _OPENING_MARKS
        and nick.text[0].isupper()
        and (
            (name.text[0].isupper() and name.text.isalpha())
            # a middle initial: John J. “Jack” Pitney
            or (name.text == "." and _initial(toks, close - 4, floor))
        )
        and toks[close + 1].text[0].isupper()
        and toks[close + 1].text.isalpha()
        # glued to the nickname, spaced from the names
        and opening.end == nick.start
        and nick.end == toks[close].start
        and name.end < opening.start
        and toks[close].end < toks[close + 1].start
    )


# Adverbs right after a name that end it: "Clinton often", "Sanders soon".
_NAME_ADVERBS = frozenset({"often", "soon", "further", "always", "sometimes", "once", "largely"})


def _adverb_after_name(tok: Tok) -> bool:
    """A lower-case adverb after a capitalized word: ``Clinton immediately``, ``Lee often``."""
    low = tok.text
    if low in _NAME_ADVERBS:
        return True
    return len(low) > 5 and low.endswith("ly") and low.islower() and low not in _LY_NOUNS


def _verb_after_adverb(tok: Tok) -> bool:
    """A finite verb after an adverb that ends a noun phrase: ``strongly condemned``."""
    low = tok.text
    if not low.isalpha() or not low.islower():
        return False
    return low in _PAST_VERBS or low in _PRESENT_VERBS or (low.endswith("ed") and len(low) > 4)


def _adverb(tok: Tok) -> bool:
    """A lower-case adverb between a speaker and its cue: ``broadly``, ``however``."""
    low = tok.text
    if low in _SPEAKER_ADVERBS:
        return True
    return len(low) > 4 and low.endswith("ly") and low.islower() and low not in _LY_NOUNS


_ASIDE_LEADS = frozenset(
    {"at", "in", "on", "during", "after", "before", "with", "for", "from", "meanwhile"}
    | {"however", "too", "though", "then", "now", "also", "instead", "like", "unlike"}
    # "X, by contrast, said"; "X, when asked about it, said"; "X, without naming him, said"
    | {"by", "when", "while", "without", "only", "asked", "clad", "as", "once", "unlike"}
)


def _cue_clause(toks: Sequence[Tok], start: int, end: int) -> tuple[int, int] | None:
    """The subject when tokens ``start..end`` (between two commas) are a subject and its cue,
    a clause and never an appositive: ``Spicer`` in ``Spicer said``, ``Sanders`` in ``Sanders
    compared himself to Clinton``, ``and Ruiz agreed``; else None."""
    if toks[start].lower in {"and", "but", "so", "yet"} and start + 1 < end:
        start += 1  # "…, and Ruiz agreed, saying …": a coordinated clause
    if not toks[start].text[0].isupper():
        return None
    found = right_speaker(toks, start, end, appositive=False, coordinated=False)
    if found is None or found[0] != start:
        return None
    last = found[1] - 1
    if last > start and toks[last].text.islower() and toks[last].lower in CUE_FORMS:
        found = start, last  # "Ann Ruiz agreed": the verb is no part of the name
    n = found[1]
    while n < end and (toks[n].lower in AUXILIARIES or _adverb(toks[n])):
        n += 1
    if n >= end or not toks[n].text.islower():
        return None
    low = toks[n].lower
    if low in CUE_FORMS or low in _PAST_VERBS or (low.endswith("ed") and len(low) >= 5):
        return found  # a cue or a verb in the past tense ("compared himself to")
    return None


def _role_before_name(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Extend a name back over the role it is in apposition to: ``Dow's chief executive,
    Andrew Liveris, said``, ``his top aide, Tad Devine, told`` (PolNeAR keeps both)."""
    if not (first - 2 > floor and toks[first - 1].text == "," and toks[first].text[0].isupper()):
        return first
    last = toks[first - 2]
    if not (last.text.islower() and _role_before(last)):
        return first
    head = _np_back(toks, first - 1, floor)
    if head >= first - 1 or not (head == floor or not toks[head - 1].text[0].isalnum()):
        return first
    return head


def cue_relative(toks: Sequence[Tok], k: int, ceiling: int) -> bool:
    """Whether token ``k`` opens a ``who`` clause whose verb is a cue: ``who said he ...``,
    ``who has long argued``, ``who spoke on condition of anonymity``.

    Such a clause is an attribution of its own (PolNeAR gives it the source ``who``), and the
    speaker of the main cue is its antecedent alone: on train+dev PolNeAR leaves it out of the
    source 59 times in 79, while it keeps other ``who`` clauses 184 times in 256. A clause about
    anonymity (``who spoke on condition of anonymity``) describes the source and stays.
    """
    if toks[k].lower != "who":
        return False
    n = k + 1
    while n < ceiling and n - k <= 4 and (toks[n].lower in AUXILIARIES or _adverb(toks[n])):
        n += 1
    if n >= ceiling or toks[n].lower not in CUE_FORMS:
        return False
    while n < ceiling and n - k <= _MAX_APPOSITIVE and toks[n].text not in _BOUNDARIES:
        if toks[n].lower in _ANONYMITY_WORDS:
            return False
        n += 1
    return True


# Words of a clause that grants anonymity: "who spoke on condition of anonymity".
_ANONYMITY_WORDS = frozenset(
    {"anonymity", "anonymously", "condition", "authorized", "named", "identified"}
)


def _bare_surname_who(toks: Sequence[Tok], first: int, comma: int, end: int) -> bool:
    """Whether a lone capitalized name before the cue is followed by a ``who`` clause
    (``Trump, who has a big lead, said``): PolNeAR leaves the clause out more often than not
    after a bare surname (13 to 6 in train once ``who was``, a past role, is kept), though it
    keeps it after a full name."""
    return (
        first == comma - 1
        and toks[first].text[0].isupper()
        and toks[first].text[1:].islower()
        and toks[first].lower not in PRONOUNS
        and toks[comma + 1].lower == "who"
        and toks[comma + 2].lower != "was"  # "Steele, who was lieutenant governor": a role
        and not any(toks[n].lower in _ANONYMITY_WORDS for n in range(comma + 1, end))
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
        # "including Ruiz and Lopez" names members of the subject: not an aside
        participle = lead.text.islower() and low.endswith(("ing", "ed")) and low != "including"
        role = k + 2 < end and (
            (toks[k + 2].text in TITLES and lead.text.islower())
            or (low == "now" and (toks[k + 2].lower in _DETERMINERS or toks[k + 2].text.isdigit()))
        )
        if role:
            # "Peck, managing director at ..., said", "Harman, now director of ..., said",
            # "Daniloff, now 81, said": an appositive, not an aside
            participle = False
        if low == "of" and k + 2 < end and toks[k + 2].lower == "course":
            return k  # "Liveris, of course, said"
        if ((low in _ASIDE_LEADS and not role) or participle) and not any(
            toks[n].lower in {"anonymity", "condition"} for n in range(k + 1, end)
        ):
            return k
        if cue_relative(toks, k + 1, end):
            return k  # "Barkley, who said he votes Democratic, said": its own attribution
        if k > comma and _partitive_of_place(toks, k, end, 1):
            return k  # "Lee, attorney general of Ohio, one of the states suing, said"
        k += 1
        while k < end - 1 and toks[k].text != ",":
            k += 1
    return end


# Post-modifiers of a speaker noun phrase, by the words that open them: "officials familiar
# with the talks", "a spokeswoman for the agency", "people with knowledge of the plan".
_POST_PREPOSITIONS = frozenset(
    {"at", "for", "from", "in", "on", "with", "to", "behind"}
    # places around a crowd: "protesters outside the hall", "residents near the plant"
    | {"outside", "inside", "near", "along"}
)
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
# How far back a relative clause may open: "an aide who was not cleared to comment".
_MAX_RELATIVE = 10
# Words before a noun phrase that still let it open its clause: "after officials at X said".
_CLAUSE_OPENERS = frozenset(
    {"and", "but", "after", "because", "while", "as", "when", "since", "that", "yet"}
)
# Nouns that head a post-modified speaker: roles and groups (singular or plural), documents.
_HEAD_NOUNS = (
    frozenset(TITLES)
    | ANONYMOUS_ROLES
    | GROUP_NOUNS
    | frozenset({"data", "documents", "records", "figures", "study", "report", "survey", "poll"})
    | frozenset({"letter", "memo", "email", "article", "editorial", "analysis", "review"})
    # bodies of people: "the head of China's delegation to the forum said"
    | frozenset({"delegation", "committee", "panel", "team", "staff", "board", "commission"})
    # indefinite people: "someone behind the account responded", "somebody in the crowd"
    | frozenset({"someone", "somebody", "user", "users", "account"})
    # people in a place, from a read of news stories (2026-11-22): "a woman in the crowd
    # yelled", "a man at the meeting said", "spectators along the route shouted"
    | frozenset({"man", "men", "woman", "women", "crowd", "audience", "attendee", "spectator"})
    | frozenset({"onlooker", "bystander", "marcher", "protester", "demonstrator", "supporter"})
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
    if last.text.islower() and len(low) > 5 and low.rstrip("s").endswith(_AGENT_ENDINGS):
        return True  # "a producer for Yahoo Studios", "researchers at the university"
    return last.text[0].isupper() and end - head >= 2


def _lower_role(toks: Sequence[Tok], first: int, end: int) -> bool:
    """Whether ``first..end`` is a role without a determiner (``chief executive of Acme``): an
    appositive after a comma, whose head is further left (``Ann Ruiz, chief executive ...``)."""
    if not toks[first].text[0].islower():
        return False
    for n in range(first, min(end, first + 4)):
        low = toks[n].lower
        if low in TITLES or (low.endswith("s") and low[:-1] in TITLES):
            return True
    return False


# Agent-noun endings of a role head before "for"/"at": "a producer for", "an analyst at".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant")


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
        elif toks[k].lower == "named" and toks[first].text[0].isupper():
            pass  # "A Facebook user named Al Lee": the name belongs to its head
        elif toks[k].lower in _POST_PREPOSITIONS and (
            toks[k].lower != "to" or _role_before(toks[k - 1])
        ):
            person = False
            if toks[first].lower in _TIME_OBJECTS:
                return first
        else:
            # a relative clause: "an aide who is not authorized to speak publicly"
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


_RELATIVE_LEADS = frozenset({"who", "whose", "which"})
_SENTENCE_STOPS = frozenset({".", "!", "?", ";", ":", "“", "”", '"', "''"})
_MAX_RELATIVE_REACH = 40


def _relative_head(toks: Sequence[Tok], comma: int, floor: int) -> tuple[int, int] | None:
    """The antecedent of a ``, who`` / ``, whose`` clause that holds the comma at ``comma``:
    ``Ann Ruiz`` in ``Ann Ruiz, who grew up in Dayton, Ohio, ...``, when it opens its clause."""
    n = comma - 1
    while n > floor and comma - n <= _MAX_RELATIVE_REACH and toks[n].text not in _SENTENCE_STOPS:
        if toks[n].lower in _RELATIVE_LEADS and toks[n - 1].text == ",":
            head = _np_back(toks, n - 1, floor)
            if head < n - 1 and _opens_clause(toks, head, floor):
                return head, n - 1
            return None
        n -= 1
    return None


# Words that are names after these words, not times or auxiliaries: "Theresa May", "USA Today".
_GIVEN_NAMES = FEMALE | MALE
_NAME_AFTER = {"may": _GIVEN_NAMES, "today": frozenset({"USA"})}


def _name_word(toks: Sequence[Tok], k: int, floor: int) -> bool:
    """Whether the capitalized time word or auxiliary at ``k`` is part of a name: ``Theresa
    May``, ``USA Today`` (else "May" is a month or "may", and "Today" a time)."""
    tok = toks[k]
    names = _NAME_AFTER.get(tok.lower)
    if names is None or not tok.text[0].isupper() or k - 1 < floor:
        return False
    before = toks[k - 1].text
    return before in names or before.lower() in names


_PARTY_LABEL_MAX = 5  # tokens of "D-N.H." (D-N . H .) or "D-New York"


def _party_label(toks: Sequence[Tok], start: int, end: int) -> bool:
    """Whether tokens ``start..end`` are a party-and-state label: ``R-Maine``, ``D-N.H.``,
    ``I-Vt.``, ``D-New York``."""
    if not 0 < end - start <= _PARTY_LABEL_MAX:
        return False
    head = toks[start].text
    if len(head) < 3 or head[0] not in "RDI" or head[1] != "-" or not head[2].isupper():
        return False
    return all(
        toks[n].text == "." or (toks[n].text[0].isupper() and toks[n].text.isalpha())
        for n in range(start + 1, end)
    )


def _label_before(toks: Sequence[Tok], comma: int, floor: int) -> bool:
    """Whether a party label set off by commas ends at the comma at ``comma``."""
    p = comma - 1
    while p > floor and comma - p <= _PARTY_LABEL_MAX + 1 and toks[p].text != ",":
        p -= 1
    return p > floor and toks[p].text == "," and _party_label(toks, p + 1, comma)


def left_speaker(toks: Sequence[Tok], cue_first: int, floor: int) -> tuple[int, int] | None:
    """Token range ``[first, last)`` of the speaker ending before the cue at ``cue_first``."""
    i = cue_first
    while (
        i - 1 >= floor
        and (
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
            or (
                # "one reporter is heard saying", "she was seen telling": the passive of
                # perception belongs to the participle, the subject is before it
                toks[i - 1].lower in {"heard", "seen", "overheard", "caught", "filmed", "recorded"}
                and i == cue_first
                and toks[cue_first].lower in PERCEIVED_SPEECH
                and i - 2 >= floor
                and toks[i - 2].lower in AUXILIARIES
            )
            or (
                # "She has since said", "the senator would only say"
                toks[i - 1].lower in {"since", "only"}
                and i - 2 >= floor
                and toks[i - 2].lower in AUXILIARIES
            )
        )
        # checked last (it is rarely needed): "Theresa May said", "USA Today reported"
        and not _name_word(toks, i - 1, floor)
    ):
        i -= 1
    i = _before_time_phrase(toks, i, floor)
    i = _before_date(toks, i, floor)
    i = _before_ago(toks, i, floor)
    i = _before_setting(toks, i, floor)
    end = i
    if end <= floor:
        return None
    if toks[end - 1].text == ",":
        # Appositives or relative clauses: "Ann Ruiz, the attorney general of Nevada,
        # one of the states suing, said". The noun phrase must open its clause.
        k = end - 1
        participle = toks[cue_first].lower.endswith("ing") and toks[cue_first].lower != "according"
        fallback: tuple[int, int] | None = None
        opening: tuple[int, int] | None = None
        for _ in range(_MAX_APPOSITIVES):
            j = k - 1
            while j >= floor and k - j <= _MAX_APPOSITIVE:
                if toks[j].text not in _BOUNDARIES:
                    j -= 1
                elif toks[j].text == "," and j + 1 < k and _state_at(toks, j + 1, k) == k:
                    j -= 1  # "of Ashton, Md.,": the comma before a US state is inside
                else:
                    break
            if j <= floor or toks[j].text != "," or j + 1 >= k:
                break
            clause = _cue_clause(toks, j + 1, k) if participle else None
            if clause is not None:
                # "They will meet next week, Spicer said, adding": a clause with a cue of its
                # own sits between the commas, not an appositive; its subject goes on speaking
                return clause if k == end - 1 else opening or fallback
            if _label_before(toks, j, floor):
                # "Sen. Ann Ruiz, R-Maine, a moderate, said": a party label, an appositive
                k = j
                continue
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
                and (toks[first].lower in _DETERMINERS or _lower_role(toks, first, j))
            ):
                # "a port official," may itself be an appositive: look for its head further left.
                opening = first, _before_aside(toks, j, end)
                k = j
                continue
            if first < j and first > floor and toks[first - 1].text == ",":
                head = _relative_head(toks, first - 1, floor)
                if head is not None:
                    # "Ann Ruiz, whose city, Dayton, is flooded, said": the relative clause
                    # runs over commas; its antecedent is the speaker (PolNeAR leaves a long
                    # clause out more often than not).
                    return head
            if first < j and (first == floor or not toks[first - 1].text[0].isalnum()):
                first = _role_before_name(toks, first, floor)
                if _bare_surname_who(toks, first, j, end):
                    return first, j
                return first, _before_aside(toks, j, end)
            if first < j and fallback is None:
                # "Officials at the Harbor Safety Office, a unit of ..., said":
                # keep the nearest noun phrase when none opens the clause.
                fallback = _coordinated(toks, first, floor), _before_aside(toks, j, end)
            k = j
        return opening or fallback
    near = _near_pronoun(toks, end, floor)
    if near is not None:
        return near, end
    first = _np_back(toks, end, floor)
    if first - 1 > floor and toks[first - 1].text == "," and _party_label(toks, first, end):
        # "Rep. Peter King, R-NY said": a party label whose closing comma was left out
        named = _np_back(toks, first - 1, floor)
        if named < first - 1:
            first = _role_before_name(toks, named, floor)
    first = _passive_modifier_before(toks, first, floor)
    document = _document_before(toks, first, end, floor)
    if document < first:
        # "A court document filed Thursday says": the time words belong to the post-modifier
        first = document
        while end < cue_first and (
            toks[end].lower in TIME_WORDS or toks[end].lower in _TIME_OBJECTS
        ):
            end += 1
    if first >= end:
        return None
    if (
        toks[cue_first].lower.endswith("ing")
        and toks[end - 1].lower in SPEECH_NOUNS
        and first > floor
        and toks[first - 1].text.islower()
        and toks[first - 1].lower not in _CLAUSE_OPENERS
    ):
        # "she issued a statement calling for ...": the statement's author is the subject
        return opening_subject(toks, floor, first - 1)
    extended = _post_modified(toks, first, floor)
    if extended < first:
        # "an aide who is not authorized to speak publicly said": the adverb is the clause's
        while end < cue_first and _adverb(toks[end]):
            end += 1
    coordinated = _coordinated(toks, extended, floor)
    if coordinated == extended and extended - 2 > floor and toks[extended - 1].lower == "and":
        roles = _coordinated_roles(toks, extended, end, floor)
        if roles is not None:
            return roles, end
        # "Experts on river ports and inland shipping said": both conjuncts sit in
        # the post-modifier of the head, which opens the clause
        conjunct = _np_back(toks, extended - 1, floor)
        if conjunct < extended - 1:
            outer = _post_modified(toks, conjunct, floor)
            if outer < conjunct:
                return outer, end
    return coordinated, end


def _has_title(toks: Sequence[Tok], start: int, end: int) -> bool:
    """Whether a title or role word (``senator``, ``secretary``, ``nominee``) is in the range."""
    return any(toks[n].lower in TITLES for n in range(start, end))


def _coordinated_roles(toks: Sequence[Tok], second: int, end: int, floor: int) -> int | None:
    """The start of ``the former senator and current nominee``: two roles of one
    person joined by ``and`` after ``the`` that opens the clause (``The former governor and
    U.S. senator said``); None if ``second..end`` and the conjunct before it are not both roles.
    """
    conj = second - 1
    start = _np_back(toks, conj, floor)
    if (
        start >= conj
        or toks[start].lower != "the"
        or not _opens_clause(toks, start, floor)
        or not _has_title(toks, start, conj)
        or not _has_title(toks, second, end)
    ):
        return None
    return start


# Heads that stand alone before "close to him": "Those close to him say".
_ALONE_HEADS = frozenset({"those", "some", "many", "others", "few", "most"})


def _near_pronoun(toks: Sequence[Tok], end: int, floor: int) -> int | None:
    """The start of a subject ending in ``close to him`` / ``around her`` before token ``end``:
    ``Those close to him``, ``People around her`` (the pronoun is no speaker); else None."""
    if end - 3 < floor or toks[end - 1].lower not in _OBJECT_PRONOUNS:
        return None
    if (toks[end - 3].lower, toks[end - 2].lower) in _POST_PHRASES:
        k = end - 3
    elif toks[end - 2].lower == "around":
        k = end - 2
    else:
        return None
    head = _np_back(toks, k, floor)
    if head >= k and k - 1 >= floor and toks[k - 1].lower in _ALONE_HEADS:
        head = k - 1
    if head < k and _opens_clause(toks, head, floor):
        return head
    return None


# Heads of a document that a participle post-modifies: "A court filing released Thursday says".
_DOCUMENT_HEADS = frozenset(
    {"editorial", "article", "report", "reports", "study", "analysis", "survey", "poll", "memo"}
    | {"letter", "review", "story", "column", "document", "documents", "figures", "data"}
    | {"guidelines", "depositions", "lawsuit", "lawsuits", "filing", "filings", "textbook"}
    | {"cables", "records", "polls", "surveys", "studies", "analyses", "complaint", "indictment"}
    | {"transcript", "transcripts", "emails", "memos", "letters", "copy", "declaration", "audit"}
    | {"assessment", "estimate", "estimates", "opinion", "results"}
)
# Words of the post-modifier between such a participle and the cue: "published in May by
# the Harbor Institute of Rivers and Ports", "filed Thursday", "issued by the city council".
_DOCUMENT_MODIFIER_WORDS = frozenset({"by", "in", "on", "for", "at", "from", "of", "and", "&"})
_MAX_DOCUMENT_MODIFIER = 16


_MAX_PASSIVE_MODIFIER = 12  # tokens from "found to be" to the cue


def _passive_modifier_before(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Extend a left speaker back over a passive post-modifier with an infinitive, when the
    head opens its clause: ``The owner of a blog found to be a risk to`` + ``nurses``
    (+ ``says``); ``first`` if there is none. The participle is no cue (``_cues.py``)."""
    k = first - 1
    while k - 2 > floor and first - k <= _MAX_PASSIVE_MODIFIER:
        if not toks[k].text[0].isalnum():
            return first
        if (
            toks[k].lower in {"be", "have"}
            and toks[k - 1].lower == "to"
            and toks[k - 2].lower in RAISING_PARTICIPLES
            and toks[k - 3].text.isalpha()
            and toks[k - 3].text.islower()
        ):
            head = _np_back(toks, k - 2, floor)
            if head < k - 2 and _opens_clause(toks, head, floor):
                return _post_modified(toks, head, floor)
            return first
        k -= 1
    return first


def _document_before(toks: Sequence[Tok], first: int, end: int, floor: int) -> int:
    """Extend a left speaker back over a document post-modified by a participle, when the
    document opens its clause: ``A court document filed Thursday`` + ``says``, ``A study
    published in May by`` + ``the Harbor Institute``; ``first`` if there is none.

    PolNeAR keeps the participle phrase in the source: 22 gold sources of matched train+dev
    quotes hold one (``a CBS poll released Monday``, ``data released Friday by state gaming
    regulators``); we saw one leave it out (``A news report`` + ``published Wednesday said``).
    """
    k = first - 1
    while k > floor and end - k <= _MAX_DOCUMENT_MODIFIER:
        tok = toks[k]
        low = tok.lower
        if tok.text.islower() and low.endswith("ed") and low not in _ED_ADJECTIVES:
            if k == end - 1 and not (
                end < len(toks)
                and (toks[end].lower in TIME_WORDS or toks[end].lower in _TIME_OBJECTS)
            ):
                return first  # "Figures reported": a participle alone is the verb's subject
            n = k - 1
            if _adverb(toks[n]) or toks[n].lower == "just":
                n -= 1  # "Guidelines recently issued by", "A textbook just published for"
            head = _np_back(toks, n + 1, floor)
            if head <= n and toks[n].lower in _DOCUMENT_HEADS and _opens_clause(toks, head, floor):
                return head
            return first
        if not (
            low in _DOCUMENT_MODIFIER_WORDS
            or (
                # "the Harbor Institute of Rivers, Ports and Shipping"
                low == ","
                and toks[k - 1].text[0].isupper()
                and toks[k - 1].lower not in TIME_WORDS
                and toks[k - 1].lower not in _TIME_OBJECTS
                and toks[k + 1].text[0].isupper()
            )
            or low in TIME_WORDS
            or low in _TIME_OBJECTS
            or low in _DETERMINERS
            or _np_word(tok)
        ):
            return first
        k -= 1
    return first


# Prepositions and modifiers of a time phrase between a speaker and its cue: "who has in the
# past described", "Lee in recent weeks said", "X for years has said".
_TIME_PREPOSITIONS = frozenset({"in", "over", "at", "for", "during", "within"})
_TIME_MODIFIERS = frozenset(
    {"the", "recent", "past", "last", "few", "several", "many", "some", "this"}
)


_MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug"}
    | {"sep", "sept", "oct", "nov", "dec"}
)


def _before_date(toks: Sequence[Tok], i: int, floor: int) -> int:
    """Token ``i`` moved back over a date ending just before it, after ``on``: ``Ruiz on
    March 21 said``, ``on Feb. 11 said``, ``on Sept. 3, 2016, said`` (the date was taken
    for the speaker)."""
    k = i - 1
    if k >= floor and toks[k].text == ",":
        k -= 1
    if k >= floor and len(toks[k].text) == 4 and toks[k].text.isdigit():
        k -= 1  # the year
        if k >= floor and toks[k].text == ",":
            k -= 1
    if k < floor or not (toks[k].text.isdigit() and len(toks[k].text) <= 2):
        return i
    k -= 1
    if k >= floor and toks[k].text == ".":
        k -= 1  # "Feb ." when the tokenizer splits the abbreviation's dot
    if k < floor or toks[k].lower.rstrip(".") not in _MONTH_WORDS:
        return i
    k -= 1
    if k < floor or toks[k].lower != "on":
        return i
    return k


def _before_time_phrase(toks: Sequence[Tok], i: int, floor: int) -> int:
    """Token ``i`` moved back over a time phrase ending just before it (and auxiliaries)."""
    k = i - 1
    if k < floor or (toks[k].lower not in _TIME_HEADS and toks[k].lower != "past"):
        return i
    k -= 1
    while k >= floor and i - k <= 4 and toks[k].lower in _TIME_MODIFIERS:
        k -= 1
    if k + 1 < i and toks[k + 1].lower in {"this", "last"}:
        k += 1  # "Priebus this past week announced", "Lee last week said"
    elif k < floor or toks[k].lower not in _TIME_PREPOSITIONS:
        return i
    while k - 1 >= floor and toks[k - 1].lower in AUXILIARIES:
        k -= 1
    return k


# Where a speech event takes place, between a speaker and the cue: "Ruiz at a rally in Ohio
# said", "Ruiz in an interview with CNN said", "Ruiz on Twitter said" (a read of news stories
# on the web, 2026-11-22: the object of the phrase was taken as the speaker).
_SETTING_PREPOSITIONS = frozenset({"in", "at", "on", "during"})
_SETTING_NOUNS = frozenset(
    {"interview", "interviews", "rally", "rallies", "tweet", "tweets", "speech", "speeches"}
    | {"debate", "debates", "appearance", "hearing", "briefing", "conference", "address"}
    | {"post", "posts", "video", "podcast", "op-ed", "town", "forum", "stop", "event"}
    | {"call", "broadcast", "remarks", "testimony", "radio", "television", "show", "program"}
)
# Words between the preposition and the setting noun: "at a campaign rally", "in his weekly
# radio address", "during a televised debate".
_SETTING_LEADS = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "this", "last", "recent", "separate"}
    | {"brief", "televised", "phone", "telephone", "exclusive", "joint", "press", "news"}
    | {"campaign", "weekly", "radio", "television", "tv", "live", "sunday", "primetime"}
)
# Platforms and outlets named bare: "Ruiz on Twitter said", "Ruiz on Fox News said".
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "x", "truth"})
# Lower-case words that may stand inside a setting phrase (the rest are capitalized names).
_SETTING_WORDS = (
    _SETTING_NOUNS | _SETTING_LEADS | _SETTING_PREPOSITIONS | {"with", "of", "for", "’s", "'s"}
)
# Words after which a noun phrase opens a clause as its subject ("after" is a preposition too).
_SUBJECT_LEADS = frozenset({"and", "but", "that", "while", "when", "because", "yet"})
_SETTING_REACH = 10
_SETTING_LEADS_MAX = 3


def _setting_object(toks: Sequence[Tok], start: int, end: int, preposition: str) -> bool:
    """Whether tokens ``start..end`` (after a preposition) name a setting of speech: a noun
    of a speech event after a few determiners and modifiers, or after ``on`` a platform or a
    news outlet ("at Politico" is where a reporter works, not where words were said)."""
    words = [t.lower for t in toks[start:end]]
    if not words or not all(
        t.text[0].isupper() or t.text.isdigit() or t.lower in _SETTING_WORDS
        for t in toks[start:end]
    ):
        return False
    if words[0] == "the":
        words = words[1:]
    if not words:
        return False
    if preposition == "on" and (
        words[0] in _PLATFORMS or any(" ".join(words[: n + 1]) in MEDIA for n in range(len(words)))
    ):
        return True
    k = 0
    while k < len(words) - 1 and k < _SETTING_LEADS_MAX and words[k] in _SETTING_LEADS:
        k += 1
    return words[k] in _SETTING_NOUNS


def _before_setting(toks: Sequence[Tok], i: int, floor: int) -> int:
    """Token ``i`` moved back over the setting phrases ending just before it: ``Ruiz at a
    rally in Ohio`` -> ``Ruiz`` (the leftmost preposition whose object is a setting), when a
    noun phrase that opens its clause stands before them."""
    best = i
    k = i - 1
    while k > floor and i - k <= _SETTING_REACH:
        tok = toks[k]
        if not (tok.text[0].isalnum() or tok.text in {"’s", "'s"}):
            break  # a comma or a quotation mark: the phrase is no adjunct of the cue
        if (
            tok.lower in _SETTING_PREPOSITIONS
            and tok.text.islower()
            and _setting_object(toks, k + 1, best, tok.lower)
        ):
            head = _np_back(toks, k, floor)
            if head < k and (
                head == floor
                or not toks[head - 1].text[0].isalnum()
                or toks[head - 1].lower in _SUBJECT_LEADS
            ):
                best = k  # (not "told the Ledger in a video", "went after Ruiz at a debate")
        k -= 1
    return best


# Words of a time phrase ending in "ago": "less than two weeks ago", "a few days ago".
_AGO_WORDS = _TIME_MODIFIERS | _COMPARATIVES | frozenset({"than", "a", "an", "about", "just"})


def _before_ago(toks: Sequence[Tok], i: int, floor: int) -> int:
    """Token ``i`` moved back over ``less than two weeks ago`` ending just before it."""
    k = i - 1
    if k >= floor and toks[k].lower == "ago":
        k -= 1
    elif not (i < len(toks) and toks[i].lower == "ago"):
        return i  # ("ago" may already be skipped as a time word)
    if k - 1 < floor or toks[k].lower not in _TIME_HEADS:
        return i
    k -= 1
    while (
        k >= floor
        and i - k <= 7
        and (toks[k].lower in _AGO_WORDS or toks[k].lower in _COUNT_WORDS or toks[k].text.isdigit())
    ):
        k -= 1
    while k >= floor and toks[k].lower in AUXILIARIES:
        k -= 1
    return k + 1


def _coordinated(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Extend a subject over ``A and``: ``Federal and state officials``, ``RT and its allies``,
    ``Politicians and even some experts``, ``Friends, lobbyists and former foes``.

    Only when the first conjunct is made of names, determiners and titles and opens its clause:
    a lower-case word there may be a verb ("cut jobs and the union said").
    """
    conj = first - 1
    if conj - 1 > floor and toks[conj].lower in {"even", "also"}:
        conj -= 1  # "Politicians and even some experts"
    if conj <= floor or toks[conj].lower not in {"and", "&", "nor"}:
        return first
    start = _conjunct(toks, conj, floor)
    if start is None:
        return first
    pair = _PAIRED.get(toks[conj].lower, frozenset())
    if toks[start].lower in pair:
        return start  # "Neither Cruz nor Christie" at a sentence start
    if start - 1 >= floor and toks[start - 1].lower in pair:
        # "Both The Times and the Journal", "Neither Cruz nor Christie"
        return start - 1 if _opens_clause(toks, start - 1, floor) else first
    if toks[conj].lower == "nor":
        return first
    for _ in range(_MAX_LIST):
        # "Friends, lobbyists and former foes": earlier items of a list, each short
        if not (start - 2 >= floor and toks[start - 1].text == ","):
            break
        earlier = _conjunct(toks, start - 1, floor)
        if earlier is None or start - 1 - earlier > 3:
            break
        start = earlier
    return start


_MAX_LIST = 4
# The word that opens a paired coordination, by its conjunction: "both A and B", "neither A
# nor B".
_PAIRED = {"and": frozenset({"both"}), "nor": frozenset({"neither"})}


def _conjunct(toks: Sequence[Tok], end: int, floor: int) -> int | None:
    """The start of a conjunct ending before token ``end`` that opens a subject, or None."""
    start = _np_back(toks, end, floor)
    if start >= end:
        return None
    before = toks[start - 1].lower if start > floor else ""
    if before and before[0].isalnum() and before not in _CONJUNCT_LEADS:
        return None
    # A lower-case first conjunct is short ("Democrats and", "Her advisers and"): a longer one
    # may hold a verb ("The firm cut jobs and the union said"); one that opens the sentence may
    # take a word more ("Harbor safety experts and city officials said").
    opens = start == floor or before in _CLAUSE_PUNCT or before in {",", "but", "yet"}
    words = sum(toks[n].lower not in _DETERMINERS for n in range(start, end))
    short = words <= 2 or (
        words <= 3
        and (start == floor or before in _CLAUSE_PUNCT)
        and not any(toks[n].lower in _DETERMINERS for n in range(start, end))
    )
    for n in range(start, end):
        tok = toks[n]
        if not (
            tok.text[0].isupper()
            or tok.lower in _DETERMINERS
            or tok.lower in TITLES
            or tok.lower in TITLE_MODIFIERS
            or tok.lower in PRONOUNS  # "he and Brafman"
            or (short and _np_word(tok) and opens)
        ):
            return None
    return start


# Words before a first conjunct that let it open the subject: "But attorneys and legal experts
# said", "Both A and B", "Neither A nor B".
# Lower-case determiners that open a new noun phrase after a head: "told voters his plan ...".
_NEW_PHRASE_DETERMINERS = frozenset(
    {"a", "an", "the", "this", "these", "his", "her", "their", "its", "our", "my", "your"}
)
_CONJUNCT_LEADS = frozenset({"but", "yet", "both", "neither"})
# Punctuation before a subject that opens its sentence or clause: "Democrats and civil rights
# groups said" after a full stop. A lower-case first conjunct needs it (not a verb's object).
_CLAUSE_PUNCT = frozenset({".", "!", "?", ";", ":", "—", "“", '"'})


def right_speaker(
    toks: Sequence[Tok],
    start: int,
    ceiling: int,
    *,
    appositive: bool = True,
    coordinated: bool = True,
) -> tuple[int, int] | None:
    """Token range of the speaker starting at token ``start`` (after ``said``), if any; with
    ``coordinated``, a second conjunct is included (``their friends and advisers``)."""
    if start >= ceiling:
        return None
    start = after_dateline(toks, start, ceiling)
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
        if seen and tok.text[0].isupper() and tok.lower in _DETERMINERS:
            break  # "said Ann Lee Jr. The rest ...": a new sentence, not the name
        if (
            seen
            and (tok.text in _NEW_PHRASE_DETERMINERS or tok.text in PRONOUNS)
            and _np_word(toks[i - 1])
        ):
            # "told reporters the port was safe", "told the board it was": the content's
            # subject starts
            break
        if seen and i > start and toks[i - 1].text[0].isupper() and _adverb_after_name(tok):
            break  # "Clinton immediately said", "Sanders often questions"
        if seen and i + 1 < ceiling and _adverb(tok) and _verb_after_adverb(toks[i + 1]):
            break  # "The government strongly condemned", "the council unanimously voted"
        if (
            seen
            and toks[i - 1].text[0].isupper()
            and tok.text.islower()
            and tok.text.endswith("s")
            and not tok.text.endswith("ss")
            and i + 1 < ceiling
            and (
                toks[i + 1].lower in _OBJECT_LEADS
                or (toks[i + 1].text[0].isupper() and toks[i + 1].text not in _CAP_STOP)
                # "Trump speaks of unity": a cue verb and its preposition
                or (tok.lower in CUE_FORMS and toks[i + 1].lower in {"of", "about", "with"})
            )
        ):
            break  # "Gowdy promises Benghazi ...", "The ad touts his record"
        if (
            _np_word(tok)
            or (tok.text[0].isupper() and tok.text not in _CAP_STOP)
            or (seen and _name_word(toks, i, start))
        ):
            seen = True
            i += 1
            continue
        if seen and i + 3 < ceiling and _nickname_before(toks, i + 2, start):
            i += 3  # 'said Marcia “Cia” Price': a quoted nickname inside a name
            continue
        if seen and tok.text == "." and i + 4 < ceiling and _nickname_before(toks, i + 3, start):
            i += 1  # 'said John J. “Jack” Pitney': the dot of a middle initial
            continue
        if (
            tok.text == "."
            and seen
            and toks[i - 1].lower in {"jr", "sr"}
            and _abbreviation_dot(toks, i, ceiling)
        ):
            i += 1  # "said T. Ana Lopez Jr., a senior official"
            continue
        if (
            seen
            and i + 1 < ceiling
            and (
                (toks[i - 1].lower, tok.lower) in _POST_PHRASES
                or (tok.lower, toks[i + 1].lower) in _POST_PHRASES
                or (tok.lower == "with" and toks[i + 1].lower == "knowledge")
            )
        ):
            # "said a person familiar with the talks", "one official involved in the plan",
            # "a person with knowledge of the plan": the phrase runs to the clause's end.
            j = i + 1
            while (
                j < ceiling
                and j - i <= _MAX_APPOSITIVE
                and toks[j].text not in _RIGHT_STOPS
                and toks[j].lower not in {"that", "who", "said", "says"}
            ):
                j += 1
            i = j
            break
        if (
            tok.lower in {"of", "&", "for"}
            and seen
            and i + 1 < ceiling
            and toks[i + 1].text[0].isupper()
        ):
            i += 1
            continue
        if (
            tok.lower in {"of", "to", "for", "at"}
            and seen
            and i + 1 < ceiling
            and _role_before(toks[i - 1])
            and (
                toks[i + 1].lower in _DETERMINERS
                or toks[i + 1].text[0].isupper()
                or toks[i + 1].text[0].isdigit()
            )
        ):
            # "said a longtime adviser to Ruiz", "said a source close to the team",
            # "said a group of 32 experts"
            i += 1
            continue
        if (
            tok.lower in {"of", "at"}
            and seen
            and i + 2 < ceiling
            and toks[i + 1].lower == "the"
            and toks[i + 2].text[0].isupper()
            and toks[i + 2].text not in _CAP_STOP
        ):
            # "said Mr. Lopez of the Harbor Policy Center"
            i += 2
            continue
        if tok.lower == "of" and seen and toks[i - 1].text[0].isupper():
            org = _organization_after_of(toks, i, ceiling)
            if org is not None:
                i = org  # "said Tom Lopez of data consulting firm QRTA"
                continue
        break
    if not seen or _opening_adverbial(toks, start, i, ceiling):
        return None
    end = i
    if coordinated:
        end = _right_conjunct(toks, start, end, ceiling)
    if appositive and end < ceiling and toks[end].text == "(":
        # "said Rep. Ann Ruiz (D-Ore.), a member of ..."
        k = end + 1
        while k < ceiling and k - end <= 8 and toks[k].text != ")":
            k += 1
        if k < ceiling and toks[k].text == ")":
            end = k + 1
    if (
        (start >= 2 and toks[start - 1].lower == "to" and toks[start - 2].lower == "according")
        or (toks[end - 1].lower in _DOCUMENTS and end < ceiling and toks[end].lower in {"in", "by"})
        or (
            # "said a statement issued by Ruiz spokesman Ed Vance", "a statement from the mayor"
            toks[end - 1].lower in _STATEMENTS
            and end + 1 < ceiling
            and (toks[end].lower == "from" or toks[end + 1].lower == "by")
        )
    ):
        # "according to a count by ...", "wrote a Wednesday editorial in the Daily Planet"
        end = _post_modifiers(toks, end, ceiling)
    if appositive and end + 1 < ceiling and toks[end].lower == "who":
        # "said a person who attended the meeting": PolNeAR keeps the relative clause
        j = end + 1
        while j < ceiling and j - end <= _MAX_APPOSITIVE and toks[j].text not in _RIGHT_STOPS:
            j += 1
        end = j
    if appositive:
        end = _right_appositives(toks, end, ceiling, start)
    return start, end


_MAX_ORG_LEAD = 4


def _organization_after_of(toks: Sequence[Tok], of: int, ceiling: int) -> int | None:
    """The capitalized name a few lower-case words after ``of`` (``of the non-partisan Cook
    Report``, ``of digital consulting firm IMGE``), or None."""
    j = of + 1
    while j < ceiling and j - of <= _MAX_ORG_LEAD:
        tok = toks[j]
        if tok.text[0].isupper():
            return j if tok.text not in _CAP_STOP and j > of + 1 else None
        if not tok.text.islower() or not tok.text[0].isalpha() or tok.lower in PRONOUNS:
            return None
        if tok.lower in _STOP and tok.lower != "the":
            return None
        j += 1
    return None


def _plain_conjunct(toks: Sequence[Tok], start: int, end: int) -> bool:
    """Whether ``start..end`` is made of names, determiners, titles and at most two other
    words: a phrase that may be coordinated (``Trump``, ``their friends``)."""
    others = 0
    for n in range(start, end):
        tok = toks[n]
        if tok.text[0].isupper() or tok.lower in _DETERMINERS or tok.lower in TITLES:
            continue
        others += 1
    return others <= 2


def _right_conjunct(toks: Sequence[Tok], start: int, end: int, ceiling: int) -> int:
    """Extend a speaker on the right over ``and B``: ``according to their friends and
    advisers``, ``Trump and Ryan issued a statement``; ``end`` if no second conjunct."""
    if not (end + 1 < ceiling and toks[end].lower == "and" and _plain_conjunct(toks, start, end)):
        return end
    second = right_speaker(toks, end + 1, ceiling, appositive=False, coordinated=False)
    if second is None or second[0] != end + 1 or not _plain_conjunct(toks, *second):
        return end
    return second[1]


def _opening_adverbial(toks: Sequence[Tok], start: int, end: int, ceiling: int) -> bool:
    """Whether ``start..end`` opens an adverbial, not a subject: a time (``This year,``, ``A
    month later``) or a capitalized participle or adverb before a lower-case word (``Facing
    criticism``, ``Hastily politicizing``)."""
    last = toks[end - 1]
    if last.lower in _TIME_HEADS and not any(
        toks[n].text[0].isupper() for n in range(start + 1, end)
    ):
        return True
    first = toks[start].text
    return (
        end == start + 1
        and len(first) > 5
        and first[0].isupper()
        and first[1:].islower()
        and first.endswith(("ing", "ly"))
        and end < ceiling
        and (toks[end].lower in _ADVERBIAL_NEXT or toks[end].lower.endswith("ing"))
    )


# Words after a capitalized participle that show it opens an adverbial ("Walking to the car",
# "Citing the report"), unlike a name before its verb ("Manning said").
_ADVERBIAL_NEXT = frozenset(
    {"to", "at", "in", "on", "with", "about", "for", "from", "into", "through", "by", "after"}
    | {"before", "up", "out", "down", "back", "over", "him", "her", "them", "his", "its", "their"}
    | {"the", "a", "an", "this", "that", "these", "those", "what", "how", "reporters"}
)


# US states as datelines and appositives write them: "a broker in Tampa, Fla., who ...".
# Party labels that open an appositive: "Senator Ann Ruiz, Democrat of Oregon", "R-S.C.".
_PARTY_LEADS = frozenset({"democrat", "republican", "independent"})


def _state_at(toks: Sequence[Tok], k: int, ceiling: int) -> int:
    """The token after a US state name starting at ``k`` (with its abbreviation dot), or ``k``."""
    tok = toks[k]
    if not tok.text[0].isupper():
        return k
    n = k + 1
    if tok.lower in STATE_FIRST_WORDS and n < ceiling and toks[n].text[0].isupper():
        n += 1  # "New Jersey"
    elif tok.lower.rstrip(".") not in US_STATES:
        return k
    if n < ceiling and toks[n].text == "." and toks[n].start == toks[n - 1].end:
        n += 1  # "Fla" + "."
    return n


def _appositive_lead(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` (after a comma) opens an appositive of a speaker on the right."""
    tok = toks[k]
    if tok.lower in {"which", "whose"}:
        return False  # PolNeAR leaves out "said the mayor, whose city ..." on the right
    return (
        tok.lower in _APPOSITIVE_LEADS
        or tok.lower == "including"  # "said several candidates, including Ruiz and Lopez"
        or tok.text.isdigit()  # an age: "said Gonzalez, 55, of Brigantine"
        or (tok.text[0].isupper() and tok.lower.endswith(("'s", "’s")))  # "Mr. Sanders's aide"
        or tok.lower in _PARTY_LEADS  # "Democrat of Delaware"
        or tok.lower.rpartition("-")[2] in TITLES  # "co-director", "vice-chairman"
        or tok.text.startswith(("R-", "D-", "I-"))  # "R-S.C."
        or _title_within(toks, k)
    )


def _title_within(toks: Sequence[Tok], k: int) -> bool:
    """Whether a title ends a short run of words at ``k``: ``managing director of``,
    ``research and policy director``, ``legal director for`` (an appositive on the right)."""
    for n in range(k, min(k + 4, len(toks))):
        tok = toks[n]
        if tok.lower in TITLES or (tok.lower.endswith("s") and tok.lower[:-1] in TITLES):
            return n > k
        if not (_np_word(tok) or tok.lower == "and") or not tok.text[0].islower():
            return False
    return False


# Heads that take an "of"/"to" complement inside a speaker phrase: "a group of experts".
_COMPLEMENT_HEADS = frozenset(
    {"group", "number", "coalition", "majority", "handful", "panel", "team", "close", "owner"}
)


def _role_before(tok: Tok) -> bool:
    """Whether ``tok`` heads a role or group that an ``of``/``to`` phrase may complete."""
    low = tok.lower
    return (
        low in _COMPLEMENT_HEADS
        or low in _HEAD_NOUNS
        or (low.endswith("s") and (low[:-1] in _HEAD_NOUNS or low[:-1] in _COMPLEMENT_HEADS))
    )


def _right_appositives(
    toks: Sequence[Tok], end: int, ceiling: int, start: int | None = None
) -> int:
    """Extend a speaker on the right over its appositives and relative clauses.

    ``said Flynn, a top Trump surrogate.``; ``said Gonzalez, 55, of Brigantine``; ``said
    Steven Ekovich, a broker in Tampa, Fla., who sells golf courses``; ``said Senator Chris
    Coons, Democrat of Delaware``. A comma before a US state stays inside the appositive.
    """
    if end < ceiling and toks[end].text == "(":
        # "said Rep. Ann Ruiz (D-Ore.), a member of ..."
        k = end + 1
        while k < ceiling and k - end <= 8 and toks[k].text != ")":
            k += 1
        if k < ceiling and toks[k].text == ")":
            end = k + 1
    after_age = False  # "said Ana Van Ruiz, 29, of Harborville, Ind."
    if (
        end + 2 < ceiling
        and toks[end].text == ","
        and (
            toks[end - 1].text[0].islower()
            # "said her old roommate at Yale, Tom Lopez": a role whose complement is a name
            or (start is not None and toks[start].text[0].islower())
        )
        and toks[end + 1].text[0].isupper()
    ):
        # "said Nevada's governor, Ann Ruiz": a name after a common-noun head, up to the stop
        j = end + 1
        while (
            j < ceiling
            and j - end <= 8
            and (toks[j].text[0].isupper() or toks[j].lower in {"and", "de", "van", "von"})
        ):
            j += 1
        if j > end + 1 and (j >= ceiling or toks[j].text in _RIGHT_STOPS):
            end = j
    taken = 0
    for _ in range(_MAX_APPOSITIVES):
        if not (end + 1 < ceiling and toks[end].text == ","):
            break
        if not (_appositive_lead(toks, end + 1) or (after_age and toks[end + 1].lower == "of")):
            break
        if cue_relative(toks, end + 1, ceiling):
            break  # "said Lopez, who said the plan was checked": its own attribution
        if _partitive_of_place(toks, end, ceiling, taken):
            break  # "said Ann Lee, attorney general of Ohio, one of the states suing": the place's
        taken += 1
        after_age = toks[end + 1].text.isdigit()
        j = end + 1
        while j < ceiling and j - end <= _MAX_APPOSITIVE:
            text = toks[j].text
            if text == "," and j + 1 < ceiling:
                state_end = _state_at(toks, j + 1, ceiling)
                if state_end > j + 1:
                    j = state_end  # "in Tampa, Fla."
                    continue
            if text == "." and _abbreviation_dot(toks, j, ceiling):
                j += 1  # "R-S.C.", "Ind.,"
                continue
            if text in _RIGHT_STOPS:
                break
            j += 1
        end = j
    return end


def _partitive_of_place(toks: Sequence[Tok], comma: int, ceiling: int, taken: int) -> bool:
    """Whether a second appositive ``, one of the states suing`` follows an appositive ending
    in a capitalized name: it describes that organization or place, not the speaker, and
    PolNeAR leaves it out (3 times in 3 on train+dev)."""
    return (
        taken > 0
        and comma + 2 < ceiling
        and toks[comma - 1].text[0].isupper()
        and toks[comma + 1].lower in {"one", "two", "three", "four", "five"}
        and toks[comma + 2].lower == "of"
    )


# Documents whose publication or author follows them: "an editorial in the Planet".
_DOCUMENTS = frozenset(
    {"editorial", "article", "report", "study", "column", "op-ed", "analysis", "survey"}
    | {"poll", "memo", "letter", "review", "story", "editorials", "articles", "reports"}
)
# Nouns of a statement whose issuer may follow on the right: "said a statement from X".
_STATEMENTS = frozenset({"statement", "statements", "release", "letter", "memo", "email"})
# What may follow a source after "according to": "a survey by The Associated Press", "early
# returns from surveys run for The Associated Press", "a story in Politico".
_POST_MODIFIER_LEADS = frozenset({"of", "in", "from", "by", "for", "at", "with", "on"})
_MAX_POST_MODIFIER = 16


def _post_modifiers(toks: Sequence[Tok], end: int, ceiling: int) -> int:
    """Extend an ``according to`` source over its post-modifiers, up to the clause's end.

    PolNeAR keeps them: ``according to a recent story in Politico``, ``according to the
    mean of the latest surveys gathered by Real Clear Politics``.
    """
    if end >= ceiling:
        return end
    tok = toks[end]
    lead = tok.lower in _POST_MODIFIER_LEADS or (
        tok.text.islower()
        and tok.lower.endswith("ed")
        and end + 1 < ceiling
        # "a count released by ...", "a poll released Sunday"
        and (
            toks[end + 1].lower in _POST_MODIFIER_LEADS
            or toks[end + 1].lower in _TIME_OBJECTS
            or toks[end + 1].lower in {"last", "this", "earlier", "late", "early"}
        )
    )
    if not lead:
        return end
    j = end
    while j < ceiling and j - end <= _MAX_POST_MODIFIER:
        text = toks[j].text
        if text in _RIGHT_STOPS or toks[j].lower in {"that", "but", "which", "who"}:
            break
        j += 1
    if j - end > _MAX_POST_MODIFIER:
        return end  # too long for a noun phrase: a clause follows
    if all(
        toks[n].lower in _POST_MODIFIER_LEADS
        or toks[n].lower in _TIME_OBJECTS
        or toks[n].lower in _TIME_HEADS
        or toks[n].lower in {"the", "last", "this", "next"}
        for n in range(end, j)
    ):
        return end  # a time, not a post-modifier: "a report on Wednesday", "polls last week"
    return j


def _abbreviation_dot(toks: Sequence[Tok], j: int, ceiling: int) -> bool:
    """Whether the ``.`` at ``j`` ends an abbreviation in a phrase (``S.C.,``, ``Jr.,``,
    ``Ft. Worth``), not a sentence."""
    if toks[j].start != toks[j - 1].end or j + 1 >= ceiling:
        return False
    after = toks[j + 1]
    if after.start == toks[j].end and after.text[0].isalnum():
        return True  # a dot inside a word: "MoveOn.org", "TheIowaRepublican.com", "Ph.D"
    if len(toks[j - 1].text) > 4:
        return False
    if after.text == "," or after.start == toks[j].end or after.text.islower():
        return True  # "S.C.,", "Ph.D. from": no sentence opens with a lower-case word
    # "St. Paul", "Ft. Worth": a title or place abbreviation before a capitalized word
    return toks[j - 1].lower in _NAME_ABBREVIATIONS and after.text[0].isupper()


# Abbreviations that a capitalized word follows inside a name: "Ft. Worth", "St. Paul".
_NAME_ABBREVIATIONS = frozenset(
    {"st", "ft", "mt", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "rev"}
)


_DATELINE_DASHES = frozenset({"-", "--", "—", "–", "―"})
_MAX_DATELINE = 14


def after_dateline(toks: Sequence[Tok], start: int, ceiling: int) -> int:
    """The token after a dateline opening the text at ``start``, or ``start``.

    ``WASHINGTON, June 24 (UPI) — Clinton unveiled ...``, ``MYRTLE BEACH, S.C. - Cruz ...``,
    ``Washington (AFP) – Clinton ...``: a place in capitals, or any place before a
    parenthesized agency, then a spaced dash. Only capitalized words, numbers and
    punctuation come before the dash (``NATO officials said Monday —`` is no dateline). The
    place is never the speaker, and a sentence starts after it.
    """
    first = toks[start].text
    capitals = first.isupper() and len(first) > 1 and first.isalpha()
    k = start
    while k < ceiling and k - start <= _MAX_DATELINE:
        tok = toks[k]
        text = tok.text
        if text in _DATELINE_DASHES and (text != "-" or tok.start > toks[k - 1].end):
            agency = k - 1 > start and toks[k - 1].text == ")"
            after = k + 1
            while after < ceiling and toks[after].text in _DATELINE_DASHES:
                after += 1  # "NEW YORK -- Ruiz": two hyphens
            placed = capitals or agency or _placed_dateline(toks, start, k)
            return after if placed and start < k and after < ceiling else start
        if text in {".", "“", '"', ";"} and not (k > start and tok.start == toks[k - 1].end):
            return start
        if not (text[0].isupper() or text[0].isdigit() or not text[0].isalnum()):
            return start  # a lower-case word: a clause, not a dateline
        k += 1
    return start


def _placed_dateline(toks: Sequence[Tok], start: int, dash: int) -> bool:
    """Whether title-case tokens ``start..dash`` are a press-release place: a city and its
    state (``Concord, NH –``, ``Columbia, S.C. –``) or a state or ``Washington`` alone
    (``Washington—Senators ...``), not a name set off by a dash (``Ruiz — who ...``)."""
    if dash - start == 1:
        return toks[start].lower in US_STATES
    comma = dash - 1
    while comma > start and toks[comma].text != ",":
        comma -= 1
    if comma <= start or comma + 1 >= dash:
        return False
    state = toks[comma + 1].text
    postal = len(state) == 2 and state.isalpha() and state.isupper()  # "NH", "DC"
    end = comma + 2 if postal else _state_at(toks, comma + 1, dash)
    return end == dash and end > comma + 1


def subject_of(toks: Sequence[Tok], cue_first: int, floor: int) -> tuple[int, int] | None:
    """The subject of a cue that has none of its own: a coordinated verb ("She urged him to
    leave and says, ...", "X offered ..., then says ...") or an infinitive ("X took to Twitter
    to say", "X was quick to point out"); an object pronoun before ``to`` wins ("led her to
    declare"). The subject opens the sentence, possibly after opening adverbials."""
    i = cue_first
    while i - 1 >= floor and (
        toks[i - 1].lower in AUXILIARIES or _adverb(toks[i - 1]) or toks[i - 1].lower == "only"
    ):
        i -= 1
    if i - 1 < floor:
        return None
    before = toks[i - 1].lower
    if before == "to" and i - 2 >= floor:
        if toks[i - 2].lower in _OBJECT_PRONOUNS:
            return i - 2, i - 1  # "allowed him to call for"
        controlled = _object_controlled(toks, i - 1, floor)
        if controlled is not None:
            return controlled  # "the loss led Republicans to say"
        if not _control(toks, i - 2, floor):
            return None
    elif before not in {"and", "but", "then"} and not (
        before == "," and i < cue_first and toks[i].lower == "then"
    ):
        return None
    if before in {"and", "but"}:
        relative = _relative_clause_subject(toks, i - 1, floor)
        if relative is not None:
            return relative  # "a speech in which she criticized X and announced …"
    found = opening_subject(toks, floor, i - 1)
    if found is None or found[1] >= i - 1:
        return None  # "Not to mention": the control word is no subject
    return found


_RELATIVE_REACH = 20  # tokens from a coordinating "and" back to "in which"
_WHICH_LEADS = frozenset({"in", "during", "at", "on", "after", "before", "with"})


def _relative_clause_subject(
    toks: Sequence[Tok], conjunction: int, floor: int
) -> tuple[int, int] | None:
    """The subject of a relative clause ``in which she …`` that the ``and`` at
    ``conjunction`` coordinates inside; None when no such clause is within reach."""
    if toks[conjunction - 1].text == ",":
        return None  # "In a year in which X has …, and vowed": the main clause goes on
    k = conjunction - 1
    while k > floor and conjunction - k <= _RELATIVE_REACH:
        text = toks[k].text
        if text in {".", "!", "?", ";", "“", "”", '"'}:
            return None
        if toks[k].lower in {"which", "whom"} and toks[k - 1].lower in _WHICH_LEADS:
            found = right_speaker(toks, k + 1, conjunction, appositive=False)
            if found is None or found[0] != k + 1:
                return None
            end = found[0] + 1
            while end < found[1] and not (
                toks[end].text.islower()
                and toks[end].lower.endswith(("s", "ed"))
                and not toks[end].lower.endswith("ss")
            ):
                end += 1  # "in which management sits down …": the verb ends the subject
            return found[0], end
        k -= 1
    return None


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# Words before an infinitive cue whose subject is the sentence subject: "X was quick to point
# out", "X declined to say", "X went on to say". A noun there may be the speaker instead
# ("X wants voters to recall"), so only these.
_CONTROL_WORDS = frozenset(
    {"quick", "able", "unable", "declined", "refused", "decided", "tried", "sought", "chose"}
    | {"continued", "continues", "moved", "agreed", "promised", "vowed", "threatened", "hopes"}
    | {"hoped", "wants", "wanted", "plans", "planned", "seemed", "appeared", "went", "careful"}
    | {"ready", "willing", "eager", "reluctant", "expected", "likely", "set", "begun", "began"}
    # "X is poised to argue", "X struggled to explain", "X was careful not to mention"
    | {"poised", "correct", "right", "struggled", "hesitated", "failed", "trying", "tried"}
    | {"working", "pains", "pressed", "here", "better", "used", "forced"}
)
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "social", "media", "airwaves"})
_TOOK = frozenset({"took", "take", "takes", "taking"})


# Verbs whose object is the subject of the infinitive after it: "led Republicans to say",
# "will force Sen. Ann Ruiz to acknowledge", "a tool allowing users to tell".
_OBJECT_CONTROL = frozenset(
    {"led", "lead", "leads", "force", "forced", "forces", "allow", "allowed", "allows"}
    | {"allowing", "drives", "drove", "prompted", "prompts", "pushed", "pressed", "urged"}
    | {"encouraged", "invited", "persuaded", "convinced", "inspired", "caused", "got"}
)


def _object_controlled(toks: Sequence[Tok], to: int, floor: int) -> tuple[int, int] | None:
    """The object of ``led X to`` ending before the ``to`` at ``to``: the infinitive's subject."""
    k = to - 1
    while k > floor and to - k <= _MAX_NP and toks[k].lower not in _OBJECT_CONTROL:
        k -= 1
    if toks[k].lower not in _OBJECT_CONTROL or k + 1 >= to:
        return None
    if _np_back(toks, to, k + 1) != k + 1:
        return None
    return k + 1, to


# Verbs whose object is an occasion the subject uses to speak: "used the spotlight to say".
_OCCASION_VERBS = frozenset(
    {"used", "uses", "use", "using", "took", "takes", "take", "seized", "seizes", "seize"}
)
_OCCASION_REACH = 4  # tokens of the object: "the opportunity", "his first speech"


def _occasion_object(toks: Sequence[Tok], k: int, floor: int) -> bool:
    """Whether token ``k`` (before ``to``) ends a short object of ``used`` / ``took``
    (``used the spotlight``, ``took the opportunity``, ``used her speech``)."""
    n = k
    while n > floor and k - n < _OCCASION_REACH:
        word = toks[n]
        if word.lower in _OCCASION_VERBS:
            return n < k and toks[n + 1].lower in _OCCASION_DETERMINERS
        if not (word.text.isalpha() and word.text.islower()):
            return False
        n -= 1
    return False


_OCCASION_DETERMINERS = frozenset({"the", "this", "that", "his", "her", "their", "its", "a", "an"})


def _control(toks: Sequence[Tok], k: int, floor: int) -> bool:
    """Whether token ``k`` (before ``to``) passes its subject on: ``quick``, ``went on``,
    ``took to Twitter``."""
    low = toks[k].lower
    if low in _CONTROL_WORDS:
        return True
    if low == "on" and k - 1 >= floor and toks[k - 1].lower in {"went", "goes", "go", "going"}:
        return True  # "went on to say"
    if _occasion_object(toks, k, floor):
        return True  # "used the spotlight to suggest", "took the opportunity to say"
    # "took to Twitter to say", "took to social media to say"
    n = k
    while n > floor and k - n < 2 and toks[n].lower in _PLATFORMS:
        n -= 1
    return n < k and toks[n].lower == "to" and n - 1 >= floor and toks[n - 1].lower in _TOOK


# Words opening an adverbial before a sentence's subject ("In an interview, Trump ...",
# "Speaking at a rally in Salem, N.H., Trump ...", "This year, he ...").
_MAX_OPENING = 15
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "so", "then", "yet", "still", "now", "also"})


def opening_subject(toks: Sequence[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase opening the main clause of tokens ``lo..hi``, after up to two opening
    adverbials set off by commas (a comma before a US state stays inside the adverbial)."""
    start = after_dateline(toks, lo, hi) if lo < hi else lo
    for _ in range(3):
        while start + 1 < hi and (
            toks[start].lower in _OPENING_CONJUNCTIONS
            or toks[start].text == "”"
            # a straight mark left over from the sentence before, not one that opens a
            # quotation glued to its first word ("Well, I …," Ruiz said: no subject)
            or (toks[start].text in {'"', "''"} and toks[start].end < toks[start + 1].start)
        ):
            start += 1  # "But she ...", "Then he ..."
        found = right_speaker(toks, start, hi, appositive=True)
        if (
            found is not None
            and found[0] == start
            and not _time_phrase(toks, found)
            and not _adverb(toks[found[1] - 1])  # "More broadly, ...", "astoundingly, ..."
            and toks[found[0]].lower.replace("’", "'") not in _CLITIC_DEMONSTRATIVES
            and not _opening_participle(toks, found, hi)
        ):
            return found
        k = start
        while k < hi and k - start <= _MAX_OPENING:
            if toks[k].text == ",":
                after_state = _state_at(toks, k + 1, hi) if k + 1 < hi else k + 1
                if after_state == k + 1 or after_state >= hi or toks[after_state].text != ",":
                    break
                k = after_state  # "in Salem, N.H.," / "in Ames, Iowa,"
                continue
            k += 1
        if k >= hi or k - start > _MAX_OPENING or toks[k].text != ",":
            return None
        start = k + 1
    return None


# Words after a participle that opens the sentence: "Reached by phone, ...", "Pressed on it".
_PARTICIPLE_NEXT = frozenset(
    {"by", "on", "at", "about", "in", "for", "with", "after", "from", "later", "earlier", "again"}
)


def _opening_participle(toks: Sequence[Tok], found: tuple[int, int], hi: int) -> bool:
    """Whether the phrase is a lone participle opening an adverbial clause ("Reached by phone,
    Joyce said"), not a name ("Ahmed on Monday said")."""
    first, last = found
    low = toks[first].lower
    if (
        low.endswith("ing")
        and len(low) >= 7
        and last < hi
        and toks[last].lower in TIME_WORDS
        and toks[first].text[1:].islower()
        and toks[first].text not in _GIVEN_NAMES
    ):
        return True  # "Appearing Thursday on a radio show, Ruiz said": a participle
    return (
        last == first + 1
        and last < hi
        and low.endswith("ed")
        and len(low) >= 6
        and toks[first].text[1:].islower()
        and toks[first].text not in _GIVEN_NAMES
        and toks[last].lower in _PARTICIPLE_NEXT
    )


# Conjunctions that open a subordinate clause with a subject of its own: "as Ruiz echoed it".
_SUBJECT_CLAUSE_LEADS = frozenset(
    {"as", "when", "while", "after", "because", "since", "although", "though", "before"}
    | {"until", "whereas", "once"}
)
_MAX_CLAUSE_REACH = 40


def _coordinated_clause_lead(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Whether token ``k`` opens a coordinated clause after a comma: ``…, then Ruiz
    countered by telling``, ``…, but Ruiz replied``, ``… Monday, and Ruiz responded`` (not
    ``Lee, Diaz, and Ruiz met``: a list of names)."""
    if k - 1 <= lo or toks[k - 1].text != "," or not toks[k].text.islower():
        return False
    if toks[k].lower in {"then", "but"}:
        return True
    return toks[k].lower == "and" and toks[k - 2].text.islower()


def clause_subject(toks: Sequence[Tok], lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the last subordinate clause before token ``hi``: ``Ann Ruiz`` in ``It
    was a blow, as Ann Ruiz echoed the charge, saying ...`` (a participle's nearest subject).

    The clause opens with a conjunction (``as``, ``when``, ``after`` ...) followed by a noun
    phrase and a lower-case word (its verb); None if there is none within reach.
    """
    n = hi - 1
    while n > lo and hi - n <= _MAX_CLAUSE_REACH and toks[n].text not in _SENTENCE_STOPS:
        if (
            toks[n - 1].lower in _SUBJECT_CLAUSE_LEADS and toks[n - 1].text.islower()
        ) or _coordinated_clause_lead(toks, n - 1, lo):
            found = right_speaker(toks, n, hi, appositive=False)
            if (
                found is not None
                and found[0] == n
                and found[1] < hi
                and toks[found[1]].text.isalpha()
                and toks[found[1]].text.islower()
                and toks[found[1]].lower not in _POST_MODIFIER_LEADS
                and not _time_phrase(toks, found)
            ):
                return found
        n -= 1
    return None


# A demonstrative glued to "is", no subject of a cue after it: "That's partly why ...".
_CLITIC_DEMONSTRATIVES = frozenset({"that's", "there's", "it's", "what's", "here's"})


# Head nouns of a time phrase that opens a sentence: "This year, ...", "A month later, ...".
_TIME_HEADS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times"}
    | {"hour", "hours", "minute", "minutes", "night", "morning", "afternoon", "evening"}
    | {"decade", "decades", "moment", "point", "years-old"}
)


def _time_phrase(toks: Sequence[Tok], found: tuple[int, int]) -> bool:
    """Whether a phrase is a time, not a subject: ``This year``, ``A month``, ``The day``."""
    return any(toks[n].lower in _TIME_HEADS for n in range(found[0], found[1]))
