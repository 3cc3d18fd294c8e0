"""A self-contained HTML page that shows an Article: quotes by source, cues, speakers, dates.

The page has inline CSS only: no script, no external asset, so it can be mailed, archived or
opened offline. The article text is escaped, and the markup is built from boundary events
(every span start and end, in order), never by nested string replacement: spans that overlap
without nesting are closed and reopened, so the result is always well-formed.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import attrs

from attribution._results import Article, DateMention, Quote, Source, Span

__all__ = ["PALETTE", "render_html"]

# (strong, light) colour per source, in order of first mention (cycling after the last);
# quotes with no resolved source are grey (``.src-none``). Light tints stay readable under text.
PALETTE = (
    ("#1f6fb4", "#d9e8f6"),
    ("#c0392b", "#f8dcd8"),
    ("#2b8a3e", "#dcf0dc"),
    ("#7b4fb0", "#ebe1f5"),
    ("#d9730d", "#fde6cc"),
    ("#0f8f9a", "#d3f0f2"),
    ("#b83280", "#f8dcec"),
    ("#7a6a12", "#f1ecc4"),
    ("#5a6b7b", "#e3e8ee"),
    ("#a0522d", "#f5e1d5"),
    ("#3f51b5", "#e0e4f7"),
    ("#558b2f", "#e6f0d8"),
)

# Layers in nesting order: an element of an earlier layer always encloses one of a later layer
# that is open at the same time, which keeps the boundary-event markup well-formed.
_LAYERS = ("quote", "fragment", "reason", "speaker", "cue", "date")

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;
background:#f6f6f4}
header{padding:18px 28px 10px;border-bottom:1px solid #ddd;background:#fff}
header h1{margin:0 0 4px;font-size:20px;line-height:1.3}
header p{margin:0;color:#555;font-size:13px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 360px;gap:24px;padding:20px 28px;
max-width:1280px}
article.text{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:18px 24px;
font:17px/1.7 Georgia,"Times New Roman",serif;white-space:pre-wrap;overflow-wrap:anywhere}
aside section{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:12px 16px;
margin-bottom:16px}
aside h2{font-size:14px;text-transform:uppercase;letter-spacing:.06em;color:#555;margin:0 0 8px}
ul.sources,ol.timeline,ul.legend{list-style:none;margin:0;padding:0}
li.source{border-left:5px solid var(--c);padding:4px 0 6px 10px;margin-bottom:10px}
li.source .name{font-weight:600}
li.source .meta{color:#555;font-size:13px}
.badge{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;background:#eee;
color:#333;margin-left:4px;vertical-align:1px}
.badge.anon{background:#333;color:#fff}
dl.desc{display:grid;grid-template-columns:auto 1fr;gap:0 10px;margin:4px 0 0;font-size:13px}
dl.desc dt{color:#666}
dl.desc dd{margin:0}
.meter{display:inline-block;letter-spacing:2px;color:var(--c)}
mark.quote,.key-quote{background:var(--l);color:inherit;border-bottom:2px solid var(--c);
padding:1px 0;border-radius:2px}
mark.quote.anon{border-bottom-style:dashed}
.fragment,.key-fragment{font-style:italic}
.speaker,.key-speaker{font-weight:700;color:var(--c);border-bottom:2px solid var(--c)}
.cue,.key-cue{font-variant:small-caps;font-weight:700;background:#fff3b0;border-radius:3px;
outline:1px solid #e0c84a}
.date,.key-date{text-decoration:underline dotted #1d1d1f;text-decoration-thickness:2px;
text-underline-offset:3px;cursor:help}
.reason{background:repeating-linear-gradient(135deg,transparent 0 4px,#0000000d 4px 6px)}
ol.timeline li{display:grid;grid-template-columns:96px 1fr;gap:8px;padding:4px 0;
border-top:1px solid #eee;font-size:13px}
ol.timeline li:first-child{border-top:0}
ol.timeline .when{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:#333}
ol.timeline .who{font-weight:600;color:var(--c)}
ul.legend li{font-size:13px;margin:2px 0}
.empty{color:#777;font-size:13px;margin:0}
.src-none{--c:#6b6b6b;--l:#ececec}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
"""


@attrs.frozen(kw_only=True)
class _Mark:
    """One interval of the article text to wrap in an element."""

    start: int
    end: int
    layer: int
    tag: str
    attributes: tuple[tuple[str, str], ...]

    def open(self) -> str:
        rendered = "".join(
            f' {name}="{html.escape(value, quote=True)}"' for name, value in self.attributes
        )
        return f"<{self.tag}{rendered}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _source_classes(article: Article) -> dict[str, str]:
    """A CSS class per source id (``src-0``, ...): ids may be any string, classes may not."""
    return {source.id: f"src-{index}" for index, source in enumerate(article.sources)}


def _palette_css(count: int) -> str:
    rules = []
    for index in range(count):
        strong, light = PALETTE[index % len(PALETTE)]
        rules.append(f".src-{index}{{--c:{strong};--l:{light}}}")
    return "\n".join(rules)


