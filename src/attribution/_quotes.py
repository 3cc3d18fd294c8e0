"""Quotations and reported speech: find each statement, its cue and its speaker mention.

``find_attributions`` runs one pass per document:

1. :func:`~attribution._quotemarks.find_quotations` pairs the quotation marks (up to
   :func:`~attribution._quotemarks.body_end`, so reader comments are left alone); a text
   that quotes with single marks (British style, ``‘…’`` nesting ``“…”``) is read with the
   two styles swapped mark for mark, so the rules below see its quotations as double ones;
2. :func:`~attribution._text.index_text` tokenizes and splits sentences, keeping closed
   quotations whole; :func:`~attribution._cues.find_cues` marks every cue;
3. direct quotes: a quotation that opens its sentence takes the cue right after it
   (``“…,” X said`` / ``“…,” said X`` / ``“…” — X`` / ``“…,” X deadpanned``: a past-tense
   verb outside the lexicon ending the sentence), or one right before it (``X said: “…”``,
   ``X told Y, “…”``, ``according to X, “…”``, ``Said X, “…”``), or the ``X said:`` that ends
   the previous paragraph, or a colon after a clause whose subject is a person
   (``The DNC issued the following statement: “…”``), or a noun of wording before a colon
   (``From the report: “…”``), or a thing bearing the words (``signs saying “…”``). A following
   quotation with no speech cue of its own in the same paragraph is another fragment of the
   same quote (``“A,” X said, “B.”``);
   a paragraph that is only a quotation continues the previous direct quote's speaker (same
   ``speaker`` span, lower confidence);
4. reported speech (:mod:`attribution._reported`) over the cues left; a reported clause that
   holds quoted words is a ``mixed`` quote whose fragments are those quotations; it stops
   before the cue of a direct quote that follows and at a colon that opens another speaker's
   clause; a quotation opening the next sentence continues it, and so does a next sentence
   ending with quoted words after a mixed quote whose cue ends its sentence;
5. ``As Ann Ruiz explained, …`` (the clause after the comma), then colon lines: ``RUIZ: …``
   (a transcript) and ``Ann Ruiz: …`` (a headline);
6. floating quotes: a paragraph that is only a quotation, after a paragraph that ends with a
   statement and its speaker, carries that speaker; then a possessor's claim noun
   (``his claim that she “lied”``), then the last net: quoted words after a speech cue of
   their clause that no pass used (``Ruiz stated the plan was “dead,”``, ``…, whom she
   described as “peaceful”``, ``Citing “…,” Ruiz …``, ``A “…,” reported X``) are a mixed
   quote of the cue's subject;
7. with a parsed Doc only, :mod:`attribution._parsed` fills speakers from the parse.

Quotations that no cue attributes (scare quotes, titles, nicknames) are not quotes.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

from attribution._cues import AUXILIARIES, CUE_FORMS, Cue, find_cues, skip_adverbials, word_cue
from attribution._parsed import refine_with_parse
from attribution._quotemarks import Quotation, body_end, find_quotations
from attribution._reported import (
    WORDING_OBJECTS,
    Found,
    addressee_after,
    clause_before_naming,
    cue_tail,
    dash_aside_subject,
    object_before_participle,
    reported_in_sentence,
)
from attribution._results import Quote, QuoteKind, Span
from attribution._speakers import PRONOUNS, left_speaker, opening_subject, right_speaker, subject_of
from attribution._text import TextIndex, Tok, before_stops, index_text
from attribution.lexicons.cues import WORDING_NOUNS
from attribution.lexicons.titles import TITLE_MODIFIERS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_attributions"]

_DASHES = frozenset({"—", "–", "--", "-"})
_QUOTE_STYLES = frozenset({"double", "guillemet"})
# Cue words that cannot be inside a speaker phrase before another cue.
_TRAILING_CUES = frozenset({"said", "says", "told", "added", "asked", "wrote", "according"})
_QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "'", "‘", "’"})
_STRAIGHT_MARKS = ('"', "'", "`")
# A letter or digit (what ``str.isalnum`` accepts: ``\w`` without the underscore).
_ALNUM = re.compile(r"[^\W_]")

CONFIDENCE_ADJACENT = 0.95
CONFIDENCE_BEFORE = 0.9
CONFIDENCE_CONTINUED = 0.85
CONFIDENCE_CARRIED = 0.6
CONFIDENCE_DASH = 0.7
CONFIDENCE_COLON_CLAUSE = 0.65
CONFIDENCE_UNLISTED = 0.7  # a verb outside the lexicon after "“…,” X"
CONFIDENCE_BARE_BEFORE = 0.8  # "X said in a statement. “…”": a period typed for the colon
CONFIDENCE_NET = 0.6  # quoted words after a cue that no other rule used


@attrs.define
class _Direct:
    """A direct quote under construction (mutable while its fragments are collected)."""

    fragments: list[tuple[int, int]]
    cue: Cue | None
    speaker: tuple[int, int] | None
    addressee: tuple[int, int] | None
    confidence: float
    paragraph: int
    clause_end: int  # character offset where the attribution clause ends


def find_attributions(text: str, *, doc: Doc | None = None) -> tuple[Quote, ...]:
    """Every attributed statement in ``text``, in text order, without sources or dates yet.

    ``doc`` is the spaCy Doc of ``text`` when a caller's pipeline made one; the rules read the
    text itself, so the default path needs no Doc. A Doc with a dependency parse (a trained
    pipeline passed as ``nlp=``) fills speakers the rules miss (:mod:`attribution._parsed`).
    """
    if not text.strip():
        return ()
    original = text
    limit = body_end(text)

    def in_body(text: str) -> list[Quotation]:
        return [q for q in find_quotations(text) if q.start < limit]

    quotations = in_body(text)
    swapped = _as_double_quoted(text, quotations)
    if swapped is not None:
        # British style (‘…’ nesting “…”): the rules read the text with the styles swapped,
        # one mark for one mark, so every offset holds; the spans take the text as written.
        text = swapped
        quotations = in_body(text)
    curly = _as_curly(text, quotations)
    if curly is not None:
        # „…“, «…», ‚…‘: the rules read curly marks, one mark for one mark.
        text = curly
        quotations = in_body(text)
    index = index_text(text, [(q.start, q.end) for q in quotations if q.closed])
    cues = [c for c in find_cues(index) if c.start < limit]
    usable = [q for q in quotations if q.style in _QUOTE_STYLES]
    directs, used = _direct_quotes(index, usable, cues)
    blocked = sorted(f for q in usable for f in q.fragments)
    found = [
        Found(
            kind="direct",
            content=(d.fragments[0][0], d.fragments[-1][1]),
            fragments=tuple(d.fragments),
            cue=d.cue,
            speaker=d.speaker,
            addressee=d.addressee,
            confidence=d.confidence,
        )
        for d in directs
    ]
    free = [c for c in cues if c.first not in used]
    attributed = {f for d in directs for f in d.fragments}
    loose = [q for q in usable if q.fragments[0] not in attributed and not q.looks_like_title]
    loose_starts = [q.start for q in loose]
    firsts = [c.first for c in free]
    prior = sorted((d.cue.start, d.speaker) for d in directs if d.cue is not None and d.speaker)
    # Where each direct quote's own attribution starts: a reported clause stops there
    # ("X said that A, adding, “B.”": “B.” and its cue are not part of the clause).
    # A direct quote whose cue follows it ("A (“B,” Y wrote) …") cuts the clause at its opening.
    cuts = sorted(
        d.cue.start if d.cue.start < d.fragments[0][0] else d.fragments[0][0]
        for d in directs
        if d.cue is not None and d.cue.category == "speech"
    )
    cut_starts = frozenset(cuts)
    for s_start, s_end in index.sentences:
        if s_start >= limit:
            break
        lo = index.tok_at(s_start)
        hi = index.tok_at(s_end)
        a = bisect.bisect_left(firsts, lo)
        b = bisect.bisect_left(firsts, hi)
        if a == b:
            continue
        for c_lo, c_hi in _clauses(index, free, firsts, lo, hi, s_start, s_end):
            a = bisect.bisect_left(firsts, c_lo)
            b = bisect.bisect_left(firsts, c_hi)
            for item in reported_in_sentence(
                index, free[a:b], c_lo, c_hi, blocked=blocked, prior=prior
            ):
                item = _with_quotations(_cut_at(text, item, cuts), blocked)
                if item.content[0] in cut_starts:
                    item = _object_before_cut(index, item)
                found.append(_continued(index, item, loose, loose_starts, free, firsts))
    found.extend(_as_clauses(index, free, found, blocked, limit))
    titles = frozenset(q.start for q in usable if q.looks_like_title)
    found.extend(_quoted_requests(index, free, found, blocked, limit, titles))
    found.extend(_colon_lines(index, limit, found))
    found.extend(_embedded_posts(index, limit, found))
    found.extend(_floating(index, loose, found))
    found.extend(_fronted_naming(index, loose, found))
    found.extend(_as_if_to_say(index, loose, found))
    found.extend(_came_replies(index, loose, found))
    found.extend(_quoted_remarks(index, loose, found))
    found.extend(_opening_participle_quotes(index, loose, cues, found))
    found.extend(_noun_claims(index, loose, found))
    found.extend(_cued_quotations(index, loose, cues, found, blocked))
    for n, extra in _after_direct(index, directs, loose, found, cues):
        item = found[n]  # the first len(directs) items are the direct quotes, in order
        fragments = (*item.fragments, *extra)
        found[n] = attrs.evolve(item, content=(item.content[0], extra[-1][1]), fragments=fragments)
    taken = {item.cue.first for item in found if item.cue is not None}
    spare = {c.first: c for c in cues if c.first not in taken and c.category == "speech"}
    found = [part for item in found for part in _comma_verb(index, item, spare)]
    found = [part for item in found for part in _pronoun_then_participle(index, item, spare)]
    found = [part for item in found for part in _speech_after_thought(index, item, spare)]
    found = [part for item in found for part in _naming_complement(index, item, spare)]
    if doc is not None and doc.has_annotation("DEP"):
        found = refine_with_parse(doc, index, found)
    found.sort(key=lambda f: (f.content[0], f.content[1]))
    return tuple(_to_quote(original, number, item) for number, item in enumerate(found, start=1))


_PRIMARY_SINGLE_MIN = 2  # single-quoted passages (2+ words) that may make a text British-style
_PRIMARY_SINGLE_RATIO = 3  # ... and how many of them per double-quoted passage it takes
_SINGLE_TO_DOUBLE = str.maketrans({"‘": "“", "’": "”", "'": '"', "‚": "„", "‛": "‟", "`": "“"})
_PARAGRAPH_SINGLE = re.compile(
    r"""
    (?:\A|\n)[ \t]*     # a paragraph's start
    ([‘'])(?=[^\W\d_])   # a single opening mark, then a letter
    """,
    re.VERBOSE,
)
_DOUBLE_TO_SINGLE = str.maketrans({"“": "‘", "”": "’", '"': "'", "„": "‚", "‟": "‛"})


def _as_double_quoted(text: str, quotations: Sequence[Quotation]) -> str | None:
    """The text with its quotation styles swapped when it quotes with single marks.

    British and some wire styles quote speech in single marks and nest double ones (‘He said
    “no”’). When there are at least two single-quoted passages of two or more words and they
    outnumber the double-quoted ones three to one, each top-level single quotation's marks
    become double ones and its nested double quotations' marks single ones (one character for
    one, so offsets hold); else None.
    """
    singles = [
        q
        for q in quotations
        if q.style == "single" and q.closed and len(q.inner_text(text).split()) >= 2
    ]
    doubles = sum(q.style in _QUOTE_STYLES for q in quotations)
    if len(singles) < _PRIMARY_SINGLE_MIN or doubles * _PRIMARY_SINGLE_RATIO > len(singles):
        return None
    chars = list(text)

    def swap(quote: Quotation, table: dict[int, str]) -> None:
        for opening, closing in quote.mark_spans():
            for position in itertools.chain(range(*opening), range(*closing)):
                chars[position] = chars[position].translate(table)

    for quote in quotations:
        if quote.style != "single":
            continue
        swap(quote, _SINGLE_TO_DOUBLE)
        for inner in quote.nested:
            if inner.style == "double":
                swap(inner, _DOUBLE_TO_SINGLE)
    # A paragraph opening with a single mark opens a quotation the pairing left unclosed (one
    # running over several paragraphs): as a double mark it continues or stops by the rules.
    for match in _PARAGRAPH_SINGLE.finditer(text):
        chars[match.start(1)] = chars[match.start(1)].translate(_SINGLE_TO_DOUBLE)
    return "".join(chars)


# The marks the rules read, by quotation style: (opening, closing).
_CURLY: Final = {
    "double": ("“", "”"),
    "guillemet": ("“", "”"),
    "single": ("‘", "’"),
    "single_guillemet": ("‘", "’"),
}


def _as_curly(text: str, quotations: Sequence[Quotation]) -> str | None:
    """The text with every typographic quotation mark written as a curly English one.

    German and wire typing (``„…“``, ``‚…‘``), guillemets (``«…»``, ``‹…›``) and a closing
    mark typed with the opening glyph (``“fascist?“``) become ``“…”`` and ``‘…’`` (one
    character for one, so offsets hold), so that the rules, written for curly and straight
    marks, read them alike; None when there is nothing to rewrite. Straight marks and doubled
    ones (``''``, ````````) are left as typed.
    """
    chars: list[str] | None = None

    def rewrite(quote: Quotation) -> None:
        nonlocal chars
        opening, closing = _CURLY[quote.style]
        for (open_start, open_end), (close_start, close_end) in quote.mark_spans():
            marks = []
            if open_end - open_start == 1:  # a one-character opening mark
                marks.append((open_start, opening))
            if close_end - close_start == 1:  # a one-character closing mark (none when unclosed)
                marks.append((close_start, closing))
            for position, mark in marks:
                if text[position] not in (mark, *_STRAIGHT_MARKS):
                    if chars is None:
                        chars = list(text)
                    chars[position] = mark
        for inner in quote.nested:
            rewrite(inner)

    for quote in quotations:
        rewrite(quote)
    return None if chars is None else "".join(chars)


_AS_SPEAKER_MAX = 12  # tokens of the speaker phrase between "As" and its cue
_AS_OPENING_MAX = 4  # tokens of an opening phrase before ", as X said": "Of course,"
_AS_LEADS = frozenset({"but", "and", "yet", "so", "still", "indeed"})


def _as_clauses(
    index: TextIndex,
    cues: Sequence[Cue],
    found: Sequence[Found],
    blocked: Sequence[tuple[int, int]],
    limit: int,
) -> list[Found]:
    """``As Ann Ruiz explained, three taxes were postponed.``: a sentence opened by ``As``, a
    speaker and a speech cue; the clause after the comma is what was said.

    Only cues no other statement took, and only when the content has no speech cue of its
    own outside quotation marks (``As X said, A, Y argued`` is left alone).
    """
    toks = index.toks
    taken = {item.cue.first for item in found if item.cue is not None}
    attributed = frozenset(f for item in found for f in item.fragments)
    firsts = [c.first for c in cues]
    out: list[Found] = []
    for cue in cues:
        if cue.first in taken or cue.category != "speech" or cue.strength == "strict":
            continue
        if cue.start >= limit or cue.form.endswith("ing"):
            continue
        s_start, s_end = index.sentence_of(cue.start)
        lo = index.tok_at(s_start)
        opener = lo
        while opener < cue.first and (
            toks[opener].text in _QUOTE_MARKS or toks[opener].lower in _AS_LEADS
        ):
            opener += 1  # "But as Ruiz noted, …"
        if toks[opener].lower != "as":
            # "Of course, as Ruiz noted, …": a short opening phrase and its comma
            comma = next(
                (
                    k
                    for k in range(opener, min(cue.first, opener + _AS_OPENING_MAX))
                    if toks[k].text == ","
                ),
                None,
            )
            if comma is not None and toks[comma + 1].lower == "as":
                opener = comma + 1
        if toks[opener].lower != "as" or cue.first - opener > _AS_SPEAKER_MAX:
            continue
        speaker = left_speaker(toks, cue.first, opener + 1)
        if speaker is None or speaker[0] != opener + 1:
            continue
        hi = index.tok_at(s_end)
        tail, _ = _cue_end(toks, cue, hi)
        if tail >= hi or toks[tail].text != ",":
            continue
        first = tail + 1
        hi = before_stops(toks, first, hi)
        if hi - first < 3:
            continue
        if _speech_cue_outside(cues, firsts, first, hi, blocked, toks):
            continue
        item = _clause_statement(index, blocked, cue, speaker, (first, hi), confidence=0.7)
        if toks[hi - 1].text == ":":
            item = _colon_paragraph(index, item, blocked, attributed)
        out.append(item)
    return out


def _colon_paragraph(
    index: TextIndex,
    item: Found,
    blocked: Sequence[tuple[int, int]],
    attributed: frozenset[tuple[int, int]],
) -> Found:
    """``As Ruiz observed, the winner was the stage itself:`` then a paragraph that is a
    quotation no one else took: the quotation goes on with the statement (mixed)."""
    text = index.text
    number = index.paragraph_index(item.content[1] - 1)
    if number + 1 >= len(index.paragraphs):
        return item
    if not _only_punctuation_in(text, item.content[1], index.paragraphs[number][1]):
        return item
    start = index.paragraphs[number + 1][0]
    k = bisect.bisect_left(blocked, (start,))
    if k >= len(blocked) or blocked[k][0] != start or blocked[k] in attributed:
        return item
    fragment = blocked[k]
    return attrs.evolve(
        item,
        kind="mixed",
        content=(item.content[0], fragment[1]),
        fragments=(*item.fragments, fragment),
    )


def _clause_statement(
    index: TextIndex,
    blocked: Sequence[tuple[int, int]],
    cue: Cue,
    speaker: tuple[int, int],
    content: tuple[int, int],
    *,
    confidence: float,
) -> Found:
    """A reported statement of ``speaker`` over the tokens ``content`` (first, end), its
    quoted words as fragments: what the extra passes below find."""
    first, end = content
    item = Found(
        kind="indirect",
        content=(index.toks[first].start, index.toks[end - 1].end),
        fragments=(),
        cue=cue,
        speaker=_chars(index, speaker),
        confidence=confidence,
    )
    return _with_quotations(item, blocked)


_REQUEST_LEMMAS = frozenset({"ask", "tell"})
_REQUEST_REACH = 8  # tokens from the cue to the "to" of its request
_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "me", "you"})


def _quoted_requests(
    index: TextIndex,
    cues: Sequence[Cue],
    found: Sequence[Found],
    blocked: Sequence[tuple[int, int]],
    limit: int,
    titles: frozenset[int] = frozenset(),
) -> list[Found]:
    """``Ruiz asked the crowd to “stay calm” on Monday``: a request with quoted words
    (``tell``, too: ``Ruiz told voters to “go vote”``); a title (``“New Day.”``) is no words.

    ``ask`` takes a clause only after ``whether``/``if``/a question word; with an object and
    ``to`` (or a pronoun object right before the quotation) it is a mixed quote when quoted
    words follow before the sentence ends. The content runs from the object to that end.
    """
    toks = index.toks
    taken = {item.cue.first for item in found if item.cue is not None}
    firsts = [c.first for c in cues]
    out: list[Found] = []
    for cue in cues:
        if cue.lemma not in _REQUEST_LEMMAS or cue.first in taken or cue.start >= limit:
            continue
        s_start, s_end = index.sentence_of(cue.start)
        lo = index.tok_at(s_start)
        hi = before_stops(toks, cue.last + 1, index.tok_at(s_end))
        first = cue.last + 1
        if first >= hi or toks[first].lower in {"to", "by", "about", "for", "whether", "if"}:
            continue
        reach = min(hi, first + _REQUEST_REACH)
        to = next((i for i in range(first + 1, reach) if toks[i].lower == "to"), None)
        if _inside(blocked, cue.start):
            continue  # "“I ask you to …”": the cue is in someone's quoted words
        opening = next((i for i in range(first, hi) if toks[i].text in _QUOTE_MARKS), None)
        if opening is None or not _opens_fragment(blocked, toks[opening].start):
            continue
        if toks[opening].start in titles or (
            toks[opening - 1].lower.endswith(("'s", "’s")) and toks[opening - 1].text[0].isupper()
        ):
            continue  # "told X not to … on CNN’s “New Day.”": a show, not words
        if not (
            (to is not None and to < opening)
            or (opening == first + 1 and toks[first].lower in _OBJECT_PRONOUNS)
        ):
            continue
        if any(toks[i].text in {";", ":"} for i in range(first, opening)):
            continue
        if _speech_cue_outside(cues, firsts, first, hi, blocked, toks):
            continue  # "…, a post Lopez said he hoped would be “…”": another statement
        speaker = left_speaker(toks, cue.first, lo) or subject_of(toks, cue.first, lo)
        if speaker is None and cue.first - 1 > lo and toks[cue.first - 1].lower == "and":
            speaker = _before_verb_object(toks, opening_subject(toks, lo, cue.first))
        if speaker is None:
            continue
        out.append(_clause_statement(index, blocked, cue, speaker, (first, hi), confidence=0.6))
    return out


def _speech_cue_outside(
    cues: Sequence[Cue],
    firsts: Sequence[int],
    lo: int,
    hi: int,
    blocked: Sequence[tuple[int, int]],
    toks: Sequence[Tok],
) -> bool:
    """Whether a finite speech cue lies in tokens ``lo..hi`` outside quotation marks."""
    return any(
        not cues[n].form.endswith("ing") and cues[n].category == "speech"
        for n in range(bisect.bisect_left(firsts, lo), bisect.bisect_left(firsts, hi))
        if not _inside(blocked, toks[cues[n].first].start)
    )


def _opens_fragment(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether one of ``spans`` (sorted) starts at ``offset``."""
    k = bisect.bisect_left(spans, (offset,))
    return k < len(spans) and spans[k][0] == offset


def _inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


_COLON_CUE_GAP = 3  # tokens between a cue and a colon that introduces its content


def _clauses(
    index: TextIndex,
    cues: Sequence[Cue],
    firsts: Sequence[int],
    lo: int,
    hi: int,
    s_start: int,
    s_end: int,
) -> list[tuple[int, int]]:
    """The sentence of tokens ``lo..hi`` cut at each colon that opens a clause whose subject
    speaks: ``Backers sounded equivocal: Ann Ruiz called it “…”``.

    A statement before the colon does not run over the next speaker's words. A colon right
    after a cue (``Ruiz said: Lee called it …``) introduces that cue's content and stays.
    """
    text = index.text
    if text.find(":", s_start, s_end) < 0:
        return [(lo, hi)]
    toks = index.toks
    out: list[tuple[int, int]] = []
    start = lo
    for c in range(lo + 1, hi - 1):
        if toks[c].text != ":" or not toks[c + 1].text[:1].isupper():
            continue
        k = bisect.bisect_left(firsts, c - _COLON_CUE_GAP)
        if k < len(cues) and cues[k].first < c:
            continue  # "Ruiz said: …", "Ruiz told reporters:"
        m = bisect.bisect_left(firsts, c + 1)
        if m >= len(cues) or cues[m].first >= hi or cues[m].category != "speech":
            continue
        subject = left_speaker(toks, cues[m].first, c + 1)
        if subject is None or subject[0] != c + 1:
            continue  # "two choices: Vote for Ruiz, whom he called …" goes on
        out.append((start, c))
        start = c + 1
    out.append((start, hi))
    return out


def _floating(index: TextIndex, loose: Sequence[Quotation], found: Sequence[Found]) -> list[Found]:
    """A paragraph that is only a quotation, after a paragraph that ends with its speaker.

    ``… the plan, Ruiz said.`` / ``“We will not back down.”``: the quotation carries the
    speaker of the statement that closes the previous paragraph (lower confidence, no cue);
    after a question put to someone (``Lee asked Ruiz whether …``) it is that one's answer.
    """
    text = index.text
    paragraphs = index.paragraphs
    closing: dict[int, Found] = {}  # paragraph -> the statement that ends it, with a speaker
    for item in found:
        if item.speaker is None or item.cue is None:
            continue
        end = max(item.content[1], item.cue.end, item.speaker[1])
        number = index.paragraph_index(end - 1)
        p_end = paragraphs[number][1]
        if _only_punctuation_in(text, end, p_end) or _closing_aside(text, end, p_end):
            closing[number] = item
    out: list[Found] = []
    for quote in loose:
        number = index.paragraph_index(quote.start)
        previous = closing.get(number - 1)
        if previous is None or quote.start != paragraphs[number][0]:
            continue
        last = index.paragraph_index(quote.end - 1)
        if not _only_punctuation_in(text, quote.end, paragraphs[last][1]):
            continue
        speaker = previous.speaker
        if previous.cue is not None and previous.cue.lemma == "ask" and previous.addressee:
            # "Lee asked Ruiz whether the port would close." / "“No.”": the one asked answers
            speaker = previous.addressee
        carried = _whole(
            quote, kind="direct", cue=None, speaker=speaker, confidence=CONFIDENCE_CARRIED
        )
        out.append(carried)
        closing[last] = attrs.evolve(carried, cue=previous.cue)
    return out


# Capitalized past participles of naming verbs that open a sentence with a quoted name:
# "Labeled “traitors” by the regime, many exiles …" (the participle's lemma).
_FRONTED_NAMING = {
    "Labeled": "label",
    "Labelled": "label",
    "Called": "call",
    "Dubbed": "dub",
    "Branded": "brand",
    "Described": "describe",
}
_NOT_AGENTS = frozenset({"then", "now", "early", "late", "mid", "next", "last", "far"})
_FRONTED_AGENT_MAX = 10  # tokens of the "by" agent before the comma that closes the phrase


def _untaken(loose: Sequence[Quotation], found: Sequence[Found]) -> list[Quotation]:
    """The quotations of ``loose`` whose first passage no item of ``found`` holds yet."""
    taken = {f for item in found for f in item.fragments}
    return [quote for quote in loose if quote.fragments[0] not in taken]


def _whole(
    quote: Quotation,
    *,
    kind: str,
    cue: Cue | None,
    speaker: tuple[int, int] | None,
    confidence: float,
) -> Found:
    """A quote whose content and fragments are all of ``quote``."""
    return Found(
        kind=kind,
        content=(quote.start, quote.end),
        fragments=tuple(quote.fragments),
        cue=cue,
        speaker=speaker,
        confidence=confidence,
    )


def _fronted_naming(
    index: TextIndex, loose: Sequence[Quotation], found: Sequence[Found]
) -> list[Found]:
    """``Labeled “traitors” by the regime, many exiles stayed away``: a fronted passive naming
    participle, its quoted name and its ``by`` agent, who is the speaker (a mixed quote).

    Only a participle that opens its sentence and an agent that a comma closes count: ``called
    “Lucky” by his friends`` inside a clause is a nickname, not a statement.
    """
    toks = index.toks
    out: list[Found] = []
    for quote in _untaken(loose, found):
        if not quote.closed:
            continue
        q = index.tok_at(quote.start)
        c = q - 1
        if c >= 1 and toks[c].lower == "as" and toks[c - 1].text == "Described":
            c -= 1  # "Described as “reckless” by …"
        elif c < 0 or toks[c].text == "Described":
            continue
        lemma = _FRONTED_NAMING.get(toks[c].text)
        if lemma is None or index.sentence_of(toks[c].start)[0] != toks[c].start:
            continue
        by = index.tok_at(quote.end)
        if by + 1 >= len(toks) or toks[by].lower != "by" or toks[by + 1].lower in _NOT_AGENTS:
            continue
        if toks[by + 1].text[0].isdigit():
            continue  # "by 2019": a time, not an agent
        comma = by + 1
        stop = min(len(toks), by + 1 + _FRONTED_AGENT_MAX)
        while comma < stop and toks[comma].text not in _CLAUSE_MARKS:
            comma += 1
        if comma == by + 1 or comma >= stop or toks[comma].text != ",":
            continue
        out.append(
            _whole(
                quote,
                kind="mixed",
                cue=word_cue(toks, c, lemma),
                speaker=(toks[by + 1].start, toks[comma - 1].end),
                confidence=CONFIDENCE_UNLISTED,
            )
        )
    return out


# "as if to say" before a quotation: what a gesture or a look says ("She shrugged, as if to
# say, “Who cares?”"); the verb after "to" -> its lemma.
_AS_IF_VERBS = {"say": "say", "ask": "ask", "tell": "tell"}


def _as_if_cue(index: TextIndex, quote: Quotation) -> Cue | None:
    """The cue ``as if to say`` right before ``quote`` (a comma or colon between), if any."""
    toks = index.toks
    say = index.tok_at(quote.start) - 1
    if say >= 0 and toks[say].text in {",", ":"}:
        say -= 1
    a = say - 3
    if a < 1 or toks[say].lower not in _AS_IF_VERBS:
        return None
    if [t.lower for t in toks[a:say]] != ["as", "if", "to"]:
        return None
    return word_cue(toks, a, _AS_IF_VERBS[toks[say].lower], strength="strong", last=say)


def _as_if_to_say(
    index: TextIndex, loose: Sequence[Quotation], found: Sequence[Found]
) -> list[Found]:
    """``She shrugged, as if to say, “Who cares?”``: the quotation is what the subject of the
    clause before conveys (a direct quote of lower confidence); an absolute phrase before it
    (``her voice rising, as if to say``) names the speaker itself."""
    toks = index.toks
    out: list[Found] = []
    for quote in _untaken(loose, found):
        cue = _as_if_cue(index, quote)
        if cue is None:
            continue
        a = cue.first
        lo = index.tok_at(index.sentence_of(toks[a].start)[0])
        end = a - 1 if toks[a - 1].text == "," else a
        if end <= lo:
            continue
        speaker = None
        if toks[end - 1].lower.endswith("ing"):
            # "her voice rising, as if to say": the noun phrase of the absolute phrase
            c = end - 1
            while c > lo and toks[c - 1].text != ",":
                c -= 1
            right = right_speaker(toks, c, end - 1) if c < end - 1 else None
            if right is not None and right == (c, end - 1):
                speaker = right
        if speaker is None:
            speaker = opening_subject(toks, lo, end)
        if speaker is None:
            continue
        out.append(
            _whole(
                quote,
                kind="direct",
                cue=cue,
                speaker=_chars(index, speaker),
                confidence=CONFIDENCE_UNLISTED,
            )
        )
    return out


# Nouns of an utterance after an inverted "came": "“No!” came the reply", "came shouts from
# the crowd".
_CAME_FORMS = frozenset({"came", "comes", "come"})
_CAME_NOUNS = frozenset(
    {
        "reply",
        "response",
        "answer",
        "retort",
        "shout",
        "shouts",
        "cry",
        "cries",
        "call",
        "calls",
        "voice",
        "voices",
        "yell",
        "yells",
        "question",
    }
)
_CAME_MODIFIERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "swift", "quick"})
_CAME_LEMMAS = {"reply": "reply", "response": "respond", "answer": "answer", "retort": "retort"}


