"""Bundled example articles, written by the attribution developers for documentation and tests.

The stories and everyone in them are invented. Together they cover what news text throws at
an attribution tool: named and anonymous sources (with and without a reason for anonymity),
organizations and documents as sources, split quotes ("A," she said, "B."), a quote that runs
over two paragraphs, reported (indirect) speech, belief cues, and relative dates to resolve
against the publication date in the header.

>>> from attribution.examples import EXAMPLES, read_example
>>> EXAMPLES
('border_talks', 'city_budget', 'harbor_inquiry')
>>> read_example("city_budget").splitlines()[0]
'Riverton council delays vote on transit cuts after packed hearing'
"""

from __future__ import annotations

from importlib import resources

from attribution._errors import AttributionValueError

__all__ = ["EXAMPLES", "PUBLISHED", "read_example"]

EXAMPLES = ("border_talks", "city_budget", "harbor_inquiry")

# The publication date each example states in its header, for callers that pass it explicitly.
PUBLISHED = {
    "border_talks": "2016-03-08",
    "city_budget": "2019-06-05",
    "harbor_inquiry": "2021-10-14",
}


def read_example(name: str = "border_talks") -> str:
    """The text of a bundled example article (one of :data:`EXAMPLES`)."""
    if name not in EXAMPLES:
        raise AttributionValueError(f"no example named {name!r}; choose one of {EXAMPLES}")
    return resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