def _date_title(date: DateMention) -> str:
    value = date.value if date.value is not None else "not normalized"
    return f"{date.type} {value}"


def _quote_title(article: Article, quote: Quote) -> str:
    source = article.source_of(quote)
    date = article.date_of(quote)
    parts = [f"{quote.id}: {quote.kind}"]
    parts.append(f"source: {source.name}" if source is not None else "no source found")
    if quote.cue is not None:
        parts.append(f"cue: {quote.cue.text} ({quote.cue_category})")
    if date is not None and date.value is not None:
        parts.append(f"said: {date.value}")
    return " · ".join(parts)


def _marks(article: Article, classes: Mapping[str, str]) -> list[_Mark]:
    """Every interval to mark, whatever the overlaps between them."""
    layer = {name: rank for rank, name in enumerate(_LAYERS)}
    names = {source.id: source.name for source in article.sources}
    anonymous = {source.id for source in article.sources if source.anonymous}
    marks: list[_Mark] = []
    seen: set[tuple[int, int, str]] = set()

    def add(kind: str, span: Span | None, tag: str, **attributes: str) -> None:
        if span is None or span.end <= span.start or (span.start, span.end, kind) in seen:
            return
        seen.add((span.start, span.end, kind))
        marks.append(
            _Mark(
                start=span.start,
                end=span.end,
                layer=layer[kind],
                tag=tag,
                attributes=tuple(
                    (k.rstrip("_").replace("_", "-"), v) for k, v in attributes.items()
                ),
            )
        )

    for quote in article.quotes:
        css = classes.get(quote.source or "", "src-none")
        quote_class = f"quote {quote.kind} {css}"
        if quote.source in anonymous:
            quote_class += " anon"
        add(
            "quote",
            quote.content,
            "mark",
            class_=quote_class,
            data_quote=quote.id,
            data_source=quote.source or "",
            title=_quote_title(article, quote),
        )
        if quote.kind != "indirect":
            for fragment in quote.fragments:
                if (fragment.start, fragment.end) != (quote.content.start, quote.content.end):
                    add("fragment", fragment, "span", class_="fragment", data_quote=quote.id)
        if quote.cue is not None:
            lemma = quote.cue_lemma or quote.cue.text
            add(
                "cue",
                quote.cue,
                "span",
                class_="cue",
                data_quote=quote.id,
                title=f"cue: {lemma} ({quote.cue_category})",
            )
        source_name = names.get(quote.source or "")
        add(
            "speaker",
            quote.speaker,
            "span",
            class_=f"speaker {css}",
            data_source=quote.source or "",
            title=f"speaker of {quote.id}"
            + (f": {source_name}" if source_name else " (no source found)"),
        )
    for source in article.sources:
        for mention in source.mentions:
            add(
                "speaker",
                mention,
                "span",
                class_=f"speaker {classes[source.id]}",
                data_source=source.id,
                title=f"mention of {source.name}",
            )
        add("reason", source.anonymity_reason, "span", class_="reason", title="why anonymous")
        add("reason", source.knowledge_basis, "span", class_="reason", title="how they know")
    dates = article.dates
    if article.published is not None:
        dates = (article.published, *dates)
    for date in dates:
        add("date", date.span, "span", class_="date", data_date=date.id, title=_date_title(date))
    return marks


def _markup(text: str, marks: Iterable[_Mark]) -> str:
    """``text`` escaped, with every mark wrapped around its interval (from boundary events)."""
    ordered = sorted(marks, key=lambda m: (m.layer, m.start, -m.end))
    rank = {id(mark): position for position, mark in enumerate(ordered)}
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    for mark in ordered:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    boundaries = sorted({0, len(text), *starts, *ends})
    active: dict[int, _Mark] = {}  # rank -> mark
    stack: list[_Mark] = []  # the elements open in the output, outermost first
    out: list[str] = []
    for here, after in zip(boundaries, [*boundaries[1:], len(text)], strict=True):
        for mark in ends.get(here, ()):
            active.pop(rank[id(mark)], None)
        for mark in starts.get(here, ()):
            active[rank[id(mark)]] = mark
        wanted = [active[key] for key in sorted(active)]
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(mark.close() for mark in reversed(stack[keep:]))
        out.extend(mark.open() for mark in wanted[keep:])
        stack = wanted
        out.append(html.escape(text[here:after], quote=False))
    out.extend(mark.close() for mark in reversed(stack))
    return "".join(out)


def _descriptors(source: Source) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for label, value in (
        ("title", source.title),
        ("affiliation", source.affiliation),
        ("country", source.country),
        ("seniority", source.seniority),
        ("status", source.status),
    ):
        if value:
            rows.append((label, value))
    if source.count is not None:
        rows.append(("how many", str(source.count)))
    if source.anonymity_reason is not None:
        rows.append(("why anonymous", source.anonymity_reason.text))
    if source.knowledge_basis is not None:
        rows.append(("how they know", source.knowledge_basis.text))
    if source.anonymous:
        if source.specificity is None:
            rows.append(("specificity", "not rated"))
        else:
            level = max(0, min(4, source.specificity))
            meter = "●" * level + "○" * (4 - level)
            rows.append(("specificity", f"{meter} {source.specificity}/4"))
    return rows