def _came_reply(index: TextIndex, quote: Quotation) -> tuple[Cue, tuple[int, int] | None] | None:
    """``“Open the gates,” came shouts from the dock``: an inverted ``came`` and a noun of an
    utterance right after a quotation; the cue runs from ``came`` to the noun (and ``from``),
    the speaker is the phrase after ``from`` (none in ``“No,” came the reply``)."""
    text = index.text
    if not _closes_statement(text, quote, stops=",?!"):
        return None
    toks = index.toks
    j = index.tok_at(quote.end)
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j >= len(toks) or toks[j].lower not in _CAME_FORMS:
        return None
    k = j + 1
    while k < len(toks) and k - j <= 2 and toks[k].lower in _CAME_MODIFIERS:
        k += 1
    if k >= len(toks) or toks[k].lower not in _CAME_NOUNS:
        return None
    last = k
    speaker = None
    if k + 1 < len(toks) and toks[k + 1].lower == "from":
        last = k + 1
        s_end = index.tok_at(index.sentence_of(toks[k].start)[1])
        speaker = right_speaker(toks, k + 2, s_end)
    lemma = _CAME_LEMMAS.get(toks[k].lower, "say")
    return word_cue(toks, j, lemma, strength="strong", last=last), speaker


def _came_replies(
    index: TextIndex, loose: Sequence[Quotation], found: Sequence[Found]
) -> list[Found]:
    """The direct quotes of :func:`_came_reply` among the quotations nothing attributed."""
    out: list[Found] = []
    for quote in _untaken(loose, found):
        if quote.looks_like_title:
            continue
        reply = _came_reply(index, quote)
        if reply is None:
            continue
        cue, speaker = reply
        out.append(
            _whole(
                quote,
                kind="direct",
                cue=cue,
                speaker=_chars(index, speaker),
                confidence=CONFIDENCE_UNLISTED,
            )
        )
    return out


# Nouns of a remark after the quoted words they name: "Ruiz’s “open door” comment".
_REMARK_NOUNS = {
    "comment": "comment",
    "comments": "comment",
    "remark": "remark",
    "remarks": "remark",
    "quip": "quip",
    "quote": "quote",
}
_POSSESSOR_MAX = 4  # words of the possessor before "’s": "Ana Ruiz’s", "the senator’s"


def _quoted_remarks(
    index: TextIndex, loose: Sequence[Quotation], found: Sequence[Found]
) -> list[Found]:
    """``Ana Ruiz’s “open door” comment``: quoted words that modify a noun of a remark
    are that remark (a direct quote; the cue is the noun); a possessive before them is the
    speaker (``the “1960s” comment`` has none)."""
    toks = index.toks
    out: list[Found] = []
    for quote in _untaken(loose, found):
        if not quote.closed:
            continue
        noun = index.tok_at(quote.end)
        if noun >= len(toks) or toks[noun].text not in _REMARK_NOUNS:
            continue
        q = index.tok_at(quote.start)
        speaker = None
        if q >= 1 and toks[q - 1].lower.endswith(("'s", "’s")) and len(toks[q - 1].text) > 3:
            first = q - 1
            floor = max(0, first - _POSSESSOR_MAX)
            while (
                first > floor
                and toks[first - 1].text.isalpha()
                and (toks[first - 1].text[0].isupper() or toks[first - 1].lower == "the")
            ):
                first -= 1
            speaker = (toks[first].start, toks[q - 1].end)
        out.append(
            _whole(
                quote,
                kind="direct",
                cue=word_cue(toks, noun, _REMARK_NOUNS[toks[noun].text]),
                speaker=speaker,
                confidence=CONFIDENCE_UNLISTED,
            )
        )
    return out


def _opening_participle_quotes(
    index: TextIndex, loose: Sequence[Quotation], cues: Sequence[Cue], found: Sequence[Found]
) -> list[Found]:
    """``Ruiz said the report was “not good.” Adding, “…”``: a sentence that is only a
    participle of saying (``Adding``, ``Noting``), a comma or colon and a quotation goes on
    with the speaker of the statement before it in the paragraph (a direct quote)."""
    toks = index.toks
    by_first = {c.first: c for c in cues if c.form.endswith("ing") and c.first == c.last}
    ends = sorted(
        (max(item.content[1], item.speaker[1]), item.speaker)
        for item in found
        if item.speaker is not None and item.cue is not None
    )
    keys = [end for end, _ in ends]
    out: list[Found] = []
    for quote in _untaken(loose, found):
        if quote.looks_like_title:
            continue
        c = index.tok_at(quote.start) - 2
        if c < 0 or toks[c + 1].text not in {",", ":"} or not toks[c].text[:1].isupper():
            continue
        cue = by_first.get(c)
        if cue is None or index.sentence_of(toks[c].start)[0] != toks[c].start:
            continue
        k = bisect.bisect_right(keys, toks[c].start) - 1
        if k < 0 or index.paragraph_index(keys[k] - 1) != index.paragraph_index(toks[c].start):
            continue
        out.append(
            _whole(quote, kind="direct", cue=cue, speaker=ends[k][1], confidence=CONFIDENCE_CARRIED)
        )
    return out


# An adverbial clause after a final cue: "…, Susan said as she spread her cape."
_CLOSING_ASIDE = re.compile(
    r"""
    [ \t]+(?:as|while|before|after|when)\b    # a subordinator right after the cue
    [^“”"«»\n]*                              # then words without quotation marks
    \Z                                       # to the end of the paragraph
    """,
    re.VERBOSE,
)


