"""Sources: turn speaker mentions into the article's distinct sources, named and anonymous."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from attribution._results import Quote, Source, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_sources"]

_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def resolve_sources(
    doc: Doc, quotes: Sequence[Quote]
) -> tuple[tuple[Source, ...], tuple[Quote, ...]]:
    """The article's sources (ids ``s1``, ``s2``, ... by first mention) and the linked quotes."""
    mentions: dict[str, list[Span]] = {}
    linked: list[Quote] = []
    last_name: str | None = None
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            linked.append(quote)
            continue
        name = speaker.text
        if name.lower() in _PRONOUNS:
            if last_name is None:
                linked.append(quote)
                continue
            name = last_name
        mentions.setdefault(name, []).append(speaker)
        last_name = name
        linked.append(attrs.evolve(quote, source=f"s{list(mentions).index(name) + 1}"))
    sources = tuple(
        Source(id=f"s{i}", name=name, kind="person", mentions=tuple(spans))
        for i, (name, spans) in enumerate(mentions.items(), start=1)
    )
    return sources, tuple(linked)
