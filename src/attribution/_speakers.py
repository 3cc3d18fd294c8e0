"""Speaker mentions: the noun phrase next to a cue, found without a parser.

Left of a cue (``Army General Maria Lopez, the head of Central Command, said``) we walk back over
auxiliaries, then over an appositive or relative clause set off by commas, then over the noun
phrase itself: names, titles, possessives, lower-case nouns, ``of`` between capitalized words, up
to and including a determiner. Right of a cue (``said Maria Lopez, the head of ...``) we walk
forward the same way. The mention keeps its appositive, as PolNeAR source spans do; pronouns stay
pronouns (resolving them is the job of :mod:`attribution._sources`). On the right it also keeps a
chain of appositives (``said Ruiz, 29, of Dayton, Ohio``; a comma before a US state stays inside),
a ``who`` clause, an ``of``/``to`` complement of a role (``a longtime adviser to Lopez``) and,
after ``according to``, a document's post-modifiers (``a count by the Port Authority``); a dateline
(``WASHINGTON (AP) —``) is skipped. Asides set off by commas on the left are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution._text import Tok
from attribution.lexicons.anonymity import ANONYMOUS_ROLES, GROUP_NOUNS
from attribution.lexicons.cues import SPEECH_NOUNS
from attribution.lexicons.titles import TITLE_MODIFIERS, TITLES

__all__ = ["PRONOUNS", "left_speaker", "opening_subject", "right_speaker", "subject_of"]

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
    | frozenset({"who", "which", "whose", "speaking", "writing", "appearing", "testifying"})
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
    if low in _STOP or low in _PAST_VERBS or low in _PRESENT_VERBS:
        return False
    if low in _ED_ADJECTIVES:
        return True  # "registered voters", "retired officers"
    if low.endswith("ed") and len(low) >= 5 and not low.endswith("eed"):
        return False  # "noted", "urged": a verb ends the phrase ("The president noted")
    return not (low.endswith("ing") and len(low) > 5) or low in _ING_NOUNS


# Nouns in -ing inside a source phrase: "the RealClearPolitics polling average", "a filing".
_ING_NOUNS = frozenset(
    {"polling", "reporting", "filing", "filings", "ruling", "briefing", "hearing", "meeting"}
    | {"findings", "recording", "recordings", "posting", "spending", "funding", "ranking"}
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
)
# Irregular past tenses that follow a subject: "Carson took the stage", "Romney went on".
_PAST_VERBS = frozenset(
    {"took", "began", "went", "made", "stood", "came", "gave", "got", "kept", "left", "met"}
    | {"ran", "sat", "saw", "sent", "spent", "won", "wrote", "hit", "held", "brought"}
    | {"thought", "felt", "found", "knew", "became", "lost", "put", "set", "struck", "spoke"}
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
    | {"wasn’t", "used"}
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
    elif low not in _ALONE_QUANTIFIERS:
        return None
    if first > floor and toks[first - 1].lower in {"the", "these", "those", "all"}:
        first -= 1  # "The two said"
    before = toks[first - 1] if first > floor else None
    if (
        before is not None
        and before.text[0].isalnum()
        and before.lower not in _CLAUSE_OPENERS
        and before.lower != "that"
    ):
        return None  # "He met some" is an object; "found that most said" a subject
    return first


def _np_back(toks: Sequence[Tok], end: int, floor: int) -> int:
    """The first token of the noun phrase ending just before token ``end``; ``end`` if none."""
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
        if _np_word(tok):
            if first < end and low in _NOT_BEFORE_NAMES and toks[first].text[0].isupper():
                break  # "In a speech Mrs. Clinton said": the name starts after the event noun
            first = i
            i -= 1
            continue
        if (
            low == "in"
            and first < end
            and i - 1 >= floor
            and (toks[i - 1].lower in _IN_PARTITIVES or toks[i - 1].lower in _PARTITIVES)
        ):
            # "Six in 10 voters", "Many in the crowd", "someone in the audience"
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


# Adverbs right after a name that end it: "Clinton often", "Sanders soon".
_NAME_ADVERBS = frozenset({"often", "soon", "further", "always", "sometimes", "once", "largely"})


def _adverb_after_name(tok: Tok) -> bool:
    """A lower-case adverb after a capitalized word: ``Clinton immediately``, ``Lee often``."""
    low = tok.text
    if low in _NAME_ADVERBS:
        return True
    return len(low) > 5 and low.endswith("ly") and low.islower() and low not in _LY_NOUNS


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
        if low == "of" and k + 2 < end and toks[k + 2].lower == "course":
            return k  # "Liveris, of course, said"
        if (low in _ASIDE_LEADS or participle) and not any(
            toks[n].lower in {"anonymity", "condition"} for n in range(k + 1, end)
        ):
            return k
        k += 1
        while k < end - 1 and toks[k].text != ",":
            k += 1
    return end


# Post-modifiers of a speaker noun phrase, by the words that open them: "officials familiar
# with the talks", "a spokeswoman for the agency", "people with knowledge of the plan".
_POST_PREPOSITIONS = frozenset({"at", "for", "from", "in", "on", "with", "to"})
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
    | frozenset({"letter", "memo", "email", "article", "editorial", "analysis", "review"})
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
        elif toks[k].lower in _POST_PREPOSITIONS and (
            toks[k].lower != "to" or _role_before(toks[k - 1])
        ):
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
        or (
            # "She has since said", "the senator would only say"
            toks[i - 1].lower in {"since", "only"}
            and i - 2 >= floor
            and toks[i - 2].lower in AUXILIARIES
        )
    ):
        i -= 1
    i = _before_time_phrase(toks, i, floor)
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
                and (toks[first].lower in _DETERMINERS or _lower_role(toks, first, j))
            ):
                # "a port official," may itself be an appositive: look for its head further left.
                opening = first, _before_aside(toks, j, end)
                k = j
                continue
            if first < j and (first == floor or not toks[first - 1].text[0].isalnum()):
                return _role_before_name(toks, first, floor), _before_aside(toks, j, end)
            if first < j and fallback is None:
                # "Officials at Homeland Security Investigations, a division of ..., said":
                # keep the nearest noun phrase when none opens the clause.
                fallback = _coordinated(toks, first, floor), _before_aside(toks, j, end)
            k = j
        return opening or fallback
    first = _np_back(toks, end, floor)
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
        # "an official who was not authorized to speak publicly said": the adverb is the clause's
        while end < cue_first and _adverb(toks[end]):
            end += 1
    return _coordinated(toks, extended, floor), end


# Prepositions and modifiers of a time phrase between a speaker and its cue: "who has in the
# past described", "Lee in recent weeks said", "X for years has said".
_TIME_PREPOSITIONS = frozenset({"in", "over", "at", "for", "during", "within"})
_TIME_MODIFIERS = frozenset(
    {"the", "recent", "past", "last", "few", "several", "many", "some", "this"}
)


def _before_time_phrase(toks: Sequence[Tok], i: int, floor: int) -> int:
    """Token ``i`` moved back over a time phrase ending just before it (and auxiliaries)."""
    from attribution._cues import AUXILIARIES

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


def _coordinated(toks: Sequence[Tok], first: int, floor: int) -> int:
    """Extend a subject over ``A and``: ``Federal and state officials``, ``RT and its allies``,
    ``Politicians and even some experts``, ``Friends, lobbyists and former foes``.

    Only when the first conjunct is made of names, determiners and titles and opens its clause:
    a lower-case word there may be a verb ("cut jobs and the union said").
    """
    conj = first - 1
    if conj - 1 > floor and toks[conj].lower in {"even", "also"}:
        conj -= 1  # "Politicians and even some experts"
    if conj <= floor or toks[conj].lower not in {"and", "&"}:
        return first
    start = _conjunct(toks, conj, floor)
    if start is None:
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


def _conjunct(toks: Sequence[Tok], end: int, floor: int) -> int | None:
    """The start of a conjunct ending before token ``end`` that opens a subject, or None."""
    start = _np_back(toks, end, floor)
    if start >= end or (start > floor and toks[start - 1].text[0].isalnum()):
        return None
    # A lower-case first conjunct is short ("Democrats and", "Her advisers and"): a longer one
    # may hold a verb ("The firm cut jobs and the union said").
    short = sum(toks[n].lower not in _DETERMINERS for n in range(start, end)) <= 2
    opens = start == floor or toks[start - 1].text in _CLAUSE_PUNCT or toks[start - 1].text == ","
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


# Punctuation before a subject that opens its sentence or clause: "Democrats and civil rights
# groups said" after a full stop. A lower-case first conjunct needs it (not a verb's object).
_CLAUSE_PUNCT = frozenset({".", "!", "?", ";", ":", "—", "“", '"'})


def right_speaker(
    toks: Sequence[Tok], start: int, ceiling: int, *, appositive: bool = True
) -> tuple[int, int] | None:
    """Token range of the speaker starting at token ``start`` (after ``said``), if any."""
    if start >= ceiling:
        return None
    start = _after_dateline(toks, start, ceiling)
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
        if seen and i > start and toks[i - 1].text[0].isupper() and _adverb_after_name(tok):
            break  # "Clinton immediately said", "Sanders often questions"
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
            )
        ):
            break  # "Gowdy promises Benghazi ...", "The ad touts his record"
        if _np_word(tok) or (tok.text[0].isupper() and tok.text not in _CAP_STOP):
            seen = True
            i += 1
            continue
        if (
            tok.text == "."
            and seen
            and toks[i - 1].lower in {"jr", "sr"}
            and _abbreviation_dot(toks, i, ceiling)
        ):
            i += 1  # "said C. Stewart Verdery Jr., a senior official"
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
            # "said a longtime adviser to Trump", "said a source close to the campaign",
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
            # "said Mr. Burman of the Tax Policy Center"
            i += 2
            continue
        break
    if not seen or _opening_adverbial(toks, start, i, ceiling):
        return None
    end = i
    if appositive and end < ceiling and toks[end].text == "(":
        # "said Rep. Ann Ruiz (D-Ore.), a member of ..."
        k = end + 1
        while k < ceiling and k - end <= 8 and toks[k].text != ")":
            k += 1
        if k < ceiling and toks[k].text == ")":
            end = k + 1
    if (start >= 2 and toks[start - 1].lower == "to" and toks[start - 2].lower == "according") or (
        toks[end - 1].lower in _DOCUMENTS and end < ceiling and toks[end].lower in {"in", "by"}
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
        end = _right_appositives(toks, end, ceiling)
    return start, end


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
_US_STATES = frozenset(
    {"ala", "alaska", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "hawaii"}
    | {"idaho", "ill", "ind", "iowa", "kan", "ky", "la", "md", "mass", "me", "mich", "minn"}
    | {"miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "ohio"}
    | {"okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "texas", "utah", "vt", "va", "wash"}
    | {"w.va", "wis", "wyo", "d.c", "alabama", "alaska", "arizona", "arkansas", "california"}
    | {"colorado", "connecticut", "delaware", "florida", "georgia", "illinois", "indiana"}
    | {"kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan"}
    | {"minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "oklahoma"}
    | {"oregon", "pennsylvania", "tennessee", "vermont", "virginia", "washington", "wisconsin"}
    | {"wyoming"}
)
# Two-word state names, by their first word: "New Jersey", "North Carolina", "West Virginia".
_STATE_FIRSTS = frozenset({"new", "north", "south", "west", "rhode"})
# Party labels that open an appositive: "Senator Ann Ruiz, Democrat of Oregon", "R-S.C.".
_PARTY_LEADS = frozenset({"democrat", "republican", "independent"})


def _state_at(toks: Sequence[Tok], k: int, ceiling: int) -> int:
    """The token after a US state name starting at ``k`` (with its abbreviation dot), or ``k``."""
    tok = toks[k]
    if not tok.text[0].isupper():
        return k
    n = k + 1
    if tok.lower in _STATE_FIRSTS and n < ceiling and toks[n].text[0].isupper():
        n += 1  # "New Jersey"
    elif tok.lower.rstrip(".") not in _US_STATES:
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


def _right_appositives(toks: Sequence[Tok], end: int, ceiling: int) -> int:
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
    after_age = False  # "said Alyssa Van Wagenen, 29, of Meridian, Ind."
    if (
        end + 2 < ceiling
        and toks[end].text == ","
        and toks[end - 1].text[0].islower()
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
    for _ in range(_MAX_APPOSITIVES):
        if not (end + 1 < ceiling and toks[end].text == ","):
            break
        if not (_appositive_lead(toks, end + 1) or (after_age and toks[end + 1].lower == "of")):
            break
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


# Documents whose publication or author follows them: "an editorial in the Planet".
_DOCUMENTS = frozenset(
    {"editorial", "article", "report", "study", "column", "op-ed", "analysis", "survey"}
    | {"poll", "memo", "letter", "review", "story", "editorials", "articles", "reports"}
)
# What may follow a source after "according to": "a count by The Associated Press", "early
# results of exit polls conducted for The Associated Press", "a report in Politico".
_POST_MODIFIER_LEADS = frozenset({"of", "in", "from", "by", "for", "at", "with", "on"})
_MAX_POST_MODIFIER = 16


def _post_modifiers(toks: Sequence[Tok], end: int, ceiling: int) -> int:
    """Extend an ``according to`` source over its post-modifiers, up to the clause's end.

    PolNeAR keeps them: ``according to a new article in Politico``, ``according to the
    average of recent polls compiled by Real Clear Politics``.
    """
    if end >= ceiling:
        return end
    tok = toks[end]
    lead = tok.lower in _POST_MODIFIER_LEADS or (
        tok.text.islower()
        and tok.lower.endswith("ed")
        and end + 1 < ceiling
        # "a count released by ...", "a poll released Sunday"
        and (toks[end + 1].lower in _POST_MODIFIER_LEADS or toks[end + 1].lower in _TIME_OBJECTS)
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
    if toks[j].start != toks[j - 1].end or len(toks[j - 1].text) > 4 or j + 1 >= ceiling:
        return False
    after = toks[j + 1]
    if after.text == "," or after.start == toks[j].end:
        return True
    # "St. Paul", "Ft. Worth": a title or place abbreviation before a capitalized word
    return toks[j - 1].lower in _NAME_ABBREVIATIONS and after.text[0].isupper()


# Abbreviations that a capitalized word follows inside a name: "Ft. Worth", "St. Paul".
_NAME_ABBREVIATIONS = frozenset(
    {"st", "ft", "mt", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "rev"}
)


_DATELINE_DASHES = frozenset({"-", "--", "—", "–", "―"})
_MAX_DATELINE = 14


def _after_dateline(toks: Sequence[Tok], start: int, ceiling: int) -> int:
    """The token after a dateline opening the text at ``start``, or ``start``.

    ``WASHINGTON, June 24 (UPI) — Clinton unveiled ...``, ``MYRTLE BEACH, S.C. - Cruz ...``,
    ``Washington (AFP) – Clinton ...``: a place in capitals, or any place before a
    parenthesized agency, then a dash. The place is never the speaker.
    """
    first = toks[start].text
    capitals = first.isupper() and len(first) > 1 and first.isalpha()
    k = start
    while k < ceiling and k - start <= _MAX_DATELINE:
        text = toks[k].text
        if text in _DATELINE_DASHES:
            agency = k - 1 > start and toks[k - 1].text == ")"
            return k + 1 if (capitals or agency) and k > start else start
        if text in {".", "“", '"', ";"} and not (k > start and toks[k].start == toks[k - 1].end):
            return start
        k += 1
    return start


def subject_of(toks: Sequence[Tok], cue_first: int, floor: int) -> tuple[int, int] | None:
    """The subject of a cue that has none of its own: a coordinated verb ("She urged him to
    leave and says, ...", "X offered ..., then says ...") or an infinitive ("X took to Twitter
    to say", "X was quick to point out"); an object pronoun before ``to`` wins ("led her to
    declare"). The subject opens the sentence, possibly after opening adverbials."""
    from attribution._cues import AUXILIARIES

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
        if not _control(toks, i - 2, floor):
            return None
    elif before not in {"and", "but", "then"} and not (
        before == "," and i < cue_first and toks[i].lower == "then"
    ):
        return None
    return opening_subject(toks, floor, i - 1)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
# Words before an infinitive cue whose subject is the sentence subject: "X was quick to point
# out", "X declined to say", "X went on to say". A noun there may be the speaker instead
# ("X wants voters to recall"), so only these.
_CONTROL_WORDS = frozenset(
    {"quick", "able", "unable", "declined", "refused", "decided", "tried", "sought", "chose"}
    | {"continued", "continues", "moved", "agreed", "promised", "vowed", "threatened", "hopes"}
    | {"hoped", "wants", "wanted", "plans", "planned", "seemed", "appeared", "went", "careful"}
    | {"ready", "willing", "eager", "reluctant", "expected", "likely", "set", "begun", "began"}
)
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "social", "media", "airwaves"})
_TOOK = frozenset({"took", "take", "takes", "taking"})


