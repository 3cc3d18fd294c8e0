"""Sources: turn speaker mentions into the article's distinct sources, named and anonymous.

Each speaker mention is analyzed (:mod:`attribution._mentions`), then linked, in text order, to
an earlier source or made a new one:

* names collapse by surname ("Secretary of State Maria Lopez" / "Ms. Lopez" / "Lopez"), by given
  name alone, by a title that an earlier unnamed description used ("Turkey’s foreign minister" ->
  "Foreign Minister Kemal Aydin"), or, for an unusual surname, one edit away;
* pronouns take the most recent compatible source (gender, number, kind), unless a person named
  in subject position after that source is nearer ("Navy chief Ann Ruiz gave a warning. ... she
  said");
* definite descriptions ("the official", "the minister", "the ministry", "the Post") take the
  most recent source with a compatible head noun; indefinite ones ("a senior official",
  "another official") open a new source;
* outlets, institutions, documents and groups collapse by their canonical name.

Every look-up goes through a dictionary keyed by surname, head noun or canonical name, and the
backward walks are bounded, so the work is linear in the number of mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from attribution._anonymity import (
    affiliation_of,
    find_anonymity_reason,
    find_knowledge_basis,
    seniority_of,
    specificity,
    status_of,
)
from attribution._mentions import MentionInfo, analyze, singular
from attribution._names import NameParts, deletion_keys, parse_name, strip_possessive
from attribution._results import Quote, Source, SourceKind, Span
from attribution._sentences import WINDOW, sentence_bounds
from attribution.lexicons.anonymity import (
    ANONYMOUS_GROUP_ROLES,
    ANONYMOUS_ROLES,
    FAMILY_ROLES,
    GROUP_NOUNS,
)
from attribution.lexicons.demonyms import country_code
from attribution.lexicons.given_names import COMMON_SURNAMES, gender_of
from attribution.lexicons.news_orgs import SHORT_MEDIA
from attribution.lexicons.titles import HONORIFICS, ROLE_SYNONYMS, TITLE_MODIFIERS, TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_sources"]

# How far back a pronoun or a definite description looks (mentions), and how many sources
# sharing a surname, head noun or key a look-up considers (the latest), to stay linear.
_MAX_LOOKBACK = 40
# Shortest surname that a one-edit misspelling may match ("Lopes" for "Lopez").
_MIN_FUZZY_SURNAME = 5
# Capitalized words that open sentences and are not names.
_NOT_NAME_WORDS = """
    the a an but and or so yet if because although though while when where after before
    since until as in on at by with from for to of still meanwhile however instead indeed
    now then also last this that there here earlier later today yesterday he she they it we
    i you his her their its our my your asked according speaking monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december mr mrs ms
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())

_SUBJECT_PREFIX = regex.compile(
    r"""
    [“"‘]?\s*
    (?:(?:But|And|So|Yet|Still|Meanwhile|Later|Then|Now|Also|However|Instead|Earlier|Separately)
       \b,?\s*)?                               # a sentence adverb
    (?:[\w’' -]{1,40},\s*)?                    # a fronted adverbial: "On Monday, "
    """,
    regex.VERBOSE,
)

_NAME_RUN = regex.compile(
    r"""
    (?<![\w’'-])
    \p{Lu}[\w.’'-]*                                # a capitalized word
    (?:\ (?:\p{Lu}[\w.’'-]*|[a-z]{1,14}(?=\ \p{Lu})) ){0,7}+
    (?:\p{Lu}[\w.’'-]*)?                            # "Navy chief Ann Ruiz", "Jose dos Santos"
    """,
    regex.VERBOSE,
)
# Lower-case words that may sit inside a name run: titles and name particles.
_INNER_WORDS = frozenset(TITLES) | frozenset(
    {"de", "da", "dos", "del", "der", "van", "von", "bin", "al"}
)

