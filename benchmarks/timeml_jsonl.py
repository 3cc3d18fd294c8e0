"""Convert TimeML (``.tml``) files to the JSONL form that ``timeml.py --jsonl`` scores.

One JSON document per line: ``{"doc_id", "file", "dct", "title", "text", "timexes"}``, where
``text`` is the document's text with every tag removed (the ``<TEXT>`` element when there is
one, as in TempEval-3's files; the whole body otherwise, as in TimeBank 1.2) and each timex
has its ``start``/``end`` offsets in it, ``text``, ``type``, ``value`` (and ``mod`` when the
file gives one). The creation time (``functionInDocument`` ``CREATION_TIME``; else, as in some
TimeBank files, ``PUBLICATION_TIME``) is ``dct`` and is not a timex of its own.

    python benchmarks/timeml_jsonl.py path/to/TimeBank/*.tml > timebank.jsonl
    python benchmarks/timeml.py --jsonl timebank.jsonl

This is how a corpus we cannot ship (TimeBank is licensed research data) becomes a
development set; the files and their JSONL stay outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["convert", "main"]

#: Elements whose text is metadata, not the document's text.
_NOT_TEXT = frozenset({"DOCID", "DCT", "TITLE", "EXTRA"})


def _walk(
    node: ET.Element,
    pieces: list[str],
    timexes: list[dict[str, Any]],
    at: int,
    dct: ET.Element | None,
) -> int:
    """Append the text under ``node`` to ``pieces`` from offset ``at``; return the new offset.
    The timexes under it, except ``dct``, go to ``timexes`` (offsets only: the caller adds
    their text once the whole text is joined)."""
    if node.text:
        pieces.append(node.text)
        at += len(node.text)
    for child in node:
        if child.tag in _NOT_TEXT:
            pass
        elif child.tag == "TIMEX3" and child is not dct:
            start = at
            at = _walk(child, pieces, timexes, at, dct)
            timex: dict[str, Any] = {
                "tid": child.get("tid"),
                "type": child.get("type"),
                "value": child.get("value"),
                "start": start,
                "end": at,
            }
            if child.get("mod"):
                timex["mod"] = child.get("mod")
            if start < at:
                timexes.append(timex)
        else:
            at = _walk(child, pieces, timexes, at, dct)
        if child.tail:
            pieces.append(child.tail)
            at += len(child.tail)
    return at


def convert(path: Path) -> dict[str, Any]:
    """One TimeML file as a JSON document (see the module docstring)."""
    root = ET.parse(path).getroot()
    by_function = {
        timex.get("functionInDocument"): timex for timex in reversed(list(root.iter("TIMEX3")))
    }
    created = by_function.get("CREATION_TIME", by_function.get("PUBLICATION_TIME"))
    dct = "" if created is None else created.get("value") or ""
    body = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[dict[str, Any]] = []
    _walk(root if body is None else body, pieces, timexes, 0, created)
    text = "".join(pieces)
    for timex in timexes:
        timex["text"] = text[timex["start"] : timex["end"]]
    title = root.find("TITLE")
    docid = root.find("DOCID")
    return {
        "doc_id": (docid.text or "").strip() if docid is not None else path.stem,
        "file": path.name,
        "dct": dct[:19] if "T" in dct else dct[:10],
        "title": (title.text or "").strip() if title is not None else "",
        "text": text,
        "timexes": timexes,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="TimeML .tml files")
    args = parser.parse_args(argv)
    for path in sorted(args.files):
        sys.stdout.write(json.dumps(convert(path), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
