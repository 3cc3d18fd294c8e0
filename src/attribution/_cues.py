"""Cue matching: find the words that introduce an attribution, with lemma and category.

One look-up per token against the lexicon in :mod:`attribution.lexicons.cues`. A cue keeps
its auxiliaries and negation apart (``has not said``: the cue is ``said``, the speaker is
searched left of ``has not``) and records the adverbials after it (``said Thursday``,
``told reporters in Brussels``), which is where an addressee is found. Capitalized forms are
cues only where news text capitalizes a verb: a speech participle opening a sentence
(``Noting that …, Ruiz said``) and a finite speech verb between capitalized words of a
title-case headline (``Ruiz Announces Port Plan``), and a verb named after a brand anywhere
(``Ruiz Tweeted on Friday``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, count

import attrs

from attribution._text import TextIndex, Tok
from attribution.lexicons.cues import CUE_LEMMAS, MULTIWORD, NO_SOURCE, Category, Strength

__all__ = [
    "AUXILIARIES",
    "CUE_FORMS",
    "PERCEIVED_SPEECH",
    "RAISING_PARTICIPLES",
    "TIME_WORDS",
    "Cue",
    "find_cues",
    "skip_adverbials",
    "word_cue",
]

# form -> (lemma, category, strength)
_FORMS: dict[str, tuple[str, Category, Strength]] = {
    form: (lemma, category, strength)
    for lemma, (category, strength, forms) in CUE_LEMMAS.items()
    for form in forms
}
#: Every one-word cue form of the lexicon, lower case.
CUE_FORMS = frozenset(_FORMS)
# first word -> [(rest of the phrase as words, entry)], longest first
_PHRASES: dict[str, list[tuple[tuple[str, ...], tuple[str, Category, Strength]]]] = {}
for _phrase, _entry in sorted(MULTIWORD.items(), key=lambda item: -len(item[0])):
    _first, *_rest = _phrase.split()
    _PHRASES.setdefault(_first, []).append((tuple(_rest), _entry))

# Capitalized forms that are cues: "Asked whether …, Ruiz said" opens a sentence; "Ruiz Says
# Port Will Close" is a title-case headline (only after another capitalized word).
# "Said Ann Ruiz, “…”" inverts speaker and cue at a sentence start (before a capital only).
_CAPITALIZED = {"Asked": "asked", "Says": "says", "Said": "said"}
# Speech participles that open a sentence: "Noting that A, Ruiz said B".
_OPENING_PARTICIPLES = {
    form.capitalize(): form
    for form, (_, category, strength) in _FORMS.items()
    if form.endswith("ing") and category == "speech" and strength in {"strong", "weak"}
}
# Finite speech verbs of a title-case headline: "Ruiz Announces Plan", "Mayor Blasts Port".
_HEADLINE_VERBS = {
    form.capitalize(): form
    for form, (_, category, strength) in _FORMS.items()
    if category == "speech"
    and strength in {"strong", "weak"}
    and (form.endswith("ed") or (form.endswith("s") and not form.endswith("ss")))
    and form.capitalize() not in _CAPITALIZED
}

# Verbs named after a brand that news text capitalizes anywhere: "…,” Ruiz Tweeted on Friday.
_BRAND_VERBS = {"Tweeted": "tweeted"}

# The lexicon entry of a token's text in one look-up: a lower-case form, or a capitalized form
# through the first of the tables above that has it (sentence opener, participle, brand verb,
# headline verb), in that order of precedence.
_ENTRIES: dict[str, tuple[str, Category, Strength]] = dict(_FORMS)
for _table in (_HEADLINE_VERBS, _BRAND_VERBS, _OPENING_PARTICIPLES, _CAPITALIZED):
    for _written, _form in _table.items():
        if _form in _FORMS:
            _ENTRIES[_written] = _FORMS[_form]
        else:
            _ENTRIES.pop(_written, None)

# Candidate cue words: a token is looked up only when its text is one of these.
_CANDIDATES: frozenset[str] = frozenset(
    {*_FORMS, *NO_SOURCE, *_PHRASES, *(first.capitalize() for first in _PHRASES), *_CAPITALIZED}
    | {*_OPENING_PARTICIPLES, *_HEADLINE_VERBS, *_BRAND_VERBS}
)

# Words before a noun: a cue form right after one of these is the noun ("the report").
_NOUN_MARKERS = frozenset(
    ["a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
)
# Words before "point" that make it a noun ("at one point", "at some point").
_POINT_MARKERS = frozenset({"one", "some", "any", "that", "every", "no", "another"})

# Words between a speaker and its cue that belong to neither: auxiliaries, negation, adverbs.
AUXILIARIES: frozenset[str] = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "would",
        "will",
        "did",
        "does",
        "do",
        "not",
        "n't",
        "never",
        "previously",
        "later",
        "then",
        "repeatedly",
        "recently",
        "publicly",
        "privately",
        "once",
        "often",
        "just",
        "already",
        "still",
        "even",
        "first",
        "separately",
        "further",
        "again",
        "long",
        "is",
        "was",
        "were",
        "are",
        "been",
        "be",
        "being",
        "could",
        "may",
        "might",
        "should",
        "can",
        "must",
        "initially",
        "originally",
        "reportedly",
        "apparently",
        "allegedly",
        "frequently",
        "always",
        "subsequently",
        "quickly",
        "simply",
        "had've",
        "had’ve",
        "'s",
        "’s",
    ]
) | frozenset(
    neg.replace("'", apostrophe)
    for neg in [
        "doesn't",
        "don't",
        "didn't",
        "won't",
        "wouldn't",
        "hasn't",
        "haven't",
        "hadn't",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "can't",
        "couldn't",
        "shouldn't",
    ]
    for apostrophe in "'’"
)

TIME_WORDS: frozenset[str] = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "weekend",
        "month",
        "year",
        "earlier",
        "last",
        "this",
        "next",
        "late",
        "early",
        "ago",
        "recently",
        "later",
    ]
)

# Words that form compound nouns with a cue form: "roll call", "news reports", "home state".
_NOUN_MODIFIERS = frozenset(
    {"roll", "phone", "conference", "news", "jobs", "credit", "pool", "police", "press"}
    | {"congressional", "new", "home", "primary", "swing", "battleground", "finance", "wake-up"}
    | {"radio", "talk", "tv", "television", "game", "road", "cooking"}  # "radio show"
    # "two bomb attacks in the port", "the terror threats", "drone strikes": war news
    | {"bomb", "terror", "terrorist", "missile", "rocket", "drone", "suicide", "air"}
)
# Cue forms that are never nouns: after "police" or a number they are the verb.
_ONLY_VERBS = frozenset({"say", "says", "said", "told", "tells"})
# Irregular past participles of cue verbs ("Trump’s told" = "Trump has told").
_PARTICIPLES = frozenset(
    {"said", "told", "thought", "written", "shown", "heard", "seen", "found", "known", "felt"}
    | {"read", "sought", "understood", "spoken", "put"}
)

# Nouns that a cue participle modifies as an adjective: "pledged delegates", "quoted words".
_PARTICIPLE_NOUNS = frozenset({"delegate", "delegates", "superdelegates", "votes"})

# Finite verbs after a plural noun: a cue form ending in -s right before one is that noun.
_COPULAS = frozenset({"are", "were", "have", "remain", "seem", "appear"})
# A base form right before one of these is a noun ("the port plan is"), unless a pronoun
# subject makes it a verb ("what they claim is false").
_SINGULAR_COPULAS = frozenset({"is", "was", "has", "seems", "remains"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "we", "they", "who", "what", "which", "that"})

_ADVERBIAL_LEADS = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "late"})


@attrs.frozen(kw_only=True)
class Cue:
    """A cue occurrence: ``first``..``last`` are token indexes (inclusive) of the cue words."""

    first: int
    last: int
    start: int
    end: int
    lemma: str
    category: Category
    strength: Strength
    form: str


# Month names, and their abbreviations as tokenized ("Sept."); "may" only before a number.
_MONTHS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov."}
    | {"dec."}
)
_DAY_OR_YEAR = re.compile(
    r"""
    \d{1,2}(?:st|nd|rd|th)?\Z   # a day: 5, 21st
    | \d{4}\Z                  # a year: 2012
    """,
    re.VERBOSE,
)


def _date_end(toks: Sequence[Tok], i: int, limit: int, *, bare: bool = False) -> int:
    """After a month name at ``i`` (``June 5``, ``June 5, 2012``, ``June 2012``; a ``bare``
    ``June`` only after ``in``/``on``): the token after the date, else ``i``."""
    low = toks[i].lower
    number_next = i + 1 < limit and _DAY_OR_YEAR.match(toks[i + 1].text) is not None
    if not number_next and not (bare and low in _MONTHS):
        return i  # "said March was hard": the month is the subject
    if low not in _MONTHS and not (low == "may" and number_next):
        return i
    i += 1
    if number_next:
        i += 1
        if (
            i + 1 < limit
            and toks[i].text == ","
            and len(toks[i + 1].text) == 4
            and toks[i + 1].text.isdigit()
        ):
            i += 2  # ", 2012"
    return i


def _dated(toks: Sequence[Tok], i: int, limit: int) -> int:
    """After a date at ``i``, with or without a lead (``June 5``, ``in June 2012``), else ``i``."""
    if toks[i].lower in _ADVERBIAL_LEADS and i + 1 < limit:
        after = _date_end(toks, i + 1, limit, bare=True)
        if after > i + 1:
            return after
    return _date_end(toks, i, limit)


def skip_adverbials(toks: Sequence[Tok], i: int, limit: int) -> int:
    """The first token at or after ``i`` that is not a time adverbial (``Thursday morning``,
    ``in June 2012``)."""
    while i < limit:
        low = toks[i].lower
        if low in TIME_WORDS:
            i += 1
        elif low in _ADVERBIAL_LEADS and i + 1 < limit and toks[i + 1].lower in TIME_WORDS:
            i += 2
        elif (j := _dated(toks, i, limit)) > i:
            i = j  # "June 5, 2012", "in June"
        else:
            break
    return i


def _cue_at(toks: Sequence[Tok], lowers: tuple[str, ...], i: int, hi: int) -> Cue | None:
    """The cue starting at token ``i``, if any (the longest phrase first); ``lowers`` holds
    each token's lower-case text (a phrase's words are compared as one tuple slice)."""
    tok = toks[i]
    low = tok.lower
    for rest, (lemma, category, strength) in _PHRASES.get(low, ()):
        n = len(rest)
        if i + n < hi and lowers[i + 1 : i + 1 + n] == rest:
            return Cue(
                first=i,
                last=i + n,
                start=tok.start,
                end=toks[i + n].end,
                lemma=lemma,
                category=category,
                strength=strength,
                form=" ".join((low, *rest)),
            )
    entry = _ENTRIES.get(tok.text)
    if entry is not None:
        lemma, category, strength = entry
    elif low in NO_SOURCE:
        lemma, category, strength = low, "speech", "weak"
    else:
        return None
    return word_cue(toks, i, lemma, category=category, strength=strength)


def word_cue(
    toks: Sequence[Tok],
    k: int,
    lemma: str,
    *,
    category: Category = "speech",
    strength: Strength = "weak",
    last: int | None = None,
) -> Cue:
    """The cue of the one token ``k`` (or of tokens ``k..last``): a lexicon form, or one that
    a construction makes a cue (a colon, a noun of saying as in "his claim that", a thing's
    ``reading``, ``chants of``, ``as if to say``, ``came the reply``)."""
    tok = toks[k]
    if last is None:  # one token (every one-word cue of the lexicon: kept cheap)
        last, end, form = k, tok.end, tok.lower
    else:
        end, form = toks[last].end, " ".join(t.lower for t in toks[k : last + 1])
    return Cue(
        first=k,
        last=last,
        start=tok.start,
        end=end,
        lemma=lemma,
        category=category,
        strength=strength,
        form=form,
    )


def _noun_before(previous: Tok, tok: Tok) -> bool:
    """Whether ``tok`` is a noun by the word before it: a determiner, a number, a possessive,
    or a word that makes compound nouns (``roll call``, ``news reports``, ``home state``)."""
    if tok.lower == "according":
        return False
    if previous.lower in _NOUN_MARKERS:
        return True
    if tok.lower == "point" and previous.lower in _POINT_MARKERS:
        return True  # "at one point", "at some point": a noun
    if tok.lower in _ONLY_VERBS:
        return False  # "police said", "4 in 10 say": never a noun after a modifier or number
    if previous.text[0].isdigit():
        # "18 states", "a 2016 report": a noun; "four in 10 said": a past tense is a verb.
        return not (tok.text.endswith("ed") or tok.text in _PARTICIPLES)
    if previous.text in _NOUN_MODIFIERS:
        return True  # lower case only: "Fox News reported" is a verb
    if not (previous.lower.endswith(("'s", "’s", "s'", "s’")) and len(previous.text) > 3):
        return False
    # "Trump’s claims", "the senator's remarks", "the inspectors’ reports" (a plural noun,
    # not "Trump’s said"); "the AP’s report", "Trump’s call" (a base form: no verb after
    # a possessive, while "Trump’s said" is "Trump has said").
    text = tok.text
    if text.endswith("s"):
        return text not in {"says", "tells"}
    return not text.endswith(("ed", "ing")) and text not in _PARTICIPLES


# Indefinite articles: "a different note", "an upbeat message" (a base form after "a" and a
# modifier is a noun: a singular subject would take "notes").
_INDEFINITE = frozenset({"a", "an", "another"})
# Words after "a" that make a plural subject: "a few warn", "a majority argue".
_QUANTITY_NOUNS = frozenset(
    {"few", "lot", "majority", "minority", "number", "dozen", "handful", "couple", "third"}
    | {"quarter", "half", "plurality", "host", "variety", "series", "group", "bunch"}
)


# Prepositions whose object may be a compound plural noun: "in response to weather reports".
# ("a body of work suggests", "research on trade suggests": a subject's post-modifier and its
# verb, so not "of", "on" or "about")
_OBJECT_PREPOSITIONS = frozenset({"to", "amid", "despite", "after", "following"})


def _plural_after_preposition(words: Sequence[str], lowers: Sequence[str], i: int) -> bool:
    """Whether the speech -s form at ``i`` is a plural noun after a preposition and a
    lower-case singular modifier (``to weather reports``, ``amid media claims``); ``says``
    and ``tells`` are always verbs."""
    low = lowers[i]
    if i < 2 or not low.endswith("s") or low.endswith("ss") or low in _ONLY_VERBS:
        return False
    entry = _ENTRIES.get(words[i])
    if entry is None or entry[1] != "speech":
        return False  # "to assuage fears": a belief noun stays a cue (PolNeAR marks it)
    previous = words[i - 1]
    return (
        lowers[i - 2] in _OBJECT_PREPOSITIONS
        and previous.isalpha()
        and previous.islower()
        and not previous.endswith("s")
        and previous not in AUXILIARIES
    )


# Verbs that make a speech event of a noun of speech: "made a controversial comment".
_LIGHT_VERBS = frozenset({"make", "makes", "made", "making"})


def _modified_noun(lowers: Sequence[str], i: int) -> bool:
    """Whether the base form at ``i`` is a noun after an indefinite article and a modifier:
    ``struck a different note``, ``sounded a cautionary warning``."""
    low = lowers[i]
    if i < 2 or lowers[i - 2] not in _INDEFINITE or low.endswith(("s", "ed", "ing")):
        return False
    if low not in CUE_LEMMAS or low in {"read", "put"}:
        return False  # "a student wrote": a past tense is the verb (a base form is the lemma)
    if i >= 3 and lowers[i - 3] in _LIGHT_VERBS:
        return False  # "made a controversial comment": the noun with its light verb is a cue
    previous = lowers[i - 1]
    return (
        previous.isalpha()
        and previous not in _QUANTITY_NOUNS
        and previous not in AUXILIARIES
        and low not in _ONLY_VERBS
    )


# Participles of saying that follow a verb's object "this" rather than make a noun with it.
_THIS_PARTICIPLES = frozenset(
    {"saying", "adding", "noting", "arguing", "explaining", "insisting", "claiming", "stating"}
)


def _participle_after_this(toks: Sequence[Tok], i: int) -> bool:
    """``confirmed this saying …``: "this" is the object of a past-tense verb and the
    participle after it opens a statement (``this saying`` alone would be a noun phrase)."""
    if i < 2 or toks[i - 1].lower != "this" or toks[i].lower not in _THIS_PARTICIPLES:
        return False
    verb = toks[i - 2].text
    return verb.isalpha() and verb.islower() and verb.endswith("ed")


# Finite speech verbs: an -ing form after a possessive right before one is a noun.
_FINITE_SPEECH = frozenset({"said", "says", "say", "told", "tells", "added", "wrote", "noted"})

# Nouns that "state" modifies ("state lawmakers"): the noun "state", not the verb.
_STATE_NOUNS = frozenset(
    {"lawmakers", "legislators", "officials", "official", "party", "legislature", "law", "laws"}
    | {"government", "governments", "budget", "election", "elections", "level", "lines", "line"}
    | {"senator", "senators", "representative", "representatives", "police", "troopers"}
    | {"capital", "capitol", "house", "senate", "department", "agencies", "agency", "media"}
    | {"workers", "employees", "funding", "tax", "taxes", "voters", "delegates", "delegation"}
    | {"chairman", "chairwoman", "chair", "convention", "primary", "primaries", "race", "races"}
    | {"court", "courts", "university", "universities", "director", "directors", "leaders"}
    | {"sen.", "rep.", "del.", "attorney", "auditor", "treasurer", "comptroller", "secretary"}
    | {"health", "education", "election", "records", "data", "borders", "border", "parks"}
)


def _state_modifies(following: Tok) -> bool:
    """Whether "state" before ``following`` is the noun: a title or name after it (``state
    Sen. Ruiz``, ``state Attorney General``) or a noun it modifies (``state lawmakers``)."""
    return following.text[:1].isupper() or following.lower in _STATE_NOUNS


_SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', ")", ":", ";"})


def _sentence_start(index: TextIndex, i: int) -> bool:
    """Whether token ``i`` opens a sentence or a paragraph."""
    if i == 0:
        return True
    previous = index.toks[i - 1]
    return previous.text in _SENTENCE_ENDS or "\n" in index.text[previous.end : index.toks[i].start]


#: Participles that post-modify a noun as a passive with an infinitive: "a blog found to
#: be a threat", "a group thought to have ties" (not "seemed to be", "vowed to be": finite
#: verbs of their subject; not "said to be": an attribution without a source).
RAISING_PARTICIPLES = frozenset(
    {"found", "thought", "known", "considered", "deemed", "rumored", "reputed", "shown"}
)
# Words that make such a participle a finite verb: "what voters found to be", "was found".
_RAISING_LEADS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "and", "or", "not", "who", "that"}
    | {"which", "what", "whom", "he", "she", "it", "they", "we", "i", "you", "has", "have"}
    | {"had", "get", "got", "widely", "generally", "long", "once", "also"}
)
_RAISING_REACH = 4  # tokens looked back at for a relative word ("what many voters found")


def _reduced_passive(toks: Sequence[Tok], lowers: Sequence[str], i: int, hi: int) -> bool:
    """Whether the participle at ``i`` post-modifies the noun before it (see
    :data:`RAISING_PARTICIPLES`): a lower-case noun before it, ``to be``/``to have`` after it,
    and no relative word or auxiliary in the few words before."""
    if (
        i == 0
        or i + 2 >= hi
        or lowers[i] not in RAISING_PARTICIPLES
        or lowers[i + 1] != "to"
        or lowers[i + 2] not in {"be", "have"}
        or not toks[i - 1].text.isalpha()
        or not toks[i - 1].text.islower()
    ):
        return False
    return not any(
        lowers[k] in _RAISING_LEADS or lowers[k] in AUXILIARIES
        for k in range(max(0, i - _RAISING_REACH), i)
    )


def _headline_verb(toks: Sequence[Tok], i: int, hi: int) -> bool:
    """Whether the capitalized verb at ``i`` sits in a title-case line: a capitalized word
    before it and a capitalized word, number or quotation mark after it."""
    if i == 0 or i + 1 >= hi:
        return False
    before, after = toks[i - 1].text, toks[i + 1].text
    return (
        before[0].isupper()
        and before[0].isalpha()
        and (after[0].isupper() or after[0].isdigit() or after[0] in "“\"‘'")
    )


# Passive perception verbs before a participle of saying: "was heard saying", "is seen telling".
_PERCEIVED = frozenset({"heard", "seen", "overheard", "caught", "filmed", "recorded"})
#: Participles of saying that, after such a passive, are the cue themselves ("is seen speaking
#: about …" stays a perception, as PolNeAR marks it).
PERCEIVED_SPEECH = frozenset(
    {"saying", "telling", "asking", "shouting", "yelling", "screaming", "declaring"}
    | {"explaining", "warning", "insisting", "arguing", "complaining"}
)


def find_cues(index: TextIndex) -> list[Cue]:
    """Every cue of the text: lower-case forms, and phrases in any case (``According to``).

    A set look-up per token finds the candidate words; only those are examined further.
    """
    toks = index.toks
    words = index.words
    lowers = index.lowers
    hi = len(toks)
    cues: list[Cue] = []
    after = 0
    for i in compress(count(), map(_CANDIDATES.__contains__, words)):
        if i < after:
            continue
        tok = toks[i]
        low = lowers[i]
        text = words[i]
        if i > 0 and _noun_before(toks[i - 1], tok) and not _participle_after_this(toks, i):
            continue  # "the report", "his comments", "18 states": a noun, not a cue
        if _modified_noun(lowers, i):
            continue  # "struck a different note": a noun after "a" and a modifier
        if _plural_after_preposition(words, lowers, i):
            continue  # "in response to weather reports": a plural noun in a phrase
        next_low = lowers[i + 1] if i + 1 < hi else ""
        if low in NO_SOURCE and next_low[:1].isdigit():
            continue  # "a crowd of several thousand — reportedly 6,000 —": a number hedged
        if next_low in _COPULAS and low.endswith("s") and low not in {"says", "tells"}:
            continue  # "The tax plans are", "his claims were": a plural noun before its verb
        if (
            i > 0
            and next_low in _SINGULAR_COPULAS
            and low not in _ONLY_VERBS
            and not low.endswith(("s", "ed"))
            and lowers[i - 1] not in _SUBJECT_PRONOUNS
        ):
            continue  # "The port plan is dead": a base form before "is" is a noun
        if (
            next_low in _FINITE_SPEECH
            and low.endswith("ing")
            and i > 0
            and lowers[i - 1].endswith(("'s", "’s"))
        ):
            continue  # "familiar with Cruz’s thinking said": a noun before the verb
        if next_low in _PARTICIPLE_NOUNS and low.endswith("ed"):
            continue  # "271 pledged delegates": an adjective, not a cue
        if (
            low in _PERCEIVED
            and i > 0
            and lowers[i - 1] in AUXILIARIES
            and next_low in PERCEIVED_SPEECH
        ):
            continue  # "she is heard saying": the participle is the cue, she the speaker
        if _reduced_passive(toks, lowers, i, hi):
            continue  # "a blog found to be a risk says": it modifies the subject
        if low == "state" and i + 1 < hi and _state_modifies(toks[i + 1]):
            continue  # "state Sen. Ann Ruiz", "state lawmakers": the noun, not the verb
        if text == "Says" and (i == 0 or not words[i - 1][0].isupper()):
            continue  # title case only: "Ruiz Says …"
        if text == "Said" and not (i + 1 < hi and words[i + 1][0].isupper()):
            continue  # "Said Ann Ruiz, …" only (and "Ruiz Said It Would …" in a headline)
        if text in _OPENING_PARTICIPLES and not _sentence_start(index, i):
            continue  # "Noting that …, Ruiz said": only at a sentence start
        if text in _HEADLINE_VERBS and text not in _BRAND_VERBS and not _headline_verb(toks, i, hi):
            continue  # "Ruiz Announces Plan": only between capitalized words
        cue = _cue_at(toks, lowers, i, hi)
        if cue is not None:
            cues.append(cue)
            after = cue.last + 1
    return cues