_CAP = r"\p{Lu}[\w&.’'-]*"
_CAP_SEQUENCE = rf"{_CAP}(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?{_CAP}){{0,5}}"
# Words that the context patterns need: only the text near them is searched. Plain ASCII words,
# so the standard ``re`` (which skips ahead on their first letters) scans the whole text, in
# about half the time ``regex`` takes.
_ORG_CONTEXT_CUE = re.compile(
    r"""
      statement                      # "said in a statement"
    | spokes(?:man|woman|person)     # "a spokesman for X", "X spokeswoman"
    | representative | lawyer         # "a representative of X", "lawyers for X"
    | official                       # "officials at X"
    """,
    re.VERBOSE,
)
_ORG_CONTEXT_REACH = 90
_ORG_CONTEXT = regex.compile(
    rf"""
        (?P<org>{_CAP_SEQUENCE})\s+said\s+in\s+an?\s+(?:\w+\s+){{0,2}}statement  # X said in a ...
      | (?:spokes(?:man|woman|person)|representative|statement|lawyers?|officials?)
        \s+(?:for|from|of|at|by|with)\s+(?:the\s+)?(?P<org>{_CAP_SEQUENCE})    # a spokesman for X
      | (?P<org>{_CAP_SEQUENCE})(?<!\bA|\bAn|\bThe)\s+spokes(?:man|woman|person)\b  # X spokeswoman
    """,
    regex.VERBOSE,
)


@attrs.define
class _Entity:
    """A source under construction (mutable while its mentions are linked)."""

    order: int
    kind: SourceKind
    name: str
    name_words: int = 0
    title: str | None = None
    given: str | None = None
    surname: str | None = None
    gender: str | None = None
    anonymous: bool = False
    plural: bool = False
    count: int | None = None
    country: str | None = None
    affiliation: str | None = None
    status: str | None = None
    heads: set[str] = attrs.field(factory=set)
    words: set[str] = attrs.field(factory=set)
    first: int = 0
    last: int = 0
    mentions: list[Span] = attrs.field(factory=list)
    mention_set: set[Span] = attrs.field(factory=set)  # ``mentions`` for membership tests
    infos: list[MentionInfo] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class _TextPerson:
    """A capitalized name (with its titles) in the running text: a candidate antecedent."""

    start: int
    end: int
    parts: NameParts
    person: bool  # evidence that it is a person, not a place or an organization