def _closing_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only a short adverbial clause (no quotation marks)."""
    return end - start <= _CLOSING_ASIDE_MAX and (_CLOSING_ASIDE.match(text[start:end]) is not None)


_CLOSING_ASIDE_MAX = 120  # characters


# Nouns of saying whose "that" clause is what was said: "his claim that she “lied”".
_CLAIM_NOUNS = {
    "claim": "claim",
    "claims": "claim",
    "assertion": "assert",
    "insistence": "insist",
    "warning": "warn",
    "promise": "promise",
    "pledge": "pledge",
    "suggestion": "suggest",
    "accusation": "accuse",
    "charge": "charge",
    "boast": "boast",
    "vow": "vow",
    "contention": "contend",
    "argument": "argue",
    "declaration": "declare",
    "allegation": "allege",
    "allegations": "allege",
    "statement": "statement",
    "remark": "remark",
    "remarks": "remark",
    "prediction": "predict",
    "complaint": "complain",
    "admission": "admit",
}
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_CLAIM_REACH = 20  # tokens between "that" and the quotation
_CLAIM_TAIL = 8  # tokens after the quotation up to the end of the clause
_CLAIM_ADVERBIAL_MAX = 4  # tokens of a time adverbial between the noun and "that"
_CLAUSE_MARKS = frozenset(",.!?;")
_CLOSERS = " ”\"'’»"
_CLAIM_ENDS = frozenset({",", ";", "—", "–", "--", "(", ")", "and", "but"})


def _noun_claims(
    index: TextIndex, loose: Sequence[Quotation], found: Sequence[Found]
) -> list[Found]:
    """``Trump’s claim that Obama “founded ISIS”``: a possessor's noun of saying with a
    ``that`` clause holding an unattributed quotation is a mixed quote of the possessor."""
    toks = index.toks
    taken = sorted(f for item in found for f in item.fragments)
    out: list[Found] = []
    for quote in loose:
        if _opens_fragment(taken, quote.start):
            continue
        qa = index.tok_at(quote.start)
        s_lo = index.tok_at(index.sentence_of(quote.start)[0])
        that = qa - 1
        while that > s_lo and qa - that <= _CLAIM_REACH and toks[that].lower != "that":
            if toks[that].text in _CLAIM_ENDS or toks[that].text in _QUOTE_MARKS:
                break
            that -= 1
        if that - 2 < s_lo or toks[that].lower != "that":
            continue
        at = that - 1
        # "his statement on Wednesday that …": a time adverbial between the noun and "that"
        for back in range(that - 2, max(s_lo, that - 1 - _CLAIM_ADVERBIAL_MAX) - 1, -1):
            if toks[back].lower in _CLAIM_NOUNS and skip_adverbials(toks, back + 1, that) == that:
                at = back
                break
        if at - 1 < s_lo:
            continue
        noun = toks[at]
        lemma = _CLAIM_NOUNS.get(noun.lower)
        owner = toks[at - 1]
        if lemma is None:
            continue
        if owner.lower in _POSSESSIVE_PRONOUNS:
            speaker = (owner.start, owner.end)
        elif owner.text.endswith(("'s", "’s")) and len(owner.text) > 3:
            first = at - 1
            if owner.text[0].isupper():
                while first - 1 >= s_lo and toks[first - 1].text[:1].isupper():
                    first -= 1
            elif first - 1 >= s_lo and toks[first - 1].lower == "the":
                first -= 1  # "the mayor’s claim"
            else:
                continue
            speaker = (toks[first].start, owner.end - 2)
        else:
            continue
        cue = word_cue(toks, at, lemma)
        out.append(
            Found(
                kind="mixed",
                content=(toks[that].start, _clause_tail(index, quote)),
                fragments=tuple(quote.fragments),
                cue=cue,
                speaker=speaker,
                confidence=0.6,
            )
        )
    return out


def _clause_tail(
    index: TextIndex, quote: Quotation, *, reach: int = _CLAIM_TAIL, open_ended: bool = False
) -> int:
    """Where the clause holding ``quote`` ends: the quotation's own end when it closes a
    clause (``“lied,”``), else a clause end within ``reach`` words past it (``“never sent”
    email on her server,``), else the quotation's end again, or with ``open_ended`` the last
    word looked at (the sentence's last word when it comes within ``reach``)."""
    toks = index.toks
    if index.text[quote.start : quote.end].rstrip(_CLOSERS)[-1:] in _CLAUSE_MARKS:
        return quote.end
    after = index.tok_at(quote.end)
    s_hi = index.tok_at(index.sentence_of(quote.end - 1)[1])
    if open_ended:
        s_hi = before_stops(toks, after, s_hi)
    end = after
    stop = min(s_hi, after + reach)
    while end < stop and toks[end].lower not in _CLAIM_ENDS:
        end += 1
    if open_ended:
        return max(quote.end, toks[end - 1].end) if end > after else quote.end
    if end < s_hi and toks[end].lower in _CLAIM_ENDS and end > index.tok_at(quote.start):
        return max(quote.end, toks[end - 1].end)
    return quote.end


# Words opening an adverbial clause after a cue: its quoted words are not the cue's content
# (not "if" or "whether": "asked if …" opens the content).
_ADVERBIAL_LEADS = frozenset(
    {"after", "before", "when", "until", "while", "because", "since", "unless", "as"}
    | {"though", "although", "once", "whereas"}
)


_CLAUSE_OPENERS = frozenset({"the", "a", "an", "he", "she", "they", "it", "we", "i"})


def _clause_after_comma(toks: Sequence[Tok], tail: int, qa: int) -> bool:
    """Whether the cue's tail ends at a comma that opens another clause before the quotation
    (a participle, ``, attacking Ruiz for “…”``, or a subject, ``, the union called it “…”``)
    rather than its content (``, that “…”``, ``, was “…”``)."""
    if tail + 1 >= qa or toks[tail].text != ",":
        return False
    nxt = toks[tail + 1].lower
    if any(toks[k].lower == "that" for k in range(tail + 1, qa)):
        return False
    return nxt in _CLAUSE_OPENERS or (nxt.endswith("ing") and toks[tail + 1].text.islower())


def _naming_participle(toks: Sequence[Tok], cue: Cue, speaker: tuple[int, int], qa: int) -> bool:
    """``a pricing rule called the “rolling index”``: ``called`` after a common noun and
    right before the quoted name is a participle naming the thing, not the noun speaking."""
    if toks[cue.first].lower != "called" or cue.first != cue.last:
        return False
    if not (qa == cue.last + 1 or (qa == cue.last + 2 and toks[cue.last + 1].lower in _ARTICLES)):
        return False
    last = toks[speaker[1] - 1].text
    return last.islower() and last not in PRONOUNS


def _adverbial_between(toks: Sequence[Tok], tail: int, qa: int) -> bool:
    """Whether an adverbial clause opens between a cue's tail and the quotation, before any
    ``that``: ``said as fans chanted “no,”``, ``spoke briefly before crews began “…”`` (an
    ``as`` later on is the cue's own: ``described it as “news to me”``)."""
    for k in range(tail, qa):
        low = toks[k].lower
        if low == "that":
            return False
        if low in _ADVERBIAL_LEADS and (k == tail or low != "as"):
            return True
    return False


_CUED_REACH = 25  # tokens from a cue to the quotation that holds its words
_CUED_BREAKS = frozenset({";", ":", "(", ")", "!", "?"})


_ARTICLES = frozenset({"a", "an", "the"})
_OBJECT_RELATIVES = frozenset({"whom", "which", "who", "what"})
_RELATIVE_OBJECT_GAP = 3  # tokens between the cue and the quoted words: "as a", "her"
_RELATIVE_SUBJECT_MAX = 4  # tokens of the subject after the relative pronoun


def _relative_object(toks: Sequence[Tok], cue: Cue, qa: int) -> bool:
    """``…, whom he described as “peaceful,”``, ``…, which she called a “rant”``: a relative
    clause whose object is named by the quoted words right after its cue (even inside another
    statement's clause: the relative clause is a statement of its own subject)."""
    if qa - cue.last - 1 > _RELATIVE_OBJECT_GAP:
        return False
    if any(not toks[i].text.isalpha() for i in range(cue.last + 1, qa)):
        return False
    k = cue.first - 1
    while k >= 0 and cue.first - k <= _RELATIVE_SUBJECT_MAX:
        low = toks[k].lower
        if low in _OBJECT_RELATIVES:
            # after a comma: "the marchers, whom", not "in which", "what he calls"
            return k < cue.first - 1 and k > 0 and toks[k - 1].text == "," and low != "what"
        if not toks[k].text.isalpha() and toks[k].text not in {".", "’s", "'s"}:
            return False
        k -= 1
    return False


_BE_FORMS_PASSIVE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
# Lower-case words before a bare cue form that make it a verb: "they state", "can’t point".
_VERB_LEADS = frozenset({"to", "not", "never", "only", "just", "often", "also", "then", "who"})
# Words of a title that may stay lower case: "Law and Order", "Game of Thrones".
_TITLE_MINOR = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "at", "by", "with", "from"}
    | {"de", "del", "la", "le", "du", "di", "da", "von", "van"}  # "Los Hijos de Trump"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_MAX_WORDS = 6


def _title_case(text: str, quote: Quotation) -> bool:
    """Whether the quoted words are a short title-case name (``“So, That Happened.”``,
    ``“Carlos Danger,”``): the name of a show, a book or an alias rather than words said."""
    words = _WORD.findall(text, quote.inner_start, quote.inner_end)
    if not words or len(words) > _TITLE_MAX_WORDS:
        return False
    return (
        words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in _TITLE_MINOR for w in words)
        and any(w.lower() not in _TITLE_MINOR for w in words)
    )


def _verbal_cue(toks: Sequence[Tok], cue: Cue, lo: int) -> bool:
    """Whether the cue is a verb of its speaker, not a noun (``its decrepit state``,
    ``positive comments``) or a passive (``was said to be``, ``has been called``).

    A bare or ``-s`` form of a weak cue (a noun as often as a verb) right after a lower-case
    word that is no pronoun, auxiliary or adverb is a noun; strong forms (``says``) are verbs.
    """
    before = toks[cue.first - 1].lower if cue.first > lo else ""
    form = toks[cue.first].lower
    if before in _BE_FORMS_PASSIVE and not form.endswith("ing"):
        return False
    if cue.strength == "strong" or form.endswith(("ed", "ing")) or cue.first == lo:
        return True
    word = toks[cue.first - 1].text
    return not (
        word.replace("-", "").isalpha()
        and word.islower()
        and before not in PRONOUNS
        and before not in AUXILIARIES
        and before not in _VERB_LEADS
        and not before.endswith("ly")
    )


def _inverted_after(
    index: TextIndex,
    quote: Quotation,
    free: Sequence[Cue],
    firsts: Sequence[int],
    lo: int,
    s_end: int,
) -> Found | None:
    """``The lead is “roughly the same,” reported Reuters.``: a clause ending with quoted
    words, then an inverted cue and its speaker closing the sentence (``reported X``,
    ``tweeted X``): the clause from the sentence start to the quotation is a mixed quote."""
    toks = index.toks
    after = index.tok_at(quote.end)
    if after - 2 < lo or toks[after - 2].text != ",":
        return None  # the comma inside the closing mark: “…,” reported
    k = bisect.bisect_left(firsts, after)
    if k >= len(free) or free[k].first != after or free[k].form.endswith("ing"):
        return None
    cue = free[k]
    hi = before_stops(toks, cue.last + 1, index.tok_at(s_end))
    start = cue_tail(toks, cue.last + 1, hi)
    right = _inverted_speaker(toks, start, hi)
    if right is None or right[0] != start or cue_tail(toks, right[1], hi) < hi:
        return None
    first = lo
    while first < after and toks[first].text in _QUOTE_MARKS:
        first += 1
    return Found(
        kind="mixed",
        content=(toks[first].start, quote.end),
        fragments=tuple(quote.fragments),
        cue=cue,
        speaker=_chars(index, right),
        confidence=CONFIDENCE_NET,
    )


_FRONTED_LEADS = frozenset({"in", "by", "after", "while", "when", "before"})
_FRONTED_REACH = 12  # tokens from the quotation to the comma that closes the fronted clause


def _fronted_participle(
    toks: Sequence[Tok], cue: Cue, lo: int, quote: Quotation, after: int, hi: int
) -> tuple[tuple[int, int], int] | None:
    """``Citing her “reveries about …,” Will urged …``, ``In declaring the plan “not
    Christian,” the pope …``: a participle opening the sentence speaks for the subject of the
    main clause after the comma; the speaker's tokens and the character end of the clause."""
    if not toks[cue.first].lower.endswith("ing") or cue.first != cue.last:
        return None
    if cue.first != lo and not (cue.first == lo + 1 and toks[lo].lower in _FRONTED_LEADS):
        return None
    if after >= hi:
        return None
    inner = after - 1
    while inner - 1 > cue.last and toks[inner - 1].text in _QUOTE_MARKS:
        inner -= 1  # a closing mark typed as two tokens: ``…,'' Will urged
    if inner - 1 > cue.last and toks[inner - 1].text == ",":
        comma = after - 1  # the comma inside the closing mark: “…,” Will urged
        end = toks[after - 1].end
    else:
        reach = min(hi, after + _FRONTED_REACH)
        comma = next((k for k in range(after, reach) if toks[k].text == ","), hi)
        if comma >= hi:
            return None
        end = toks[comma - 1].end
    subject = opening_subject(toks, comma + 1, hi)
    if subject is None or subject[1] >= hi or not toks[subject[1]].text.islower():
        return None  # the main clause goes on with its verb: "Will urged", "the pope spoke"
    return subject, end


_PAST_IRREGULAR = frozenset({"said", "told", "wrote", "spoke", "thought"})
_NOT_OBJECT_AFTER = frozenset({"by", "for", "on", "upon", "in", "the", "a", "an"})


def _finite_past(word: str) -> bool:
    return word.endswith("ed") or word in _PAST_IRREGULAR


def _part(
    item: Found,
    content: tuple[int, int],
    quoted: tuple[tuple[int, int], ...],
    **changes: Any,  # other fields of the part: its own cue and addressee
) -> Found:
    """One of the statements ``item`` is split into: a mixed quote of the ``quoted`` fragments
    that fall in ``content``, else an indirect one (its content is its one fragment)."""
    return attrs.evolve(
        item,
        kind="mixed" if quoted else "indirect",
        content=content,
        fragments=quoted or (content,),
        **changes,
    )


def _comma_verb(index: TextIndex, item: Found, spare: Mapping[int, Cue]) -> list[Found]:
    """``Lee suggested the vote was rigged, called the judge “biased” and left``: a second
    past-tense speech verb of the same subject after a comma ends the first statement and
    starts its own. A participle naming something (``the plan, called “Fair Deal,”``,
    ``a group, called by some …``) has no object pronoun or name after it and stays."""
    cue = item.cue
    if item.kind not in {"mixed", "indirect"} or cue is None or cue.category != "speech":
        return [item]
    toks = index.toks
    if cue.end > item.content[0] or not _finite_past(toks[cue.last].lower):
        return [item]
    lo = index.tok_at(item.content[0])
    hi = index.tok_at(item.content[1])
    for j in range(lo + 2, hi - 1):
        second = spare.get(j)
        if (
            second is None
            or toks[j - 1].text != ","
            or second.first != second.last
            or not _finite_past(toks[j].lower)
        ):
            continue
        obj = toks[j + 1]
        if obj.lower in _NOT_OBJECT_AFTER or not (
            obj.text[:1].isupper() or obj.lower in _OBJECT_PRONOUNS
        ):
            continue
        first_end = toks[j - 2].end
        kept = tuple(f for f in item.fragments if f[1] <= first_end)
        head = _part(item, (item.content[0], first_end), kept if item.kind == "mixed" else ())
        start = obj.start
        rest = tuple(f for f in item.fragments if f[0] >= start)
        tail = _part(item, (start, item.content[1]), rest, cue=second, addressee=None)
        return [head, tail]
    return [item]


# Pronoun objects that a speech verb can take before a participle of saying: "confirmed this
# saying", "denied it saying" (a noun object may be what the participle describes: "a report
# saying").
_PRONOUN_OBJECTS = frozenset({"this", "it"})


def _pronoun_then_participle(
    index: TextIndex, item: Found, spare: Mapping[int, Cue]
) -> list[Found]:
    """``The spokesman confirmed this saying it was symbolic``: a speech verb whose content
    opens with a pronoun object right before a participle of saying has two statements, the
    pronoun and the participle's clause, both of the same speaker."""
    cue = item.cue
    if item.kind not in {"mixed", "indirect"} or cue is None or cue.category != "speech":
        return [item]
    toks = index.toks
    first = index.tok_at(item.content[0])
    if cue.end > item.content[0] or first + 2 >= len(toks):
        return [item]
    if toks[first].lower not in _PRONOUN_OBJECTS:
        first -= 1  # the content may already start at the participle: "this saying …"
        if first <= cue.last or toks[first].lower not in _PRONOUN_OBJECTS:
            return [item]
    second = spare.get(first + 1)
    if second is None or not second.form.split(" ", 1)[0].endswith("ing"):
        return [item]
    tail, addressee = _cue_end(toks, second, index.tok_at(item.content[1]))
    if tail >= len(toks) or toks[tail].start >= item.content[1]:
        return [item]
    rest = tuple(f for f in item.fragments if f[0] >= toks[tail].start)
    head = _part(item, (toks[first].start, toks[first].end), ())
    part = _part(
        item,
        (toks[tail].start, item.content[1]),
        rest if item.kind == "mixed" else (),
        cue=second,
        addressee=_chars(index, addressee),
    )
    return [head, part]


_THOUGHT_LINKS = frozenset({",", "-", "—", "–", "--", "and"})
_LINK_ADVERBS = frozenset({"only", "also", "then", "later", "instead"})
_CLAUSE_OBJECTS = frozenset({"that", "to"})


def _speech_after_thought(index: TextIndex, item: Found, spare: Mapping[int, Cue]) -> list[Found]:
    """``he seemed to know her habits, warning that she is “in control”``: a thought,
    perception or intention whose clause runs on into a speech verb of the same subject
    (after a comma, a dash or ``and``) with quoted words ends there; the speech verb's clause
    is its own statement. Only a clause holding a quotation is split off (a mixed quote)."""
    cue = item.cue
    if cue is None or cue.category == "speech" or cue.end > item.content[0]:
        return [item]
    toks = index.toks
    lo = index.tok_at(item.content[0])
    hi = index.tok_at(item.content[1])
    for j in range(lo + 2, hi - 1):
        second = spare.get(j)
        if second is None or second.first != second.last:
            continue
        link = j - 1
        if toks[link].lower in _LINK_ADVERBS:
            link -= 1
        if link <= lo or toks[link].lower not in _THOUGHT_LINKS:
            continue
        word = toks[j].lower
        if not (word.endswith("ing") or _finite_past(word)):
            continue
        obj = toks[j + 1]
        if obj.lower not in _CLAUSE_OBJECTS and not (
            obj.text[:1].isupper() or obj.lower in _OBJECT_PRONOUNS
        ):
            continue
        start = obj.start
        rest = tuple(f for f in item.fragments if f[0] >= start)
        if item.kind != "mixed" or not rest:
            continue
        first_end = toks[link - 1].end
        kept = tuple(f for f in item.fragments if f[1] <= first_end)
        head = _part(item, (item.content[0], first_end), kept)
        tail = _part(item, (start, item.content[1]), rest, cue=second, addressee=None)
        return [head, tail]
    return [item]


