"""The spaCy side: the default pipeline, built once, and turning text into a Doc."""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING

import regex

from attribution._errors import AttributionValueError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["check_length", "default_nlp", "has_surrogates", "make_doc"]

# The blank tokenizer needs little memory per character, so the default pipeline takes long
# articles (spaCy's own limit guards the memory of parsers and NER, which it does not have).
DEFAULT_MAX_LENGTH = 100_000_000

_lock = threading.Lock()

# Lone surrogates are legal in a Python str but not in UTF-8, which spaCy's tokenizer needs.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@functools.cache
def _build_default() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = DEFAULT_MAX_LENGTH
    return nlp


def default_nlp() -> Language:
    """The shared default pipeline: ``spacy.blank("en")``, built on first use and then reused."""
    with _lock:
        return _build_default()


def check_length(text: str, nlp: Language) -> None:
    """Raise a clear ValueError, before spaCy does, when ``text`` is over ``nlp.max_length``."""
    if len(text) > nlp.max_length:
        raise AttributionValueError(
            f"the text has {len(text):,} characters, more than nlp.max_length "
            f"({nlp.max_length:,}); raise nlp.max_length or split the text"
        )


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (U+D800..U+DFFF), which spaCy cannot tokenize."""
    return _SURROGATE.search(text) is not None


def make_doc(text: str, nlp: Language | None = None) -> Doc:
    """Run ``nlp`` (the default when None) over ``text``, with a clear error if it is too long.

    Lone surrogates are replaced by U+FFFD in the Doc (one code point for one, so every
    character offset still points into ``text``); the extractors read ``text`` itself.
    """
    pipeline = default_nlp() if nlp is None else nlp
    check_length(text, pipeline)
    return pipeline(_SURROGATE.sub("\ufffd", text))
