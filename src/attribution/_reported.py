"""Reported (indirect) speech and beliefs: ``X said (that) CLAUSE`` and its relatives.

Works sentence by sentence over the cues that the direct-quote step left unused:

* ``X said (that) CLAUSE`` / ``X told Y (that) CLAUSE`` / ``X believes CLAUSE``: the content is
  the clause after the cue (with its ``that``, as PolNeAR marks it) up to the sentence end or to
  the next speech event joined by ``; / , but / , and``;
* ``CLAUSE, X said.`` / ``CLAUSE, said X.``: the content is the clause before the comma;
* ``A, X said, B``: a parenthetical cue; the content is A and B (two fragments);
* ``according to X, CLAUSE`` / ``CLAUSE, according to X``;
* ``..., saying (that) CLAUSE``: the speaker is the subject at the start of the sentence;
* ``CLAUSE reportedly ...``: no speaker.

A content holding quoted words is ``mixed`` and its fragments are those quotations.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from attribution._cues import AUXILIARIES, TIME_WORDS, Cue, skip_adverbials
from attribution._speakers import (
    after_dateline,
    clause_subject,
    left_speaker,
    opening_subject,
    right_speaker,
    subject_of,
)
from attribution._text import TextIndex, Tok, before_stops
from attribution.lexicons.cues import CUE_LEMMAS, NO_SOURCE, SPEECH_NOUNS

__all__ = [
    "Found",
    "addressee_after",
    "clause_before_naming",
    "cue_tail",
    "object_before_participle",
    "reported_in_sentence",
]

# Pronouns that open the clause after a cue's short phrase: "said after the vote he would".
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
_PP_REACH = 6
# Pronouns that open a clause, never an addressee: "warned it could fail", "told he was".
_SUBJECT_PRONOUNS = frozenset({"it", "i", "he", "she", "we", "they", "there", "this"})
_ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "assure", "remind", "warn", "urge", "ask"})
_CLAUSE_BREAKS = frozenset({";"})
_NO_END = float("inf")  # sorts after any end offset: bisects (start, end) pairs by start
#: The most later speech events of a sentence that may bound a content, and the most earlier
#: ones a participle looks back at: a sentence of thousands of cues ("he said, she said, ...")
#: is no news text, and looking at all of them for each cue is quadratic.
_MAX_EVENTS = 64
_CONJUNCTIONS = frozenset({"but", "and", "while", "whereas", "although", "though", "yet"})
_CONTENT_LEADS = frozenset(
    {"that", "whether", "if", "how", "why", "what", "when", "where", "who", "to", ":"}
)
_INVERSION_LEMMAS = frozenset(
    {"say", "add", "tell", "write", "ask", "note", "explain", "continue", "reply", "respond"}
)
# Speech verbs whose "to" starts a prepositional phrase, not content: "respond to requests".
# Words opening an adjunct of the cue after "X said, ": "..., after talks", "..., citing data".
_ADJUNCT_LEADS = frozenset(
    {"after", "before", "following", "amid", "despite", "during", "ahead", "until", "citing"}
    | {"when", "while", "as", "because", "since", "noting", "adding"}
)
# Words that open a short adverbial after a parenthetical cue ("Lopez explained later, ...").
_ADVERBIAL_WORDS = frozenset({"earlier", "later", "again", "then", "last", "this", "once"})
_NO_INFINITIVE = frozenset({"say", "tell", "talk", "speak", "respond"})
# Cues whose "to"/"with" phrase names an audience: "speaking to reporters".
_AUDIENCE_LEMMAS = frozenset({"speak", "talk"})
# Words in -ing that are prepositions, not participles: "The port, said X, during the storm …".
_ING_PREPOSITIONS = frozenset(
    {"during", "including", "concerning", "regarding", "following", "according", "considering"}
)
_QUOTE_OPENERS = frozenset({"“", '"', "«", "''"})
# Openers typed as two single marks: ''so,'' and ‘‘so,’’ (a tokenizer splits them in two).
_DOUBLED_OPENERS = frozenset({"'", "‘"})
_QUOTE_REACH = 12
_CLOSERS = frozenset({"”", '"', "»", "''"})
_PREPOSITIONS = frozenset(
    [
        "at",
        "in",
        "on",
        "during",
        "after",
        "before",
        "with",
        "from",
        "by",
        "for",
        "to",
        "of",
        "about",
        "as",
        "outside",
        "inside",
        "near",
        "into",
        "over",
        "under",
        "since",
        "until",
    ]
)


@attrs.frozen(kw_only=True)
class Found:
    """One attribution before it becomes a :class:`~attribution.Quote` (character offsets)."""

    kind: str
    content: tuple[int, int]
    fragments: tuple[tuple[int, int], ...]
    cue: Cue | None
    speaker: tuple[int, int] | None
    addressee: tuple[int, int] | None = None
    confidence: float = 0.8


def cue_tail(toks: Sequence[Tok], i: int, hi: int) -> int:
    """Skip what may follow a cue before its content: times, ``in a statement``, ``on Fox``."""
    while i < hi:
        j = skip_adverbials(toks, i, hi)
        if j > i:
            i = j
            continue
        low = toks[i].lower
        if low in _DURATION_LEADS and (j := _duration_end(toks, i + 1, hi)) > i + 1:
            i = j  # "has said for weeks", "has argued in recent months"
            continue
        if low == "of" and i + 1 < hi:
            # "said of Clinton, ...": the topic, then the content or the quotation.
            k = i + 1
            while k < hi and k - i <= 6 and toks[k].text[0].isalnum():
                k += 1
            if k > i + 1 and (k >= hi or toks[k].text in {",", ":", "“", '"', "''"}):
                i = k
                continue
            break
        if low in {"in", "on", "at", "during"} and i + 1 < hi:
            k = i + 1
            if toks[k].lower in {"a", "an", "the", "his", "her", "their", "its"}:
                k += 1
            n = k
            while n < hi and n - k < 4 and toks[n].lower not in SPEECH_NOUNS:
                if not toks[n].text[0].isalpha():
                    break
                n += 1
            if n < hi and toks[n].lower in SPEECH_NOUNS:
                i = n + 1
                while i < hi and i - n < 3 and toks[i].lower in SPEECH_NOUNS:
                    i += 1  # "in a video message", "at a news conference"
                continue
            if k < hi and toks[k].text[0].isupper() and toks[k].lower not in {"i"}:
                n = k
                while n < hi and (toks[n].text[0].isupper() or toks[n].lower in {"of", "’s"}):
                    n += 1
                i = _after_show_title(toks, n, hi)
                continue
        break
    return i


_TITLE_MAX = 8  # tokens inside a show's title: "“Fox News Sunday”", "“State of the Union”"
_TITLE_CLOSERS = frozenset({"”", '"', "''"})


def _after_show_title(toks: Sequence[Tok], n: int, hi: int) -> int:
    """Past a show's title in quotation marks right after a possessive outlet (``said on
    NBC’s “Meet the Press” that …``, ``told CNN's "State of the Union"``): the title names
    the programme, it is not quoted speech. ``n`` when no such title stands there."""
    if (
        n >= hi
        or toks[n].text not in _QUOTE_OPENERS
        or not toks[n - 1].lower.endswith(("’s", "'s", "s’", "s'"))
    ):
        return n
    k = n + 1
    if k >= hi or not toks[k].text[0].isupper():
        return n
    while k < hi and k - n <= _TITLE_MAX and toks[k].text not in _TITLE_CLOSERS:
        if toks[k].text in _QUOTE_OPENERS or toks[k].text in {".", "!", "?", ";", ":"}:
            return n
        k += 1
    if k >= hi or toks[k].text not in _TITLE_CLOSERS:
        return n
    k += 1
    if k < hi and toks[k].text == ",":
        k += 1  # "on ABC’s “This Week”, that …"
    return k


# Prepositions of a time phrase after a cue ("for weeks", "in recent days", "over the weekend").
_DURATION_LEADS = frozenset({"for", "in", "over", "during", "throughout", "since"})
# Nouns that end such a phrase.
_DURATION_NOUNS = frozenset(
    {"weeks", "months", "years", "days", "decades", "hours", "weekend", "while"}
    | {"week", "month", "year", "day", "decade", "time", "campaign", "race"}
)
# Words between the preposition and the noun: "for many years", "in the past two weeks".
_DURATION_WORDS = frozenset(
    {"a", "the", "recent", "past", "last", "many", "several", "few", "some", "two", "three"}
    | {"four", "five", "six", "ten", "this", "that", "long", "more", "than", "nearly", "almost"}
    | {"early", "previous", "same", "whole", "entire"}
)
_DURATION_REACH = 4


def _duration_end(toks: Sequence[Tok], k: int, hi: int) -> int:
    """After a time phrase's words from token ``k`` (``recent weeks``, ``the past year``), the
    token after its noun; else ``k``."""
    start = end = k
    while k < hi and k - start < _DURATION_REACH:
        low = toks[k].lower
        if low in _DURATION_NOUNS:
            end = k + 1  # the last noun: "the past two weeks"
        elif low not in _DURATION_WORDS and not low.isdigit():
            break
        k += 1
    return end


def addressee_after(toks: Sequence[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase right after ``told``: ``told reporters``, ``told The Associated Press``."""
    if (
        i >= hi
        or toks[i].lower in _CONTENT_LEADS
        or toks[i].lower in _SUBJECT_PRONOUNS
        or not toks[i].text[0].isalnum()
    ):
        return None  # "warned it could fail": the subject of the content, no addressee
    if toks[i].lower in {"him", "her", "them", "us", "me", "you"}:
        return i, i + 1
    found = right_speaker(toks, i, hi, appositive=False)
    if found is None or found[1] >= hi:
        return found
    if not (toks[found[1] - 1].text[0].isupper() or toks[found[1] - 1].text.isdigit()):
        return found  # an outlet's name ends before a show's title: "ABC News", "Channel 5"
    k = _titled_show_end(toks, found[1], hi)
    if k == found[1]:
        return found
    # "told ABC News “This Week” co-anchor Ann Lee that …": the show's title is part of
    # the addressee (and so is the host after it), not quoted speech
    host = right_speaker(toks, k, hi, appositive=False) if k < hi else None
    return found[0], host[1] if host is not None and host[0] == k else k