_NAMING_LEMMAS = frozenset({"call", "dub", "label", "brand", "describe"})
_NAMING_GAP = 6  # tokens from a naming cue to its quoted complement: "the senator a"
_NOT_NAMING_NEXT = frozenset({"for", "on", "upon", "out", "in", "off", "up", "back"})
_COMPLEMENT_LINK = re.compile(
    r"""
    [\s,]*                     # a space or a comma between two quoted names
    (?:(?:and|or)\s+)?          # a coordinator: "a “fascist” and a “Stalinist”"
    (?:(?:an?|the)\s+)?\Z       # an article before the next quotation
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NEXT_VERB = re.compile(
    r"""
    \s*,?\s*                               # the quotation's own comma: "“weak,” and"
    (?:and|but)\s+                          # the coordinator of a second verb
    (?:(?:then|also|later|even)\s+)?        # an adverb before it: "and then said"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _naming_complement(index: TextIndex, item: Found, spare: Mapping[int, Cue]) -> list[Found]:
    """``he called her “timid” and said she had “no plan”``: two statements, a name and
    a claim. A naming verb's statement is its object and the quoted name (with the quotations
    coordinated with it: ``a “fascist” and a “Stalinist”``); a second speech verb of the same
    subject after ``and`` starts the other statement, with its own cue and content.
    ``spare`` maps a token index to the unused speech cue starting there."""
    cue = item.cue
    if item.kind != "mixed" or cue is None or cue.category != "speech":
        return [item]
    toks = index.toks
    text = index.text
    fragments = item.fragments
    if cue.lemma in _NAMING_LEMMAS:
        nxt = cue.last + 1
        if nxt < len(toks) and toks[nxt].lower in _NOT_NAMING_NEXT:
            return [item]  # "called for a “ban”", "called on leaders": a request, not a name
        if index.tok_at(fragments[0][0]) - cue.last > _NAMING_GAP or fragments[0][0] < cue.end:
            return [item]
        k = 0
        while k + 1 < len(fragments) and _COMPLEMENT_LINK.match(
            text, fragments[k][1], fragments[k + 1][0]
        ):
            k += 1
        ks = [k]
    else:
        ks = list(range(len(fragments)))
    second = None
    for k in ks:
        end = fragments[k][1]
        link = _NEXT_VERB.match(text, end, item.content[1])
        if link is not None:
            second = spare.get(index.tok_at(link.end()))
            if second is not None:
                break
    if second is None:
        return [item]
    tail, addressee = _cue_end(toks, second, index.tok_at(item.content[1]))
    if tail >= len(toks) or toks[tail].start >= item.content[1]:
        return [item]
    rest = tuple(f for f in fragments[k + 1 :] if f[0] >= toks[tail].start)
    first_part = _part(item, (item.content[0], end), fragments[: k + 1])
    second_part = _part(
        item,
        (toks[tail].start, item.content[1]),
        rest,
        cue=second,
        addressee=_chars(index, addressee),
    )
    return [first_part, second_part]


_CLAUSE_TAIL_MAX = 40  # tokens looked at after a quotation for the end of its clause


def _sentence_clause_end(index: TextIndex, quote: Quotation) -> int:
    """The end of the clause holding ``quote``: the quotation's end when it closes a clause
    (``“lied,”``), else the next clause end after it or the sentence's last word (within a
    bound: no pass over a page-long "sentence")."""
    return _clause_tail(index, quote, reach=_CLAUSE_TAIL_MAX, open_ended=True)


def _cued_quotations(
    index: TextIndex,
    loose: Sequence[Quotation],
    cues: Sequence[Cue],
    found: Sequence[Found],
    blocked: Sequence[tuple[int, int]],
) -> list[Found]:
    """``Ruiz stated the plan was “dead on arrival.”``: a quotation that no pass attributed,
    after a speech cue of its clause that no pass used, is a mixed quote of the cue's subject.

    The last net for quoted words: the reported-speech rules decline a cue whose clause they
    cannot read (a strict form without ``that``, an adjunct with commas before ``that``), yet
    quoted words right after a speaker's cue are that speaker's. Quotations of one sentence
    after the same cue are one quote. The content runs from the cue's object to the clause end
    after the last quotation.
    """
    toks = index.toks
    # A thought or perception holding the quotation ("Ruiz, who is thinking about a run,
    # said …") does not make the words someone's statement: only speech contents count.
    covered = sorted(
        item.content for item in found if item.cue is None or item.cue.category == "speech"
    )
    reach: list[tuple[int, int]] = []  # the union of the speech contents, disjoint and sorted
    for start, end in covered:
        if reach and start <= reach[-1][1]:
            reach[-1] = (reach[-1][0], max(reach[-1][1], end))
        else:
            reach.append((start, end))
    taken = {item.cue.first for item in found if item.cue is not None}
    free = [
        c
        for c in cues
        if c.first not in taken and c.category == "speech" and not _inside(blocked, c.start)
    ]
    firsts = [c.first for c in free]
    out: list[Found] = []
    for quote in loose:
        if _title_case(index.text, quote):
            continue
        covered_quote = _inside(reach, quote.start) or _opens_fragment(reach, quote.start)
        qa = index.tok_at(quote.start)
        s_start, s_end = index.sentence_of(quote.start)
        lo = index.tok_at(s_start)
        if not covered_quote:
            inverted = _inverted_after(index, quote, free, firsts, lo, s_end)
            if inverted is not None:
                out.append(inverted)
                continue
        k = bisect.bisect_left(firsts, qa) - 1
        if k < 0 or free[k].first < lo or qa - free[k].last > _CUED_REACH:
            continue
        cue = free[k]
        if any(toks[i].text in _CUED_BREAKS for i in range(cue.last + 1, qa)):
            continue
        if cue.lemma == "ask" and any(toks[i].lower == "about" for i in range(cue.last + 1, qa)):
            continue  # "asked them about the “new plan”": a topic, maybe someone else's words
        if covered_quote and not _relative_object(toks, cue, qa):
            continue
        if out and out[-1].cue is cue:
            last = out[-1]
            out[-1] = attrs.evolve(
                last,
                content=(last.content[0], max(last.content[1], _sentence_clause_end(index, quote))),
                fragments=(*last.fragments, *quote.fragments),
            )
            continue
        if not _verbal_cue(toks, cue, lo):
            continue
        hi = before_stops(toks, cue.last + 1, index.tok_at(s_end))
        speaker = left_speaker(toks, cue.first, lo) or subject_of(toks, cue.first, lo)
        clause_end = None
        if speaker is None:
            fronted = _fronted_participle(toks, cue, lo, quote, index.tok_at(quote.end), hi)
            if fronted is None:
                continue
            speaker, clause_end = fronted
        if (
            speaker[1] - speaker[0] == 1
            and toks[speaker[0]].text.islower()
            and toks[speaker[0]].lower not in PRONOUNS
        ):
            continue  # "Lee is seen speaking": no subject of the cue
        relative = speaker[0] > lo and toks[speaker[0] - 1].lower in _OBJECT_RELATIVES
        if relative and not _relative_object(toks, cue, qa):
            continue  # "the slaves whom Ruiz referred to, were “…”": the object is elsewhere
        tail, addressee = _cue_end(toks, cue, hi)
        if not relative and _adverbial_between(toks, tail, qa):
            continue  # "Ruiz said as fans chanted “no.”": the quotation is in another clause
        if _clause_after_comma(toks, tail, qa):
            continue  # "Lee fired back, attacking Ruiz for “…”": the cue's clause has ended
        if _naming_participle(toks, cue, speaker, qa) or clause_before_naming(toks, cue, speaker):
            continue
        that = next((i for i in range(cue.last + 1, qa) if toks[i].lower == "that"), None)
        if that is not None:
            tail = that  # "told delegates at a hall in Concord, N.H., that “…”"
        elif addressee is not None:
            tail = addressee[0]  # "asked the campaign to “cease and desist”": the request
        start = toks[tail].start if tail < qa else quote.start
        if relative:
            start = toks[speaker[0] - 1].start  # "whom he described as “peaceful”"
        end = _sentence_clause_end(index, quote) if clause_end is None else clause_end
        out.append(
            Found(
                kind="mixed",
                content=(start, end),
                fragments=tuple(quote.fragments),
                cue=cue,
                speaker=_chars(index, speaker),
                addressee=_chars(index, addressee),
                confidence=CONFIDENCE_NET,
            )
        )
    return out


def _continued(
    index: TextIndex,
    item: Found,
    loose: list[Quotation],
    loose_starts: list[int],
    cues: Sequence[Cue],
    firsts: Sequence[int],
) -> Found:
    """``CLAUSE, X said. “MORE.”`` / ``X said CLAUSE. “MORE.”``: a quotation opening the next
    sentence of the paragraph continues the clause.

    Only when the clause ends its sentence, and only with no other cue in between; the
    quotation is taken from ``loose`` (and its start from ``loose_starts``) so that no other
    statement claims it.
    """
    cue = item.cue
    if cue is None or not loose:
        return item
    text = index.text
    end = item.content[1]
    if cue.start < end and not _only_punctuation_in(text, end, index.sentence_of(end - 1)[1]):
        # "X said A. “B.”" continues only when A runs to the end of its sentence
        return item
    k = bisect.bisect_right(loose_starts, max(cue.end, end))
    if k >= len(loose):
        return item
    quote = loose[k]
    paragraph = index.paragraph_index(cue.start)
    if index.paragraph_index(quote.start) != paragraph:
        return item
    s_start = index.sentence_of(quote.start)[0]
    if s_start < max(cue.end, end):
        return item
    if not _only_punctuation_in(text, s_start, quote.start):
        return _next_sentence(index, item, loose, loose_starts, k, cues, firsts)
    if _has_cue(
        cues, firsts, index.tok_at(max(cue.end, end)), index.tok_at(quote.start), index.toks
    ):
        return item
    del loose[k]
    del loose_starts[k]
    fragments = (*item.fragments, *quote.fragments)
    return attrs.evolve(
        item, kind="mixed", content=(item.content[0], quote.end), fragments=fragments
    )


_NEXT_MAX = 8  # quotations looked at in the next sentence (a bound: no quadratic pass)
_AFTER_DIRECT_MIN_WORDS = 5  # quoted words that make a statement, not a scare quote or name


def _after_direct(
    index: TextIndex,
    directs: Sequence[_Direct],
    loose: Sequence[Quotation],
    found: Sequence[Found],
    cues: Sequence[Cue],
) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
    """``“A,” X said. The rebels are “stalling and lying to everyone.”``: the sentence right
    after a direct quote, in its paragraph, that holds quoted words and no cue of its own
    goes on with the same speaker: its quotations are more fragments of that quote (PolNeAR
    marks one attribution over both). Returns ``(number of the direct quote, fragments)``.

    Only when the attribution ends its sentence, only when the quoted words end the next one,
    and only for a statement: five or more quoted words in all (``The “reform” passed.`` is
    a scare quote, nobody's statement).
    """
    text = index.text
    taken = {f[0] for item in found for f in item.fragments}
    starts = [q.start for q in loose]
    firsts = [c.first for c in cues]
    out: list[tuple[int, tuple[tuple[int, int], ...]]] = []
    for number, direct in enumerate(directs):
        if direct.speaker is None or direct.cue is None:
            continue
        end = direct.clause_end
        s_end = index.sentence_of(end - 1)[1]
        if not _only_punctuation_in(text, end, s_end):
            continue
        following = _skip_spaces(text, s_end, len(text))
        if following >= len(text) or index.paragraph_index(following) != direct.paragraph:
            continue
        n_start, n_end = index.sentence_of(following)
        k = bisect.bisect_left(starts, n_start)
        inside: list[Quotation] = []
        for candidate in loose[k : k + _NEXT_MAX]:
            if candidate.end > n_end:
                break
            inside.append(candidate)
        if (
            not inside
            or _only_punctuation_in(text, n_start, inside[0].start)
            or not _only_punctuation_in(text, inside[-1].end, n_end)
            or any(q.start in taken or q.looks_like_title for q in inside)
            or sum(len(_WORD.findall(text, q.inner_start, q.inner_end)) for q in inside)
            < _AFTER_DIRECT_MIN_WORDS
        ):
            continue
        lo = index.tok_at(n_start)
        cued = False
        for quote in (*inside, None):
            hi = index.tok_at(n_end if quote is None else quote.start)
            if _has_cue(cues, firsts, lo, hi, index.toks):
                cued = True
                break
            if quote is not None:
                lo = index.tok_at(quote.end)
        if cued:
            continue
        taken.update(q.start for q in inside)
        out.append((number, tuple(f for q in inside for f in q.fragments)))
    return out


def _next_sentence(
    index: TextIndex,
    item: Found,
    loose: list[Quotation],
    loose_starts: list[int],
    k: int,
    cues: Sequence[Cue],
    firsts: Sequence[int],
) -> Found:
    """``A “B,” X said. He has pushed “C.”``: the next sentence of the paragraph, with quoted
    words and no cue of its own, goes on with a mixed statement whose cue ended it.

    Only after a mixed statement (the speaker's own words are being quoted), only for the
    sentence right after the one that holds the cue, and only when a quotation ends that
    sentence; the loose quotations in it become fragments.
    """
    cue = item.cue
    if cue is None or item.kind != "mixed" or not item.fragments:
        return item
    text = index.text
    cue_sentence_end = index.sentence_of(cue.start)[1]
    if cue.start < item.content[0] or not _only_punctuation_in(
        text, max(cue.end, item.content[1]), cue_sentence_end
    ):
        # the cue must end the statement's sentence: "A “B,” X said." (not "X said A “B.”")
        speaker_end = item.speaker[1] if item.speaker is not None else cue.end
        if not _only_punctuation_in(text, max(cue.end, speaker_end), cue_sentence_end):
            return item
    s_start, s_end = index.sentence_of(loose[k].start)
    gap_start = cue_sentence_end
    while gap_start < s_start and text[gap_start].isspace():
        gap_start += 1
    if gap_start != s_start or index.paragraph_index(s_start) != index.paragraph_index(cue.start):
        return item
    inside = list(itertools.takewhile(lambda q: q.end <= s_end, loose[k : k + _NEXT_MAX]))
    if not _only_punctuation_in(text, inside[-1].end, s_end):
        return item  # "The bill, nicknamed “the port act,” goes to a vote": a name, not words
    lo = index.tok_at(s_start)
    for quote in (*inside, None):
        hi = index.tok_at(s_end if quote is None else quote.start)
        if _has_cue(cues, firsts, lo, hi):
            return item  # a cue outside the quoted words: a statement of its own
        if quote is not None:
            lo = index.tok_at(quote.end)
    fragments = list(item.fragments)
    for quote in inside:
        fragments.extend(quote.fragments)
    del loose[k : k + len(inside)]
    del loose_starts[k : k + len(inside)]
    end = s_end
    while end > s_start and text[end - 1].isspace():
        end -= 1
    return attrs.evolve(item, content=(item.content[0], end), fragments=tuple(fragments))


_CUT_TRAILERS = frozenset(" \t\n,;:—–-")


def _cut_at(text: str, item: Found, cuts: Sequence[int]) -> Found:
    """``item`` with its content ending before the first of ``cuts`` inside it (sorted)."""
    start, end = item.content
    k = bisect.bisect_right(cuts, start)
    if k >= len(cuts) or cuts[k] >= end or item.fragments:
        return item
    new_end = cuts[k]
    while new_end > start and text[new_end - 1] in _CUT_TRAILERS:
        new_end -= 1
    for conjunction in (", and", ", but"):
        if text.endswith(conjunction, start, new_end):
            new_end -= len(conjunction)  # "spoke of unity, and said “…”": the next clause's
    if not _ALNUM.search(text, start, new_end):
        return item
    return attrs.evolve(item, content=(start, new_end))


def _object_before_cut(index: TextIndex, item: Found) -> Found:
    """``confirmed this, saying “…”`` read as one clause that opens at the cue of a direct
    quote: the verb's own statement is the pronoun object before it (``this``), not the
    direct quote again."""
    toks = index.toks
    p = index.tok_at(item.content[0]) - 1
    if item.cue is None or p <= item.cue.last or toks[p].lower not in _PRONOUN_OBJECTS:
        return item
    pronoun = (toks[p].start, toks[p].end)
    return attrs.evolve(item, kind="indirect", content=pronoun, fragments=(pronoun,))


def _with_quotations(item: Found, fragments: Sequence[tuple[int, int]]) -> Found:
    """A reported clause holding quoted words is mixed; its fragments are the quotations.

    ``fragments`` are all quotation fragments, sorted: a bisection finds those in the clause.
    """
    start, end = item.content
    k = bisect.bisect_left(fragments, (start,))
    inside: list[tuple[int, int]] = []
    while k < len(fragments) and fragments[k][0] <= end:
        if fragments[k][1] <= end + 1:
            inside.append(fragments[k])
        k += 1
    if not inside:
        return item
    return attrs.evolve(item, kind="mixed", fragments=tuple(inside))


def _to_quote(text: str, number: int, item: Found) -> Quote:
    content = Span.of(text, *item.content)
    fragments = tuple(Span.of(text, *f) for f in item.fragments) or (content,)
    cue = item.cue
    return Quote(
        id=f"q{number}",
        kind=cast(QuoteKind, item.kind),
        content=content,
        fragments=fragments,
        cue=None if cue is None else Span.of(text, cue.start, cue.end),
        cue_lemma=None if cue is None else cue.lemma,
        cue_category="speech" if cue is None else cue.category,
        addressee=None if item.addressee is None else Span.of(text, *item.addressee),
        speaker=None if item.speaker is None else _speaker_span(text, *item.speaker),
        confidence=item.confidence,
    )


def _cue_end(toks: Sequence[Tok], cue: Cue, hi: int) -> tuple[int, tuple[int, int] | None]:
    """The token after the cue with its tail ("said on Friday") and addressee ("told reporters"),
    and the addressee's token range if there is one."""
    tail = cue_tail(toks, cue.last + 1, hi)
    if tail < hi and toks[tail].lower == "back":
        tail = cue_tail(toks, tail + 1, hi)  # "wrote back", "fired back", "screamed back"
    addressee = None
    if cue.lemma in {"tell", "ask", "assure", "warn", "inform"}:
        addressee = addressee_after(toks, tail, hi)
        if addressee is not None:
            tail = cue_tail(toks, addressee[1], hi)
    return tail, addressee


def _speaker_span(text: str, start: int, end: int) -> Span:
    """The speaker mention without the comma that closes an appositive or relative clause
    ("Maria Lopez, the foreign minister," said): the comma is punctuation of the sentence."""
    trimmed = end
    while trimmed > start + 1 and text[trimmed - 1] in ", ":
        trimmed -= 1
    lead = _SPEAKER_LEAD.match(text, start, trimmed)
    if lead is not None and lead.end() < trimmed:
        start = lead.end()  # "…,” as Ruiz said": "as" opens the clause, not the name
    return Span.of(text, start, trimmed)


# A subordinator before a name in a speaker span: "as Ruiz", "when Ruiz", "after Ruiz".
_SPEAKER_LEAD = re.compile(
    r"""
    (?:as|when|while|after|before|because|since|until|unless|though|although)  # subordinator
    \s+                                                                          # then a space
    (?=[A-Z])                                                 # before a capitalized name
    """,
    re.VERBOSE,
)


def _chars(index: TextIndex, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    return index.toks[span[0]].start, index.toks[span[1] - 1].end


# Words before a colon speaker that belong to no one: "More from Jones: “…”".
_COLON_LEADS = frozenset({"more", "from", "and", "also"})
_COLON_SPEAKER_MAX = 10
# Words of party or side before a title: "Republican pollster Ann Lee".
_PARTY_WORDS = frozenset({"republican", "democratic", "independent", "gop", "conservative"})


def _colon_speaker(
    index: TextIndex, quote: Quotation, lo: int, qa: int, *, dash_only: bool = False
) -> _Attached | None:
    """``Rep. Ann Ruiz (D-Ore.): “…”``: a name and a colon before the quotation, no cue.

    The name opens the sentence (a few lower-case words before a name are its title:
    ``Former secretary of state Ann Ruiz:``), or follows a dash after a headline
    (``Voters Fear Layoffs - Ann Ruiz: “…”``) or ``More from`` / ``From``.
    """
    toks = index.toks
    if qa - lo < 2 or toks[qa - 1].text != ":":
        return None
    label = _statement_label(index, quote, toks[lo].start)
    if label is not None:
        return label  # "Statement from Mayor Ann Ruiz:": the name after "from"
    floor = max(lo, qa - 1 - _COLON_SPEAKER_MAX)
    found = left_speaker(toks, qa - 1, floor)
    if found is None or not any(toks[i].text[0].isupper() for i in range(*found)):
        return None
    first = found[0]
    k = first
    while k > floor and toks[k - 1].lower in _COLON_LEADS:
        k -= 1
    if k > lo and toks[k - 1].text in _DASHES:
        return None, _chars(index, found), None, quote.end, CONFIDENCE_DASH
    if dash_only:
        return None
    titled = _titled_name_before(toks, qa - 1, floor)
    if titled is not None and titled[0] > lo and _opens_capitalized(index.text, quote):
        # "… does not surprise pollster Ann Lee: “…”": a titled name ends the clause.
        return None, _chars(index, titled), None, quote.end, CONFIDENCE_DASH
    if (
        k != lo
        and qa - lo <= _COLON_SPEAKER_MAX
        and toks[lo].text[0].isupper()
        and all(toks[i].text[0].isalpha() for i in range(lo, first))
        and (lo + 1 >= first or toks[lo].lower in _ARTICLES or _label_word(toks[lo + 1]))
    ):
        # "Former secretary of state Ann Ruiz:": plain words from the sentence start (not
        # "Ruiz had a warning for Democrats:", a clause: its subject speaks, read elsewhere).
        first = k = lo
    if k != lo or qa - lo > _COLON_SPEAKER_MAX + 3:
        return None
    return None, _chars(index, (first, found[1])), None, quote.end, CONFIDENCE_DASH


_LABEL_LINKS = frozenset({"of", "the", "and", "for", "state", "u.s."})


def _label_word(tok: Tok) -> bool:
    """Whether a word may stand in a speaker label before a name: capitalized, a title or its
    modifier, a party word or a link (``Former secretary of state``), not a verb or a noun
    of a clause (``had a warning for``)."""
    low = tok.lower
    return (
        tok.text[0].isupper()
        or low in TITLES
        or low in TITLE_MODIFIERS
        or low in _PARTY_WORDS
        or low in _LABEL_LINKS
    )


_CLAIM_LABELS = frozenset({"claim", "claims"})
_CLAIM_NAME_MAX = 4  # words of the name before "claim:": "Former President Donald Trump"


def _claim_heading(index: TextIndex, start: int, end: int) -> tuple[int, int] | None:
    """The name of a fact check's heading paragraph ``Biden claim: …`` / ``Donald Trump
    Claim: …`` (a capitalized name, ``claim`` and a colon open the paragraph), else None."""
    toks = index.toks
    lo, hi = index.tok_at(start), index.tok_at(end)
    k = lo
    while k < hi and k - lo <= _CLAIM_NAME_MAX and toks[k].lower not in _CLAIM_LABELS:
        word = toks[k].text
        if not (word[0].isupper() and word[0].isalpha()) and word != ".":
            return None
        k += 1
    if k == lo or k + 1 >= hi or toks[k].lower not in _CLAIM_LABELS or toks[k + 1].text != ":":
        return None
    if not _names_a_person([toks[i].text for i in range(lo, k)]):
        return None
    return lo, k


def _titled_name_before(toks: Sequence[Tok], end: int, floor: int) -> tuple[int, int] | None:
    """``pollster Ann Lee`` / ``Republican strategist Al Diaz`` ending at token ``end``: a
    lower-case title (with its modifiers) before a name of two or more capitalized words."""
    first = end
    while first > floor and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha():
        first -= 1
    if end - first < 2 or first == floor or toks[first - 1].lower not in TITLES:
        return None
    if not toks[first - 1].text.islower():
        return None
    first -= 1
    while first > floor and (
        toks[first - 1].lower in TITLE_MODIFIERS
        or (toks[first - 1].text.islower() and toks[first - 1].lower in TITLES)
        or toks[first - 1].lower in _PARTY_WORDS
    ):
        first -= 1
    return first, end


# Labels that open a paragraph with a colon but name no speaker.
_NOT_SPEAKER_LABELS = frozenset(
    {"update", "updated", "note", "related", "photo", "photos", "video", "watch", "read"}
    | {"correction", "source", "sources", "breaking", "exclusive", "editor", "listen", "see"}
    | {"q", "a", "question", "answer", "also", "more", "live", "map", "chart"}
    # headline kickers and page furniture: "The Latest: …", "BYLINE: …", "Revealed: …"
    | {"the", "byline", "revealed", "bombshell", "boom", "wow", "look", "just", "stat", "fix"}
    | {"paid", "email", "e-mail", "delegate", "huffpollster", "quote"}
)
# Last words of a label that names a feature, not a person: "Delegate Update: …".
_NOT_SPEAKER_LAST = frozenset({"update", "email", "daily", "notice"})
_COLON_CUE_MAX_WORDS = 4
_COLON_CONTENT_MIN = 3


#: The line that signs an embedded post, as a page's text keeps it when the embed does not
#: load: "— Ann Ruiz (@annruiz) March 8, 2016" under the post's words.
_POST_SIGNATURE = re.compile(
    r"""
    ^[ \t]*(?P<dash>—|–|--?)[ \t]?                # the dash opening the line
    (?P<name>[^\n()@]{1,60}?)[ \t]                # the author's name as displayed
    \(@\w{1,15}\)[ \t]+                           # the handle: "(@annruiz)"
    [A-Z][a-z]{2,8}\.?[ \t][0-9]{1,2},[ \t][0-9]{4}  # the date: "March 8, 2016"
    """,
    re.VERBOSE | re.MULTILINE,
)


def _embedded_posts(index: TextIndex, limit: int, found: Sequence[Found]) -> list[Found]:
    """``…¶— Ann Ruiz (@annruiz) March 8, 2016``: an embedded post, the author's own words.

    The words are the lines above the signature in its paragraph, or the paragraph before
    when the signature stands alone; they are a direct quote (the page shows them as written,
    set off like a quotation), cued by the signature's dash, which its date then dates. Words
    another rule attributed already are left alone.
    """
    text = index.text
    if "(@" not in text:
        return []
    taken = sorted(f.content for f in found)
    out: list[Found] = []
    for match in _POST_SIGNATURE.finditer(text, 0, limit):
        dash = match.start("dash")
        p = index.paragraph_index(dash)
        p_start = index.paragraphs[p][0]
        if text[p_start:dash].strip():
            start, end = p_start, dash
        elif p > 0:
            start, end = index.paragraphs[p - 1]
        else:
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if not _ALNUM.search(text, start, end):
            continue
        k = bisect.bisect_left(taken, (end, end))
        if (k > 0 and taken[k - 1][1] > start) or (k < len(taken) and taken[k][0] < end):
            continue  # another rule attributed these words
        d = index.tok_at(dash)
        name = (match.start("name"), match.end("name"))
        if d >= len(index.toks) or index.toks[d].start != dash:
            continue
        dash_end = index.tok_at(match.end("dash")) - 1  # "--" may be two tokens
        last = dash_end if dash_end > d else None
        out.append(
            Found(
                kind="direct",
                content=(start, end),
                fragments=((start, end),),
                cue=word_cue(index.toks, d, "tweet", strength="strong", last=last),
                speaker=name,
                confidence=CONFIDENCE_DASH,
            )
        )
    return out


#: Most short lines (navigation, byline, time stamp) read above a headline.
_MAX_HEADER_LINES = 6
#: A paragraph of this many words or more is prose (a headline is shorter).
_PROSE_WORDS = 16


def _headline_paragraph(index: TextIndex) -> int:
    """The number of the paragraph that may be the headline: the one before the first prose
    paragraph, which is the first unless a page was extracted with short lines above its
    headline (``Home | Politics``, ``By Ann Ruiz, USA TODAY``, ``Updated 5:14 p.m. ET``)."""
    for number, (p_start, p_end) in enumerate(index.paragraphs[:_MAX_HEADER_LINES]):
        if len(index.text[p_start:p_end].split()) >= _PROSE_WORDS:
            return max(number - 1, 0)
    return 0


def _colon_lines(index: TextIndex, limit: int, found: Sequence[Found]) -> list[Found]:
    """``WALLACE: You said ...`` (a transcript) and ``Pat Caddell: Voters worried`` (a headline).

    A short name and a colon open the paragraph; the rest of the paragraph is what that person
    said. Transcript speakers are in capitals; a mixed-case name counts only in the headline
    (see :func:`_headline_paragraph`). Paragraphs that a direct quote already covers are left alone.
    """
    toks = index.toks
    starts = sorted(f.content[0] for f in found if f.kind == "direct")
    headline_last = _headline_paragraph(index)
    out: list[Found] = []
    for number, (p_start, p_end) in enumerate(index.paragraphs):
        if p_start >= limit:
            break
        lo = index.tok_at(p_start)
        if lo < len(toks) and toks[lo].text in _QUOTE_MARKS:
            lo += 1  # a transcript pasted inside quotation marks: "PENCE: Well, ..."
        # The first colon among the next _COLON_CUE_MAX_WORDS + 2 tokens (a C-level scan).
        window = index.words[lo : lo + _COLON_CUE_MAX_WORDS + 2]
        if ":" not in window:
            continue
        colon = lo + window.index(":")
        if colon == lo:
            continue
        if (
            toks[colon - 1].text.isdigit()
            and colon + 1 < len(toks)
            and toks[colon + 1].text.isdigit()
        ):
            continue  # "By 8:15, the chants …": a time of day, no label
        hi = index.tok_at(p_end)
        if hi - colon - 1 < _COLON_CONTENT_MIN or toks[colon + 1].text in _QUOTE_MARKS:
            continue
        words = [toks[i].text for i in range(lo, colon)]
        if not all(w[0].isupper() for w in words if w[0].isalpha()) or not words[0][0].isalpha():
            continue
        if (
            words[0].lower().rstrip(".") in _NOT_SPEAKER_LABELS
            or words[-1].lower() in _NOT_SPEAKER_LAST
        ):
            continue
        shouting = all(w.isupper() for w in words if w[0].isalpha())
        if not shouting and number > headline_last:
            continue
        k = bisect.bisect_left(starts, toks[colon].end)
        if k < len(starts) and starts[k] < p_end:
            continue
        last = hi - 1
        while last > colon + 1 and toks[last].text in {".", ",", ";"}:
            last -= 1
        cue = word_cue(toks, colon, "say", strength="strong")
        named = colon - 1 if colon - 1 > lo and toks[colon - 1].lower in _CLAIM_LABELS else colon
        out.append(
            Found(
                kind="indirect",
                content=(toks[colon + 1].start, toks[last].end),
                fragments=(),
                cue=cue,
                # "Ana Ruiz Claim: …" (a fact check's heading): the name is the speaker
                speaker=(toks[lo].start, toks[named - 1].end),
                confidence=CONFIDENCE_DASH,
            )
        )
    return out


def _plain_words(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """Whether tokens ``lo..hi`` are words (a speaker phrase), with no clause punctuation."""
    return hi - lo <= 12 and all(
        toks[i].text not in {".", "!", "?", ";", ":", ","} for i in range(lo, hi)
    )


# Words before a participle or a relative clause: "when asked", "who said" (no new speaker).
_NONFINITE_LEADS = frozenset({"when", "after", "before", "if", "as", "while", "once", "who"})
_FINITE_RELATIVE_LEADS = _NONFINITE_LEADS - {"who"}


def _has_cue(
    cues: Sequence[Cue],
    firsts: Sequence[int],
    lo: int,
    hi: int,
    toks: Sequence[Tok] | None = None,
    *,
    relative: bool = True,
    speech_only: bool = False,
    clause_participles: bool = False,
) -> bool:
    """Whether a finite cue lies in tokens ``lo..hi`` (participles describe the speaker).

    With ``speech_only``, beliefs and intentions do not count ("where he declined to ...").
    With ``clause_participles``, a speech participle does (``“A,” X said, adding that “B”``,
    ``“A,” X said, calling it “B”``: B is the content of the participle's own clause).

    ``referring to``, ``using``: participles; with ``toks``, also ``when asked about`` and,
    unless ``relative`` is false, ``who said`` (a clause about the speaker, not a new speech
    event: false when the next quotation continues the sentence of that clause).
    """
    leads = _NONFINITE_LEADS if relative else _FINITE_RELATIVE_LEADS
    k = bisect.bisect_left(firsts, lo)
    while k < len(cues) and cues[k].first < hi:
        cue = cues[k]
        k += 1
        if cue.form.split(" ", 1)[0].endswith("ing") and not (
            clause_participles and toks is not None and cue.category == "speech"
        ):
            continue
        if speech_only and (
            cue.category != "speech"
            or (cue.first > 0 and toks and toks[cue.first - 1].lower == "to")
        ):
            continue  # "where he declined to criticize her": no new statement
        if toks is not None and cue.first > 0:
            before = cue.first - 1
            while before > lo and toks[before].lower in AUXILIARIES:
                before -= 1  # "who has not read the book": the relative pronoun leads
            if toks[before].lower in leads:
                continue
            if (
                toks[before].lower in _PERSON_PRONOUNS
                and before - 1 >= lo
                and (
                    toks[before - 1].lower in _FINITE_RELATIVE_LEADS
                    # "a speech in which she said …": a relative clause about the speech
                    or (
                        toks[before - 1].lower in {"which", "whom"}
                        and before - 2 >= lo
                        and toks[before - 2].lower in _RELATIVE_PREPOSITIONS
                    )
                )
            ):
                continue  # "“A,” Ruiz said as she thanked them. “B.”": an aside of the speaker's
            if (
                toks[before].lower in _PERSON_PRONOUNS
                and before - 1 >= lo
                and toks[before - 1].lower in WORDING_OBJECTS
                and toks[before - 1].text.islower()
            ):
                continue  # "“A,” X said — a claim he has repeated. “B.”": the noun is the object
            if (
                relative
                and toks[before].lower in {"and", "but"}
                and _in_who_clause(toks, lo, before)
            ):
                continue  # "…, who spoke first and reiterated his view. “B.”": still the clause
        if (
            toks is not None
            and cue.strength == "strict"
            and (cue.last + 1 >= len(toks) or toks[cue.last + 1].lower not in _STRICT_FOLLOWERS)
        ):
            continue  # "a dozen states held contests", "at one point": nouns, not cues
        return True
    return False


_WHO_REACH = 20  # tokens from "who" to a coordinated verb of its clause


# Prepositions before "which" in a relative clause: "a speech in which she …".
_RELATIVE_PREPOSITIONS = frozenset({"in", "during", "at", "on", "after", "before", "with", ","})


def _in_who_clause(toks: Sequence[Tok], lo: int, conjunction: int) -> bool:
    """Whether the ``and``/``but`` at ``conjunction`` coordinates inside a ``who`` clause
    (``X, who spoke first and reiterated …``): a ``who`` after a comma, no sentence end or
    quotation mark between."""
    k = conjunction - 1
    while k > lo and conjunction - k <= _WHO_REACH:
        text = toks[k].text
        if text in _QUOTE_MARKS or text in {".", "!", "?", ";"}:
            return False
        if toks[k].lower == "who" and toks[k - 1].text == ",":
            return True
        if toks[k].lower in {"which", "whom"} and toks[k - 1].lower in _RELATIVE_PREPOSITIONS:
            return True  # "a speech in which she criticized X and announced …"
        k -= 1
    return False


# What must follow a strict cue form for it to be a cue: "states that", "stated:", "noted “…”".
_STRICT_FOLLOWERS = frozenset({"that", ":", *_QUOTE_MARKS})


def _opens_capitalized(text: str, quote: Quotation) -> bool:
    """Whether the first letter inside the quotation is a capital."""
    for ch in text[quote.start : quote.end]:
        if ch.isalpha():
            return ch.isupper()
    return False


_MARK_CHARS = frozenset("“”\"'‘’«»‹›„‚ ")


def _introduces_next(text: str, clause_end: int, limit: int) -> bool:
    """Whether an attribution clause ending at ``clause_end`` is followed by a comma or
    colon and an opening quotation mark (``He answered, “…”``) before ``limit``."""
    k = _skip_spaces(text, clause_end, limit)
    if k >= limit or text[k] not in ",:":
        return False
    k = _skip_spaces(text, k + 1, limit)
    return k < limit and text[k] in '“"«'


def _skip_spaces(text: str, k: int, limit: int) -> int:
    while k < limit and text[k].isspace():
        k += 1
    return k


def _closes_statement(text: str, quote: Quotation, *, stops: str = ".") -> bool:
    """Whether the quotation ends with a period (or one of ``stops``: ``,?!`` for a quotation
    closed by its comma) inside its closing mark (``“… wage.”``, ``“…,”``)."""
    end = quote.end
    while end > quote.start and text[end - 1] in _MARK_CHARS:
        end -= 1
    return end > quote.start and text[end - 1] in stops


_NICKNAME = re.compile(
    r"""
    [A-Z][\w.'’-]{0,14}   # one capitalized word: Cia, Bud, J.R., O’Neal
    """,
    re.VERBOSE,
)
_NAME_WORD_END = re.compile(
    r"""
    (?<![\w.])[A-Z][\w'’-]*\Z   # a capitalized word ending right here (Marcia, O’Neal)
    | (?<![\w.])[A-Z]\.\Z         # a middle initial (John J. “Jack” Pitney)
    """,
    re.VERBOSE,
)


def _is_nickname(text: str, quote: Quotation) -> bool:
    """Whether the quotation is a one-word nickname between two name words (Marcia “Cia” Price)."""
    start, end = quote.start, quote.end
    if len(quote.fragments) != 1 or not quote.closed or start < 2 or end + 2 > len(text):
        return False
    if not (text[start - 1] == " " and text[end] == " " and text[end + 1].isupper()):
        return False
    inner_start, inner_end = quote.inner_fragments[0]
    if _NICKNAME.fullmatch(text, inner_start, inner_end) is None:
        return False
    # the word before: looked at over a short stretch only
    return _NAME_WORD_END.search(text[max(0, start - 20) : start - 1]) is not None


def _after_spaced_hyphen(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a hyphen used as a dash (``GENEVA (Reuters) - ``)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end - 1 > start and text[end - 1] == "-" and text[end - 2].isspace()


def _only_punctuation(text: str) -> bool:
    return _ALNUM.search(text) is None


def _only_punctuation_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no letter or digit (looked at in place, not copied)."""
    return _ALNUM.search(text, start, end) is None


def _last_char(text: str, start: int, end: int) -> str:
    """The last non-space character of ``text[start:end]``, or "" (looked at in place)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _direct_quotes(
    index: TextIndex, quotations: Sequence[Quotation], cues: Sequence[Cue]
) -> tuple[list[_Direct], set[int]]:
    """Attribute each quotation that opens its sentence to an adjacent cue and speaker."""
    text = index.text
    firsts = [c.first for c in cues]
    directs: list[_Direct] = []
    used: set[int] = set()
    for n, quote in enumerate(quotations):
        paragraph = index.paragraph_index(quote.fragments[-1][0])
        p_end = index.paragraphs[paragraph][1]
        s_start, s_end = index.sentence_of(quote.start)
        # Looked at in place: copying the sentence up to each quotation is quadratic when a
        # "sentence" runs for pages (no terminal punctuation).
        lead = _last_char(text, s_start, quote.start)
        opens_sentence = (
            lead in {",", ":", "—", "–", "("}
            or _only_punctuation_in(text, s_start, quote.start)
            or _after_spaced_hyphen(text, s_start, quote.start)
            # "1) “…” - Donald Trump": a list item's number or bullet
            or _LIST_LEAD.fullmatch(text, s_start, quote.start) is not None
        )
        # The window ends at the next quotation, unless that one is a nickname inside the
        # speaker's name (said Marcia “Cia” Price).
        later = n + 1
        while later < len(quotations) and _is_nickname(text, quotations[later]):
            later += 1
        next_start = quotations[later].start if later < len(quotations) else len(text)
        # The cue after a quotation may sit in the next "sentence" (“Why?” Vitter asked.).
        after = quote.end
        while after < p_end and text[after].isspace():
            after += 1
        after_end = index.sentence_of(after)[1] if after < p_end else quote.end
        if (
            _closes_statement(text, quote)
            and not _bare_cue_sentence(index, cues, firsts, after, after_end)
        ) or (
            _closes_statement(text, quote, stops="?!")
            and _reports_a_clause(index, cues, firsts, after, after_end)
        ):
            # “… wage.” She did support …: a new sentence, not a cue of this quotation
            # (“Why?” Vitter asked. and “… wage.” Ruiz said. still are); nor is the cue of
            # “… Why?” Ruiz says that …, which has its own content.
            after_end = quote.end
        window_end = min(next_start, p_end, max(s_end, after_end))
        # 1. A cue right after the quotation.
        attached = _trailing(index, quote, cues, firsts, window_end) if opens_sentence else None
        if (
            attached is not None
            and lead in {",", ":"}
            and _closes_statement(text, quote, stops=".?!")
            and _introduces_next(text, attached[3], p_end)
        ):
            # "X was asked, “Why?” He answered, “…”": a whole statement introduced by what
            # precedes it; the cue after it introduces the next quotation, not this one.
            attached = None
        # 2a. "Ruiz on the port plan: “…”": a live blog's label, a name and its topic.
        if attached is None and lead == ":":
            attached = _topic_label(index, quote, s_start)
            if attached is not None:
                # a cue word in the topic ("plan") is a noun: no statement of its own
                a = bisect.bisect_left(firsts, index.tok_at(s_start))
                used.update(firsts[a : bisect.bisect_left(firsts, index.tok_at(quote.start))])
        # 2. A cue right before it, in the same sentence.
        if attached is None:
            previous = (
                directs[-1].speaker if directs and directs[-1].paragraph == paragraph else None
            )
            attached = _leading(index, quote, cues, firsts, s_start, used=used, previous=previous)
        if attached is None and opens_sentence and lead == ":":
            s_lo, qa = index.tok_at(s_start), index.tok_at(quote.start)
            a, b = bisect.bisect_left(firsts, s_lo), bisect.bisect_left(firsts, qa)
            # a cue before the colon ("told reporters:") says whose words these are
            clause_cue = any(cues[n].strength != "strict" for n in range(a, b))
            attached = (
                # 2b. "Workers Fear Layoffs - Ann Ruiz: “…”": a name after a dash (and
                # "Statement from Mayor Ann Ruiz: “…”", a press release's label).
                _colon_speaker(index, quote, s_lo, qa, dash_only=clause_cue)
                # 2c. "Ruiz's message was simple: “…”": the possessor of the words.
                or _possessor_colon(index, quote, s_start)
                # 2c'. "Ruiz wrote on Twitter: “…”": a clause whose subject names a person.
                or _colon_clause(index, quote, s_start)
                # 2d. "From the report: “…”", "this finding: “…”": a noun of wording.
                or _wording_colon(index, quote, s_start, cues_before=clause_cue)
            )
        elif attached is None and lead == "," and _opens_capitalized(text, quote):
            # 2c'. "Ruiz issued a statement, “…”": a comma after a noun of wording.
            attached = _colon_clause(index, quote, s_start, mark=",")
        # 2e. "a hat reading, “…”", "signs saying “…”": a thing that bears the words.
        if attached is None:
            attached = _bearer(index, quote, s_start, cues, firsts)
        # 2f. "The crowd broke into chants of “…”": the ones who chanted.
        if attached is None:
            attached = _chant(index, quote, s_start)
        # 2g. "Ruiz said in a statement. “…”": a sentence that is only a speaker and a cue.
        if attached is None:
            attached = _bare_cue_before(index, quote, cues, firsts, s_start, used)
        # 2h. "“…”¶— Ann Ruiz, on the port plan": a byline opening the next paragraph.
        if attached is None and _only_punctuation_in(text, quote.end, p_end):
            attached = _byline_paragraph(index, quote, paragraph)
        # 3. "X said:" ending the previous paragraph (the one before the quotation's first:
        # a quotation over several paragraphs opens before ``paragraph``, its last), maybe
        # as the first item of a list ("1. “…”", "• “…”", "On taxes: “…”").
        first_paragraph = index.paragraph_index(quote.start)
        opens_paragraph = _opens_paragraph(text, index.paragraphs[first_paragraph][0], quote)
        if attached is None and opens_paragraph and first_paragraph > 0:
            prev_start, prev_end = index.paragraphs[first_paragraph - 1]
            prev_mark = _last_char(text, prev_start, prev_end)
            claimant = _claim_heading(index, prev_start, prev_end)
            if claimant is not None and _only_punctuation_in(text, quote.end, p_end):
                # "Biden claim: Insulin costs $15\n\n“We brought down …”": a fact check's
                # heading names whose words the quotation under it are
                attached = None, _chars(index, claimant), None, quote.end, CONFIDENCE_COLON_CLAUSE
            elif prev_mark == "," and _opens_capitalized(text, quote):
                # "She repeated it, stating,\n“…”": a line broken after the cue's comma
                attached = _leading(
                    index, quote, cues, firsts, prev_start, colon_only=True, comma=True, used=used
                )
            elif prev_mark == ":":
                prev_sentence = index.sentence_of(prev_end - 1)[0]
                # a list item's bullet, number or topic sits between the colon and the words;
                # a list is someone's words only under a cue ("Here is what she said:")
                item = attrs.evolve(quote, start=index.paragraphs[first_paragraph][0])
                attached = _leading(
                    index, item, cues, firsts, prev_start, colon_only=True, used=used
                )
                if item.start == quote.start:
                    attached = (
                        _topic_label(index, quote, prev_sentence)
                        or attached
                        or _statement_label(index, quote, prev_sentence)
                        or _colon_clause(index, quote, prev_sentence)
                        or _wording_colon(index, quote, prev_sentence, cues_before=False)
                    )
        if attached is not None:
            cue, speaker, addressee, clause_end, confidence = attached
            if cue is not None:
                used.add(cue.first)
                # Cues inside the attribution clause ("who spoke on condition ...") are its own.
                a = bisect.bisect_left(firsts, index.tok_at(min(quote.end, cue.start)))
                b = bisect.bisect_left(firsts, index.tok_at(max(clause_end, cue.end)))
                used.update(firsts[a:b])
            elif clause_end > quote.end:
                # "“…” — Ana Ruiz, on the port plan": a cue word in a byline's context is a noun
                a = bisect.bisect_left(firsts, index.tok_at(quote.end))
                used.update(firsts[a : bisect.bisect_left(firsts, index.tok_at(clause_end))])
            directs.append(
                _Direct(
                    fragments=list(quote.fragments),
                    cue=cue,
                    speaker=speaker,
                    addressee=addressee,
                    confidence=confidence,
                    paragraph=paragraph,
                    clause_end=max(clause_end, quote.end),
                )
            )
            continue
        if not directs:
            continue
        last = directs[-1]
        gap_only = _only_punctuation_in(text, last.clause_end, quote.start)
        if quote.looks_like_title:
            # A title after the cue ("said on Fox News’s “Fox and Friends.”") is no quote.
            if last.paragraph == paragraph and gap_only:
                last.clause_end = quote.end
            continue
        # 4. A continuation in the same paragraph: “A,” X said, “B.” / “A,” X said. “B.”
        # (B may run on over later paragraphs: it opens in the paragraph of the cue.)
        opening_paragraph = index.paragraph_index(quote.start)
        if (
            last.paragraph == opening_paragraph
            # "“A,” X said. She shrugged, as if to say, “B.”": a gesture's words, not A's
            and _as_if_cue(index, quote) is None
            # "“A,” X said. “B,” came the reply.": another voice answers
            and _came_reply(index, quote) is None
            # "“A,” X told the crowd, who chanted “B”": the crowd's words, not X's
            and not _chanted_between(index, last.clause_end, quote.start)
        ) and (
            gap_only
            or (
                (opens_sentence or index.sentence_of(last.clause_end - 1)[0] == s_start)
                and not _has_cue(
                    cues,
                    firsts,
                    index.tok_at(last.clause_end),
                    index.tok_at(quote.start),
                    index.toks,
                    # "“A,” said X, who said there were “B”": the quotation is the content
                    # of the relative clause's cue, not the rest of X's quote.
                    relative=opens_sentence,
                    speech_only=True,
                    # "“A,” X said, adding that “B”": B is the participle's (not after a
                    # sentence end: “A,” X said, adding that C. “B.” continues A)
                    clause_participles=not opens_sentence,
                )
            )
        ):
            last.fragments.extend(quote.fragments)
            last.clause_end = quote.end
            last.paragraph = paragraph
            continue
        # 5. A paragraph that is only a quotation (or a list item of one) carries the previous
        # direct quote's speaker.
        if (
            opens_paragraph
            and _only_punctuation_in(text, quote.end, p_end)
            and first_paragraph - last.paragraph == 1
            and last.speaker is not None
        ):
            directs.append(
                _Direct(
                    fragments=list(quote.fragments),
                    cue=None,
                    speaker=last.speaker,
                    addressee=None,
                    confidence=CONFIDENCE_CARRIED,
                    paragraph=paragraph,
                    clause_end=quote.end,
                )
            )
    return directs, used


#: What may open a paragraph before its quotation in a list of someone's words.
_LIST_LEAD = re.compile(
    r"""
    [ \t]*
    (?:
        [•·▪●◦‣*]                                   # a bullet: "• “…”"
      | \(?[0-9]{1,2}[.)]                           # a number: "1. “…”", "(2) “…”"
      | (?:On|About|Regarding|Asked\ about)\ [^\n:“”"]{1,60}:  # a topic: "On taxes: “…”"
    )
    [ \t]*
    """,
    re.VERBOSE,
)


def _opens_paragraph(text: str, paragraph_start: int, quote: Quotation) -> bool:
    """Whether ``quote`` opens its paragraph, alone or after a list item's bullet, number or
    topic ("• “…”", "2. “…”", "On taxes: “…”" under "Here is what she said:")."""
    return quote.start == paragraph_start or (
        _LIST_LEAD.fullmatch(text, paragraph_start, quote.start) is not None
    )


_PERSON_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _names_a_person(words: Sequence[str]) -> bool:
    """Whether a subject of these words can be a speaker: one word that is a personal pronoun
    or a capitalized name ("Ruiz resisted:", "She paused."; not "Ever since …:", "Thanks to
    …:"), or words with a capital past the first ("The DNC", "President Bill Clinton"; not
    "Giant screens" or "The crowd", capitalized only at the sentence start)."""
    if len(words) == 1:
        return words[0].lower() in _PERSON_PRONOUNS or (
            words[0][0].isupper() and words[0].lower() not in _NOT_NAMES
        )
    return any(w[0].isupper() for w in words[1:])


# Messages whose words a comma may introduce: "issued a statement, “…”" (not "a slogan, “…”":
# an apposition naming the slogan, whose words are nobody's statement here).
_COMMA_WORDING_NOUNS = frozenset(
    {"statement", "message", "tweet", "post", "letter", "email", "e-mail", "memo", "release"}
)
# Words that open a definite noun phrase of wording: "the report", "this finding", "its
# headline" ("flashed a message: “…”" introduces a new thing: narration, not a source).
_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
)
_WORDING_MODIFIERS_MAX = 3  # words between the determiner and the noun: "the group's final report"


def _wording_colon(
    index: TextIndex, quote: Quotation, s_start: int, *, cues_before: bool
) -> _Attached | None:
    """``From the report: “…”`` / ``this finding: “…”``: the colon follows a noun phrase whose
    head names a thing that carries words; that noun phrase is the source (no cue word)."""
    toks = index.toks
    lo = index.tok_at(s_start)
    colon = _colon_before(index, quote, lo)
    if colon is None or toks[colon - 1].lower not in WORDING_NOUNS:
        return None
    if cues_before:
        return None  # "X said in a statement: “…”" is X's, not the statement's
    first = colon - 1
    while first > lo and colon - 1 - first <= _WORDING_MODIFIERS_MAX:
        word = toks[first - 1]
        if word.lower in _DETERMINERS:
            first -= 1
            break
        if word.lower in {"a", "an"}:
            return None
        if word.text.endswith(("'s", "’s")) and len(word.text) > 2:
            # "the committee's report", "Ruiz’s statement": the possessor opens the phrase
            first -= 1
            while first > lo and toks[first - 1].text[:1].isupper():
                first -= 1
            if first > lo and toks[first - 1].lower == "the":
                first -= 1
            break
        if not (word.text.isalpha() and word.text.islower()) or word.lower in _NOT_MODIFIERS:
            return None
        first -= 1
    else:
        return None
    return None, _chars(index, (first, colon)), None, quote.end, CONFIDENCE_COLON_CLAUSE


# Nouns of someone's words that a possessor's copular clause before a colon may describe:
# "Ruiz's message was simple: “…”", "Her answer was blunt: “…”".
_POSSESSED_WORDING = WORDING_NOUNS | {
    "advice", "pitch", "take", "reaction", "explanation", "retort", "argument", "point",
    "plea", "promise", "request", "demand", "question", "assessment", "prediction", "view",
}  # fmt: skip
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "our"})
_COPULA_FORMS = frozenset({"was", "is", "were", "are"})
_COPULA_TAIL_MAX = 4  # words after the copula up to the colon: "was short and simple"


def _possessor_colon(index: TextIndex, quote: Quotation, s_start: int) -> _Attached | None:
    """``Ruiz's message was simple: “…”`` / ``His answer was blunt: “…”``: a possessor, a noun
    of wording, a copula and a few words end at the colon; the possessor is the speaker."""
    toks = index.toks
    lo = index.tok_at(s_start)
    colon = _colon_before(index, quote, lo)
    if colon is None:
        return None
    copula = colon - 1
    while copula > lo and colon - copula <= _COPULA_TAIL_MAX + 1:
        if toks[copula].lower in _COPULA_FORMS:
            break
        if not (toks[copula].text.isalpha() and toks[copula].text.islower()):
            return None
        copula -= 1
    else:
        return None
    if toks[copula].lower not in _COPULA_FORMS or copula + 1 >= colon:
        return None
    noun = copula - 1
    if noun <= lo or toks[noun].lower not in _POSSESSED_WORDING:
        return None
    owner = noun - 1
    if owner > lo and toks[owner].text.isalpha() and toks[owner].text.islower():
        owner -= 1  # "Ruiz's closing message", "her final answer"
    word = toks[owner]
    if word.lower in _POSSESSIVE_DETERMINERS and owner == lo:
        return None, _chars(index, (owner, owner + 1)), None, quote.end, CONFIDENCE_COLON_CLAUSE
    if not (word.text.endswith(("'s", "’s")) and len(word.text) > 2 and word.text[0].isupper()):
        return None
    first = owner
    while first > lo and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha():
        first -= 1
    if first != lo:
        return None
    span = _chars(index, (first, owner + 1))
    assert span is not None
    return None, (span[0], span[1] - 2), None, quote.end, CONFIDENCE_COLON_CLAUSE


# Lower-case words that end a phrase before a noun (a verb or a preposition, not an adjective).
_NOT_MODIFIERS = frozenset(
    {"of", "in", "on", "at", "for", "from", "with", "by", "to", "and", "or", "is", "was", "are"}
)


_LABEL_PREPOSITIONS = frozenset({"of", "from", "for", "about", "with", "to", "in", "at"})


def _colon_clause(
    index: TextIndex, quote: Quotation, s_start: int, *, mark: str = ":"
) -> _Attached | None:
    """``The DNC issued the following statement: “…”``: no cue word, a person as subject.

    The clause that the colon ends opens with a speaker phrase (a name, a capitalized
    organization or a personal pronoun) followed by a lower-case word (its verb); the colon
    ends the sentence's text right before the quotation (or ends the previous paragraph).
    With ``mark=","``, a comma right after a noun of wording does the same ("issued a
    statement, “…”").
    """
    toks = index.toks
    lo = index.tok_at(s_start)
    colon = index.tok_at(quote.start) - 1
    while colon > lo and toks[colon].text != mark:
        colon -= 1
    if colon <= lo or toks[colon].text != mark:
        return None
    if mark != ":" and (
        colon + 1 != index.tok_at(quote.start) or toks[colon - 1].lower not in _COMMA_WORDING_NOUNS
    ):
        return None
    subject = opening_subject(toks, lo, colon)
    if subject is None or subject[1] >= colon:
        return None
    first, end = subject
    if first > lo and toks[first - 1].text in _QUOTE_MARKS:
        return None  # "“You’ve been …?” he said, turning to X: “…”": words of a quotation
    verb = toks[end].text
    # "Quotes of the week:": a preposition after the subject heads no clause of saying
    verb_like = verb.isalpha() and verb.islower() and verb not in _LABEL_PREPOSITIONS
    # "Sen. Ann Ruiz, D-Calif., issued the following statement ...:" / "Ann Ruiz (D-VA)
    # and Al Lee (R-ME), who chair the panel, released the following statement:"
    release = (
        _release_verb(toks, end, colon)
        if mark == ":" and (not verb_like or verb in {"and", "or"})
        else None
    )
    if release is not None:
        end = release
        while end > first + 1 and (
            toks[end - 1].text == "," or toks[end - 1].lower in _RELEASE_ADVERBS
        ):
            end -= 1
        subject = first, end
    elif not verb_like:
        return None
    if not _names_a_person([toks[i].text for i in range(first, end)]):
        return None
    return None, _chars(index, subject), None, quote.end, CONFIDENCE_COLON_CLAUSE


# Verbs of a press release's lead, "X released the following statement:", that may stand
# after an appositive or a coordinated name of the subject.
_RELEASE_VERBS = frozenset({"released", "issued", "made", "offered", "provided", "shared", "sent"})
# Words between the subject's appositive and that verb: "Ann Ruiz, R-Miss., today issued".
_RELEASE_ADVERBS = frozenset({"today", "jointly", "also", "tonight", "yesterday", "again"})
# Nouns of what such a lead introduces: "the following (joint) statement".
_RELEASE_NOUNS = frozenset({"statement", "statements", "release", "remarks", "comment", "comments"})
_RELEASE_REACH = 40  # tokens from the subject's head to the verb


def _release_verb(toks: Sequence[Tok], end: int, colon: int) -> int | None:
    """The token of a release verb (``issued``) after the subject phrase ending at ``end`` and
    before the colon, when a noun of wording (``statement``) follows it before the colon and
    only an appositive, a party label or more coordinated names stand between; else None."""
    k = end
    while k < colon and k - end <= _RELEASE_REACH:
        low = toks[k].lower
        if low in _RELEASE_VERBS and toks[k].text.islower():
            stop = min(colon, k + 1 + _RELEASE_REACH)
            if any(toks[n].lower in _RELEASE_NOUNS for n in range(k + 1, stop)):
                return k
            return None
        if low in {":", ";", "“", '"', "said", "says"} or low in CUE_FORMS:
            return None  # a cue of its own, or another clause
        k += 1
    return None


def _colon_before(index: TextIndex, quote: Quotation, lo: int) -> int | None:
    """The token of the colon right before ``quote`` (opening marks between), past token
    ``lo`` of the sentence; None when no colon introduces the quotation."""
    toks = index.toks
    colon = index.tok_at(quote.start) - 1
    while colon > lo and toks[colon].text in _QUOTE_MARKS:
        colon -= 1
    return colon if colon > lo and toks[colon].text == ":" else None


_TOPIC_MAX = 8  # tokens of the topic in "Ruiz on the port plan:"
_TOPIC_NAME_MAX = 5  # tokens of the name before "on"


def _topic_label(index: TextIndex, quote: Quotation, s_start: int) -> _Attached | None:
    """``Ruiz on the port plan: “…”``, ``Biden on climate:`` (a live blog's or a Q&A's
    label): a name that opens the sentence, ``on``, a short topic and a colon right before the
    quotation. The name is the speaker; a cue word in the topic (``plan``) is a noun."""
    toks = index.toks
    lo = index.tok_at(s_start)
    colon = _colon_before(index, quote, lo)
    if colon is None:
        return None
    on = lo + 1
    while on < colon and on - lo <= _TOPIC_NAME_MAX and toks[on].lower != "on":
        on += 1
    if on >= colon or toks[on].lower != "on" or colon - on - 1 > _TOPIC_MAX:
        return None
    name = right_speaker(toks, lo, on, appositive=False)
    if (
        name is None
        or name != (lo, on)
        or not all(toks[i].text[0].isupper() for i in range(lo, on))
    ):
        return None
    if toks[lo].lower in _NOT_NAMES or toks[lo].lower in CUE_FORMS:
        return None
    if any(toks[i].text in {",", ";", "“", '"'} for i in range(on + 1, colon)):
        return None
    return None, _chars(index, name), None, quote.end, CONFIDENCE_COLON_CLAUSE


_LABEL_NOUN_REACH = 6  # tokens from the sentence start to "statement" in a release label
_LABEL_SPEAKER_MAX = 30  # tokens of the name after "from"/"by"


def _statement_label(index: TextIndex, quote: Quotation, s_start: int) -> _Attached | None:
    """``Statement from Mayor Ann Ruiz: “…”``, ``Below is the joint statement issued by Reps.
    Ruiz and Lee:``, ``The following quote is attributed to …:``: a press release's label; the
    speaker is the name after ``from``/``by``/``to``, not the label's first word."""
    toks = index.toks
    lo = index.tok_at(s_start)
    colon = _colon_before(index, quote, lo)
    if colon is None:
        return None
    k = lo
    while k < colon and k - lo <= _LABEL_NOUN_REACH:
        if toks[k].lower in _RELEASE_NOUNS or toks[k].lower in {"quote", "quotes"}:
            break
        if toks[k].lower in CUE_FORMS:
            return None  # "Ruiz said in a statement from …:" has a cue of its own
        k += 1
    else:
        return None
    if k >= colon or k - lo > _LABEL_NOUN_REACH:
        return None
    k += 1
    if k + 1 < colon and toks[k].lower in {"is", "are"} and toks[k + 1].lower == "attributed":
        k += 1  # "The following quote is attributed to Sen. Ann Ruiz:"
    if k < colon and (toks[k].lower in _RELEASE_VERBS or toks[k].lower == "attributed"):
        k += 1  # "issued by", "attributed to"
    if k >= colon or toks[k].lower not in {"from", "by", "to"}:
        return None
    first = k + 1
    if first >= colon or colon - first > _LABEL_SPEAKER_MAX:
        return None
    if not any(toks[n].text[0].isupper() for n in range(first, colon)):
        return None  # "a statement from the office:" names no one
    return None, _chars(index, (first, colon)), None, quote.end, CONFIDENCE_COLON_CLAUSE


# Capitalized words that open a sentence without naming anyone: "The timing was odd:".
_NOT_NAMES = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "it", "its", "one", "some", "there"}
    | {"what", "here", "his", "her", "their", "our", "my", "your", "every", "each", "another"}
    | {"ever", "thanks", "now", "then", "still", "yet", "instead", "meanwhile", "later"}
)


