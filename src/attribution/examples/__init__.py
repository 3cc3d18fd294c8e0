"""Bundled example articles, written by the attribution developers for documentation and tests."""

from __future__ import annotations

from importlib import resources

from attribution._errors import AttributionValueError

__all__ = ["EXAMPLES", "read_example"]

EXAMPLES = ("border_talks",)


def read_example(name: str = "border_talks") -> str:
    """The text of a bundled example article."""
    if name not in EXAMPLES:
        raise AttributionValueError(f"no example named {name!r}; choose one of {EXAMPLES}")
    return resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
