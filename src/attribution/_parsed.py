"""What a trained pipeline adds: speakers from the dependency parse and entity boundaries.

Only used when the caller passed a pipeline with a parser (``doc.has_annotation("DEP")``); the
rules never need it. Two refinements, each kept because it helps on PolNeAR dev:

* a reported statement with no speaker (``…, saying …`` after a long opening clause; a cue
  whose subject the rules could not delimit) takes the subject of its cue verb, climbing from a
  participle or a coordinated verb to the verb it depends on;
* a speaker that cuts a named entity in two is widened to the whole entity;
* a verb outside the cue lexicon with a subject and a clausal complement (``the poll shows
  that …``) is a ``belief`` attribution (PolNeAR's broad notion of attribution).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from attribution._cues import Cue
from attribution._reported import Found
from attribution._text import TextIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["refine_with_parse"]

# Dependencies through which a cue verb takes the subject of the verb it hangs on.
_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_SUBJECTS = frozenset({"nsubj"})
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_MAX_CLIMB = 3
_MIN_CONTENT = 12
CONFIDENCE_PARSED = 0.5


def refine_with_parse(doc: Doc, index: TextIndex, found: Sequence[Found]) -> list[Found]:
    """``found`` with speakers filled from the parse and widened to whole entities."""
    if not doc.has_annotation("DEP"):
        return list(found)
    ents = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _SPEAKER_ENTITIES]
    ent_starts = [start for start, _ in ents]
    out: list[Found] = []
    for item in found:
        speaker = item.speaker
        if speaker is None and item.cue is not None and item.kind != "direct":
            speaker = _subject_of_cue(doc, item)
        if speaker is not None and ents:
            speaker = _widen(speaker, ents, ent_starts)
        out.append(item if speaker == item.speaker else attrs.evolve(item, speaker=speaker))
    out.extend(_clausal_verbs(doc, index, out))
    return out


def _clausal_verbs(doc: Doc, index: TextIndex, found: Sequence[Found]) -> list[Found]:
    """``The poll shows that …``: a verb outside the lexicon with a subject and a clause.

    Its category is ``belief`` (stances, findings, decisions), so the speech view is unchanged.
    """
    taken = sorted(f.content for f in found)
    taken_starts = [start for start, _ in taken]
    cue_starts = {f.cue.start for f in found if f.cue is not None}
    out: list[Found] = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or verb.idx in cue_starts:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if clause is None or subject is None or clause.i < verb.i or subject.i > verb.i:
            continue
        if not any(c.dep_ == "mark" for c in clause.children):
            continue  # only "that"/"whether" clauses: bare ones are often not attributions
        start = clause.left_edge.idx
        last = clause.right_edge
        while last.i > clause.i and last.is_punct:
            last = last.nbor(-1)
        end = last.idx + len(last.text)
        k = bisect.bisect_right(taken_starts, end) - 1
        if k >= 0 and taken[k][1] > start:
            continue  # inside or over an attribution already found
        if subject.left_edge.i < verb.sent.start or end - start < _MIN_CONTENT:
            continue
        first = index.tok_at(verb.idx)
        cue = Cue(
            first=first,
            last=first,
            start=verb.idx,
            end=verb.idx + len(verb.text),
            lemma=verb.lemma_.lower(),
            category="belief",
            strength="weak",
            form=verb.lower_,
        )
        speaker_last = subject.right_edge
        out.append(
            Found(
                kind="indirect",
                content=(start, end),
                fragments=(),
                cue=cue,
                speaker=(subject.left_edge.idx, speaker_last.idx + len(speaker_last.text)),
                confidence=CONFIDENCE_PARSED,
            )
        )
    return out


def _subject_of_cue(doc: Doc, item: Found) -> tuple[int, int] | None:
    cue = item.cue
    assert cue is not None
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return None
    verb: Token = span.root
    for _ in range(_MAX_CLIMB):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                start = child.left_edge.idx
                last = child.right_edge
                end = last.idx + len(last.text)
                content_start, content_end = item.content
                if start < content_end and content_start < end:
                    return None  # the "subject" lies inside the content
                return start, end
        if verb.dep_ not in _CLIMB or verb.head is verb:
            return None
        verb = verb.head
    return None


def _widen(
    speaker: tuple[int, int], ents: Sequence[tuple[int, int]], ent_starts: Sequence[int]
) -> tuple[int, int]:
    """Widen ``speaker`` to the entities it cuts: ``Hillary`` of ``Hillary Clinton``."""
    start, end = speaker
    k = bisect.bisect_right(ent_starts, start) - 1
    if k >= 0 and ents[k][0] < start < ents[k][1]:
        start = ents[k][0]
    k = bisect.bisect_left(ent_starts, end) - 1
    if k >= 0 and ents[k][0] < end < ents[k][1]:
        end = ents[k][1]
    return start, end