def _control(toks: Sequence[Tok], k: int, floor: int) -> bool:
    """Whether token ``k`` (before ``to``) passes its subject on: ``quick``, ``went on``,
    ``took to Twitter``."""
    low = toks[k].lower
    if low in _CONTROL_WORDS:
        return True
    if low == "on" and k - 1 >= floor and toks[k - 1].lower in {"went", "goes", "go", "going"}:
        return True  # "went on to say"
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
    start = _after_dateline(toks, lo, hi) if lo < hi else lo
    for _ in range(3):
        while start + 1 < hi and (
            toks[start].lower in _OPENING_CONJUNCTIONS or toks[start].text in {"”", '"', "''"}
        ):
            start += 1  # "But she ...", "Then he ..."
        found = right_speaker(toks, start, hi, appositive=True)
        if found is not None and found[0] == start and not _time_phrase(toks, found):
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


# Head nouns of a time phrase that opens a sentence: "This year, ...", "A month later, ...".
_TIME_HEADS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times"}
    | {"hour", "hours", "minute", "minutes", "night", "morning", "afternoon", "evening"}
    | {"decade", "decades", "moment", "point", "years-old"}
)


def _time_phrase(toks: Sequence[Tok], found: tuple[int, int]) -> bool:
    """Whether a phrase is a time, not a subject: ``This year``, ``A month``, ``The day``."""
    return any(toks[n].lower in _TIME_HEADS for n in range(found[0], found[1]))