def _bare_cue_sentence(
    index: TextIndex, cues: Sequence[Cue], firsts: Sequence[int], start: int, end: int
) -> bool:
    """Whether ``text[start:end]`` is only a speaker and a cue: ``Ruiz said.`` / ``said Ruiz.``

    Such a sentence says nothing of its own: it attributes the quotation before it.
    """
    return _bare_cue(index, cues, firsts, start, end) is not None


def _reports_a_clause(
    index: TextIndex, cues: Sequence[Cue], firsts: Sequence[int], start: int, end: int
) -> bool:
    """Whether the sentence ``text[start:end]`` opens with a speaker and a cue that introduces
    a ``that`` clause of its own (``Ruiz says that the reaction …``)."""
    if start >= end:
        return False
    toks = index.toks
    lo, hi = index.tok_at(start), index.tok_at(end)
    k = bisect.bisect_left(firsts, lo)
    if k >= len(cues) or cues[k].last >= hi or cues[k].first == lo:
        return False
    cue = cues[k]
    left = left_speaker(toks, cue.first, lo)
    if left is None or left[0] != lo:
        return False
    tail = cue_tail(toks, cue.last + 1, hi)
    return tail < hi and toks[tail].lower == "that"


def _bare_cue(
    index: TextIndex, cues: Sequence[Cue], firsts: Sequence[int], start: int, end: int
) -> tuple[Cue, tuple[int, int]] | None:
    """The cue and speaker tokens of a sentence that is only those (and the cue's adjuncts):
    ``Ruiz said.``, ``said Ruiz.``, ``Ruiz said in a statement Tuesday.``"""
    if start >= end:
        return None
    toks = index.toks
    lo, hi = index.tok_at(start), index.tok_at(end)
    while hi > lo and toks[hi - 1].text in {".", "!"}:
        hi -= 1
    k = bisect.bisect_left(firsts, lo)
    if k < len(cues) and cues[k].form == "in a statement" and k > 0:
        k -= 1  # "Ruiz said in a statement.": the phrase is the verb's adjunct
    if k >= len(cues) or cues[k].first < lo or cues[k].last >= hi:
        return None
    if k + 1 < len(cues) and cues[k + 1].first < hi and cues[k + 1].form != "in a statement":
        return None
    cue = cues[k]
    if cue.lemma not in _BARE_CUE_LEMMAS:
        return None
    if cue.first == lo:
        right = right_speaker(toks, cue.last + 1, hi)
        if right is not None and cue_tail(toks, right[1], hi) >= hi:
            return cue, right
        return None
    left = left_speaker(toks, cue.first, lo)
    if left is not None and left[0] == lo and cue_tail(toks, cue.last + 1, hi) >= hi:
        return cue, left
    return None


