"""The HTML view: well-formed, escaped, complete, and really rendered by a headless browser."""

from __future__ import annotations

import html
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import attribution
from attribution import Article, DateMention, Quote, Source, Span
from attribution._html import _Mark, _markup
from attribution.examples import EXAMPLES, PUBLISHED, read_example

VOID = {"meta", "br", "img", "hr", "link", "input"}


class Page(HTMLParser):
    """Collects the elements of a page and checks that every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.text_parts: list[str] = []
        self.in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag == "article":
            self.in_article += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.text_parts.append(data)

    def having(self, tag: str, css_class: str) -> list[dict[str, str]]:
        return [a for t, a in self.elements if t == tag and css_class in a.get("class", "").split()]


def read_page(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


def span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span.of(text, start, start + len(part))


TEXT = (
    "“Ask me again on Friday,” Kemal Aydin said on Monday. “Not <script>alert(1)</script> now.”\n\n"
    "A senior diplomat, who spoke on condition of anonymity, said talks would resume & go on."
)


def handmade() -> Article:
    """An article whose results overlap in every way the renderer has to survive."""
    q1 = span(TEXT, "“Ask me again on Friday,”")
    q1b = span(TEXT, "“Not <script>alert(1)</script> now.”")
    indirect = span(TEXT, "talks would resume & go on")
    return Article(
        text=TEXT,
        id="handmade",
        published=DateMention(id="published", span=None, type="DATE", value="2016-03-08"),
        quotes=(
            Quote(
                id="q1",
                kind="direct",
                content=Span.of(TEXT, q1.start, q1b.end),  # a split quote: content spans both
                fragments=(q1, q1b),
                cue=span(TEXT, "said"),
                cue_lemma="say",
                speaker=span(TEXT, "Kemal Aydin"),
                source="s1",
                date="d2",
            ),
            Quote(
                id="q2",
                kind="indirect",
                content=indirect,
                fragments=(indirect,),
                cue=span(TEXT, "said", 1),
                cue_lemma="say",
                speaker=span(TEXT, "A senior diplomat, who spoke on condition of anonymity"),
                source="s2",
            ),
            # an overlapping statement crossing q1's end and q2's speaker (no nesting)
            Quote(
                id="q3",
                kind="mixed",
                content=span(TEXT, "now.”\n\nA senior"),
                fragments=(span(TEXT, "now.”"),),
            ),
        ),
        sources=(
            Source(
                id="s1", name="Kemal Aydin", kind="person", mentions=(span(TEXT, "Kemal Aydin"),)
            ),
            Source(
                id="s2",
                name="A senior diplomat",
                kind="person",
                anonymous=True,
                seniority="senior",
                title="diplomat",
                specificity=2,
                anonymity_reason=span(TEXT, "who spoke on condition of anonymity"),
                mentions=(span(TEXT, "A senior diplomat, who spoke on condition of anonymity"),),
            ),
        ),
        dates=(
            DateMention(id="d1", span=span(TEXT, "Friday"), type="DATE", value="2016-03-11"),
            DateMention(id="d2", span=span(TEXT, "Monday"), type="DATE", value="2016-03-07"),
        ),
    )


def test_page_is_well_formed_and_keeps_the_text_exactly() -> None:
    article = handmade()
    page = read_page(attribution.render_html(article))
    assert "".join(page.text_parts) == article.text


def test_article_text_is_escaped() -> None:
    rendered = attribution.render_html(handmade())
    assert "<script" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "resume &amp; go on" in rendered


def test_no_script_and_no_external_assets() -> None:
    page = read_page(attribution.render_html(handmade()))
    tags = {tag for tag, _ in page.elements}
    assert not tags & {"script", "link", "img", "iframe"}
    assert all("src" not in attrs and "href" not in attrs for _, attrs in page.elements)
    assert ("style", {}) in page.elements


def test_every_quote_is_marked_in_its_source_colour() -> None:
    article = handmade()
    page = read_page(attribution.render_html(article))
    marks = page.having("mark", "quote")
    assert {m["data-quote"] for m in marks} == {"q1", "q2", "q3"}
    by_source = {m["data-quote"]: m["data-source"] for m in marks}
    assert by_source == {"q1": "s1", "q2": "s2", "q3": ""}
    colour = {
        m["data-quote"]: {c for c in m["class"].split() if c.startswith("src-")} for m in marks
    }
    assert colour["q1"] == {"src-0"}
    assert colour["q2"] == {"src-1"}
    assert colour["q3"] == {"src-none"}
    assert all("anon" in m["class"].split() for m in marks if m["data-quote"] == "q2")
    # q3 crosses q1's end: it is closed and reopened, never mis-nested
    assert Counter(m["data-quote"] for m in marks)["q3"] >= 2


def test_cues_speakers_and_dates_are_marked() -> None:
    page = read_page(attribution.render_html(handmade()))
    assert {c["data-quote"] for c in page.having("span", "cue")} == {"q1", "q2"}
    assert {s["data-source"] for s in page.having("span", "speaker")} == {"s1", "s2"}
    titles = {d["data-date"]: d["title"] for d in page.having("span", "date")}
    assert titles == {"d1": "DATE 2016-03-11", "d2": "DATE 2016-03-07"}
    assert page.having("span", "reason")


def test_source_panel_lists_descriptors_and_counts() -> None:
    rendered = attribution.render_html(handmade())
    page = read_page(rendered)
    entries = page.having("li", "source")
    assert [e["data-source"] for e in entries] == ["s1", "s2"]
    assert "anonymous" in rendered
    assert "●●○○ 2/4" in rendered  # specificity of the anonymous source
    assert "who spoke on condition of anonymity</dd>" in rendered


def test_timeline_lists_dated_statements_in_time_order() -> None:
    page = read_page(attribution.render_html(handmade()))
    statements = page.having("li", "statement")
    assert [s["data-quote"] for s in statements] == ["q1"]


def test_empty_article() -> None:
    page = read_page(attribution.render_html(Article(text="")))
    assert page.having("mark", "quote") == []
    assert "".join(page.text_parts) == ""


@st.composite
def texts_and_marks(draw: st.DrawFn) -> tuple[str, list[_Mark]]:
    text = draw(st.text(alphabet="ab <&>\"'\n“”", max_size=40))
    marks = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        if end > start:
            layer = draw(st.integers(0, 5))
            marks.append(_Mark(start=start, end=end, layer=layer, tag="span", attributes=()))
    return text, marks


@settings(max_examples=300, deadline=None)
@given(texts_and_marks())
def test_any_overlap_gives_well_formed_markup(case: tuple[str, list[_Mark]]) -> None:
    text, marks = case
    markup = _markup(text, marks)
    page = read_page(f"<article>{markup}</article>")
    assert "".join(page.text_parts) == text
    if not marks:
        assert markup == html.escape(text, quote=False)


@pytest.mark.parametrize("name", EXAMPLES)
def test_bundled_examples_render_completely(name: str) -> None:
    article = attribution.parse(read_example(name), published=PUBLISHED[name], id=name)
    page = read_page(attribution.render_html(article))
    assert "".join(page.text_parts) == article.text
    assert {m["data-quote"] for m in page.having("mark", "quote")} == {q.id for q in article.quotes}
    assert [e["data-source"] for e in page.having("li", "source")] == [
        s.id for s in article.sources
    ]
    dated = [q for q in article.quotes if (d := article.date_of(q)) is not None and d.value]
    assert len(page.having("li", "statement")) == len(dated)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def example_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Article]:
    article = attribution.parse(
        read_example("border_talks"), published=PUBLISHED["border_talks"], id="border_talks"
    )
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(attribution.render_html(article), encoding="utf-8")
    return path, article


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_renders_a_screenshot(example_page: tuple[Path, Article], tmp_path: Path) -> None:
    page, _article = example_page
    png = tmp_path / "page.png"
    result = chromium(tmp_path, f"--screenshot={png}", "--window-size=1280,1600", page.as_uri())
    assert png.is_file(), result.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank 1280x1600 page compresses to a few kilobytes


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_loads_the_page(example_page: tuple[Path, Article], tmp_path: Path) -> None:
    page, article = example_page
    result = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = read_page(result.stdout.replace("<!DOCTYPE html>", ""))
    assert {m["data-quote"] for m in dom.having("mark", "quote")} == {q.id for q in article.quotes}
    assert len(dom.having("li", "source")) == len(article.sources)
    assert "".join(dom.text_parts) == article.text
