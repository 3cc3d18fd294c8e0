"""Read the PolNeAR corpus (brat standoff) into plain, typed gold records.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) lives outside the repository, in
``../shared/corpora/polnear`` relative to the repo root; it is research-use data and nothing
read here may be written into the repository. Layout and conventions (see its README):

* ``<split>/text/<doc>.txt``: the article, UTF-8; offsets are ``str`` (code point) offsets.
* ``<split>/attributions/<doc>_<annotator>.ann``: brat standoff. Some articles have several
  annotators; we use one ``.ann`` per article, the first in sorted file-name order.
* ``T<n>\\t<Label> <start> <end>[;<start> <end>...]\\t<text>``: a (possibly discontiguous) span;
  a span text containing a newline continues on the next physical line, so lines that do not
  start with ``T<n>\\t``, ``E<n>\\t`` or ``#<n>\\t`` are continuation lines and are skipped.
* ``E<n>\\tAttribution:T<a> Source:T<s> Cue:T<c> Content:T<k>``: one attribution relation
  (``Attribution-no-source`` events have no Source; a handful lack a Cue or a Content).
* ``metadata.tsv``: publisher (the outlet) and publication date of every article.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

__all__ = [
    "GoldArticle",
    "GoldAttribution",
    "GoldSpan",
    "Metadata",
    "SPLITS",
    "default_corpora",
    "iter_articles",
    "iter_multi_annotated",
    "load_metadata",
    "load_split",
    "parse_ann",
    "polnear_dir",
]

SPLITS = ("train", "dev", "test")

_TEXT_BOUND = re.compile(r"T(?P<id>\d+)\t(?P<label>\S+) (?P<offsets>[\d ;]+)\t")
_EVENT = re.compile(r"E(?P<id>\d+)\t(?P<args>.*)")
_ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-f]{4}\.ann$")


@attrs.frozen(kw_only=True)
class GoldSpan:
    """A gold span: one or more ``(start, end)`` fragments, end-exclusive, in text order."""

    fragments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@attrs.frozen(kw_only=True)
class GoldAttribution:
    """One gold attribution relation; a role is None when the annotator gave none."""

    id: str
    content: GoldSpan | None
    source: GoldSpan | None
    cue: GoldSpan | None


@attrs.frozen(kw_only=True)
class Metadata:
    """What ``metadata.tsv`` says about one article."""

    outlet: str
    published: str | None


@attrs.frozen(kw_only=True)
class GoldArticle:
    """One article with its text, metadata and gold attributions."""

    doc_id: str
    split: str
    text: str
    outlet: str
    published: str | None
    annotator: str
    attributions: tuple[GoldAttribution, ...]


def default_corpora() -> Path:
    """``../shared/corpora`` relative to the repository root (this file's grandparent)."""
    return Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def polnear_dir(corpora: Path) -> Path | None:
    """The PolNeAR folder under ``corpora`` if it holds the data, else None."""
    folder = corpora / "polnear"
    if (folder / "metadata.tsv").is_file() and any((folder / s / "text").is_dir() for s in SPLITS):
        return folder
    return None


def _parse_offsets(offsets: str) -> tuple[tuple[int, int], ...]:
    pieces = []
    for piece in offsets.strip().split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(sorted(pieces))


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """The attribution relations of one brat ``.ann`` text, in event order."""
    spans: dict[str, GoldSpan] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in ann.splitlines():
        if match := _TEXT_BOUND.match(line):
            spans["T" + match["id"]] = GoldSpan(fragments=_parse_offsets(match["offsets"]))
        elif match := _EVENT.match(line):
            roles: dict[str, str] = {}
            for argument in match["args"].split():
                role, _, target = argument.partition(":")
                roles[role] = target
            events.append(("E" + match["id"], roles))
        # "#" notes and continuation lines of multi-line span texts are skipped.
    return tuple(
        GoldAttribution(
            id=event_id,
            content=spans.get(roles.get("Content", "")),
            source=spans.get(roles.get("Source", "")),
            cue=spans.get(roles.get("Cue", "")),
        )
        for event_id, roles in events
    )


def load_metadata(folder: Path) -> dict[str, Metadata]:
    """``metadata.tsv`` as ``{doc_id: Metadata}``."""
    table: dict[str, Metadata] = {}
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            date = (row.get("publication_date") or "").strip()
            table[row["filename"]] = Metadata(
                outlet=(row.get("publisher") or "").strip() or "unknown",
                published=date if re.fullmatch(r"\d{4}-\d\d-\d\d", date) else None,
            )
    return table


def _first_annotations(folder: Path) -> dict[str, Path]:
    """``{doc_id: path}`` of the first ``.ann`` in sorted order for each article."""
    chosen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        doc_id = _ANNOTATOR_SUFFIX.sub("", path.name)
        chosen.setdefault(doc_id, path)
    return chosen


def iter_articles(folder: Path, split: str, *, limit: int | None = None) -> Iterator[GoldArticle]:
    """The articles of one split in file-name order (at most ``limit``)."""
    metadata = load_metadata(folder)
    annotations = _first_annotations(folder / split / "attributions")
    count = 0
    for text_path in sorted((folder / split / "text").glob("*.txt")):
        if limit is not None and count >= limit:
            return
        doc_id = text_path.stem
        ann_path = annotations.get(doc_id)
        if ann_path is None:
            continue
        meta = metadata.get(doc_id) or Metadata(outlet=doc_id.split("_", 1)[0], published=None)
        yield GoldArticle(
            doc_id=doc_id,
            split=split,
            text=text_path.read_text(encoding="utf-8"),
            outlet=meta.outlet,
            published=meta.published,
            annotator=ann_path.stem.rsplit("_", 1)[-1],
            attributions=parse_ann(ann_path.read_text(encoding="utf-8")),
        )
        count += 1


def iter_multi_annotated(folder: Path, split: str) -> Iterator[tuple[GoldArticle, GoldArticle]]:
    """(first, second) annotations of each article that two or more annotators did."""
    metadata = load_metadata(folder)
    by_doc: dict[str, list[Path]] = {}
    for path in sorted((folder / split / "attributions").glob("*.ann")):
        by_doc.setdefault(_ANNOTATOR_SUFFIX.sub("", path.name), []).append(path)
    for doc_id, paths in sorted(by_doc.items()):
        text_path = folder / split / "text" / f"{doc_id}.txt"
        if len(paths) < 2 or not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        meta = metadata.get(doc_id) or Metadata(outlet=doc_id.split("_", 1)[0], published=None)
        first, second = (
            GoldArticle(
                doc_id=doc_id,
                split=split,
                text=text,
                outlet=meta.outlet,
                published=meta.published,
                annotator=path.stem.rsplit("_", 1)[-1],
                attributions=parse_ann(path.read_text(encoding="utf-8")),
            )
            for path in paths[:2]
        )
        yield first, second


def load_split(folder: Path, split: str, *, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one split as a list (see :func:`iter_articles`)."""
    return list(iter_articles(folder, split, limit=limit))