def _bare_cue_before(
    index: TextIndex,
    quote: Quotation,
    cues: Sequence[Cue],
    firsts: Sequence[int],
    s_start: int,
    used: set[int],
) -> _Attached | None:
    """``Ruiz said in a statement. “…”``: a quotation opening a sentence right after one that
    is only a speaker and a cue (a period typed for the colon) is that speaker's."""
    if not _only_punctuation_in(index.text, s_start, quote.start) or s_start == 0:
        return None
    p_start = index.paragraphs[index.paragraph_index(quote.start)][0]
    previous = index.sentence_of(s_start - 1)
    if previous[0] < p_start or previous[1] > s_start:
        return None
    if _last_char(index.text, previous[0], previous[1]) != ".":
        return None
    bare = _bare_cue(index, cues, firsts, previous[0], previous[1])
    if bare is None:
        gesture = _gesture_sentence(index, previous[0], previous[1])
        if gesture is None:
            return None
        # "McCain laughed. “I know everybody says that.”": the one who laughed speaks
        return None, _chars(index, gesture), None, quote.end, CONFIDENCE_COLON_CLAUSE
    if bare[0].first in used:
        return None
    cue, speaker = bare
    return cue, _chars(index, speaker), None, quote.end, CONFIDENCE_BARE_BEFORE