_TITLE_WORDS = frozenset({"of", "the", "and", "a", "in", "on", "to", "for", "with", "at"})


def _titled_show_end(toks: Sequence[Tok], n: int, hi: int) -> int:
    """After a show's title in quotation marks at token ``n`` (``“This Week”``, ``"Meet the
    Press"``): every word capitalized or a short function word, no sentence mark; else ``n``."""
    if toks[n].text not in _QUOTE_OPENERS:
        return n
    k = n + 1
    while k < hi and k - n <= _TITLE_MAX and toks[k].text not in _TITLE_CLOSERS:
        word = toks[k].text
        if not (word[0].isupper() or word.lower() in _TITLE_WORDS or word in {"’s", "'s"}):
            return n
        k += 1
    if k == n + 1 or k >= hi or toks[k].text not in _TITLE_CLOSERS:
        return n
    return k + 1


def _content_end(toks: Sequence[Tok], last: int) -> int:
    """Character end of a content whose last token is ``last`` (drop a final period)."""
    while last >= 0 and toks[last].text in {".", ",", ";", ":"}:
        last -= 1
    return toks[last].end


class _Breaks:
    """The clause breaks (``;`` or ``, but``) and commas of one sentence, found on first use.

    A content ends at the last break before a later speech event; scanning back from each
    later event for each cue was quadratic in a sentence with many cues.
    """

    def __init__(self, toks: Sequence[Tok], lo: int, hi: int) -> None:
        self._toks = toks
        self._lo = lo
        self._hi = hi
        self._keys: list[int] | None = None
        self._values: list[int] = []
        self._commas: list[int] | None = None

    def _build(self) -> list[int]:
        toks = self._toks
        keys: list[int] = []
        for k in range(self._lo + 1, self._hi):
            if toks[k].text in _CLAUSE_BREAKS:
                keys.append(k)
                self._values.append(k)
            elif toks[k].lower in _CONJUNCTIONS and toks[k - 1].text == ",":
                keys.append(k)
                self._values.append(k - 1)
            elif (
                toks[k].lower in _CONJUNCTIONS
                and _is_closer(toks, k - 1)
                and _clause_comma_before(toks, k, self._lo)
            ):
                # "…,” but …": the clause ends with the closing mark (kept in the content)
                keys.append(k)
                self._values.append(k)
        self._keys = keys
        return keys

    def before(self, lo: int, hi: int) -> int:
        """The last clause break in tokens ``lo..hi`` or ``hi`` if none."""
        keys = self._keys if self._keys is not None else self._build()
        n = bisect.bisect_left(keys, hi) - 1
        if n >= 0 and keys[n] > lo:
            return self._values[n]
        return hi

    def next_comma(self, k: int) -> int:
        """The first comma at or after token ``k``, or the sentence end."""
        if self._commas is None:
            toks = self._toks
            self._commas = [n for n in range(self._lo, self._hi) if toks[n].text == ","]
        n = bisect.bisect_left(self._commas, k)
        return self._commas[n] if n < len(self._commas) else self._hi


