"""The public API is exactly what ``__all__`` promises, sorted, typed and documented."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import attribution

EXPECTED = [
    "Article",
    "AttributionError",
    "AttributionTypeError",
    "AttributionValueError",
    "AttributionWarning",
    "DateMention",
    "Quote",
    "SCHEMA",
    "Source",
    "Span",
    "__version__",
    "find_dates",
    "find_quotes",
    "find_sources",
    "parse",
    "parse_many",
    "render_html",
]


def test_all_is_the_public_api() -> None:
    assert attribution.__all__ == EXPECTED


def test_all_is_sorted() -> None:
    assert attribution.__all__ == sorted(attribution.__all__)


def test_every_name_exists_and_public_callables_are_documented() -> None:
    for name in attribution.__all__:
        obj = getattr(attribution, name)
        if callable(obj):
            assert obj.__doc__, f"{name} has no docstring"


def test_no_private_module_leaks_into_the_namespace() -> None:
    public = {n for n in dir(attribution) if not n.startswith("_")}
    # public subpackages: bundled articles, lexicon data, the optional Dask runner
    modules = {"distributed", "examples", "lexicons"}
    assert public - set(attribution.__all__) <= modules


def test_version_is_the_distribution_version() -> None:
    assert attribution.__version__ == importlib.metadata.version("news-attribution")


def test_package_is_typed() -> None:
    assert (Path(attribution.__file__).parent / "py.typed").is_file()


def test_spacy_factory_entry_point_is_registered() -> None:
    points = importlib.metadata.entry_points(group="spacy_factories")
    assert any(p.name == "attribution" and p.value.startswith("attribution.") for p in points)