# Verbs of a gesture that a speaker makes before speaking: "McCain laughed. “…”".
_GESTURES = frozenset(
    {"laughed", "smiled", "shrugged", "paused", "sighed", "chuckled", "grinned", "nodded"}
    | {"winced", "frowned", "laughs", "smiles", "shrugs", "pauses", "sighs", "chuckles"}
)


def _gesture_sentence(index: TextIndex, start: int, end: int) -> tuple[int, int] | None:
    """The subject tokens of a sentence that is only a subject and a gesture (``McCain
    laughed.``, ``She paused briefly.``), else None."""
    toks = index.toks
    lo, hi = index.tok_at(start), index.tok_at(end)
    while hi > lo and toks[hi - 1].text in {".", "!"}:
        hi -= 1
    verb = hi - 1
    if verb > lo and toks[verb].lower.endswith("ly") and toks[verb].text.islower():
        verb -= 1  # "She paused briefly."
    if verb <= lo or toks[verb].lower not in _GESTURES or not toks[verb].text.islower():
        return None
    subject = left_speaker(toks, verb, lo)
    if subject is None or subject[0] != lo or subject[1] != verb:
        return None
    return subject if _names_a_person([toks[i].text for i in range(lo, verb)]) else None


# Cues whose subject may be a thing bearing words: "a sign that read", "a letter that said".
_WRITTEN_LEMMAS = frozenset({"say", "read", "write", "state", "declare", "proclaim", "warn"})
_BARE_CUE_LEMMAS = frozenset({"say", "add", "tell", "write", "explain", "continue", "note"})

_COLON_GAP_MAX = 12  # tokens between a cue's adjuncts and the colon before its quotation

_Attached = tuple[Cue | None, tuple[int, int] | None, tuple[int, int] | None, int, float]


def _trailing(
    index: TextIndex,
    quote: Quotation,
    cues: Sequence[Cue],
    firsts: Sequence[int],
    window_end: int,
) -> _Attached | None:
    """``“…,” X said`` / ``“…,” said X`` / ``“…” — X`` / ``“…,” came the reply from X``."""
    toks = index.toks
    j = index.tok_at(quote.end)
    hi = index.tok_at(window_end)
    if j >= hi:
        return None
    reply = _came_reply(index, quote)
    if reply is not None:
        cue, right = reply
        end = toks[(right[1] if right is not None else cue.last + 1) - 1].end
        return cue, _chars(index, right), None, end, CONFIDENCE_ADJACENT
    dash = toks[j].text in _DASHES
    if toks[j].text == "," or dash:
        j += 1
    while dash and j < hi and toks[j].text in _DASHES:
        j += 1  # "“…” -- X said": a dash typed as two hyphens
    k = bisect.bisect_left(firsts, j)
    reach = min(hi, j + 40)
    while k < len(cues) and cues[k].first < reach:
        cue = cues[k]
        k += 1
        if cue.lemma == "according to" and cue.first == j:
            right = right_speaker(toks, cue.last + 1, hi)
            if right is not None:
                return cue, _chars(index, right), None, toks[right[1] - 1].end, CONFIDENCE_ADJACENT
        left = left_speaker(toks, cue.first, j)
        if (
            left is None
            and cue.first == j + 1
            and toks[j].text.isalpha()
            and toks[j].text[0].isupper()
            and toks[j].lower not in _SUBORDINATORS
            and toks[j].lower not in _RELATIVE_LEADS
            and toks[j].lower not in _SENTENCE_LEADS
        ):
            left = (j, j + 1)  # "“…,” From said.": a surname that is also a function word
        if (
            left is not None
            and left[0] > j
            and _plain_words(toks, j, left[0])
            and not any(toks[n].lower in _TRAILING_CUES for n in range(j, left[0]))
            # not "“…,” the crowd chanted as the senator spoke": a cue in a clause of its own
            and not any(toks[n].lower in _SUBORDINATORS for n in range(j + 1, left[0]))
        ):
            # "“…,” a narrator in the campaign ad asks": everything up to the cue is the speaker.
            left = (j, left[1])
        if (
            left is not None
            and left[0] == j
            and toks[j].lower not in _SUBORDINATORS
            and toks[j].lower not in _RELATIVE_LEADS
        ):
            tail, addressee = _cue_end(toks, cue, hi)
            end = toks[tail - 1].end
            return cue, _chars(index, left), _chars(index, addressee), end, CONFIDENCE_ADJACENT
        if cue.first == j and not cue.form.split(" ", 1)[0].endswith("ing"):
            # "“…,” said X" (not "“…,” referring to X": a participle describes the quote)
            start = cue_tail(toks, cue.last + 1, hi)
            right = _inverted_speaker(toks, start, hi)
            if (
                right is None
                and start < hi
                and toks[start].lower in _PRONOUN_SPEAKERS
                and (start + 1 >= hi or toks[start + 1].text in _CLAUSE_MARKS)
            ):
                right = (start, start + 1)  # "“…,” said one." / "“…,” tweeted another."
            if right is not None:
                right = _before_relative_cue(toks, right, cues, firsts)
                tail = cue_tail(toks, right[1], hi)
                end = toks[tail - 1].end
                return cue, _chars(index, right), None, end, CONFIDENCE_ADJACENT
    if dash:
        right = right_speaker(toks, j, hi)
        if right is not None and right[1] >= hi - 1:
            return None, _chars(index, right), None, toks[right[1] - 1].end, CONFIDENCE_DASH
        if right is not None and _dash_context(index, quote, right, hi):
            # "“Such a nasty woman.” — Donald Trump, on Hillary Clinton": a list's byline
            return None, _chars(index, right), None, toks[hi - 1].end, CONFIDENCE_DASH
        return None
    return _unlisted_verb(index, quote, j, hi)


_BYLINE_MAX = 40  # tokens of a byline paragraph: "— Ann Ruiz, quoted by The Ledger, on …"


def _byline_paragraph(index: TextIndex, quote: Quotation, paragraph: int) -> _Attached | None:
    """``“…”`` alone in its paragraph (or a list item's), then a paragraph that opens with a
    dash and a name (``— Ann Ruiz, quoted by The Ledger, on the port plan``): the name is the
    speaker, and the byline is the attribution's clause (its cue words are not statements)."""
    text = index.text
    toks = index.toks
    first_paragraph = index.paragraph_index(quote.start)
    if not _opens_paragraph(text, index.paragraphs[first_paragraph][0], quote):
        return None
    if paragraph + 1 >= len(index.paragraphs):
        return None
    b_start, b_end = index.paragraphs[paragraph + 1]
    lo, hi = index.tok_at(b_start), index.tok_at(b_end)
    if hi - lo > _BYLINE_MAX or lo >= hi:
        return None
    k = lo
    while k < hi and k - lo < 2 and toks[k].text in _DASHES:
        k += 1  # "—", "–", "-" or "--" typed as two hyphens
    if k == lo or k >= hi or not toks[k].text[0].isupper():
        return None
    if any(toks[n].text in _DASHES for n in range(max(k, hi - 2), hi)):
        return None  # "– An immigrant himself –": a subheading between dashes
    name = right_speaker(toks, k, hi)
    if name is None or name[0] != k:
        return None
    words = [toks[n].text for n in range(*name) if toks[n].text[0].isalpha()]
    if not (_names_a_person(words) or any(w.lower() in TITLES for w in words)):
        return None  # "- Cut taxes": a list item under the quotation, no name or role
    return None, _chars(index, name), None, toks[hi - 1].end, CONFIDENCE_DASH


_DASH_CONTEXT_MAX = 16  # tokens of the context after "— Name," up to the end of the line
_NOT_CONTEXT_LEADS = frozenset({"and", "or", "but", "nor", "then", "so"})


def _dash_context(index: TextIndex, quote: Quotation, name: tuple[int, int], hi: int) -> bool:
    """Whether ``“…” — Name, <context>`` is a byline: a whole statement in marks (or a list
    item's quotation, opening its paragraph), a dash, a name, then a short context up to the
    end of its line, after a comma (``, on Hillary Clinton``, ``, in a statement``, ``, the
    Republican nominee``) or a preposition (``to Jeb Bush``, ``on taxes``), that holds no
    speech verb of its own (``— Ruiz, Lee and Park said`` is read elsewhere)."""
    toks = index.toks
    name_end = name[1]
    if quote.looks_like_title:
        return False
    if not _closes_statement(index.text, quote, stops=".?!"):
        p_start = index.paragraphs[index.paragraph_index(quote.start)][0]
        if not _opens_paragraph(index.text, p_start, quote):
            return False
    if not toks[name[0]].text[0].isupper():
        return False  # "— the slogan, printed on hats": a name, not a description
    if not name_end + 1 < hi <= name_end + 1 + _DASH_CONTEXT_MAX:
        return False
    lead = toks[name_end]
    if lead.text == ",":
        if toks[name_end + 1].lower in _NOT_CONTEXT_LEADS:
            return False
    elif not (lead.text.islower() and lead.lower in _BYLINE_PREPOSITIONS):
        return False
    return not any(
        toks[n].lower in _TRAILING_CUES or toks[n].text in _QUOTE_MARKS
        for n in range(name_end + 1, hi)
    )


# Prepositions that may follow the name of a byline: "— Donald Trump to Jeb Bush".
_BYLINE_PREPOSITIONS = frozenset({"to", "on", "at", "in", "about", "during", "after", "via"})


_UNLISTED_MIN_WORDS = 3  # words of a quotation that an unlisted verb may attribute
_NOT_SPEECH_ED = frozenset({"used", "based", "aged", "need", "seed", "speed", "feed", "bred"})


def _unlisted_verb(index: TextIndex, quote: Quotation, j: int, hi: int) -> _Attached | None:
    """``“We will see,” Ruiz deadpanned.`` / ``“…,” he sighed``: a quotation closed by a
    comma (or ``?``/``!``), then a speaker and a past-tense verb outside the lexicon that ends
    the sentence (with its adjuncts) is that speaker's; the verb is the cue."""
    text = index.text
    toks = index.toks
    if not _closes_statement(text, quote, stops=",?!") or quote.looks_like_title:
        return None
    if len(_WORD.findall(text, quote.inner_start, quote.inner_end)) < _UNLISTED_MIN_WORDS:
        return None
    right = right_speaker(toks, j, hi)
    if right is None or right[0] != j or right[1] >= hi:
        return None
    k = right[1]
    verb = toks[k].text
    irregular = _IRREGULAR_VOICING.get(verb)
    if irregular is None and not (
        verb.isalpha() and verb.islower() and verb.endswith("ed") and len(verb) > 4
    ):
        return None
    if verb in _NOT_SPEECH_ED or verb in AUXILIARIES:
        return None
    stop = before_stops(toks, k + 1, hi)
    tail = cue_tail(toks, k + 1, stop)
    if tail < stop and toks[tail].text != "," and toks[tail].lower not in _VOICING_CLAUSES:
        return None  # "“…,” the show opened its doors": an object, another verb
    cue = word_cue(toks, k, irregular or _past_lemma(verb))
    return cue, _chars(index, right), None, toks[tail - 1].end, CONFIDENCE_UNLISTED


# Subordinators that may follow the verb and start a clause of their own: "“…,” the crowd
# chanted as the senator spoke".
_VOICING_CLAUSES = frozenset({"as", "while", "when", "before", "after"})

# Irregular past tenses of voicing words, in the same place: "“…,” a band sang." (a lexicon
# cue "sang" would also take "sang the anthem" and "sang “Happy Birthday”": songs, not words
# of the singer's own; chanted is regular and already read here)
_IRREGULAR_VOICING = {"sang": "sing", "wept": "weep", "spat": "spit"}


def _past_lemma(verb: str) -> str:
    """A lemma for a regular past form, by spelling rules (the cue's label only): sighed ->
    sigh, deadpanned -> deadpan, cried -> cry, chuckled -> chuckle, fumed -> fume."""
    stem = verb[:-2]
    vowels = "aeiou"
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" + vowels:
        return stem[:-1]
    if len(stem) > 2 and stem[-1] == "l" and stem[-2] not in vowels:
        return stem + "e"  # chuckled, grumbled
    if len(stem) > 3 and stem.endswith("at") and stem[-3] not in vowels:
        return stem + "e"  # retaliated, elaborated
    single_vowel = len(stem) > 2 and stem[-2] in vowels and stem[-3] not in vowels
    if single_vowel and (stem[-1] in "mpvzcs" or (stem[-1] == "l" and stem[-2] in "iou")):
        return stem + "e"  # fumed, griped, smiled (marveled keeps marvel)
    return stem