def reported_in_sentence(
    index: TextIndex,
    cues: Sequence[Cue],
    lo: int,
    hi: int,
    *,
    blocked: Sequence[tuple[int, int]] = (),
    prior: Sequence[tuple[int, tuple[int, int]]] = (),
) -> list[Found]:
    """The reported-speech attributions of the sentence of tokens ``lo..hi``.

    ``prior`` holds ``(cue start, speaker)`` character offsets, sorted, of the direct quotes already
    found, so that a participial cue after one (``“…,” X said, adding that …``) takes X.
    """
    toks = index.toks
    hi = before_stops(toks, lo, hi)
    if hi - lo > 2 and toks[lo].text == "(" and toks[hi - 1].text == ")":
        # "(A, X said.)": a sentence in parentheses
        lo += 1
        hi = before_stops(toks, lo, hi - 1)
    lo = after_dateline(toks, lo, hi) if lo < hi else lo
    found: list[Found] = []
    # Ranges of tokens already taken as a content (univocal: no nested attributions).
    taken_until = lo
    pending: list[tuple[Cue, int, tuple[int, int] | None, int, int | None]] = []

    def inside_blocked(tok: int) -> bool:
        # ``blocked`` is sorted: bisect on it directly (no per-sentence copy of its starts).
        start = toks[tok].start
        k = bisect.bisect_right(blocked, (start, _NO_END)) - 1
        return k >= 0 and start < blocked[k][1]

    breaks = _Breaks(toks, lo, hi)

    for cue in cues:
        if cue.first < lo or cue.last >= hi or inside_blocked(cue.first):
            continue
        floor = lo
        anchor = _aspect_verb_before(toks, cue.first, lo)
        # "X has encouraged ... but has said ...": a coordinated cue takes the sentence subject.
        speaker = (
            left_speaker(toks, anchor, floor)
            or subject_of(toks, anchor, floor)
            or dash_aside_subject(toks, anchor, floor)
            or _percent_subject(toks, anchor, floor)
        )
        if speaker is not None and clause_before_naming(toks, cue, speaker):
            # "..., children recited poems for the boy, dubbed the town's “hero”": a passive
            # participle naming the noun before the comma; the clause before it is no speaker
            speaker = None
        if speaker is not None and object_before_participle(toks, cue, speaker, lo):
            # "X emailed supporters saying …", "X made a pitch to voters saying …": the
            # noun phrase is the verb's object; the subject of the sentence speaks.
            speaker = opening_subject(toks, lo, speaker[0] - 1) or speaker
        pending.append(
            (
                cue,
                cue.first,
                speaker,
                speaker[0] if speaker else cue.first,
                None,
            )
        )

    for n, (cue, _, speaker, _, _) in enumerate(pending):
        if cue.first < taken_until:
            continue
        after = cue.last + 1
        result: Found | None = None
        if cue.lemma == "according to":
            result = _according_to(index, cue, lo, hi, breaks)
        elif cue.lemma == "ask" and (
            (cue.first == lo and toks[lo].text == "Asked")
            or (cue.first > lo and toks[cue.first - 1].lower == "when")
        ):
            result = _asked_question(toks, cue, hi, breaks)
        elif (as_reported := _as_reported_by(toks, cue, lo, hi, breaks)) is not None:
            result = as_reported
        elif cue.form in NO_SOURCE:
            if any(other.first == cue.last + 1 for other, *_ in pending):
                continue  # "officials reportedly believe": the adverb of another cue
            result = _clause_statement(toks, cue, lo, hi, confidence=0.5)
        elif cue.form.endswith("ing") and (
            (cue.first == lo and toks[lo].text[0].isupper())
            # "While saying that A, Ruiz …", "After noting that A, Ruiz …"
            or (
                cue.first == lo + 1
                and toks[lo].text[0].isupper()
                and toks[lo].lower in _PARTICIPLE_SUBORDINATORS
            )
        ):
            result = _opening_participle(toks, cue, hi, breaks)
        elif cue.form.endswith("ing") and (
            _clause_comma_before(toks, _before_adverbs(toks, cue.first, lo), lo)
            or (cue.first - 1 > lo and _is_dash(toks, cue.first - 1))
            or _participle_lead(toks, cue.first, lo)
        ):
            # "..., saying (that) CLAUSE": the speaker of the event before it in the sentence,
            # else the subject that opens the sentence (after an opening adverbial).
            subject_chars = _nearest_speaker(found, prior, cue.start, toks[lo].start)
            if subject_chars is not None and _in_fronted_phrase(index, subject_chars, lo):
                # "With polls showing …, Ruiz took the offensive, accusing …": the event in
                # the fronted phrase is not the participle's; the main clause's subject is
                subject_chars = _chars(toks, opening_subject(toks, lo, cue.first - 1))
            if subject_chars is None:
                subject_chars = _chars(
                    toks,
                    clause_subject(toks, lo, cue.first - 1)
                    or opening_subject(toks, lo, cue.first - 1),
                )
            start = cue_tail(toks, after, hi)
            if cue.lemma in _ADDRESSEE_LEMMAS:
                addr = addressee_after(toks, start, hi)
                if addr is not None:
                    start = cue_tail(toks, addr[1], hi)
            if (
                start < hi
                and not (
                    # "X, speaking to a veterans group, said …": the audience, not a content
                    cue.lemma in _AUDIENCE_LEMMAS and toks[start].lower in {"to", "with"}
                )
                and (
                    cue.strength == "strong"
                    or toks[start].lower in _CONTENT_LEADS
                    # "..., stating “75 percent of the House” are …": a strict form counts
                    # before a quotation, as it does before "that"
                    or (
                        cue.category == "speech"
                        and start == cue.last + 1
                        and toks[start].text in _QUOTE_OPENERS
                    )
                    # "..., citing rising costs": a speech verb with its object
                    or (cue.strength == "weak" and cue.category == "speech")
                    # "..., calling him “a fraud”": a weak cue whose object holds quoted words
                    or (cue.strength != "strict" and _quoted_object(toks, start, hi))
                )
            ):
                end_tok = _next_event(pending, n, hi, toks, breaks)
                result = _clause_statement(
                    toks, cue, start, end_tok, speaker=subject_chars, confidence=0.6
                )
        elif (inverted := _inverted(toks, cue, lo, hi)) is not None:
            # "CLAUSE, said X, an operative ..." even when words before the comma look like a
            # speaker: a speaker after the cue that closes the sentence wins.
            result = inverted
        elif speaker is not None and _raising(toks, cue, hi):
            # "Aydin is expected to return": someone unnamed expects it, not Aydin.
            end_tok = _next_event(pending, n, hi, toks, breaks)
            result = _clause_statement(toks, cue, cue.last + 1, end_tok, confidence=0.5)
        elif speaker is not None and _passive(toks, cue, lo):
            # "his ambitions have barely been mentioned": the subject said nothing; with a
            # "by" agent ("The plan was endorsed by the union") the agent says the subject.
            result = _passive_by_agent(toks, cue, speaker, hi)
            if result is None and cue.lemma == "ask":
                # "Ruiz was asked whether …": the question, its asker unnamed
                start = cue_tail(toks, after, hi)
                if start < hi and toks[start].lower in _ASKED_LEADS:
                    end_tok = _next_event(pending, n, hi, toks, breaks)
                    if end_tok > start + 1:
                        result = _clause_statement(toks, cue, start, end_tok, confidence=0.5)
            if result is None:
                continue
        elif speaker is not None:
            result = _left_speaker_event(index, cue, speaker, lo, hi, pending, n, breaks)
        elif (
            cue.lemma in _INVERSION_LEMMAS
            and (comma := _comma_before(toks, cue.first, lo)) is not None
        ):
            right = right_speaker(toks, skip_adverbials(toks, after, hi), hi, appositive=True)
            rest = hi if right is None else skip_adverbials(toks, right[1], hi)
            if (
                right is not None
                and comma > lo
                and toks[rest].text == ","
                and hi - rest > _MIN_AFTER_COMMA
                and toks[rest + 1].text[0].islower()
                # "…,” said X, adding that …": a participle starts the speaker's next statement
                # (its content opens with "that", a quotation or a comma)
                and not (
                    toks[rest + 1].lower.endswith("ing")
                    and toks[rest + 1].lower not in _ING_PREPOSITIONS
                    and (
                        toks[rest + 2].lower == "that"
                        or toks[rest + 2].text in {",", ":"}
                        or _is_opener(toks, rest + 2)
                    )
                )
            ):
                # "The problem, said X, is that …": the cue and speaker are a parenthetical.
                result = Found(
                    kind="indirect",
                    content=(toks[lo].start, _content_end(toks, hi - 1)),
                    fragments=(
                        (toks[lo].start, _clause_end(toks, comma)),
                        (toks[rest + 1].start, _content_end(toks, hi - 1)),
                    ),
                    cue=cue,
                    speaker=_chars(toks, right),
                    confidence=0.8,
                )
            elif right is not None and comma > lo:
                result = Found(
                    kind="indirect",
                    content=(toks[lo].start, _clause_end(toks, comma)),
                    fragments=(),
                    cue=cue,
                    speaker=_chars(toks, right),
                    confidence=0.8,
                )
        if result is None and speaker is None:
            # "Dockworkers massed outside the port to demand that …": the subject of the verb
            subject = _purpose_subject(toks, cue, lo, pending)
            start = cue_tail(toks, after, hi)
            if subject is not None and start < hi and toks[start].lower in _PURPOSE_LEADS:
                end_tok = _next_event(pending, n, hi, toks, breaks)
                result = _clause_statement(
                    toks, cue, start, end_tok, speaker=_chars(toks, subject), confidence=0.5
                )
        if (
            result is None
            and speaker is None
            and cue.strength == "strong"
            and (not cue.form.endswith(("ing", "ed")) or cue.form in {"said", "told"})
            and cue.first > lo
            and toks[cue.first - 1].text[0].isalpha()
        ):
            # "all the experts I interviewed said ...": a subject we cannot delimit.
            start = cue_tail(toks, after, hi)
            if (
                start < hi
                and toks[start].lower not in _PREPOSITIONS
                and toks[start].text[0].isalnum()
            ):
                end_tok = _next_event(pending, n, hi, toks, breaks)
                result = _clause_statement(toks, cue, start, end_tok, confidence=0.4)
        if (
            result is not None
            and speaker is not None
            and speaker[0] == lo + 1
            and toks[lo].lower in _ABSOLUTE_LEADS
        ):
            result = _in_fronted_clause(index, result)
        if result is not None and _has_word(index.text, *result.content):
            found.append(result)
            end_char = result.content[1]
            taken_until = max(taken_until, index.tok_at(end_char))
    return found


# What opens the content of a speech verb in a purpose infinitive: a clause, not an object
# ("to demand an apology" is an act rather than a statement).
_PURPOSE_LEADS = frozenset({"that", "whether", "why", "how"})
# Irregular past tenses of verbs of going and gathering before a purpose infinitive.
_PURPOSE_VERBS = frozenset({"went", "came", "met", "stood", "took", "rode", "flew", "drove"})
_PURPOSE_ADJUNCT_MAX = 8  # tokens of the adjunct between the verb and "to"
_NOT_ADJUNCT = frozenset({"that", "which", "who", "whom", ",", ";", ":", "(", ")", "—"})


def _purpose_subject(
    toks: Sequence[Tok],
    cue: Cue,
    lo: int,
    pending: Sequence[tuple[Cue, int, tuple[int, int] | None, int, int | None]],
) -> tuple[int, int] | None:
    """The subject of ``Dockworkers massed outside the port office to demand that …``: a
    speech verb in a purpose infinitive after a past-tense verb and its adjunct (not
    ``refused to demand``, whose ``to`` follows the verb itself) says what the subject of the
    verb says. The verb must be no cue of its own (``urged them to demand``)."""
    to = cue.first - 1
    if cue.category != "speech" or cue.first != cue.last or cue.form != cue.lemma:
        return None
    if to - 2 <= lo or toks[to].lower != "to":
        return None
    subject = opening_subject(toks, lo, to)
    if subject is None or subject[1] + 1 >= to:
        return None  # no adjunct between the verb and "to"
    verb = toks[subject[1]].text
    if not (verb.isalpha() and verb.islower()):
        return None
    if not (verb.endswith("ed") or verb in _PURPOSE_VERBS):
        return None
    if to - subject[1] - 1 > _PURPOSE_ADJUNCT_MAX or any(
        toks[k].lower in _NOT_ADJUNCT for k in range(subject[1] + 1, to)
    ):
        return None
    if any(subject[1] <= other.first < to for other, *_ in pending):
        return None
    return subject


def _opening_participle(toks: Sequence[Tok], cue: Cue, hi: int, breaks: _Breaks) -> Found | None:
    """``Noting that A, Ruiz said B``: A is said by the subject after the participial clause."""
    start = cue_tail(toks, cue.last + 1, hi)
    if start >= hi or (cue.strength != "strong" and toks[start].lower not in _CONTENT_LEADS):
        return None
    comma = breaks.next_comma(start)
    if comma + 1 >= hi or comma <= start:
        return None
    subject = right_speaker(toks, comma + 1, hi, appositive=False)
    if subject is None:
        return None
    return _clause_statement(toks, cue, start, comma, speaker=_chars(toks, subject), confidence=0.6)


def object_before_participle(
    toks: Sequence[Tok],
    cue: Cue,
    speaker: tuple[int, int],
    lo: int,
    *,
    prepositions: frozenset[str] = frozenset({"to"}),
) -> bool:
    """Whether ``speaker`` is the object of a verb (or of one of ``prepositions``) right
    before a participial cue with no comma: ``emailed supporters saying``, ``a pitch to
    voters saying``; not a recording of someone (``cuts to footage of Ruiz saying``)."""
    if (
        cue.category != "speech"
        or not cue.form.split(" ", 1)[0].endswith("ing")  # "saying", "calling for"
        or speaker[0] - 1 <= lo
        # "stirred controversy last week saying": only a time phrase between
        or any(
            toks[k].lower not in TIME_WORDS and toks[k].lower not in _TIME_LINKS
            for k in range(speaker[1], cue.first)
        )
    ):
        return False
    if any(
        toks[k].lower in _RECORDINGS and toks[k + 1].lower == "of"
        for k in range(speaker[0], speaker[1] - 1)
    ):
        return False
    before = toks[speaker[0] - 1]
    return before.lower in prepositions or (
        before.text.isalpha() and before.text.islower() and before.lower.endswith("ed")
    )


