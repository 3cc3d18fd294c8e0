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

__all__ = ["check_length", "default_nlp", "has_surrogates", "make_doc", "tokenize"]

# The blank tokenizer needs little memory per character, so the default pipeline takes long
# articles (spaCy's own limit guards the memory of parsers and NER, which it does not have).
DEFAULT_MAX_LENGTH = 100_000_000

_lock = threading.Lock()

# Lone surrogates are legal in a Python str but not in UTF-8, which spaCy's tokenizer needs.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")

# spaCy's tokenizer strips prefixes and suffixes one at a time, re-slicing the string each time,
# so a long run of punctuation with no space ("”””…", "))))…") costs time quadratic in its
# length. Such runs are tokenized here one character per token instead.
_LONG_PUNCTUATION_RUN = regex.compile(r"[^\w\s]{64,}")


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


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp``'s tokenizer over ``text``, in linear time, without running the pipeline.

    Lone surrogates become U+FFFD (one code point for one, so every character offset still
    points into ``text``; the extractors read ``text`` itself). Long punctuation runs become
    one token per character; everything else is tokenized by ``nlp`` as usual.
    """
    from spacy.tokens import Doc

    safe = _SURROGATE.sub("\ufffd", text)
    runs = list(_LONG_PUNCTUATION_RUN.finditer(safe))
    if not runs:
        return nlp.make_doc(safe)
    pieces: list[Doc] = []
    done = 0
    for run in runs:
        if run.start() > done:
            pieces.append(nlp.make_doc(safe[done : run.start()]))
        marks = run.group()
        spaces = [False] * len(marks)
        follows = safe[run.end() : run.end() + 1]
        if follows == " ":
            spaces[-1] = True
            done = run.end() + 1
        else:
            done = run.end()
        pieces.append(Doc(nlp.vocab, words=list(marks), spaces=spaces))
    if done < len(safe):
        pieces.append(nlp.make_doc(safe[done:]))
    return Doc.from_docs(pieces, ensure_whitespace=False)


def make_doc(text: str, nlp: Language | None = None) -> Doc:
    """Run ``nlp`` (the default when None) over ``text``, with a clear error if it is too long."""
    pipeline = default_nlp() if nlp is None else nlp
    check_length(text, pipeline)
    return pipeline(tokenize(pipeline, text))