# Capitalized words after a quotation that open a clause and name no one: "“…,” Then said X".
_SENTENCE_LEADS = frozenset({"then", "so", "now", "also", "and", "but", "here", "there", "it"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whom"})
# Words that open a relative clause after a quotation: "“…,” which Ruiz thinks is true".
_RELATIVE_LEADS = frozenset({"which", "that", "who", "whom", "where"})
# Pronouns that stand for a speaker after an inverted cue: "said one", "wrote another".
_PRONOUN_SPEAKERS = frozenset({"one", "another", "others", "many", "some", "several"})
# Words that open an adverbial clause, never a speaker: "“…,” after the aide praised him".
_SUBORDINATORS = frozenset(
    {"after", "before", "when", "until", "while", "because", "since", "if", "unless", "as"}
    | {"though", "although", "once", "whereas", "whether"}
)


def _before_relative_cue(
    toks: Sequence[Tok], speaker: tuple[int, int], cues: Sequence[Cue], firsts: Sequence[int]
) -> tuple[int, int]:
    """``said X, who added that …``: the speaker stops before a relative clause with a cue.

    The relative clause is a statement of its own (reported or mixed), not part of the name.
    """
    k = bisect.bisect_right(firsts, speaker[0])
    if k >= len(cues) or cues[k].first >= speaker[1]:
        return speaker
    n = cues[k].first - 1
    while n > speaker[0] and toks[n].lower in AUXILIARIES:
        n -= 1
    if n <= speaker[0] + 1 or toks[n].lower not in _RELATIVE_PRONOUNS or toks[n - 1].text != ",":
        return speaker
    return speaker[0], n - 1


def _after_comma(toks: Sequence[Tok], first: int, lo: int) -> bool:
    """Whether token ``first`` follows a comma, maybe inside a closing mark (``,”`` / ``,''``)."""
    k = first - 1
    while k > lo and k >= first - 2 and toks[k].text in _QUOTE_MARKS:
        k -= 1
    return k >= lo and toks[k].text == ","


_INVERTED_NAME_MAX = 6  # tokens of a name looked at for a time phrase after it


def _inverted_speaker(toks: Sequence[Tok], start: int, hi: int) -> tuple[int, int] | None:
    """The speaker after ``“…,” said``, with a leading participle adjective kept.

    ``said retired neurosurgeon Ann Ruiz``, ``said undecided voter Ann Ruiz``: the phrase
    finder stops at a lower-case ``-ed`` word, which here modifies the title.
    """
    right = right_speaker(toks, start, hi)
    # "said Obama last month", "said Ann Ruiz on Friday": the name ends before a time phrase
    # (looked for before any punctuation: an appositive may hold its own time phrase)
    end = right[1] if right is not None else min(hi, start + _INVERTED_NAME_MAX)
    for k in range(start + 1, end):
        if not toks[k].text[0].isalnum():
            break
        if skip_adverbials(toks, k, hi) > k:
            trimmed = right_speaker(toks, start, k)
            if trimmed is not None and trimmed[0] == start:
                return trimmed
            break
    if right is not None or start + 1 >= hi:
        return right
    word = toks[start].text
    if not (word.islower() and word.endswith("ed")):
        return None
    rest = right_speaker(toks, start + 1, hi)
    if rest is None or rest[0] != start + 1:
        return None
    return start, rest[1]


_INVERTED_LEAD_LEMMAS = frozenset({"say", "add", "write", "ask", "note", "explain", "reply"})
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "be"})


# Verbs of beginning and going on before a cue's participle: "began chanting", "kept saying".
_ASPECTUALS = frozenset(
    {"began", "begun", "begin", "begins", "started", "start", "starts", "kept", "keeps"}
    | {"continued", "continues", "resumed", "broke", "burst"}
)


def _verb_before_cue(toks: Sequence[Tok], cue: Cue, lo: int) -> int | None:
    """The verb of ``began by saying`` / ``was prompted to say`` / ``began chanting`` (its
    first token), if any."""
    k = cue.first - 2
    if k <= lo:
        return None
    link = toks[cue.first - 1].lower
    if link in _ASPECTUALS and cue.form.endswith("ing"):
        return cue.first - 1  # "the crowd began chanting “…”": the aspectual verb's subject
    if not (
        (link == "by" and cue.form.endswith("ing"))
        or (link == "to" and not cue.form.endswith(("ing", "ed", "s")))
    ):
        return None
    verb = toks[k].text
    if not (verb.isalpha() and verb.islower()):
        return None
    if toks[k - 1].lower in _PASSIVE_AUXILIARIES:
        k -= 1
    return k


# Things that bear words, before "reading"/"saying": "a hat reading “…”", "signs saying “…”".
_BEARERS = frozenset(
    {"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "hat"}
    | {"hats", "cap", "caps", "shirt", "shirts", "t-shirt", "t-shirts", "button", "buttons"}
    | {"sticker", "stickers", "billboard", "billboards", "message", "messages", "headline"}
    | {"note", "card", "cards", "flag", "flags", "mug", "mugs", "plaque", "caption", "tweet"}
)
_BEARING_FORMS = {"reading": "read", "saying": "say", "reads": "read", "says": "say"}
_BEARER_MODIFIERS_MAX = 4
_BEARER_PHRASE_MAX = 4  # tokens from the preposition to "reading": "on his Facebook page"
_BEARER_PREPS = frozenset({"on", "in", "at", "from", "to"})
# Verbs whose subject wrote the words the bearer carries: "Ruiz posted a message reading …".
_POSTING_VERBS = frozenset(
    {"posted", "tweeted", "sent", "shared", "published", "issued", "released", "wrote"}
    | {"posts", "tweets", "sends", "shares", "publishes", "issues", "releases", "writes"}
)


def _bearer(
    index: TextIndex, quote: Quotation, s_start: int, cues: Sequence[Cue], firsts: Sequence[int]
) -> _Attached | None:
    """``a Trump campaign hat reading, “…”`` / ``signs saying “…”``: the quotation is the
    wording of the thing named right before ``reading``/``saying``; that noun phrase is the
    speaker (direct, the participle the cue)."""
    toks = index.toks
    lo = index.tok_at(s_start)
    k = index.tok_at(quote.start) - 1
    if k > lo and toks[k].text == ",":
        k -= 1
    if k - 1 <= lo or toks[k].lower not in _BEARING_FORMS:
        return None
    head = k - 1
    if toks[head].lower not in _BEARERS:
        # "a message on Twitter reading “…”": a short phrase between the noun and "reading"
        j = head
        while j > lo and k - j <= _BEARER_PHRASE_MAX and toks[j].lower not in _BEARER_PREPS:
            j -= 1
        if toks[j].lower not in _BEARER_PREPS or j - 1 <= lo or toks[j - 1].lower not in _BEARERS:
            return None
        head = j - 1
    first = head  # the bare noun ("signs"), or from a determiner a few words back
    j = head
    while j > lo and head - j < _BEARER_MODIFIERS_MAX:
        word = toks[j - 1]
        if word.lower in _DETERMINERS or word.lower in {"a", "an"}:
            first = j - 1
            break
        if not word.text.isalpha() or word.lower in _PHRASE_LINKS or word.lower in _NOT_MODIFIERS:
            break
        j -= 1
    n = bisect.bisect_left(firsts, k)
    if n < len(cues) and cues[n].first == k:
        cue = cues[n]
    else:
        cue = word_cue(toks, k, _BEARING_FORMS[toks[k].lower])
    if first - 1 > lo and toks[first - 1].lower in _POSTING_VERBS:
        # "Ruiz posted a message reading “…”": the one who posted it said it
        poster = left_speaker(toks, first - 1, lo)
        if poster is not None:
            return cue, _chars(index, poster), None, quote.end, CONFIDENCE_BEFORE
    return cue, _chars(index, (first, head + 1)), None, quote.end, CONFIDENCE_BEFORE


# Verbs of a crowd voicing words together (not lexicon cues: PolNeAR train does not mark
# chants as attributions, so "the crowd chanted “…”" is no quote of ours either).
_CHANTING = frozenset({"chant", "chanted", "chanting", "chants", "sang", "singing", "sing"})


def _chanted_between(index: TextIndex, start: int, end: int) -> bool:
    """Whether a verb of chanting lies between characters ``start`` and ``end`` (in the last
    few tokens before ``end``): the quotation after it is what others chanted, no
    continuation of the quote before it."""
    toks = index.toks
    last = index.tok_at(end)
    first = max(index.tok_at(start), last - _CHANT_VERB_REACH)
    return any(toks[k].lower in _CHANTING for k in range(first, last))


_CHANT_VERB_REACH = 6  # tokens: "who also chanted", "the crowd chanted back at him,"


# Nouns of voices raised together, before "of": "chants of “…”", "cries of “…”".
_CHANTS = {"chant": "chant", "chants": "chant", "cries": "cry", "shouts": "shout"}
_CHANTS.update({"chorus": "chant", "choruses": "chant", "cry": "cry", "shout": "shout"})
# Words between the verb and the chant noun: "responded with loud chants of".
_CHANT_LINKS = frozenset({"with", "into", "in", "a", "the", "loud", "more", "repeated"})
_CHANT_REACH = 4
# Irregular past tenses of breaking into song: "The crowd broke into chants of".
_CHANT_VERBS = frozenset({"broke", "burst", "began", "rang", "went", "led", "shook"})
_BE_FORMS = frozenset({"was", "were", "is", "are", "be", "been", "being", "got", "get"})


def _chant(index: TextIndex, quote: Quotation, s_start: int) -> _Attached | None:
    """``Ruiz supporters responded with chants of “…”``: the words of the subject of the
    verb before the chant noun (direct, the noun the cue); none without such a subject
    (``amid chants of “…”``)."""
    toks = index.toks
    lo = index.tok_at(s_start)
    qa = index.tok_at(quote.start)
    if qa - 2 > lo and toks[qa - 1].text == ",":
        qa -= 1  # "broke into a chant of, “…”", "erupted in the chant, “…”"
        if toks[qa - 1].lower in _CHANTS:
            qa += 1  # the noun right before the comma stands where "of" would
    if qa - 2 <= lo or toks[qa - 1].lower not in {"of", ","} or toks[qa - 2].lower not in _CHANTS:
        return None
    noun = qa - 2
    verb = noun - 1
    while verb > lo and noun - verb <= _CHANT_REACH and toks[verb].lower in _CHANT_LINKS:
        verb -= 1
    word = toks[verb].text
    if verb == noun - 1 or not (word.endswith("ed") or word in _CHANT_VERBS):
        return None  # "amid chants of", "It wasn’t just the cries of": no one to credit
    if verb - 1 >= lo and toks[verb - 1].lower in _BE_FORMS:
        return None  # "was met with chants of": the subject heard them
    speaker = left_speaker(toks, verb, lo)
    if speaker is None:
        return None
    cue = word_cue(toks, noun, _CHANTS[toks[noun].lower])
    return cue, _chars(index, speaker), None, quote.end, CONFIDENCE_BEFORE


# Lower-case words inside a noun phrase before a determiner: "the head of the union".
_PHRASE_LINKS = frozenset({"and", "or", "of", "for", "in", "at", "on", "from", "with", "to", "by"})
_OBJECT_LEADS = _DETERMINERS | {"a", "an", "him", "them", "me", "us"}


def _before_verb_object(
    toks: Sequence[Tok], subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``subject`` cut before a verb with its object: "Mr. Ruiz shook his head" -> "Mr. Ruiz"."""
    if subject is None:
        return None
    first, end = subject
    for i in range(first + 1, end - 1):
        word = toks[i].text
        if (
            word.isalpha()
            and word.islower()
            and word not in _PHRASE_LINKS
            and toks[i + 1].lower in _OBJECT_LEADS
        ):
            return first, i
    return subject


# Words that open an adjunct between a cue and its quotation: "said in the spring, when ...,".
_ADJUNCT_LEADS = frozenset({"in", "on", "at", "during", "after", "before", "when", "while"})
_RESPONSE_NOUNS = frozenset({"response", "reply", "reference", "addition", "regard"})


# Participles that modify the interview or article a cue's adjunct names: "told the Ledger in
# an interview published Tuesday, “…”", "said in remarks aired Sunday, “…”".
_PUBLISHED = frozenset(
    {"published", "aired", "broadcast", "posted", "released", "conducted", "recorded", "taped"}
    | {"televised", "filmed", "streamed"}
)


def _adjunct_then_comma(index: TextIndex, cue: Cue, tail: int, qa: int, quote: Quotation) -> bool:
    """``X said in the spring, when the story broke, “I did not …”``: a short adjunct and a
    comma between a speech cue and a quotation that opens with a capital and ends the sentence."""
    toks = index.toks
    text = index.text
    return (
        cue.category == "speech"
        and tail < qa
        and (
            toks[tail].lower in _ADJUNCT_LEADS
            or toks[tail].lower in _PUBLISHED
            # "tweeted in response to weather reports, “…”": the rest of "in response to"
            or (toks[tail].lower == "to" and toks[tail - 1].lower in _RESPONSE_NOUNS)
        )
        and qa - tail <= _COLON_GAP_MAX
        and toks[qa - 1].text == ","
        and _opens_capitalized(text, quote)
        and _only_punctuation_in(text, quote.end, index.sentence_of(quote.end - 1)[1])
        and not any(
            toks[n].text in _QUOTE_MARKS or toks[n].text in {";", ":"} for n in range(tail, qa)
        )
    )


# A sentence adverbial between a cue and its quotation: "said on the other hand, “…”".
_SENTENCE_ADVERB = re.compile(
    r"""
    ,?[ ]*
    (?:on[ ]the[ ]other[ ]hand         # a contrast
    | at[ ](?:one|some|that|the[ ]time|the[ ]same[ ]time|another)[ ]?(?:point|time)?
    | in[ ](?:turn|part|short|fact|particular|other[ ]words)
    | for[ ](?:example|instance|his[ ]part|her[ ]part|their[ ]part)
    | once[ ]again | by[ ]contrast | in[ ]contrast | of[ ]course)
    [ ]*,                              # the comma that introduces the quotation
    """,
    re.VERBOSE | re.IGNORECASE,
)


# A spoken quotation mark between a cue and its quotation, as transcripts type it: "said,
# quote, “…”", "said, and I quote: “…”".
_SPOKEN_QUOTE = re.compile(
    r"""
    ,?[ ]*
    (?:and[ ]I[ ])?quote               # "quote" / "and I quote"
    [ ]*[,:]?                          # the comma or colon that introduces the quotation
    """,
    re.VERBOSE | re.IGNORECASE,
)


# Prepositions whose object does not introduce a quotation with a participle: "a pitch to
# voters saying, “…”", "they were against the plan saying, “…”" (the subject speaks).
_OBJECT_PREPOSITIONS = frozenset({"to", "for", "against", "into", "toward", "towards"})


def _leading(
    index: TextIndex,
    quote: Quotation,
    cues: Sequence[Cue],
    firsts: Sequence[int],
    floor_char: int,
    *,
    colon_only: bool = False,
    comma: bool = False,
    used: set[int],
    previous: tuple[int, int] | None = None,
) -> _Attached | None:
    """``X said: “…”`` / ``X told Y, “…”`` / ``according to X, “…”`` (the quote ends it).

    With ``colon_only``, only a colon may stand between the cue and the quotation (or a comma,
    with ``comma``: a cue that ends the paragraph before)."""
    toks = index.toks
    text = index.text
    qa = index.tok_at(quote.start)
    lo = index.tok_at(floor_char)
    k = bisect.bisect_left(firsts, qa) - 1
    if k < 0 or cues[k].first < lo or cues[k].first in used:
        return _colon_speaker(index, quote, lo, qa)
    if (
        cues[k].form == "in a statement"
        and k > 0
        and cues[k - 1].last + 1 == cues[k].first
        and cues[k - 1].first >= lo
        and cues[k - 1].first not in used
    ):
        k -= 1  # "X said in a statement: “…”": the verb is the cue, the phrase its adjunct
    cue = cues[k]
    introduced = _last_char(text, cues[k].end, quote.start) in {",", ":"}
    if (
        not colon_only
        and not introduced
        and not _only_punctuation_in(text, quote.end, index.sentence_of(quote.end - 1)[1])
    ):
        return None
    if toks[cue.first].text == "Said":
        # "Said Ann Ruiz, a neighbor, “…”": the speaker follows the capitalized cue.
        right = right_speaker(toks, cue.last + 1, qa)
        if right is None or right[0] != cue.last + 1 or not introduced:
            return None
        return cue, _chars(index, right), None, quote.end, CONFIDENCE_BEFORE
    if cue.lemma == "according to":
        right = right_speaker(toks, cue.last + 1, qa)
        if right is None:
            return None
        gap = text[toks[right[1] - 1].end : quote.start]
        if gap.strip() not in {",", ":"}:
            return None
        return cue, _chars(index, right), None, quote.end, CONFIDENCE_BEFORE
    if (
        cue.first > lo
        and toks[cue.first - 1].text == ","
        and cue.lemma in _INVERTED_LEAD_LEMMAS
        and not cue.form.endswith("ing")
        and (right := right_speaker(toks, cue.last + 1, qa)) is not None
        and right[0] == cue.last + 1
        and text[toks[right[1] - 1].end : quote.start].strip() in {",", ":"}
    ):
        # "But, said Ruiz, “…”" / "In other words, explained X: “…”": an inverted cue.
        return cue, _chars(index, right), None, quote.end, CONFIDENCE_BEFORE
    tail, addressee = _cue_end(toks, cue, qa)
    gap = text[toks[tail - 1].end : quote.start].strip()
    if colon_only:
        if gap != ":" and not gap.endswith(":") and not (comma and gap == ","):
            return None
        if not _only_punctuation(gap):
            return None
    elif (
        gap not in {",", ":", ""}
        # "X said in a recent issue of the magazine: “…”": a colon after a short adjunct
        and not (gap.endswith(":") and qa - tail <= _COLON_GAP_MAX and cue.category == "speech")
        # "X said in the spring, when the story broke, “I …”"
        and not _adjunct_then_comma(index, cue, tail, qa, quote)
        # "X said on the other hand, “…”", "X said at one point, “…”"
        and _SENTENCE_ADVERB.fullmatch(gap) is None
        # "the president said quote, “…”, end quote" (a transcript's spoken marks)
        and _SPOKEN_QUOTE.fullmatch(gap) is None
    ):
        return None
    if cue.lemma in _NAMING_LEMMAS and gap == "" and _title_case(text, quote):
        return None  # "a movie called “Gifted Hands.”": a title named, not words said
    speaker = (
        left_speaker(toks, cue.first, lo)
        or subject_of(toks, cue.first, lo)
        # "Ruiz -- who has served since 2009 -- said: “…”": a subject and its dashed aside
        or dash_aside_subject(toks, cue.first, lo)
    )
    if speaker is not None and object_before_participle(
        toks, cue, speaker, lo, prepositions=_OBJECT_PREPOSITIONS
    ):
        # "X told reporters they were against the plan saying, “…”": the plan is an object;
        # the subject of the sentence speaks.
        speaker = opening_subject(toks, lo, speaker[0] - 1) or speaker
    if speaker is None and cue.first - 1 > lo and toks[cue.first - 1].lower == "and":
        # "Ruiz shook her head and said, “No.”": the subject of the first verb
        speaker = _before_verb_object(toks, opening_subject(toks, lo, cue.first))
        if speaker is not None and speaker[1] >= cue.first - 1:
            speaker = None
    if speaker is None and (anchor := _verb_before_cue(toks, cue, lo)) is not None:
        # "He began by saying, “…”", "Lee was prompted to say, “…”": the verb's subject.
        speaker = left_speaker(toks, anchor, lo) or subject_of(toks, anchor, lo)
    if speaker is None and cue.form.endswith("ing"):
        # "..., adding, “…”", "On Friday, X deflected questions before saying, “…”": the
        # subject of the sentence (after an opening adverbial), or the previous speaker.
        speaker = right_speaker(toks, lo, cue.first, appositive=False)
        if speaker is None or speaker[0] != lo:
            speaker = opening_subject(toks, lo, cue.first)
            if speaker is not None and (speaker[0] == lo or toks[speaker[0] - 1].text != ","):
                speaker = None
        if speaker is None and previous is not None:
            return cue, previous, None, quote.end, CONFIDENCE_CARRIED
    if (
        speaker is None
        and cue.first > lo
        and toks[cue.first - 1].lower in {"that", "which"}
        and cue.lemma in _WRITTEN_LEMMAS
    ):
        # "a sign that read, “…”", "a message that said “…”": the relative pronoun stands for
        # the thing that bears the words (PolNeAR marks "that" as the source).
        speaker = (cue.first - 1, cue.first)
    if speaker is None:
        return None
    if (
        gap == ","
        and speaker[0] > lo
        and _after_comma(toks, speaker[0], lo)
        and not _opens_capitalized(text, quote)
    ):
        # "So when ..., Mr. Barrett said, “we were floored.”": a mixed quote, not a direct one
        # ("Asked about it, Ruiz said, “Not now.”" is direct: the quotation opens a sentence).
        return None
    return (
        cue,
        _chars(index, speaker),
        _chars(index, addressee),
        quote.end,
        CONFIDENCE_BEFORE,
    )