# Words of a time phrase between an object and a participial cue: "on Monday", "last week".
_TIME_LINKS = frozenset({"on", "last", "this", "earlier", "late", "early"})


# Past participles that name the noun they follow: "the boy, dubbed “the little hero”".
_NAMING_PARTICIPLES = frozenset(
    {"dubbed", "called", "labeled", "labelled", "branded", "nicknamed", "described", "named"}
)


def clause_before_naming(toks: Sequence[Tok], cue: Cue, speaker: tuple[int, int]) -> bool:
    """Whether a naming participle after a comma got a whole clause as its speaker: the
    speaker runs over a comma and, after its last comma, holds a past-tense verb outside a
    relative clause (``Wearing scarves, children recited poems for the boy`` + ``, dubbed``)."""
    first, end = speaker
    comma = cue.first - 1
    if cue.form not in _NAMING_PARTICIPLES or end not in {comma, cue.first}:
        return False
    if comma <= first or toks[comma].text != ",":
        return False
    end = comma
    last_comma = max((k for k in range(first, end) if toks[k].text == ","), default=first - 1)
    words = [toks[k] for k in range(last_comma + 1, end)]
    if not words or any(tok.lower in {"who", "which", "that", "whose", "whom"} for tok in words):
        return False
    lead = words[0].text
    if lead.islower() and (lead.endswith(("ed", "ing")) or lead in _LEADING_PARTICIPLES):
        return False  # "The message, sent to Ruiz and forwarded to Lee, called": a modifier
    return any(
        tok.text.isalpha() and tok.text.islower() and tok.lower.endswith("ed") for tok in words
    ) or any(tok.lower in _FINITE_IRREGULAR for tok in words)


_LEADING_PARTICIPLES = frozenset({"sent", "made", "built", "held", "given", "taken", "shown"})
# Irregular past tenses that show a clause: "they wrote", "she gave".
_FINITE_IRREGULAR = frozenset({"wrote", "gave", "took", "made", "said", "told", "sang", "read"})


# Recordings that show their subject speaking: "footage of Ruiz saying", "a video of him".
_RECORDINGS = frozenset({"footage", "video", "videos", "clip", "clips", "audio", "recording"})


def _percent_subject(toks: Sequence[Tok], first: int, lo: int) -> tuple[int, int] | None:
    """A poll share right before the cue: ``26% say …`` (the number and its sign)."""
    if first - 2 >= lo and toks[first - 1].text == "%" and toks[first - 2].text[0].isdigit():
        return first - 2, first
    return None


_ASIDE_REACH = 30  # tokens of a dashed aside between a subject and its cue


def dash_aside_subject(toks: Sequence[Tok], first: int, lo: int) -> tuple[int, int] | None:
    """``A former senator -- Ann Ruiz, who lost in 2008 -- said …``: the subject and its aside.

    The sentence opens with a speaker phrase followed by a dash; a second dash closes the
    aside right before the cue (after its auxiliaries). The speaker runs up to that dash.
    """
    close = first - 1
    while close > lo and toks[close].lower in AUXILIARIES:
        close -= 1
    if close <= lo or not _is_dash(toks, close):
        return None
    if toks[close].text == "-":
        close -= 1  # "--" is two tokens
    opening = close - 1
    while opening > lo and close - opening < _ASIDE_REACH and not _is_dash(toks, opening):
        if toks[opening].text in {".", ";", "“", "”", '"'}:
            return None
        opening -= 1
    if opening <= lo or not _is_dash(toks, opening):
        return None
    if toks[opening].text == "-":
        opening -= 1
    subject = opening_subject(toks, lo, opening)
    if subject is None or subject[1] != opening:
        return None
    return subject[0], close


