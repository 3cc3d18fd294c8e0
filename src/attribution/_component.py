"""The spaCy pipeline component ``attribution`` (registered by the spacy_factories entry point)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from attribution._article import build_article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["AttributionComponent", "make_attribution_component"]


class AttributionComponent:
    """Run the extractors over each Doc and keep the Article on it."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["attribution.article"] = build_article(doc)
        return doc


@Language.factory("attribution")
def make_attribution_component(nlp: Language, name: str) -> AttributionComponent:
    """Build the ``attribution`` component."""
    return AttributionComponent(nlp, name)
