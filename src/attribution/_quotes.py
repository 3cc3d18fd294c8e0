"""Quotations and reported speech: find each statement, its cue and its speaker mention."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from attribution._results import Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_attributions"]

_QUOTE_THEN_CUE = regex.compile(
    r"""
    (?P<content>“[^“”\n]+”)                        # a quotation in curly marks
    \s*
    (?:
        (?P<speaker>[A-Z][\w’'.-]*(?:\ [A-Z][\w’'.-]*)*|he|she|they)\ (?P<cue>said|says)   # X said
      | (?P<cue2>said|says)\ (?P<speaker2>[A-Z][\w’'.-]*(?:\ [A-Z][\w’'.-]*)*)             # said X
    )
    """,
    regex.VERBOSE,
)


def find_attributions(doc: Doc) -> tuple[Quote, ...]:
    """Every attributed statement in ``doc``, in text order, without sources or dates yet."""
    text = doc.text
    quotes = []
    for number, match in enumerate(_QUOTE_THEN_CUE.finditer(text), start=1):
        content = Span.of(text, *match.span("content"))
        cue_group = "cue" if match.group("cue") else "cue2"
        speaker_group = "speaker" if match.group("speaker") else "speaker2"
        quotes.append(
            Quote(
                id=f"q{number}",
                kind="direct",
                content=content,
                fragments=(content,),
                cue=Span.of(text, *match.span(cue_group)),
                cue_lemma="say",
                speaker=Span.of(text, *match.span(speaker_group)),
                confidence=0.9,
            )
        )
    return tuple(quotes)