# A pronoun speaker glued to a contraction by the tokenizer: "He’s said", "They've argued".
_CLITIC_PRONOUN = regex.compile(
    r"""
    (?P<pronoun>he|she|they|we|i|it|you|who)  # the speaker pronoun itself
    [’']                                      # apostrophe, straight or curly
    (?:s|ve|d|ll|re|m)                         # the auxiliary clitic: 's 've 'd 'll 're 'm
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _without_clitic(text: str, quote: Quote) -> Quote:
    """The quote with a pronoun speaker's contraction dropped (``He’s`` -> ``He``)."""
    speaker = quote.speaker
    if speaker is None:
        return quote
    match = _CLITIC_PRONOUN.fullmatch(speaker.text)
    if match is None:
        return quote
    trimmed = Span.of(text, speaker.start, speaker.start + match.end("pronoun"))
    return attrs.evolve(quote, speaker=trimmed)


def resolve_sources(
    text: str, quotes: Sequence[Quote], *, doc: Doc | None = None
) -> tuple[tuple[Source, ...], tuple[Quote, ...]]:
    """The article's sources (ids ``s1``, ``s2``, ... by first mention) and the linked quotes.

    ``doc`` is the spaCy Doc of ``text`` when a caller's pipeline made one: its entities, if it
    has any, help to find names; the rules need only the text. A pronoun speaker written with a
    contraction (``He’s said``) is cut back to the pronoun, as a mention should be.
    """
    quotes = [_without_clitic(text, q) for q in quotes]
    speakers = sorted(
        {q.speaker for q in quotes if q.speaker is not None and q.speaker.text.strip()},
        key=lambda s: (s.start, s.end),
    )
    if not speakers:
        return (), tuple(quotes)
    resolver = _Resolver(text, quotes, speakers, doc=doc)
    linked = {span: resolver.resolve(span) for span in speakers}
    entities = sorted(
        (e for e in resolver.entities if e.mentions), key=lambda e: (e.first, e.order)
    )
    ids = {id(e): f"s{n}" for n, e in enumerate(entities, start=1)}
    sources = tuple(_build_source(ids[id(e)], e, resolver.text) for e in entities)
    out = []
    for quote in quotes:
        entity = linked.get(quote.speaker) if quote.speaker is not None else None
        out.append(quote if entity is None else _linked(quote, ids[id(entity)]))
    return sources, tuple(out)


def _linked(quote: Quote, source: str) -> Quote:
    """``attrs.evolve(quote, source=source)`` built directly: one per linked quote, and evolve
    walks the class's fields on every call (twice the cost of the constructor)."""
    return Quote(
        id=quote.id,
        kind=quote.kind,
        content=quote.content,
        fragments=quote.fragments,
        cue=quote.cue,
        cue_lemma=quote.cue_lemma,
        cue_category=quote.cue_category,
        addressee=quote.addressee,
        speaker=quote.speaker,
        source=source,
        date=quote.date,
        confidence=quote.confidence,
    )


class _Resolver:
    """Links mentions to entities, with indexes by surname, head noun and canonical name."""

    def __init__(
        self, text: str, quotes: Sequence[Quote], speakers: Sequence[Span], *, doc: Doc | None
    ) -> None:
        self.text = text

        self.quoted = sorted(
            (f.start, f.end) for q in quotes if q.kind != "indirect" for f in q.fragments
        )
        self.quoted_starts = [s for s, _ in self.quoted]
        self.context_orgs = _context_orgs(text)
        # Entities from a trained pipeline, if it has NER (a blank pipeline gives none).
        # NER marks every token (O, B or I); a blank pipeline leaves them unset (0).
        has_ner = doc is not None and len(doc) > 0 and doc[0].ent_iob != 0
        self.ent_spans = (
            [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            if doc is not None and has_ner
            else []
        )
        self.ent_starts = [s for s, _, _ in self.ent_spans]
        self.speaker_ranges = sorted((s.start, s.end) for s in speakers)
        self.speaker_starts = [s for s, _ in self.speaker_ranges]
        # Name runs are read on demand, as far as the latest look-back needs (about a quarter of
        # an article lies after its last one); with NER entities, which are merged in sorted
        # order, all of them at once.
        self.runs: list[_Run] = _name_runs(text, self.ent_spans) if self.ent_spans else []
        self.run_starts = [start for start, _, _ in self.runs]
        self.unread: Iterator[regex.Match[str]] | None = (
            None if self.ent_spans else _NAME_RUN.finditer(text)
        )
        self.parsed: dict[int, _TextPerson | None] = {}
        # Per article, not across articles: "he", "officials" and the article's names come back
        # in many of its quotes, and memos that outlive the article would grow the objects that
        # the garbage collector's full passes walk (measured: more than the analyses saved).
        self.analyses: dict[tuple[str, str | None], MentionInfo] = {}
        self.names: dict[str, NameParts] = {}
        self.entities: list[_Entity] = []
        self.recent: list[tuple[int, _Entity]] = []
        self.by_surname: dict[str, list[_Entity]] = {}
        self.by_given: dict[str, list[_Entity]] = {}
        self.by_fuzzy: dict[str, list[_Entity]] = {}
        self.by_head: dict[str, list[_Entity]] = {}
        self.by_key: dict[str, _Entity] = {}

    # -- helpers ---------------------------------------------------------------------------

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return sentence_bounds(self.text, offset)

    def inside_quotation(self, start: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, start) - 1
        return i >= 0 and self.quoted[i][0] < start < self.quoted[i][1]

    def _label_of(self, span: Span) -> str | None:
        if not self.ent_spans:
            return None
        i = bisect.bisect_left(self.ent_starts, span.start)
        best: tuple[int, str] | None = None
        for start, end, label in self.ent_spans[i : i + 4]:
            if start >= span.end:
                break
            if end <= span.end and (best is None or end - start > best[0]):
                best = (end - start, label)
        return None if best is None else best[1]

    def _last_run_before(self, offset: int) -> int:
        """Index of the last name run that starts before ``offset`` (-1 for none)."""
        unread = self.unread
        runs, starts = self.runs, self.run_starts
        if unread is not None and (not starts or starts[-1] < offset):
            for match in unread:
                _add_runs(runs, match)
                if match.start() >= offset:
                    break  # the runs of later matches start later still
            else:
                self.unread = None
            starts.extend(start for start, _, _ in runs[len(starts) :])
        return bisect.bisect_left(starts, offset) - 1

    def _new(self, kind: SourceKind, name: str, *, at: int) -> _Entity:
        entity = _Entity(order=len(self.entities), kind=kind, name=name, first=at, last=at)
        self.entities.append(entity)
        return entity

    def _add_mention(self, entity: _Entity, span: Span, info: MentionInfo | None) -> None:
        entity.mentions.append(span)
        entity.mention_set.add(span)
        entity.first = min(entity.first, span.start)
        entity.last = max(entity.last, span.start)
        if info is not None:
            entity.infos.append(info)
            if info.head:
                self._index_head(entity, info.head)
        self.recent.append((span.start, entity))

    def _index_head(self, entity: _Entity, head: str) -> None:
        if head not in entity.heads:
            entity.heads.add(head)
            self.by_head.setdefault(head, []).append(entity)

    def _with_head(self, head: str) -> list[_Entity]:
        """The latest sources indexed under a head noun (bounded, to stay linear)."""
        return self.by_head.get(head, [])[-_MAX_LOOKBACK:]

    @staticmethod
    def _latest(index: dict[str, list[_Entity]], key: str) -> list[_Entity]:
        """The latest sources indexed under ``key`` (bounded, to stay linear)."""
        return index.get(key, [])[-_MAX_LOOKBACK:]

    @staticmethod
    def _most_recent(candidates: Iterable[_Entity]) -> _Entity | None:
        return max(candidates, key=lambda e: (e.last, e.order), default=None)

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, span: Span) -> _Entity:
        """The entity that ``span`` refers to (new or earlier)."""
        label = self._label_of(span)
        info = self.analyses.get((span.text, label))
        if info is None:
            info = analyze(span, context_orgs=self.context_orgs, entity_label=label)
            self.analyses[span.text, label] = info
        start = span.start
        if info.form == "pronoun":
            entity = self._pronoun(info, start)
        elif info.form == "relative":
            entity = self._relative(info, start)
        elif info.form == "name":
            assert info.name is not None
            entity = self._name(info.name, at=start)
        elif info.form == "media":
            entity = self._media(info, start)
        elif info.form in ("organization", "document", "unknown"):
            entity = self._keyed(info, start)
        elif info.form == "group":
            entity = self._group(info, start)
        else:
            entity = self._role(info, start)
        self._absorb(entity, info)
        self._add_mention(entity, span, info)
        return entity

    def _absorb(self, entity: _Entity, info: MentionInfo) -> None:
        """Take what a mention says about its source (country, plural, words)."""
        entity.words.update(info.words)
        if entity.country is None and info.country is not None:
            entity.country = info.country
        if info.possessor and entity.country is None:
            entity.country = country_code(strip_possessive(info.possessor.split()[-1]))
        if info.count is not None and entity.plural and entity.count is None:
            entity.count = info.count

    def _name(self, parts: NameParts, *, at: int) -> _Entity:
        surname = (parts.surname or "").lower()
        given = (parts.given or "").lower() or None

        def compatible(entity: _Entity) -> bool:
            if entity.kind != "person" or entity.plural:
                return False
            if given and entity.given and entity.given.lower() != given:
                return False
            return not (parts.gender and entity.gender and parts.gender != entity.gender)

        entity = self._most_recent(
            e for e in self._latest(self.by_surname, surname) if compatible(e)
        )
        if entity is None and given is None:
            entity = self._most_recent(
                e for e in self._latest(self.by_given, surname) if compatible(e)
            )
        if entity is None and parts.title:
            entity = self._described_by_title(parts)
        if entity is None and _unusual(surname):
            entity = self._most_recent(
                e
                for key in deletion_keys(surname)
                for e in self._latest(self.by_fuzzy, key)
                if compatible(e) and e.surname and e.surname[0].lower() == surname[0]
            )
        if entity is None:
            entity = self._new("person", parts.name or "", at=at)
        self._merge_name(entity, parts)
        return entity

    def _described_by_title(self, parts: NameParts) -> _Entity | None:
        """An earlier unnamed, non-anonymous description with the same title ("the minister")."""
        assert parts.title is not None
        title_words = {w.lower() for w in parts.title.split()}
        head = parts.title.split()[-1].lower()
        return self._most_recent(
            e
            for e in self._with_head(head)
            if e.kind == "person"
            and e.surname is None
            and not e.anonymous
            and not e.plural
            and e.title is not None
            and {w.lower() for w in e.title.split()} <= title_words
            and (e.country is None or parts.country is None or e.country == parts.country)
        )

    def _merge_name(self, entity: _Entity, parts: NameParts) -> None:
        words = len((parts.name or "").split())
        if parts.name and words > entity.name_words:
            entity.name = parts.name
            entity.name_words = words
            entity.anonymous = False
        if parts.given and entity.given is None:
            entity.given = parts.given
            self.by_given.setdefault(parts.given.lower(), []).append(entity)
        if parts.surname and entity.surname is None:
            entity.surname = parts.surname
            self.by_surname.setdefault(parts.surname.lower(), []).append(entity)
            if _unusual(parts.surname.lower()):
                for key in deletion_keys(parts.surname):
                    self.by_fuzzy.setdefault(key, []).append(entity)
        if parts.title and (entity.title is None or len(parts.title) >= len(entity.title)):
            entity.title = parts.title
            self._index_head(entity, parts.title.split()[-1].lower())
        entity.gender = entity.gender or parts.gender
        entity.country = entity.country or parts.country
        entity.status = entity.status or parts.status
        entity.affiliation = entity.affiliation or parts.affiliation

    def _pronoun(self, info: MentionInfo, start: int) -> _Entity:
        kind = info.pronoun_kind
        if kind == "self":
            return self._new("unknown", info.core, at=start)

        def fits(entity: _Entity) -> bool:
            if kind == "person":
                return (
                    entity.kind == "person"
                    and not entity.plural
                    and (info.gender is None or entity.gender in (None, info.gender))
                )
            if kind == "thing":
                return entity.kind in ("organization", "media", "document") and not entity.plural
            return entity.plural or entity.kind in ("organization", "group")

        previous = self._walk_back(fits)
        if kind == "person":
            floor = previous[0] if previous is not None else -1
            person = self._text_person(start, floor, info.gender, subject_only=True)
            if person is not None:
                entity = self._from_text_person(person)
                if entity.gender is None:
                    entity.gender = info.gender
                return entity
        if previous is None:
            return self._new("unknown", info.core, at=start)
        entity = previous[1]
        if kind == "person" and entity.gender is None:
            entity.gender = info.gender
        return entity

    def _walk_back(self, fits: Callable[[_Entity], bool]) -> tuple[int, _Entity] | None:
        for offset, entity in reversed(self.recent[-_MAX_LOOKBACK:]):
            if fits(entity):
                return offset, entity
        return None

    def _text_person(
        self, before: int, floor: int, gender: str | None, *, subject_only: bool
    ) -> _TextPerson | None:
        """The nearest person named in the text between ``floor`` and ``before``."""
        i = self._last_run_before(before)
        steps = 0
        while i >= 0 and steps < _MAX_LOOKBACK:
            if self.runs[i][0] <= floor:
                return None
            person = self._person_at(i)
            steps += 1
            i -= 1
            if person is None:
                continue
            surname = (person.parts.surname or "").lower()
            if not (person.person or surname in self.by_surname):
                continue
            known = self._gender_of(person)
            if gender is not None and known is not None and known != gender:
                continue
            if subject_only and not self._in_subject_position(person.start):
                continue
            return person
        return None

    def _person_at(self, i: int) -> _TextPerson | None:
        """The name run ``i`` as a candidate person, parsed on first use; None when it is not."""
        if i not in self.parsed:
            self.parsed[i] = self._parse_run(*self.runs[i])
        return self.parsed[i]

    def _parse_run(self, start: int, end: int, label: str | None) -> _TextPerson | None:
        if self.inside_quotation(start):
            return None
        k = bisect.bisect_right(self.speaker_starts, start) - 1
        if k >= 0 and self.speaker_ranges[k][0] <= start < self.speaker_ranges[k][1]:
            return None  # a speaker mention: linked as such
        if label is not None and label != "PERSON":
            return None
        name = self.text[start:end]
        parts = self.names.get(name)
        if parts is None:
            parts = self.names[name] = parse_name(name.split())
        if parts.surname is None:
            return None
        evidence = label == "PERSON" or parts.title is not None or parts.gender is not None
        return _TextPerson(start=start, end=end, parts=parts, person=evidence)

    def _titled_text_person(self, head: str, before: int) -> _TextPerson | None:
        """The nearest person named with this title in the text ("President Obama ... the
        president said"), within the look-back bound."""
        i = self._last_run_before(before)
        for index in range(i, max(i - _MAX_LOOKBACK, -1), -1):
            person = self._person_at(index)
            title = person.parts.title if person is not None else None
            if title is not None and head in title.lower().split():
                return person

        return None

    def _gender_of(self, person: _TextPerson) -> str | None:

        if person.parts.gender is not None:
            return person.parts.gender
        surname = (person.parts.surname or "").lower()
        genders = {e.gender for e in self._latest(self.by_surname, surname)}
        return genders.pop() if len(genders) == 1 else None

    def _in_subject_position(self, start: int) -> bool:
        sentence_start, _ = self.sentence_of(start)
        return _SUBJECT_PREFIX.fullmatch(self.text, sentence_start, start) is not None

    def _from_text_person(self, person: _TextPerson) -> _Entity:
        entity = self._name(person.parts, at=person.start)
        span = Span.of(self.text, person.start, person.end)
        if span not in entity.mention_set:
            self._add_mention(entity, span, None)
        return entity

    def _relative(self, info: MentionInfo, start: int) -> _Entity:
        """ "who" / "which": the nearest mention before it in the same sentence."""
        sentence_start, _ = self.sentence_of(start)
        previous = self.recent[-1] if self.recent else None
        person = self._text_person(start, sentence_start - 1, None, subject_only=False)
        if person is not None and (previous is None or person.start > previous[0]):
            return self._from_text_person(person)
        if previous is not None and previous[0] >= sentence_start:
            return previous[1]
        pronoun = attrs.evolve(
            info, form="pronoun", pronoun_kind="any" if info.core.lower() == "which" else "person"
        )
        return self._pronoun(pronoun, start)

    def _media(self, info: MentionInfo, start: int) -> _Entity:
        if info.canonical is None:  # "the Post": the last outlet of that name, or the default
            head = info.head or ""
            entity = self._most_recent(e for e in self._with_head(head) if e.kind == "media")
            if entity is not None:
                return entity
            canonical = SHORT_MEDIA.get(head, info.core)
        else:
            canonical = info.canonical
        entity = self._by_key(f"media:{canonical.lower()}", "media", canonical, start)
        self._index_head(entity, canonical.split()[-1].lower())
        return entity

    def _by_key(self, key: str, kind: SourceKind, name: str, at: int) -> _Entity:
        entity = self.by_key.get(key)
        if entity is None:
            entity = self._new(kind, name, at=at)
            self.by_key[key] = entity
        return entity

    def _keyed(self, info: MentionInfo, start: int) -> _Entity:
        """Organizations, documents and the unclassifiable, by canonical name or head noun."""
        kind: SourceKind = "unknown" if info.form == "unknown" else info.form  # type: ignore[assignment]
        described = info.canonical is None or info.canonical[:1].islower()
        if info.determiner == "definite" and described and info.head:
            entity = self._most_recent(e for e in self._with_head(info.head) if e.kind == kind)
            if entity is not None:
                return entity
        name = _described_name(info) if kind == "document" else info.canonical or info.core
        entity = self._by_key(f"{kind}:{_key(name)}", kind, name, start)
        if not entity.mentions:
            entity.plural = info.plural
            entity.count = info.count if info.plural else None
        for word in name.split()[-1:]:
            self._index_head(entity, strip_possessive(word).lower())
        return entity

    def _group(self, info: MentionInfo, start: int) -> _Entity:
        head = info.head or ""
        if info.determiner == "definite":
            heads = ROLE_SYNONYMS.get(head, frozenset()) | {head}
            entity = self._most_recent(
                e for h in heads for e in self._with_head(h) if e.plural and e.kind == "group"
            )
            if entity is not None:
                return entity
        name = _described_name(info)
        entity = self._by_key(f"group:{_key(name)}", "group", name, start)
        if len(entity.mentions) == 0:
            entity.plural = True
            entity.count = info.count
            last = info.core.split()[-1]
            named = last[:1].isupper() and last.lower() not in GROUP_NOUNS  # "Trump and Ryan"
            entity.anonymous = not named and head in ANONYMOUS_GROUP_ROLES
            entity.title = None if named else strip_possessive(last).lower()

        return entity

    def _role(self, info: MentionInfo, start: int) -> _Entity:
        head = info.head or ""
        if info.determiner in ("definite", "possessive"):
            entity = self._described(info)
            if entity is not None:
                return entity
        if info.determiner == "definite" and head in TITLES:
            person = self._titled_text_person(head, start)
            if person is not None:
                return self._from_text_person(person)
        entity = self._new("person", _described_name(info), at=start)
        entity.anonymous = head not in FAMILY_ROLES and (
            head in ANONYMOUS_ROLES or info.determiner in ("indefinite", "another", "number")
        )
        entity.title = head if entity.anonymous else _role_title(info.core)
        entity.gender = info.gender
        if entity.title:
            self._index_head(entity, entity.title.split()[-1].lower())
        return entity

    def _described(self, info: MentionInfo) -> _Entity | None:
        """The most recent source a definite description ("the military official") fits."""
        head = info.head or ""
        heads = ROLE_SYNONYMS.get(head, frozenset()) | {head}
        modifiers = {
            w
            for w in info.words
            if w != head and w not in ("the", "this", "that") and not w.endswith(("’s", "'s"))
        }

        def fits(entity: _Entity) -> bool:
            return (
                entity.kind == "person"
                and not entity.plural
                and (info.gender is None or entity.gender in (None, info.gender))
                and (info.country is None or entity.country in (None, info.country))
            )

        candidates = [e for h in heads for e in self._with_head(h) if fits(e)]
        exact = [e for e in candidates if modifiers <= e.words | _title_words(e)]
        return self._most_recent(exact) or self._most_recent(candidates)


def _unusual(surname: str) -> bool:
    """Whether a misspelling of this surname may be matched: long, not a common name."""
    return (
        len(surname) >= _MIN_FUZZY_SURNAME
        and surname not in COMMON_SURNAMES
        and gender_of(surname) is None
    )


def _described_name(info: MentionInfo) -> str:
    """The name of an unnamed source: its description with a short trailing phrase."""
    name = info.canonical or info.core
    if info.phrase and info.phrase != info.core and info.phrase.startswith(info.core):
        name += info.phrase[len(info.core) :]
    return name


def _title_words(entity: _Entity) -> set[str]:
    return {w.lower() for w in (entity.title or "").split()}


def _key(name: str) -> str:
    """A canonical key: lower case, no leading article, no possessive, single spaces."""
    words = [strip_possessive(w) for w in name.lower().split()]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _role_title(core: str) -> str | None:
    """The title in a description: the trailing run of title words ("foreign minister")."""
    words = core.split()
    start = len(words)
    while start > 0:
        lower = words[start - 1].lower().strip(",")
        if lower in TITLES or lower in TITLE_MODIFIERS:
            start -= 1
            continue
        break
    return " ".join(words[start:]) or None


def _context_orgs(text: str) -> frozenset[str]:
    """Capitalized names the text treats as organizations ("X said in a statement")."""
    found = set()
    for cue in _ORG_CONTEXT_CUE.finditer(text):
        low = max(0, cue.start() - _ORG_CONTEXT_REACH)
        high = min(len(text), cue.end() + _ORG_CONTEXT_REACH)
        for match in _ORG_CONTEXT.finditer(text, low, high):
            words = match["org"].split()
            if words[0] in ("The", "the"):
                words = words[1:]
            if not words or gender_of(words[0]) is not None or words[0].lower() in HONORIFICS:
                continue
            if words[0].lower().rstrip(".") in TITLES or words[0].lower() in TITLES:
                continue
            found.add(" ".join(words).lower())
    return frozenset(found)


_Run = tuple[int, int, "str | None"]


def _add_run(runs: list[_Run], pieces: list[tuple[int, str]]) -> None:
    """Add the words of a run, without sentence openers before or lower-case words after."""
    while pieces and (pieces[0][1].lower() in _NOT_NAMES or not pieces[0][1][0].isupper()):
        pieces.pop(0)
    while pieces and not pieces[-1][1][0].isupper():
        pieces.pop()
    if pieces:
        runs.append((pieces[0][0], pieces[-1][0] + len(pieces[-1][1]), None))


def _add_runs(runs: list[_Run], match: regex.Match[str]) -> None:
    """Add the name runs in one match of :data:`_NAME_RUN`."""
    position = match.start()
    run = match.group()
    if " " not in run:  # one word, most runs: what _add_run does with it, without a list
        if run.lower() not in _NOT_NAMES and run[0].isupper():
            runs.append((position, match.end(), None))
        return
    pieces: list[tuple[int, str]] = []
    for word in run.split(" "):
        if word and (word[0].isupper() or word in _INNER_WORDS):
            pieces.append((position, word))
        else:
            _add_run(runs, pieces)
            pieces = []
        position += len(word) + 1
    _add_run(runs, pieces)


def _name_runs(text: str, ents: Sequence[tuple[int, int, str]]) -> list[_Run]:
    """Runs of capitalized words and titles ("Navy chief Ann Ruiz"), with NER labels if any."""
    runs: list[_Run] = []
    for match in _NAME_RUN.finditer(text):
        _add_runs(runs, match)
    if ents:
        labels = {(s, e): label for s, e, label in ents}
        runs = [(s, e, labels.get((s, e), "")) for s, e, _ in runs]
        runs.extend((s, e, "PERSON") for s, e, label in ents if label == "PERSON")
        runs.sort()
    return runs


def _build_source(source_id: str, entity: _Entity, text: str) -> Source:
    """The frozen :class:`Source` for an entity, with its anonymous-source descriptors."""
    described = [i for i in entity.infos if i.form in ("role", "group")]
    words = [w for i in described for w in i.core.split()]
    affiliation = entity.affiliation
    if affiliation is None:
        for info in described:
            # the phrase keeps a short prepositional phrase ("an official at the Turkish
            # Foreign Ministry") that a relative clause after it would otherwise replace
            affiliation = affiliation_of(" ".join(filter(None, (info.phrase, info.trailing))))
            if affiliation is not None:
                break
    seniority = seniority_of(words)
    status = entity.status or status_of(words)
    knowledge = reason = None
    unnamed = (
        entity.kind in ("person", "group")
        and entity.name_words == 0
        and (entity.kind == "person" or entity.title is not None)
    )
    if unnamed:
        for span in entity.mentions:
            sentence_start, sentence_end = sentence_bounds(text, span.start)
            knowledge = knowledge or _attached(
                find_knowledge_basis(text, span.start, max(sentence_end, span.end)), span
            )
            sentence_end = max(sentence_end, span.end)
            reason = reason or _attached(
                find_anonymity_reason(text, span.start, sentence_end), span
            )
            reason = reason or find_anonymity_reason(text, sentence_start, sentence_end)

            reason = reason or _reason_in_next_sentence(entity, text, sentence_end)
    # An unnamed source that the text says how it knows, or why it is not named, is anonymous.
    anonymous = entity.anonymous or (unnamed and (knowledge or reason) is not None)

    title = entity.title
    if entity.kind == "person" and title is None:
        title = _appositive_title(entity)
    return Source(
        id=source_id,
        name=entity.name,
        kind=entity.kind,
        anonymous=anonymous,
        plural=entity.plural,
        count=entity.count,
        title=title,
        affiliation=affiliation if entity.kind in ("person", "group") else None,
        country=entity.country,
        seniority=seniority if entity.kind in ("person", "group") else None,
        status=status,
        anonymity_reason=reason,
        knowledge_basis=knowledge,
        specificity=specificity(
            affiliation=affiliation,
            country=entity.country,
            seniority=seniority,
            title=title,
            knowledge_basis=knowledge,
            anonymity_reason=reason,
        )
        if anonymous
        else None,
        mentions=sorted(set(entity.mentions), key=lambda s: (s.start, s.end)),
    )


def _attached(found: Span | None, span: Span) -> Span | None:
    """A knowledge phrase counts only inside the mention or right after it."""
    if found is None or found.start > span.end + 2:
        return None
    return found


def _related_heads(head: str) -> frozenset[str]:
    """A role head noun and the heads a definite description with it may refer to."""
    return ROLE_SYNONYMS.get(head, frozenset()) | {head}


def _reason_in_next_sentence(entity: _Entity, text: str, sentence_end: int) -> Span | None:
    """ "The official spoke on condition of anonymity to ..." right after a mention."""
    start = sentence_end
    # Bounded: a mention's next sentence starts within a sentence window, or not at all.
    limit = min(len(text), sentence_end + WINDOW)
    while start < limit and (text[start].isspace() or text[start] in "”\"’'"):
        start += 1
    if start >= limit:
        return None
    start, end = sentence_bounds(text, start)
    opening = [w.lower().strip(",") for w in text[start : min(end, start + 60)].split()[:4]]
    pronoun = "they" if entity.plural else "he"
    refers = bool(opening) and (
        opening[0] in (pronoun, "she" if pronoun == "he" else pronoun)
        or (
            opening[0] in ("the", "this", "that", "both", "these")
            and any(_related_heads(singular(w)) & entity.heads for w in opening[1:])
        )
    )
    return find_anonymity_reason(text, start, end) if refers else None


_APPOSITIVE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})


_MAX_APPOSITIVE_TITLE_WORDS = 10
_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "and", "said", "says", "—"})


def _appositive_title(entity: _Entity) -> str | None:
    """A title from an appositive: "Maria Lopez, the head of Central Command"."""
    for info in entity.infos:
        if info.form != "name" or not info.trailing:
            continue
        words = info.trailing.strip(" ,").split()
        if len(words) < 2 or words[0].lower() not in (
            "the",
            "a",
            "an",
            "its",
            "his",
            "her",
            "their",
        ):
            continue
        rest: list[str] = []
        for word in words[1:_MAX_APPOSITIVE_TITLE_WORDS]:
            if word.lower() in _CLAUSE_WORDS:
                break
            rest.append(word.rstrip(",;"))
            if word.endswith((",", ";")):
                break
        if any(w.lower() in TITLES for w in rest):
            return " ".join(rest)
    return None
