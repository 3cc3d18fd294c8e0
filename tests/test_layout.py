"""Hard-wrapped plain text: which newlines are wraps, and the quotes found across them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import attribution
from attribution._layout import clear_invisibles, hide_furniture, tighten_marks, unwrap_lines
from strategies import PROFILE, NewsArticle, hard_wrapped, news_articles

# A story of three paragraphs, as running text: one line per paragraph, a blank line between.
STORY = (
    "ANKARA, Turkey — Negotiators from both sides met again on Tuesday in the capital, "
    "where talks on the border crossings have stalled since the spring.\n\n"
    "“We will not sign anything that leaves the crossings closed through the winter,” "
    "said Maria Lopez, the deputy minister, after the first session. “Our farmers cannot "
    "wait another season.”\n\n"
    "A senior Turkish diplomat, who spoke on condition of anonymity because the talks were "
    "private, said the two delegations were close to an agreement on the northern crossing."
)


WRAPPED = [
    pytest.param(hard_wrapped(STORY, 72), STORY, id="wire-copy-72-columns"),
    pytest.param(hard_wrapped(STORY, 40), STORY, id="narrow-column-40"),
    pytest.param(hard_wrapped(STORY, 100), STORY, id="wide-100-columns"),
    pytest.param(
        hard_wrapped(STORY.replace("\n\n", "\n  "), 72),
        STORY.replace("\n\n", "\n  "),
        id="indented-paragraphs-no-blank-line",
    ),
    pytest.param(hard_wrapped(STORY, 40, proportional=True), STORY, id="pdf-lines-40-ems"),
    pytest.param(
        "“We will not sign anything that leaves the crossings\nclosed through the winter,” "
        "said Ms.\nLopez, the deputy minister, after the first\nsession on Tuesday in the "
        "capital, where the\ntalks have stalled since the spring began.",
        "“We will not sign anything that leaves the crossings closed through the winter,” "
        "said Ms. Lopez, the deputy minister, after the first session on Tuesday in the "
        "capital, where the talks have stalled since the spring began.",
        id="ragged-line-ending-in-a-title",
    ),
    pytest.param(hard_wrapped(STORY, 60, proportional=True), STORY, id="pdf-lines-60-ems"),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_wrapped_lines_are_joined_into_their_paragraphs(text: str, expected: str) -> None:
    assert text != expected
    assert unwrap_lines(text) == expected


LEFT_ALONE = [
    pytest.param(STORY, id="a-paragraph-per-line"),
    pytest.param(STORY.replace("\n\n", "\n"), id="a-paragraph-per-line-no-blank-lines"),
    pytest.param("“We will not sign,”\nMaria Lopez said.", id="too-few-lines-to-tell"),
    pytest.param(
        "Related coverage:\n"
        "- Border talks stall over crossings\n"
        "- Farmers wait for a deal on exports\n"
        "- Minister says winter is the deadline\n"
        "- Diplomats meet again in Ankara\n"
        "- What the northern crossing means\n"
        "- Lopez: we will not sign",
        id="a-list-of-items",
    ),
    pytest.param(
        "Border talks stall\nFarmers wait for a deal\nWinter is the deadline\n"
        "Diplomats meet again\nThe northern crossing\nWe will not sign\nWhat comes next",
        id="short-lines-a-headline-list",
    ),
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_text_that_is_not_wrapped_is_left_alone(text: str) -> None:
    assert unwrap_lines(text) is text


KEPT_BREAKS = [
    pytest.param(
        hard_wrapped(STORY, 72) + "\nShort closing line.\nAnother short one.",
        "crossing.\nShort",
        id="next-word-would-have-fitted",
    ),
    pytest.param(
        hard_wrapped(STORY, 72) + "\n- a first item that is long enough to reach the margin",
        "crossing.\n- a first",
        id="a-list-item",
    ),
    pytest.param(
        hard_wrapped(STORY.replace("\n\n", "\n    "), 72),
        "spring.\n    “We",
        id="a-deeper-indent-starts-a-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "kept"), KEPT_BREAKS)
def test_a_paragraph_break_inside_wrapped_text_is_kept(text: str, kept: str) -> None:
    assert kept in text
    assert kept in unwrap_lines(text)


def test_carriage_returns_of_a_wrap_are_joined_too() -> None:
    unwrapped = unwrap_lines(hard_wrapped(STORY, 72).replace("\n", "\r\n"))
    assert unwrapped.count("\r\n\r\n") == STORY.count("\n\n") == 2
    assert "\n" not in unwrapped.replace("\r\n\r\n", "")
    assert unwrapped.split() == STORY.split()


def test_the_length_and_every_offset_are_kept() -> None:
    text = hard_wrapped(STORY, 72).replace("\n", "   \n")
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, unwrapped, strict=True)) if a != b]
    assert changed
    assert all(text[i] in " \n" and unwrapped[i] == " " for i in changed)


@pytest.mark.parametrize("width", [40, 72, 100])
def test_quotes_in_wrapped_text_are_those_of_the_running_text(width: int) -> None:
    wrapped = hard_wrapped(STORY, width)
    expected = attribution.parse(STORY, published="2016-03-08")
    article = attribution.parse(wrapped, published="2016-03-08")
    assert len(article.quotes) == len(expected.quotes) == 2
    for ours, theirs in zip(article.quotes, expected.quotes, strict=True):
        assert (ours.kind, ours.content.start, ours.content.end) == (
            theirs.kind,
            theirs.content.start,
            theirs.content.end,
        )
        assert ours.speaker is not None
        assert theirs.speaker is not None
        assert " ".join(ours.speaker.text.split()) == theirs.speaker.text
    assert [s.name for s in article.sources] == [s.name for s in expected.sources]
    assert [(d.span, d.value) for d in article.dates] == [
        (d.span, d.value) for d in attribution.find_dates(wrapped, reference="2016-03-08")
    ]
    for span in article.spans():
        assert span.text == wrapped[span.start : span.end]


def test_a_date_across_a_wrap_is_found_and_quotes_the_text_as_given() -> None:
    wrapped = hard_wrapped(STORY.replace("on Tuesday", "on Tuesday night"), 68)
    assert "Tuesday\nnight" in wrapped
    date = attribution.find_dates(wrapped, reference="2016-03-09")[0]
    assert (date.type, date.value) == ("DATE", "2016-03-08TNI")
    assert date.span is not None
    assert date.span.text == "Tuesday\nnight"
    assert date.span.text == wrapped[date.span.start : date.span.end]


@PROFILE
@given(news_articles(), st.integers(min_value=30, max_value=100))
def test_generated_articles_wrapped_give_valid_spans(news: NewsArticle, width: int) -> None:
    text = hard_wrapped(news.text, width)
    article = attribution.parse(text)
    assert article.text == text
    for span in article.spans():
        assert span.text == text[span.start : span.end]


TIGHTENED = [
    pytest.param(
        "“ We will not sign, ” said Maria Lopez.",
        " “We will not sign,”  said Maria Lopez.",
        id="a-space-inside-each-mark",
    ),
    pytest.param(
        "She said: “ We will not sign. ”\n\nThen she left.",
        "She said:  “We will not sign.” \n\nThen she left.",
        id="after-a-colon-and-before-a-break",
    ),
    pytest.param(
        "« Nous ne signerons pas , » dit-elle.",
        " «Nous ne signerons pas ,»  dit-elle.",
        id="guillemets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIGHTENED)
def test_spaced_marks_are_tightened(text: str, expected: str) -> None:
    layout = tighten_marks(text)
    assert layout.text == expected
    assert len(layout.text) == len(text)
    assert all(
        layout.text[i] in "“«" and text[i - 1] == layout.text[i] for i in layout.moved_openings
    )
    assert all(
        layout.text[i] in "”»" and text[i + 1] == layout.text[i] for i in layout.moved_closings
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("“We will not sign,” said Maria Lopez.", id="marks-as-usual"),
        pytest.param("He called it a “ ” moment.", id="an-empty-pair"),
        pytest.param("The ’90s were “good,” she said.", id="apostrophe-and-marks"),
    ],
)
def test_marks_without_inner_spaces_are_left_alone(text: str) -> None:
    layout = tighten_marks(text)
    assert layout.text is text
    assert not layout.moved_openings
    assert not layout.moved_closings


def test_quotes_with_spaced_marks_are_those_of_the_marks_as_usual() -> None:
    usual = "“We will not sign,” said Maria Lopez on Friday. “The crossings stay closed.”"
    spaced = "“ We will not sign, ” said Maria Lopez on Friday. “ The crossings stay closed. ”"
    (expected,) = attribution.parse(usual).quotes
    (quote,) = attribution.parse(spaced).quotes
    assert quote.kind == expected.kind == "direct"
    assert [f.text for f in quote.fragments] == [
        "“ We will not sign, ”",
        "“ The crossings stay closed. ”",
    ]
    assert quote.content.text == spaced
    assert quote.speaker is not None
    assert quote.speaker.text == "Maria Lopez"
    for span in attribution.parse(spaced).spans():
        assert span.text == spaced[span.start : span.end]
    assert [(d.span, d.value) for d in attribution.find_dates(spaced)] == [
        (d.span, d.value) for d in attribution.parse(spaced).dates
    ]


def test_the_spacy_component_reads_wrapped_text_with_spaced_marks() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    text = hard_wrapped(STORY.replace("“", "“ ").replace("”", " ”"), 60)
    doc = nlp(text)
    expected = attribution.parse(text)
    assert [s.text for s in doc.spans["attribution_speakers"]] == [
        q.speaker.text for q in expected.quotes if q.speaker is not None
    ]
    fragments = [s.text for s in doc.spans["attribution_fragments"]]
    assert fragments == [f.text for q in expected.quotes for f in q.fragments]
    quoted = [f for f in fragments if f.startswith("“")]
    assert len(quoted) == 2
    assert all(f.startswith("“ ") and f.endswith(" ”") for f in quoted)
    assert any("\n" in f for f in quoted)


# A paragraph of prose that follows the furniture in the cases below.
PROSE = "The talks resume on Thursday, and both delegations expect a long session there."
FURNITURE = [
    pytest.param("Advertisement", id="ad-label"),
    pytest.param("ADVERTISEMENT", id="ad-label-capitals"),
    pytest.param("Story continues below advertisement", id="story-continues"),
    pytest.param("Continue reading the main story", id="continue-reading"),
    pytest.param("RELATED: Farmers wait for a deal on exports", id="related-headline"),
    pytest.param("Read more: What the crossing means", id="read-more"),
    pytest.param("Watch:", id="watch"),
    pytest.param("Share this:", id="share-this"),
    pytest.param("(Photo: Ann Ruiz, AP)", id="photo-credit"),
    pytest.param(
        "Farmers wait at the northern crossing on Monday. (AP Photo/Bo Diaz)", id="photo-caption"
    ),
    pytest.param("Follow Bo Diaz on Twitter: @bodiaz", id="follow-on-twitter"),
    pytest.param("Get the Politics newsletter in your inbox.", id="newsletter"),
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_above_prose_is_hidden(line: str) -> None:
    text = f"{STORY}\n\n{line}\n\n{PROSE}"
    hidden = hide_furniture(text)
    assert len(hidden) == len(text)
    assert hidden == text.replace(line, " " * len(line))


BODY_LINES = [
    pytest.param(f"{STORY}\n\nRelated: Farmers wait for a deal", id="links-after-the-story"),
    pytest.param(f"{STORY}\n\nWatch what happens next, she said.\n\n{PROSE}", id="a-sentence"),
    pytest.param(f"{STORY}\n\nMore than 40 trucks waited.\n\n{PROSE}", id="more-than"),
    pytest.param(f"{STORY}\n\nClose to the border\n\n{PROSE}", id="a-subheading"),
]


@pytest.mark.parametrize("text", BODY_LINES)
def test_body_lines_and_furniture_below_the_story_stay(text: str) -> None:
    assert hide_furniture(text) is text


def test_a_quote_goes_on_across_furniture() -> None:
    story = (
        "“We will not sign anything that leaves the crossings closed,” said Maria Lopez, the "
        "deputy minister, after the first session on Tuesday.\n\n"
        "“Our farmers cannot wait another season.”\n\n"
        f"{PROSE}"
    )
    scraped = story.replace("\n\n“Our", "\n\nAdvertisement\n\n“Our")
    quotes = [
        q for q in attribution.parse(scraped, published="2016-03-08").quotes if q.kind == "direct"
    ]
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "Maria Lopez, the deputy minister"),
        ("direct", "Maria Lopez, the deputy minister"),
    ]
    assert all(f.text == scraped[f.start : f.end] for q in quotes for f in q.fragments)


INVISIBLES = [
    pytest.param(
        "“\u200bWe stay,” she said.", " “We stay,” she said.", id="zero-width-after-opening"
    ),
    pytest.param('"\u200bWe stay," she said.', ' "We stay," she said.', id="straight-opening"),
    pytest.param("“We stay,\u200b” she said.", "“We stay,”  she said.", id="before-closing"),
    pytest.param("\ufeffPort talks stall", " Port talks stall", id="byte-order-mark-first"),
    pytest.param("she said\u200b \u2060today", "she said   today", id="at-word-edges"),
    pytest.param(
        "con\u00adtro\u00adversial", "con\u00adtro\u00adversial", id="soft-hyphens-in-a-word"
    ),
    pytest.param("We stay.", "We stay.", id="none"),
]


@pytest.mark.parametrize(("text", "expected"), INVISIBLES)
def test_invisible_characters_at_word_edges_are_cleared(text: str, expected: str) -> None:
    layout = clear_invisibles(text)
    assert layout.text == expected
    assert len(layout.text) == len(text)
    assert all(text[i - 1] == layout.text[i] for i in layout.moved_openings)
    assert all(text[i + 1] == layout.text[i] for i in layout.moved_closings)


def test_quotes_behind_invisible_characters_are_those_of_the_clean_text() -> None:
    scraped = STORY.replace("“", "“\u200b").replace("”", "\u200b”")
    expected = attribution.parse(STORY, published="2016-03-08").quotes
    quotes = attribution.parse(scraped, published="2016-03-08").quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [
        (q.kind, q.speaker.text if q.speaker else None) for q in expected
    ]
    fragments = [f.text for q in quotes for f in q.fragments if q.kind == "direct"]
    assert fragments
    assert all(f.startswith("“") and f.endswith("”") for f in fragments)
    assert all(f.text == scraped[f.start : f.end] for q in quotes for f in q.fragments)


@PROFILE
@given(news_articles(), st.data())
def test_generated_articles_with_invisibles_give_valid_spans(
    news: NewsArticle, data: st.DataObject
) -> None:
    places = data.draw(st.lists(st.integers(0, len(news.text)), max_size=8))
    marks = data.draw(st.lists(st.sampled_from("\u200b\u200d\ufeff\u00ad"), min_size=8, max_size=8))
    text = news.text
    for place, mark in sorted(zip(places, marks, strict=False), reverse=True):
        text = text[:place] + mark + text[place:]
    article = attribution.parse(text)
    for span in article.spans():
        assert span.text == text[span.start : span.end]
