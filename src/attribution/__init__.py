"""attribution: who said what, and when, in news articles.

>>> import attribution
>>> text = '"Ask me again on Friday," Kemal Aydin said.'
>>> article = attribution.parse(text, published="2016-03-08")
>>> article.quotes[0].speaker.text
'Kemal Aydin'
"""

from attribution._api import find_dates, find_quotes, find_sources, parse
from attribution._errors import (
    AttributionError,
    AttributionTypeError,
    AttributionValueError,
    AttributionWarning,
)
from attribution._html import render_html
from attribution._parallel import parse_many
from attribution._results import SCHEMA, Article, DateMention, Quote, Source, Span
from attribution._version import __version__

__all__ = [
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