def _is_dash(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is a dash: ``—``, ``–``, or one half of ``--`` (two tokens)."""
    return toks[k].text in _DATELINE_DASHES or _doubled(toks, k, "-")


def _doubled(toks: Sequence[Tok], k: int, glyph: str) -> bool:
    """Whether token ``k`` is ``glyph`` and touches another one (``--``, ``''``)."""
    if toks[k].text != glyph:
        return False
    return (k > 0 and toks[k - 1].text == glyph and toks[k - 1].end == toks[k].start) or (
        k + 1 < len(toks) and toks[k + 1].text == glyph and toks[k + 1].start == toks[k].end
    )


def _passive_by_agent(
    toks: Sequence[Tok], cue: Cue, subject: tuple[int, int], hi: int
) -> Found | None:
    """``The plan was endorsed by the union``: the agent credits the subject (the content)."""
    by = skip_adverbials(toks, cue.last + 1, hi)  # "was first reported last week by X"
    if by + 1 >= hi or toks[by].lower != "by":
        return None
    agent = right_speaker(toks, by + 1, hi, appositive=False)
    if agent is None:
        return None
    return Found(
        kind="indirect",
        content=(toks[subject[0]].start, toks[subject[1] - 1].end),
        fragments=(),
        cue=cue,
        speaker=_chars(toks, agent),
        confidence=0.6,
    )


def _as_reported_by(
    toks: Sequence[Tok], cue: Cue, lo: int, hi: int, breaks: _Breaks
) -> Found | None:
    """``As (first) reported by X, CLAUSE`` / ``CLAUSE, as reported by X``."""
    if cue.last + 2 >= hi or toks[cue.last + 1].lower != "by":
        return None
    k = cue.first - 1
    if k > lo and toks[k].lower == "first":
        k -= 1
    if k < lo or toks[k].lower != "as":
        return None
    agent = right_speaker(toks, cue.last + 2, hi, appositive=False)
    if agent is None:
        return None
    speaker = _chars(toks, agent)
    if k == lo:
        comma = breaks.next_comma(agent[1])
        if comma + 1 >= hi:
            return None
        start, end = comma + 1, hi
    elif toks[k - 1].text == "," and k - 1 > lo:
        start, end = lo, k - 1
    else:
        return None
    return _clause_statement(toks, cue, start, end, speaker=speaker, confidence=0.8)


# Objects of a speech verb that are no reported clause when a preposition, punctuation or the
# sentence end follows: "said little", "said so", "said it in the debate".
# Speech verbs whose "of" introduces a topic: "warned of an outbreak", "wrote of exile".
_OF_LEMMAS = frozenset({"warn", "write", "speak", "talk", "boast", "complain"})
# Cue lemmas whose forms before "about" are mostly nouns ("questions about", "comment about").
_NOUN_LEMMAS = frozenset({"question", "comment", "answer", "remark", "point"})
_NOT_CLAUSES = frozenset(
    {"little", "otherwise", "them", "it", "nothing", "something", "anything", "so", "much"}
    | {"more", "everything", "hello", "goodbye"}
)

_QUESTION_LEADS = frozenset(
    {"whether", "if", "about", "what", "why", "how", "which", "who", "when", "where"}
)
# What opens the content of an active "asked": "asked (Ruiz) which piers would close".
_ASK_LEADS = _QUESTION_LEADS - {"about"}
# What follows a passive "was asked": "whether …", "about …", "to name …".
_ASKED_LEADS = frozenset({"whether", "if", "about", "what", "why", "how", "who", "to"})


def _asked_question(toks: Sequence[Tok], cue: Cue, hi: int, breaks: _Breaks) -> Found | None:
    """``Asked whether …, Ruiz said …`` / ``… when asked about …``: the question is the content.

    Its speaker is the asker: named only after ``by`` (``Asked by a reporter whether …``).
    """
    start = cue.last + 1
    speaker = None
    if start < hi and toks[start].lower == "by":
        agent = right_speaker(toks, start + 1, hi, appositive=False)
        if agent is None:
            return None
        speaker, start = agent, agent[1]
    start = cue_tail(toks, start, hi)  # "Asked on Monday whether …"
    if start >= hi or toks[start].lower not in _QUESTION_LEADS:
        return None
    end = breaks.next_comma(start)
    if end <= start + 1:
        return None
    return _clause_statement(toks, cue, start, end, speaker=_chars(toks, speaker), confidence=0.6)


# Subordinators before an opening participial cue: "While saying that A, X …".
_PARTICIPLE_SUBORDINATORS = frozenset({"while", "after", "before", "despite", "since", "in", "by"})
_CONTINUE_FORMS = frozenset({"continued", "continues", "continue", "continuing"})
_GO_FORMS = frozenset({"went", "goes", "go", "going"})


# Verbs of beginning and going on before a cue's participle: "the crowd began chanting “…”".
_ASPECT_BEFORE_PARTICIPLE = frozenset(
    {"began", "begun", "begin", "begins", "started", "start", "starts", "kept", "keeps"}
    | {"continued", "continues", "resumed"}
)


def _aspect_verb_before(toks: Sequence[Tok], first: int, lo: int) -> int:
    """Where the speaker search starts: before ``went on to`` / ``continued to`` + the cue.

    ``She went on to say …``, ``Trump continued to question …``: the subject is the one of
    the aspect verb, left of it; so is ``began chanting`` / ``kept saying`` + a participle.
    """
    if (
        first - 1 > lo
        and toks[first].lower.endswith("ing")
        and toks[first - 1].lower in _ASPECT_BEFORE_PARTICIPLE
    ):
        return first - 1
    if first - 2 < lo or toks[first - 1].lower != "to":
        return first
    if toks[first - 2].lower in _CONTINUE_FORMS:
        return first - 2
    if first - 3 >= lo and toks[first - 2].lower == "on" and toks[first - 3].lower in _GO_FORMS:
        return first - 3
    return first


_DATELINE_DASHES = frozenset({"—", "–", "--"})


_ASIDE_MAX = 4


def _that_after_aside(toks: Sequence[Tok], comma: int, hi: int) -> int:
    """``said, (among other things,) that …``: the ``that`` after a comma and a short aside.

    ``comma`` is the comma after the cue; returns the index of the ``that``, else ``comma``.
    """
    if comma + 1 < hi and toks[comma + 1].lower == "that":
        return comma + 1
    k = comma + 1
    while k < hi and k - comma <= _ASIDE_MAX and toks[k].text[0].isalpha():
        k += 1
    if k + 1 < hi and k > comma + 1 and toks[k].text == "," and toks[k + 1].lower == "that":
        return k + 1
    return comma


def _has_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter or digit (``.)`` is no content)."""
    return any(ch.isalnum() for ch in text[start:end])


def _clause_statement(
    toks: Sequence[Tok],
    cue: Cue,
    start: int,
    end_tok: int,
    *,
    confidence: float,
    speaker: tuple[int, int] | None = None,
    addressee: tuple[int, int] | None = None,
) -> Found:
    """An indirect statement whose content runs from token ``start`` up to ``end_tok``.

    ``speaker`` None: the text names no one who says it ("it was reported that ...").
    """
    return Found(
        kind="indirect",
        content=(toks[start].start, _content_end(toks, end_tok - 1)),
        fragments=(),
        cue=cue,
        speaker=speaker,
        addressee=addressee,
        confidence=confidence,
    )


def _around_cue(
    toks: Sequence[Tok],
    cue: Cue,
    before: tuple[int, int],
    resume: int,
    hi: int,
    *,
    speaker: tuple[int, int] | None,
    addressee: tuple[int, int] | None = None,
) -> Found:
    """``A, X said, B`` / ``A, according to X, B``: one statement in two fragments, the clause
    ``before`` the parenthetical cue and the rest of the sentence from token ``resume``."""
    rest = (toks[resume].start, _content_end(toks, hi - 1))
    return Found(
        kind="indirect",
        content=(before[0], rest[1]),
        fragments=(before, rest),
        cue=cue,
        speaker=speaker,
        addressee=addressee,
        confidence=0.8,
    )


_BE_FORMS = frozenset({"is", "was", "were", "are", "be", "been", "being", "’s", "'s"})
_IRREGULAR_PARTICIPLES = frozenset({"told", "written", "shown", "heard", "seen", "found"})


def _raising(toks: Sequence[Tok], cue: Cue, hi: int) -> bool:
    """``X is expected to ...``, ``X was believed to ...``: the subject is no speaker."""
    return (
        cue.last > cue.first
        and toks[cue.first].lower in _BE_FORMS
        and cue.last + 1 < hi
        and toks[cue.last + 1].lower == "to"
    )


# Adverbs between a passive auxiliary and its participle: "was first reported".
_PASSIVE_ADVERBS = frozenset({"not", "never", "also", "n't", "first", "often", "since", "already"})


def _passive(toks: Sequence[Tok], cue: Cue, lo: int) -> bool:
    """``X was told``, ``X has been criticized``: a passive cue, whose subject is no speaker."""
    if cue.first != cue.last or not (cue.form.endswith("ed") or cue.form in _IRREGULAR_PARTICIPLES):
        return False
    k = cue.first - 1
    while k >= lo and k >= cue.first - 3:
        low = toks[k].lower
        if low in _BE_FORMS:
            return True
        if not (low.endswith("ly") or low in _PASSIVE_ADVERBS):
            return False
        k -= 1
    return False


# Prepositions that open a fronted phrase holding an event of its own: "With polls showing".
_FRONTED_EVENT_LEADS = frozenset({"with", "despite", "amid", "after", "before", "without"})
# ... and those of an absolute phrase, whose event ends at the phrase's comma: "With polls
# showing the race is close, Ruiz …" ("After aides insisted that A, B, the campaign …" may
# hold commas of its own).
_ABSOLUTE_LEADS = frozenset({"with", "amid", "without"})


# Words after a comma that go on inside the fronted phrase: "voters, whose support …".
_NOT_MAIN_CLAUSE_LEADS = frozenset(
    {"who", "whose", "which", "where", "when", "whom", "including", "and", "or", "but", "as"}
    | {"especially", "particularly", "even", "not", "with", "than"}
)


def _in_fronted_clause(index: TextIndex, result: Found) -> Found:
    """The statement of an event in a fronted phrase (``With polls showing the race is
    close, Ruiz …``) ends at the comma that closes the phrase."""
    toks = index.toks
    k = index.tok_at(result.content[0])
    last = index.tok_at(max(result.content[1] - 1, result.content[0]))
    while k < last and not (
        toks[k].text == ","
        and k + 1 < last
        and toks[k + 1].text.isalpha()
        and toks[k + 1].lower not in _NOT_MAIN_CLAUSE_LEADS
    ):
        k += 1
    if k >= last or result.kind != "indirect":
        return result
    end = toks[k - 1].end
    return attrs.evolve(
        result, content=(result.content[0], end), fragments=((result.content[0], end),)
    )


def _in_fronted_phrase(index: TextIndex, speaker: tuple[int, int], lo: int) -> bool:
    """Whether the speaker (character offsets) opens the sentence right after a fronted
    preposition (``With a spate of polls showing …,``)."""
    k = index.tok_at(speaker[0])
    return k == lo + 1 and index.toks[lo].lower in _FRONTED_EVENT_LEADS


def _nearest_speaker(
    found: Sequence[Found],
    prior: Sequence[tuple[int, tuple[int, int]]],
    before: int,
    floor: int,
) -> tuple[int, int] | None:
    """The speaker of the nearest event of the sentence before character ``before``."""
    best: tuple[int, tuple[int, int]] | None = None
    # ``found`` is in cue order: the last one before ``before`` with a speaker is the nearest
    # (looked for among the latest few, to stay linear in a sentence of thousands of cues).
    for item in reversed(found[-_MAX_EVENTS:]):
        cue = item.cue
        if cue is not None and item.speaker is not None and cue.start < before:
            best = cue.start, item.speaker
            break
    # ``prior`` is sorted by cue start: the last one before ``before`` is the nearest.
    k = bisect.bisect_left(prior, (before,)) - 1
    if k >= 0 and prior[k][0] >= floor and (best is None or prior[k][0] > best[0]):
        best = prior[k]
    return None if best is None else best[1]


def _inverted(toks: Sequence[Tok], cue: Cue, lo: int, hi: int) -> Found | None:
    """``CLAUSE, said X.`` with the speaker after the cue running to the sentence end."""
    if cue.lemma not in _INVERSION_LEMMAS or cue.form.endswith("ing"):
        return None
    comma = _comma_before(toks, cue.first, lo)
    if comma is None or comma <= lo:
        return None
    right = right_speaker(toks, skip_adverbials(toks, cue.last + 1, hi), hi, appositive=True)
    if right is None or skip_adverbials(toks, right[1], hi) < hi:
        return None
    if toks[right[0]].lower in {"that", "it", "this"}:
        return None
    return Found(
        kind="indirect",
        content=(toks[lo].start, _clause_end(toks, comma)),
        fragments=(),
        cue=cue,
        speaker=_chars(toks, right),
        confidence=0.8,
    )


def _quote_ahead(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """Whether a quotation opens in ``lo..hi`` before any clause punctuation."""
    for k in range(lo, hi):
        text = toks[k].text
        if _is_opener(toks, k):
            return True
        if text in {".", ";", ":", "!", "?"}:
            return False
    return False


def _quoted_object(toks: Sequence[Tok], start: int, hi: int) -> bool:
    """Whether a quotation opens within ``_QUOTE_REACH`` tokens of ``start``, before a comma.

    ``calling him “a fraud”``, ``mocked him as a “loser”``: the cue's object holds the quoted
    words; ``pointing at the map, “but …”`` is another clause.
    """
    for k in range(start, min(hi, start + _QUOTE_REACH)):
        if _is_opener(toks, k):
            return True
        if toks[k].text in {",", ".", ";", ":", "!", "?", "(", "—"}:
            return False
    return False


def _is_opener(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` opens a quotation (``''`` is two ``'`` tokens)."""
    text = toks[k].text
    if text in _QUOTE_OPENERS:
        return True
    return (
        text in _DOUBLED_OPENERS
        and k + 1 < len(toks)
        and toks[k + 1].text == text
        and toks[k + 1].start == toks[k].end
    )


def _is_closer(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is (part of) a closing quotation mark.

    The doubled-apostrophe styles (``''so,'' he said``, ``‘‘so,’’ he said``) are two tokens.
    """
    return toks[k].text in _CLOSERS or _doubled(toks, k, "'") or _doubled(toks, k, "’")


def _clause_end(toks: Sequence[Tok], comma: int) -> int:
    """Character end of a clause closed by the comma (or quotation mark) at token ``comma``."""
    if _is_closer(toks, comma):
        while comma + 1 < len(toks) and _is_closer(toks, comma + 1):
            comma += 1
        return toks[comma].end
    if comma + 1 < len(toks) and _is_closer(toks, comma + 1):
        comma += 1
        while comma + 1 < len(toks) and _is_closer(toks, comma + 1):
            comma += 1
        return toks[comma].end
    return _content_end(toks, comma - 1)


def _clause_comma_before(toks: Sequence[Tok], i: int, lo: int) -> bool:
    """Whether token ``i`` follows a comma, maybe inside closing marks (``,”`` / ``,''``)."""
    k = i - 1
    while k > lo and _is_closer(toks, k) and k >= i - 2:
        k -= 1
    return k >= lo and toks[k].text == ","


# Adverbs between a comma and a participle: "…, recently telling one person that …".
_PARTICIPLE_ADVERBS = frozenset({"also", "then", "again", "later", "once", "even", "often"})


def _before_adverbs(toks: Sequence[Tok], i: int, lo: int) -> int:
    """Token ``i`` moved back over up to two adverbs before it (``alternately shouting``)."""
    k = i
    while k - 1 > lo and i - k < 2:
        low = toks[k - 1].text
        if not (
            low in _PARTICIPLE_ADVERBS
            or (len(low) > 4 and low.endswith("ly") and low.isalpha() and low.islower())
        ):
            break
        k -= 1
    return k


def _comma_before(toks: Sequence[Tok], i: int, lo: int) -> int | None:
    """The index of the comma (or closing quotation mark) that ends the clause before ``i``."""
    k = i - 1
    if k > lo and _is_closer(toks, k):
        if toks[k].text in ("'", "’") and k - 1 > lo and toks[k - 1].text == toks[k].text:
            k -= 1  # the first half of a doubled mark: '' or ’’
        return k if toks[k - 1].text != "," else k - 1
    if k > lo and toks[k].text == ",":
        return k
    return None


def _chars(toks: Sequence[Tok], span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    return toks[span[0]].start, toks[span[1] - 1].end


def _next_event(
    pending: Sequence[tuple[Cue, int, tuple[int, int] | None, int, int | None]],
    n: int,
    hi: int,
    toks: Sequence[Tok],
    breaks: _Breaks,
) -> int:
    """Where the content of event ``n`` stops: before a later speech event after a clause break."""
    cue = pending[n][0]
    for later, _, speaker, s_first, _ in pending[n + 1 : n + 1 + _MAX_EVENTS]:
        lead = _before_adverbs(toks, later.first, cue.last + 1)
        if later.form.endswith("ing") and _clause_comma_before(toks, lead, cue.last + 1):
            # "…, adding that …" / "“…,” adding that …" (the comma inside the closing mark);
            # "…, recently telling …"
            return lead - 1 if toks[lead - 1].text == "," else lead
        if (
            later.form.endswith("ing")
            and later.first - 1 > cue.last + 1
            and (
                _is_dash(toks, later.first - 1) or _participle_lead(toks, later.first, cue.last + 1)
            )
        ):
            # "… — asserting that …", "… before claiming that …", "… by saying …": a second
            # statement
            k = _before_adverbs(toks, later.first, cue.last + 1) - 1
            while k > cue.last + 1 and _is_dash(toks, k - 1):
                k -= 1
            return k
        if (
            speaker is None
            and later.first - 1 > cue.last + 1
            and _inverted(toks, later, cue.last + 1, hi) is not None
        ):
            # "A shows that B, said X, an analyst.": the final inverted cue closes our content.
            return later.first - 1 if toks[later.first - 1].text == "," else later.first
        if (
            later.lemma == "according to"
            and later.first - 1 > cue.last + 1
            and toks[later.first - 1].text in {",", "(", "—"}
        ):
            # "HarperCollins declined to renew it, according to X": the cue closes a clause
            # (or opens an aside) that is X's; our content stops before it.
            return later.first - 1
        if speaker is None:
            k = _before_adverbs(toks, later.first, cue.last + 1) - 1
            while k > cue.last + 1 and toks[k].lower in AUXILIARIES:
                k -= 1
            if (
                k > cue.last + 1
                and toks[k].lower in {"and", "but"}
                and later.category == "speech"
                and later.strength == "strong"
                and not later.form.endswith("ing")
            ):
                # "X claimed momentum and argued she is …": a second verb of our subject
                return k - 1 if toks[k - 1].text == "," else k
            continue
        if (
            s_first - 1 > cue.last + 1
            and toks[s_first - 1].lower == "with"
            and later.form.endswith("ing")
        ):
            # "…, with X calling it “a menu”": an absolute clause is a second statement.
            k = s_first - 1
            return k - 1 if toks[k - 1].text == "," else k
        if s_first > cue.last + 1 and _final_inversion(toks, later, s_first, cue.last + 1, hi):
            # "A plans B, X said.": the content stops before the speaker of the final cue.
            return s_first
        if (
            s_first - 1 > cue.last + 1
            and toks[s_first - 1].lower in {",", "and", "but"}
            and later.category == "speech"
            and (
                later.strength == "strong"
                or (later.last + 1 < hi and toks[later.last + 1].lower == "that")
                # "A, O'Malley reminded viewers that B": "that" after a short addressee
                or _that_soon(toks, later.last + 1, hi)
                # "A, BFM TV reported.": a final cue of any strength
                or (toks[s_first - 1].text == "," and cue_tail(toks, later.last + 1, hi) >= hi)
                or (
                    toks[s_first - 1].text != ","
                    and (
                        (speaker[1] - s_first == 1 and toks[s_first].lower in _SUBJECT_PRONOUNS)
                        # "Republicans said A and Democrats accused B"
                        or toks[s_first].text[0].isupper()
                    )
                )
            )
            and not later.form.endswith("ing")
            and toks[s_first].lower not in _RELATIVES
            # "both she and Lopez promised": a coordinated subject, not a new clause
            and not (toks[s_first - 1].text != "," and toks[s_first - 2].lower in _BOTH_WORDS)
        ):
            # "In a statement defending X, the campaign said A", "X said A and she accused
            # B": a new main clause with its own speaker ends our content.
            return s_first - 1
        if s_first <= cue.first < speaker[1] <= later.first:
            # "X, a councilor who has declined to back Y, said …": our cue is inside the
            # later cue's speaker; our content ends with that speaker.
            return speaker[1]
        if speaker[1] <= cue.first < later.first and _relative_after(toks, speaker[1]):
            # "X, who said A, said B": the speaker stops before a relative clause with a cue
            # of its own (ours); our content ends with the clause, at the comma before B's cue.
            k = later.first
            while k - 1 > cue.last and (
                toks[k - 1].lower in AUXILIARIES or toks[k - 1].lower.endswith("ly")
            ):
                k -= 1
            if toks[k - 1].text == ",":
                return k - 1
        if s_first <= cue.first:
            # "X praised A but has said B": the coordinated cue shares our subject.
            k = later.first - 1
            while k > cue.last and toks[k].lower in AUXILIARIES:
                k -= 1
            if (
                k > cue.last
                and toks[k].lower == "and"
                and toks[k - 1].text != ","
                and cue.category == "speech"
                and later.category != "speech"
            ):
                continue  # "X said she was tired and wanted a change": both are what X said
            if k > cue.last and toks[k].lower in {"and", "but", "then"}:
                return k - 1 if toks[k - 1].text == "," else k
            if (
                k > cue.last
                and toks[k].text == ","
                and later.category == "speech"
                and cue.form.endswith("ing")
                and _clause_comma_before(toks, _before_adverbs(toks, cue.first, s_first), s_first)
            ):
                # "X, hoping to win, called Y …": the participle is an aside of the subject;
                # the later cue is the main verb and its clause is not ours.
                return k
            continue
        brk = breaks.before(cue.last + 1, s_first)
        if brk < s_first:
            return brk
    return hi


_THAT_REACH = 4  # words of an addressee between a cue and its "that"


def _that_soon(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """Whether a ``that`` follows within a few plain words: ``reminded viewers that``."""
    end = min(hi, k + _THAT_REACH)
    while k < end and toks[k].text[0].isalnum():
        if toks[k].lower == "that":
            return True
        k += 1
    return False


# Words before "and" that make it coordinate a subject: "both she and Lopez said".
_BOTH_WORDS = _SUBJECT_PRONOUNS | {"both", "you", "me", "him", "her", "them"}
# Relative pronouns opening a speaker: ", who said …" is a clause inside the content.
_RELATIVES = frozenset({"who", "which", "whom", "whose", "that"})


def _relative_after(toks: Sequence[Tok], end: int) -> bool:
    """Whether a ``, who`` relative clause follows a speaker ending at token ``end``."""
    return end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].lower == "who"


# Nouns of wording that a contact relative clause may have as its object: "a claim he has
# repeated often", "the things she said were false" (the noun is what was said; no content).
WORDING_OBJECTS = frozenset(
    {"claim", "claims", "line", "lines", "words", "word", "point", "points", "argument"}
    | {"arguments", "refrain", "message", "theme", "phrase", "promise", "promises", "pledge"}
    | {"vow", "charge", "charges", "accusation", "allegation", "assertion", "thing", "things"}
    | {"joke", "jokes", "remark", "remarks", "comment", "comments", "statement", "statements"}
)
_RELATIVE_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "you"})


def _wording_relative(
    toks: Sequence[Tok], cue: Cue, speaker: tuple[int, int], lo: int, hi: int
) -> bool:
    """Whether the cue is in a contact relative clause whose object is the noun of wording
    before its pronoun subject (``a claim he has repeated often``, ``the things she said
    were false``): unless a ``that`` clause follows (``the point he made that …``)."""
    first = speaker[0]
    if speaker[1] - first != 1 or first - 1 < lo:
        return False
    if toks[first].lower not in _RELATIVE_PRONOUN_SUBJECTS:
        return False
    if toks[first - 1].lower not in WORDING_OBJECTS or not toks[first - 1].text.islower():
        return False
    start = cue_tail(toks, cue.last + 1, hi)
    return not (start < hi and toks[start].lower == "that")


def _left_speaker_event(
    index: TextIndex,
    cue: Cue,
    speaker: tuple[int, int],
    lo: int,
    hi: int,
    pending: Sequence[tuple[Cue, int, tuple[int, int] | None, int, int | None]],
    n: int,
    breaks: _Breaks,
) -> Found | None:
    toks = index.toks
    after = cue.last + 1
    start = cue_tail(toks, after, hi)
    addressee = None
    if _naming(toks, cue, speaker):
        return None  # "a group called Black Votes Matter": a name, not a statement
    if _wording_relative(toks, cue, speaker, lo, hi):
        return None  # "a claim he has repeated often": the noun before is what was said
    if cue.lemma in _ADDRESSEE_LEMMAS and start < hi:
        addressee = addressee_after(toks, start, hi)
        if addressee is not None:
            to = _infinitive_in(toks, addressee)
            if to is not None:
                addressee = addressee[0], to  # "asked the network to donate": the request
            start = cue_tail(toks, addressee[1], hi)
    elif cue.lemma == "add" and start < hi and _moved_to(toks, start, hi):
        return None  # "added two piers to its fleet", "adding to her lead"
    # "A, X said" (also "''A,'' X said, B": the comma inside the closing mark)
    aside = _comma_before(toks, speaker[0], lo)
    # "A, X said, B" is a parenthetical; "X, who argued for it, said B" is a relative clause.
    parenthetical = aside is not None and aside > lo and toks[speaker[0]].lower != "who"
    if (
        parenthetical
        and start < hi
        and toks[start].text != ","
        # an adverbial, not an object: "X charged two developers, A and B, with ..."
        and (
            toks[start].lower in _PREPOSITIONS
            or toks[start].lower in _ADVERBIAL_WORDS
            or toks[start].lower.endswith("ly")
        )
    ):
        # "The crews, Lopez explained later in the meeting, were ...": a short
        # adverbial before the closing comma of the parenthetical.
        k = start
        while k < hi and k - start <= 8 and toks[k].text[0].isalnum():
            k += 1
        if k < hi and toks[k].text == "," and k - start <= 8:
            start = k
    if start < hi and toks[start].text in _CLAUSE_BREAKS:
        start = hi  # "A, X argued in interviews; B": the clause after the break is not said
    if start + 1 < hi and toks[start].text == "," and toks[start + 1].lower == "that":
        start += 1  # "told Fox News, that …" (also after an opening "On Friday, X told …")
    elif not parenthetical and start < hi and toks[start].text == ",":
        start = _that_after_aside(toks, start, hi)
    while start < hi and toks[start].text in {",", ":"}:
        if toks[start].text == "," and (
            parenthetical or (start + 1 < hi and not _is_opener(toks, start + 1))
        ):
            break
        start += 1
    speaker_chars = _chars(toks, speaker)
    addressee_chars = _chars(toks, addressee)
    if (
        start + 1 < hi
        and start > after
        and skip_adverbials(toks, after, hi) == start
        and toks[start].text == ","
        and toks[start + 1].lower in _ADJUNCT_LEADS
    ):
        # "CLAUSE, officials said Monday, after two days of talks": after the cue's own time,
        # an adjunct of the cue, not the rest of a content around a parenthetical cue
        # ("A, Ruiz said, until B" keeps B).
        start = hi
    if (
        parenthetical
        and start + 1 < hi
        and toks[start].text == ","
        and any(c.first == start + 1 and c.form.endswith("ing") for c, *_ in pending[n + 1 : n + 3])
    ):
        # "CLAUSE, X said in Paris, noting that …": the participle is the next statement.
        start = hi
    if start < hi and cue.lemma in _INVERSION_LEMMAS and _subordinator(toks, start, hi):
        start = _after_subordinate(toks, start, hi)
        if start >= hi and not parenthetical:
            return None  # "Ruiz said as fans chanted “no.”": nothing was said
    if start < hi and _adjunct_to_end(toks, cue, start, hi):
        start = hi  # "CLAUSE, X said after the attacks.": the phrase belongs to the cue
    if start >= hi:
        # "CLAUSE, X said." -- the content is before the speaker (which may take a few more
        # words back to the comma: "..., retired Air Force general Tom Lopez said").
        first = speaker[0]
        while (
            first - 1 > lo
            and speaker[0] - first < 6
            and toks[first - 1].text[0].isalpha()
            # "“…,” said X after Rubio spoke.": a clause of its own, not a title
            and toks[first - 1].lower not in _CLAUSE_LINKS
            and toks[first - 1].lower not in _CUE_WORDS
        ):
            first -= 1
        comma = _comma_before(toks, first, lo)
        if comma is None and first != speaker[0]:
            first = speaker[0]
            comma = _comma_before(toks, first, lo)
        if (
            comma is None
            and first - 1 > lo
            and toks[first - 1].lower == "as"
            and cue.lemma in _AS_LEMMAS
        ):
            comma = _comma_before(toks, first - 1, lo)  # "CLAUSE, as X said."
        if comma is not None and comma > lo:
            speaker_chars = _chars(toks, (first, speaker[1]))
            return Found(
                kind="indirect",
                content=(toks[lo].start, _clause_end(toks, comma)),
                fragments=(),
                cue=cue,
                speaker=speaker_chars,
                addressee=addressee_chars,
                confidence=0.85,
            )
        return None
    if toks[start].text == ",":
        # "A, X said, B": a parenthetical cue in the middle of the content.
        if aside is not None and aside > lo and start + 1 < hi:
            return _around_cue(
                toks,
                cue,
                (toks[lo].start, _clause_end(toks, aside)),
                start + 1,
                hi,
                speaker=speaker_chars,
                addressee=addressee_chars,
            )
        if aside is None and speaker[0] == lo and hi - start > _MIN_AFTER_COMMA:
            # "She said, if elected, she would …": the clause after the comma is the content.
            end_tok = _next_event(pending, n, hi, toks, breaks)
            if end_tok - start > _MIN_AFTER_COMMA and not toks[start + 1].lower.endswith("ing"):
                return _clause_statement(
                    toks,
                    cue,
                    start + 1,
                    end_tok,
                    speaker=speaker_chars,
                    addressee=addressee_chars,
                    confidence=0.7,
                )
        return None
    lead = toks[start].lower
    topic = False
    if lead in _PREPOSITIONS and not (
        (lead == "to" and cue.lemma not in _NO_INFINITIVE)
        # "which he described as “an open orchid”": the quoted words are the content
        or (lead == "as" and _quoted_object(toks, start, hi))
    ):
        # "said at a rally (that ...)": the content, if any, starts at a later "that".
        k = start + 1
        pronoun = None  # "said after the convention he would …": the clause's subject
        while k < hi and k - start < 12 and toks[k].text[0].isalnum() and toks[k].lower != "that":
            if pronoun is None and toks[k].lower in _CLAUSE_SUBJECTS and k - start <= _PP_REACH:
                pronoun = k
            k += 1
        if k < hi and toks[k].lower == "that":
            start = k
            lead = "that"
        elif pronoun is not None and cue.lemma in _INVERSION_LEMMAS and pronoun + 1 < hi:
            start = pronoun
            lead = toks[start].lower
        elif (
            (lead == "about" or (lead == "of" and cue.lemma in _OF_LEMMAS))
            and cue.category == "speech"
            and cue.lemma not in _NOUN_LEMMAS
            and not (cue.strength == "strict" and cue.form.endswith("s"))
            and start + 1 < hi
        ):
            # "complained about the tone", "spoke about her race": the topic is what was said
            start += 1
            lead = toks[start].lower
            topic = True
        else:
            return None
    if cue.strength == "quoted" and not _quoted_object(toks, start, hi):
        return None  # "mocked the plan": no quoted words, no attribution
    if (
        cue.strength == "strict"
        and not topic
        # "went on to win": no content ("went on to say that …" is the cue "say")
        and (lead not in _CONTENT_LEADS or (lead == "to" and cue.lemma == "go on"))
        and not _is_opener(toks, start)
    ):
        return None
    if (
        cue.lemma in {"ask"}
        and lead not in _ASK_LEADS
        # "asked the network to donate …", "asked Ruiz about the port": a request, a topic
        and not (lead in {"to", "about"} and addressee is not None)
    ):
        return None
    if lead in _NOT_CLAUSES and (
        start + 1 >= hi
        or toks[start + 1].text in {",", ".", ";", ")", "—"}
        or toks[start + 1].lower in _PREPOSITIONS
    ):
        return None  # "said little", "said it in the debate", "say something about"
    end_tok = _next_event(pending, n, hi, toks, breaks)
    if end_tok <= start:
        return None
    return _clause_statement(
        toks,
        cue,
        start,
        end_tok,
        speaker=speaker_chars,
        addressee=addressee_chars,
        confidence=0.85 if cue.strength == "strong" else 0.7,
    )


def _naming(toks: Sequence[Tok], cue: Cue, speaker: tuple[int, int]) -> bool:
    """Whether ``called`` names its indefinite subject: ``a new group called Black Votes``."""
    return (
        cue.form == "called"
        and speaker[1] == cue.first
        and toks[speaker[0]].lower in {"a", "an"}
        and toks[cue.first - 1].text.isalpha()
        and toks[cue.first - 1].text.islower()
    )


def _infinitive_in(toks: Sequence[Tok], span: tuple[int, int]) -> int | None:
    """The ``to`` of an infinitive inside an addressee span (``the network to donate``)."""
    for k in range(span[0] + 1, min(span[1] - 1, span[0] + _ADD_REACH)):
        if _infinitive_at(toks, k):
            return k
    return None


def _infinitive_at(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is the ``to`` of an infinitive: before a lower-case word."""
    following = toks[k + 1].text
    return toks[k].lower == "to" and following.isalpha() and following.islower()


# Determiners and possessives that open a noun phrase after "to".
_NOUN_LEADS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
_ADD_REACH = 8  # words of the object of "add" searched for its "to"


def _moved_to(toks: Sequence[Tok], start: int, hi: int, *, loose: bool = False) -> bool:
    """Whether ``add`` at token ``start`` takes ``to`` (``added two piers to its fleet``);
    ``loose``: any ``to`` of the object counts (``by adding poor towns to rich ones``)."""
    if toks[start].lower in _CONTENT_LEADS - {"to"}:
        return False
    k = start
    while k + 1 < hi and k - start <= _ADD_REACH and toks[k].text[0].isalnum():
        if toks[k].lower == "that":
            return False
        if toks[k].lower == "to":
            # "to its fleet", "to Ohio", "to 40": a goal, not an infinitive ("safe to visit")
            following = toks[k + 1].text
            return (
                loose
                or not (following.isalpha() and following.islower())
                or following.lower() in _NOUN_LEADS
            )
        k += 1
    return False


_ADJUNCT_MAX = 12
# Cues of a closing "…, as X noted.": the clause before is what X said.
_AS_LEMMAS = frozenset(
    {"say", "tell", "write", "add", "note", "explain", "argue", "point out", "observe", "report"}
)
# Words that open a clause of their own before a subject: "… said X after Rubio spoke".
_CLAUSE_LINKS = frozenset(
    {"after", "before", "until", "when", "where", "while", "as", "because", "since", "if"}
    | {"although", "though", "unless", "once", "whereas", "and", "but", "or", "that"}
)
# Every inflected form of a cue verb ("said", "told"): never part of a speaker's title.
_CUE_WORDS = frozenset(form for _, _, forms in CUE_LEMMAS.values() for form in forms)
# Words that open an adverbial clause right after a cue: "Ruiz said as fans chanted".
_SUBORDINATORS = frozenset({"as", "while", "after", "before"})
_SUBORDINATE_REACH = 12  # words of the adverbial clause searched for a "that" or a comma


def _subordinator(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """Whether token ``k`` opens an adverbial clause: ``as``, ``while``, ``when asked``."""
    low = toks[k].lower
    if low == "when":
        # "said when they would vote" is an indirect question; "said when asked" is not
        return k + 1 < hi and toks[k + 1].lower.endswith("ed")
    return low in _SUBORDINATORS


def _after_subordinate(toks: Sequence[Tok], start: int, hi: int) -> int:
    """Where the content starts when an adverbial clause follows the cue at token ``start``.

    ``said when asked that A`` -> the ``that``; ``said when elected, she would A`` -> the
    adverbial clause opens the content; ``said as fans chanted “no.”`` -> no content after
    the cue (``hi``): the clause is the cue's circumstance. ``described it as “a sham”`` keeps
    the quoted words (a quotation within two words of ``as``).
    """
    if toks[start].lower == "as" and any(
        _is_opener(toks, k) for k in range(start + 1, min(hi, start + 3))
    ):
        return start
    k = start + 1
    prepositional = toks[start].lower in {"after", "before"}
    while k < hi and k - start <= _SUBORDINATE_REACH:
        low = toks[k].lower
        if low == "that":
            return k
        if prepositional and low in _CLAUSE_SUBJECTS and 1 < k - start <= _PP_REACH:
            return k  # "said after the convention he would …"
        if toks[k].text == ",":
            return start if hi - k > _MIN_AFTER_COMMA else hi
        if low == ":":
            return start  # "told X when asked: “…”": the quotation after the colon
        if not toks[k].text[0].isalnum() and not _is_opener(toks, k) and not _is_closer(toks, k):
            break
        k += 1
    return hi


# Words before a participial cue that starts a second statement: "… before claiming that …".
_PARTICIPLE_LEADS = frozenset({"before", "after", "while", "then", "by"})


def _participle_lead(toks: Sequence[Tok], first: int, lo: int) -> bool:
    """Whether a participial cue at token ``first`` follows a word that makes it a statement of
    its own: ``before claiming``, ``by (essentially) telling`` (not ``by adding X to Y``)."""
    k = _before_adverbs(toks, first, lo) - 1
    if toks[first].lower == "adding" and _moved_to(toks, first + 1, len(toks), loose=True):
        return False
    return k > lo and toks[k].lower in _PARTICIPLE_LEADS


_MIN_AFTER_COMMA = 3  # words after "X said," that make a clause


def _final_inversion(toks: Sequence[Tok], cue: Cue, s_first: int, lo: int, hi: int) -> bool:
    """Whether ``cue`` (its speaker from ``s_first``) closes the sentence: ``…, X said Monday.``"""
    if cue.lemma not in _INVERSION_LEMMAS or _comma_before(toks, s_first, lo) is None:
        return False
    tail = cue_tail(toks, cue.last + 1, hi)
    return tail >= hi or _adjunct_to_end(toks, cue, tail, hi)


def _adjunct_to_end(toks: Sequence[Tok], cue: Cue, start: int, hi: int) -> bool:
    """Whether tokens ``start..hi`` are one prepositional phrase of the cue, with no content.

    ``said after the attacks`` / ``said from his office in Orlando`` at the sentence end: words
    only (no comma, no ``that``), at most ``_ADJUNCT_MAX`` of them.
    """
    lead = toks[start].lower
    if cue.lemma not in _INVERSION_LEMMAS or lead not in _PREPOSITIONS:
        return False
    if (
        lead == "to"
        and cue.lemma in _ADDRESSEE_LEMMAS
        and start + 1 < hi
        and _infinitive_at(toks, start)
    ):
        return False  # "asked them to stand": an infinitive, not a phrase of place
    if hi - start > _ADJUNCT_MAX:
        return False
    return all(toks[k].text[0].isalnum() and toks[k].lower != "that" for k in range(start, hi))


def _according_to(index: TextIndex, cue: Cue, lo: int, hi: int, breaks: _Breaks) -> Found | None:
    toks = index.toks
    # "CLAUSE, according to X" (also "“…,” according to X": the comma inside the mark)
    closed = cue.first - 2 > lo and _clause_comma_before(toks, cue.first, lo)
    final = closed or (cue.first > lo and toks[cue.first - 1].text in {",", "(", "—"})
    right = right_speaker(toks, cue.last + 1, hi, appositive=final)
    if right is None:
        return None
    speaker = _chars(toks, right)
    if final:
        # "CLAUSE, according to X."
        if cue.first - 1 <= lo:
            return None
        inner = right_speaker(toks, cue.last + 1, hi, appositive=False)
        # (an appositive running to the sentence end is no second part: "…, an economist.")
        if inner is not None and right[1] < hi and toks[inner[1]].text == ",":
            right = inner  # "A, according to the office, B": the speaker ends at the comma
            speaker = _chars(toks, right)
        comma = _comma_before(toks, cue.first, lo)
        clause_end = (
            _clause_end(toks, comma)
            if closed and comma is not None and comma > lo
            else _content_end(toks, cue.first - 2)
        )
        if right[1] + _MIN_AFTER_COMMA < hi and toks[right[1]].text == ",":
            # "A, according to X, B": the content is A and B, around the parenthetical cue.
            before = (toks[lo].start, clause_end)
            return _around_cue(toks, cue, before, right[1] + 1, hi, speaker=speaker)
        return Found(
            kind="indirect",
            content=(toks[lo].start, clause_end),
            fragments=(),
            cue=cue,
            speaker=speaker,
            confidence=0.85,
        )
    # "According to X, CLAUSE."
    k = breaks.next_comma(right[1])
    # "A leads B by 27 delegates according to a count, but …": a clause before the cue
    after_clause = (
        cue.first - 2 > lo
        and toks[cue.first - 1].text[0].isalnum()
        and toks[cue.first - 1].lower not in _CLAUSE_LINKS
    )
    if k + 1 >= hi or after_clause:
        if cue.first > lo:
            return Found(
                kind="indirect",
                content=(toks[lo].start, _content_end(toks, cue.first - 1)),
                fragments=(),
                cue=cue,
                speaker=speaker,
                confidence=0.6,
            )
        return None
    return Found(
        kind="indirect",
        content=(toks[k + 1].start, _content_end(toks, hi - 1)),
        fragments=(),
        cue=cue,
        speaker=speaker,
        confidence=0.85,
    )