def _source_panel(article: Article, classes: Mapping[str, str]) -> str:
    if not article.sources:
        return '<p class="empty">No sources found.</p>'
    items = []
    for source in article.sources:
        count = len(article.quotes_by(source))
        badges = f'<span class="badge">{html.escape(source.kind)}</span>'
        if source.anonymous:
            badges += '<span class="badge anon">anonymous</span>'
        if source.plural:
            badges += '<span class="badge">plural</span>'
        rows = "".join(
            f"<dt>{html.escape(label)}</dt><dd>{html.escape(value)}</dd>"
            for label, value in _descriptors(source)
        )
        details = f'<dl class="desc">{rows}</dl>' if rows else ""
        noun = "statement" if count == 1 else "statements"
        items.append(
            f'<li class="source {classes[source.id]}" data-source="{html.escape(source.id)}">'
            f'<span class="name">{html.escape(source.name)}</span>{badges}'
            f'<div class="meta"><span class="count">{count}</span> {noun}</div>'
            f"{details}</li>"
        )
    unattributed = sum(1 for quote in article.quotes if article.source_of(quote) is None)
    extra = ""
    if unattributed:
        extra = f'<p class="empty">{unattributed} statement(s) with no source found.</p>'
    return f'<ul class="sources">{"".join(items)}</ul>{extra}'


def _short(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _timeline(article: Article, classes: Mapping[str, str]) -> str:
    dated = []
    for quote in article.quotes:
        date = article.date_of(quote)
        if date is not None and date.value is not None:
            dated.append((date.value, quote))
    if not dated:
        return '<p class="empty">No dated statements.</p>'
    dated.sort(key=lambda pair: pair[0])  # TIMEX3 values sort in time order at equal precision
    items = []
    for value, quote in dated:
        source = article.source_of(quote)
        who = source.name if source is not None else "unknown source"
        css = classes.get(quote.source or "", "src-none")
        items.append(
            f'<li class="statement {css}" data-quote="{html.escape(quote.id)}">'
            f'<span class="when">{html.escape(value)}</span>'
            f'<span><span class="who">{html.escape(who)}</span>: '
            f"{html.escape(_short(quote.content.text))}</span></li>"
        )
    return f'<ol class="timeline">{"".join(items)}</ol>'


def _headline(article: Article) -> str:
    for line in article.text.splitlines():
        if line.strip():
            return _short(line, 120)
    return article.id or "Empty article"


def render_html(article: Article) -> str:
    """One HTML page (inline CSS, no scripts, no external assets) for ``article``.

    Each quote is highlighted in its source's colour (hover for its kind, source, cue and
    date), speakers and cues are marked, dates underlined with their values on hover; a side
    panel lists the sources with their descriptors and a timeline of the dated statements.

    >>> import attribution
    >>> page = attribution.render_html(attribution.parse('"<b>No</b>," Ann Ruiz said.'))
    >>> page.startswith("<!DOCTYPE html>") and "&lt;b&gt;No&lt;/b&gt;" in page
    True
    """
    classes = _source_classes(article)
    headline = _headline(article)
    published = article.published.value if article.published is not None else None
    summary = [
        f"{len(article.quotes)} statement{'s' if len(article.quotes) != 1 else ''}",
        f"{len(article.sources)} source{'s' if len(article.sources) != 1 else ''}",
        f"published {published}" if published else "publication date unknown",
    ]
    if article.id:
        summary.insert(0, f"id {article.id}")
    legend = (
        '<ul class="legend">'
        '<li><mark class="key-quote src-none">quoted or reported statement</mark> '
        "(colour: its source; dashed: anonymous)</li>"
        '<li><span class="key-fragment">italic</span>: the speaker\'s own words</li>'
        '<li><span class="key-speaker src-none">speaker</span> '
        '<span class="key-cue">cue</span> <span class="key-date">date</span> '
        "(hover for values)</li></ul>"
    )
    css = _CSS + _palette_css(len(article.sources))
    head = (
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="attribution">'
        f"<title>{html.escape(headline)} · attribution</title><style>{css}</style>"
    )
    body = (
        f"<header><h1>{html.escape(headline)}</h1>"
        f'<p class="summary">{html.escape(" · ".join(summary))}</p></header>'
        '<div class="layout">'
        f'<article class="text">{_markup(article.text, _marks(article, classes))}</article>'
        "<aside>"
        f"<section><h2>Sources</h2>{_source_panel(article, classes)}</section>"
        f"<section><h2>Timeline</h2>{_timeline(article, classes)}</section>"
        f"<section><h2>Legend</h2>{legend}</section>"
        "</aside></div>"
    )
    return f'<!DOCTYPE html>\n<html lang="en"><head>{head}</head><body>{body}</body></html>\n'
