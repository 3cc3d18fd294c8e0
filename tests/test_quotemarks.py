"""Quotation marks: pairing rules, apostrophes, unbalanced marks, paragraphs and body end."""

from __future__ import annotations

import re

import pytest

from attribution import _quotemarks
from attribution._quotemarks import Quotation, body_end, find_quotations


def quoted(text: str) -> list[str]:
    """The top-level quotations of ``text`` as written, marks included."""
    return [text[q.start : q.end] for q in find_quotations(text)]


def fragments(text: str) -> list[list[str]]:
    return [[text[start:end] for start, end in q.fragments] for q in find_quotations(text)]


def check_invariants(text: str, found: tuple[Quotation, ...]) -> None:
    previous_end = 0
    for quotation in found:
        assert 0 <= quotation.start < quotation.end <= len(text)
        assert quotation.start >= previous_end  # text order, never overlapping
        previous_end = quotation.end
        assert quotation.fragments[0][0] == quotation.start
        assert quotation.fragments[-1][1] == quotation.end
        for (start, end), (inner_start, inner_end) in zip(
            quotation.fragments, quotation.inner_fragments, strict=True
        ):
            assert start < inner_start <= inner_end <= end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“We will win,” he said.", ["“We will win,”"], id="curly-double"),
        pytest.param('"We will win," he said.', ['"We will win,"'], id="straight-double"),
        pytest.param("‘We will win,’ he said.", ["‘We will win,’"], id="curly-single"),
        pytest.param("'We will win,' he said.", ["'We will win,'"], id="straight-single"),
        pytest.param("« Nous gagnerons », a-t-il dit.", ["« Nous gagnerons »"], id="guillemets"),
        pytest.param("»Wir gewinnen«, sagte er.", ["»Wir gewinnen«"], id="german-guillemets"),
        pytest.param("‹Wir gewinnen›, sagte er.", ["‹Wir gewinnen›"], id="single-guillemets"),
        pytest.param("„Wir gewinnen“, sagte er.", ["„Wir gewinnen“"], id="german-low-high"),
        pytest.param("„Wir gewinnen”, sagte er.", ["„Wir gewinnen”"], id="polish-low-high"),
        pytest.param("‚Wir gewinnen‘, sagte er.", ["‚Wir gewinnen‘"], id="german-single-low"),
        pytest.param("''We will win,'' he said.", ["''We will win,''"], id="doubled-apostrophes"),
        pytest.param("``We will win,'' he said.", ["``We will win,''"], id="latex-style"),
        pytest.param("”We will win,” he said.", ["”We will win,”"], id="swedish-closing-pair"),
        pytest.param("“We will win,“ he said.", ["“We will win,“"], id="opening-typed-as-close"),
        pytest.param(
            "“Vote for ‘Lopez,’ “ she said. “Now.”",
            ["“Vote for ‘Lopez,’ “", "“Now.”"],
            id="converted-opening-between-blanks-closes",
        ),
        pytest.param("‘‘We will win,’’ he said.", ["‘‘We will win,’’"], id="doubled-curly-singles"),
        pytest.param('He said: "We will win."', ['"We will win."'], id="after-colon"),
        pytest.param('He said:"We will win."', ['"We will win."'], id="after-colon-no-space"),
        pytest.param("(“We will win”)", ["“We will win”"], id="in-parentheses"),
        pytest.param("—“We will win”—", ["“We will win”"], id="between-dashes"),
        pytest.param(
            "“Yes,” she said. “No,” he said.", ["“Yes,”", "“No,”"], id="two-quotes-one-line"
        ),
        pytest.param('" We will win, " he said.', ['" We will win, "'], id="spaced-straight"),
        pytest.param('“We will win," he said.', ['“We will win,"'], id="mixed-curly-straight"),
        pytest.param(
            "He left.\n\n” … we will win,” he said.",
            ["” … we will win,”"],
            id="closing-glyph-opens-paragraph",
        ),
        pytest.param(
            "He left.\n\n\u202a”We will win,” he said.",
            ["”We will win,”"],
            id="invisible-bidi-control",
        ),
        pytest.param(
            "“We will win.’ He left. “Bye,” he said.",
            ["“We will win.’", "“Bye,”"],
            id="single-closing-typed-for-double",
        ),
        pytest.param(
            "“He is like 6’2”, and I’m 5’9”,” he said.",
            ["“He is like 6’2”, and I’m 5’9”,”"],
            id="feet-and-inches",
        ),
        pytest.param('"“We will win,” he said.', ["“We will win,”"], id="doubled-opening"),
        pytest.param("No quotation here.", [], id="no-marks"),
        pytest.param("“” and “  ”", [], id="empty-quotes-dropped"),
    ],
)
def test_mark_styles(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("‘We don’t know,’ he said.", ["‘We don’t know,’"], id="contraction"),
        pytest.param("'We don't know,' he said.", ["'We don't know,'"], id="straight-contraction"),
        pytest.param(
            "‘Turkey’s army is ready,’ he said.", ["‘Turkey’s army is ready,’"], id="possessive"
        ),
        pytest.param(
            "‘The Joneses’ house is empty,’ he said.",
            ["‘The Joneses’ house is empty,’"],
            id="plural-possessive-inside-single",
        ),
        pytest.param("The Joneses’ house and the students' union.", [], id="plural-possessives"),
        pytest.param(
            "‘Back in the ’90s it was fine,’ he said.",
            ["‘Back in the ’90s it was fine,’"],
            id="decade",
        ),
        pytest.param(
            'In the \'90s, "we were fine," he said.', ['"we were fine,"'], id="straight-decade"
        ),
        pytest.param(
            "‘I love rock ’n’ roll,’ he said.", ["‘I love rock ’n’ roll,’"], id="rock-n-roll"
        ),
        pytest.param("‘Get ’em out,’ he said.", ["‘Get ’em out,’"], id="elided-em"),
        pytest.param(
            "“We don”t know whether the truce will hold,” he said.",
            ["“We don”t know whether the truce will hold,”"],
            id="closing-mark-typed-as-apostrophe",
        ),
        pytest.param(
            "“Turkey”s army is ready,” he said.",
            ["“Turkey”s army is ready,”"],
            id="closing-mark-typed-as-possessive",
        ),
        pytest.param("“I said no”she said.", ["“I said no”"], id="missing-space-after-close"),
        pytest.param(
            "“I’m goin’ home,” he said.", ["“I’m goin’ home,”"], id="dropped-g-inside-double"
        ),
        pytest.param("It’s the ‘reform’ bill, he said.", ["‘reform’"], id="single-scare-quote"),
        pytest.param("O’Brien’s aide said the ’16 race is over.", [], id="names-and-years"),
    ],
)
def test_apostrophes_never_break_pairing(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He said “we will win. Then he left.\n\nShe said “no,” later.",
            ["“we will win. Then he left.", "“no,”"],
            id="unclosed-stops-at-paragraph",
        ),
        pytest.param(
            'A 6" pipe burst. "We are fine," he said.',
            ['"We are fine,"'],
            id="stray-closing-inches",
        ),
        pytest.param(
            "A stray “ here and “a real quote,” he said.",
            ["“a real quote,”"],
            id="stray-opening-dissolved",
        ),
        pytest.param(
            "He shrugged.” “We will win,” he said.",
            ["“We will win,”"],
            id="stray-closing-ignored",
        ),
        pytest.param(
            "“One,” he said. “Two.\n\nThree “four,” five.",
            ["“One,”", "“Two.", "“four,”"],
            id="unclosed-then-plain-paragraph",
        ),
        pytest.param("He said ”", [], id="lone-closing"),
        pytest.param("He said “", [], id="lone-opening"),
        pytest.param("'", [], id="lone-apostrophe"),
        pytest.param("“a”b”c”", ["“a”"], id="intraword-after-close"),
    ],
)
def test_unbalanced_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_unclosed_quotation_reports_closed_false() -> None:
    text = "He said “we will win.\n\nNext paragraph."
    (quotation,) = find_quotations(text)
    assert not quotation.closed
    assert text[quotation.start : quotation.end] == "“we will win."
    assert quotation.inner_text(text) == "we will win."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We will win.\n\n“We will not stop,” he said.",
            [["“We will win.", "“We will not stop,”"]],
            id="two-paragraphs",
        ),
        pytest.param(
            "“One.\n\n“Two.\n\n“Three,” he said.",
            [["“One.", "“Two.", "“Three,”"]],
            id="three-paragraphs",
        ),
        pytest.param(
            "He said: “We will win.\n“We will not stop.”",
            [["“We will win.", "“We will not stop.”"]],
            id="single-newline-paragraphs",
        ),
        pytest.param(
            '"We will win.\r\n\r\n"We will not stop," he said.',
            [['"We will win.', '"We will not stop,"']],
            id="crlf-paragraphs",
        ),
        pytest.param(
            "‘We will win.\n\n‘We will not stop,’ he said.",
            [["‘We will win.", "‘We will not stop,’"]],
            id="british-single",
        ),
        pytest.param(
            '"We will win.\n\n“Bye,” he said.',
            [['"We will win.'], ["“Bye,”"]],
            id="continuation-needs-same-typing",
        ),
        pytest.param(
            "“We will win.\n\nHe left. “Bye,” he said.",
            [["“We will win."], ["“Bye,”"]],
            id="next-paragraph-not-opening",
        ),
    ],
)
def test_multi_paragraph(text: str, expected: list[list[str]]) -> None:
    assert fragments(text) == expected


def test_multi_paragraph_is_closed_with_inner_fragments() -> None:
    text = "“We will win.\n\n“We will not stop,” he said."
    (quotation,) = find_quotations(text)
    assert quotation.closed
    assert quotation.inner_text(text, separator=" ") == "We will win. We will not stop,"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We will win. “We will not stop,” he said.",
            [["“We will win.", "“We will not stop,”"]],
            id="run-together-continuation",
        ),
        pytest.param(
            "“One. “Two! “Three,” he said.",
            [["“One.", "“Two!", "“Three,”"]],
            id="run-together-three",
        ),
        pytest.param(
            "“The port is safe. He added, “We are ready,” and left.",
            [["“The port is safe."], ["“We are ready,”"]],
            id="run-together-left-open",
        ),
        pytest.param(
            "“Mr. Ruiz will come “soon” to us.”",
            [["“Mr. Ruiz will come “soon” to us.”"]],
            id="title-is-no-sentence-end",
        ),
        pytest.param(
            "He said “no “ever” again” to me.",
            [["“no “ever” again”"]],
            id="same-style-nesting-without-sentence-end",
        ),
        pytest.param(
            '"We will win. "We will not stop," he said.',
            [['"We will win.', '"We will not stop,"']],
            marks=pytest.mark.xfail(
                strict=True, reason="straight marks are not cut: a straight one may close"
            ),
            id="straight-marks-run-together",
        ),
        pytest.param(
            "‘We will win. ‘We will not stop,’ he said.",
            [["‘We will not stop,’"]],
            id="single-marks-are-not-cut",
        ),
    ],
)
def test_lost_paragraph_breaks(text: str, expected: list[list[str]]) -> None:
    assert fragments(text) == expected


def test_lost_paragraph_break_keeps_nested_quotes_after_the_cut() -> None:
    text = "“We won. She said ‘yes’ and then “Bye,” he said."
    assert fragments(text) == [["“We won."], ["‘yes’"], ["“Bye,”"]]
    outer = find_quotations(text)[0]
    assert outer.nested == ()
    assert not outer.closed


def test_hard_wrapped_text_keeps_quotes_across_lines() -> None:
    line = "The minister spoke to reporters at the border crossing on Friday"
    text = (
        f"{line} and said\n“we will keep the crossing open for as long as the talks\n"
        f"continue,” adding that {line.lower()}.\n\n{line}.\n{line}.\n{line}.\n"
    )
    assert quoted(text) == ["“we will keep the crossing open for as long as the talks\ncontinue,”"]


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        pytest.param(
            "“He told me ‘never again’ and left,” she said.",
            "“He told me ‘never again’ and left,”",
            ["‘never again’"],
            id="single-in-double",
        ),
        pytest.param(
            "‘He told me “never again” and left,’ she said.",
            "‘He told me “never again” and left,’",
            ["“never again”"],
            id="double-in-single",
        ),
        pytest.param(
            "“He said, ‘We’re done.’”",
            "“He said, ‘We’re done.’”",
            ["‘We’re done.’"],
            id="closing-together",
        ),
        pytest.param(
            "“‘Never’ is a strong word,” he said.",
            "“‘Never’ is a strong word,”",
            ["‘Never’"],
            id="opening-together",
        ),
        pytest.param(
            "“He told me “never again” and left,” she said.",
            "“He told me “never again” and left,”",
            ["“never again”"],
            id="double-in-double",
        ),
        pytest.param(
            "“He said ‘we won and left,” she said.",
            "“He said ‘we won and left,”",
            [],
            id="unclosed-nested-dropped",
        ),
        pytest.param(
            "« Il a dit “non” », dit-elle.",
            "« Il a dit “non” »",
            ["“non”"],
            id="double-in-guillemets",
        ),
        pytest.param(
            "''Then she asked me, 'Why now?''' the mayor said.",
            "''Then she asked me, 'Why now?'''",
            ["'Why now?'"],
            id="single-in-doubled-apostrophes-closing-together",
        ),
        pytest.param(
            "‘‘Then she asked me, ‘Why now?’’’ the mayor said.",
            "‘‘Then she asked me, ‘Why now?’’’",
            ["‘Why now?’"],
            id="single-in-doubled-curly-singles-closing-together",
        ),
        pytest.param(
            "''The word 'never' is strong,'' he said.",
            "''The word 'never' is strong,''",
            ["'never'"],
            id="single-in-doubled-apostrophes",
        ),
    ],
)
def test_nested(text: str, outer: str, inner: list[str]) -> None:
    (quotation,) = find_quotations(text)
    assert text[quotation.start : quotation.end] == outer
    assert [text[q.start : q.end] for q in quotation.nested] == inner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("He praised “Game of Thrones” again.", True, id="title"),
        pytest.param("He called it “Fake News” again.", True, id="capitalised-phrase"),
        pytest.param("“We will win,” he said.", False, id="sentence"),
        pytest.param("He called it “fake” again.", False, id="lowercase-scare-quote"),
        pytest.param("“One Two Three Four Five” again.", False, id="five-words"),
    ],
)
def test_looks_like_title(text: str, expected: bool) -> None:
    (quotation,) = find_quotations(text)
    assert quotation.looks_like_title is expected


_ARTICLE = "\n\n".join(
    f"Paragraph {n} of the article says “something {n},” the minister said on Friday."
    for n in range(8)
)


@pytest.mark.parametrize(
    ("tail", "furniture"),
    [
        pytest.param("\n\nLeave a Reply\n\nNice article!", "Leave a Reply", id="leave-a-reply"),
        pytest.param("\n\n12 Comments\n\n“Great,” I say.", "12 Comments", id="n-comments"),
        pytest.param("\n\nReader comments\n\nGood.", "Reader comments", id="reader-comments"),
        pytest.param(
            "\n\nSam says: March 3, 2017 at 4:12 pm\n“Lies,” he wrote.",
            "Sam says: March 3, 2017 at 4:12 pm",
            id="stamped-byline",
        ),
        pytest.param(
            "\n\nSam says:\nLies.\nJo says:\nTrue.\nKim wrote:\nNo.",
            "Sam says:",
            id="three-bylines",
        ),
        pytest.param("\n\nSam says:\nLies.\nJo says:\nTrue.", None, id="two-bylines-may-be-body"),
        pytest.param(
            "\n\nRuiz said:\n“We lost.”\nDiaz replied:\n“No.”\nKim wrote:\n“Yes.”",
            None,
            id="bylines-above-quotations-are-body",
        ),
        pytest.param(
            "\n\nHe said:\nLies.\nIn 2015 Ruiz wrote:\nTrue.\nThen Diaz replied:\nNo.",
            None,
            id="clause-words-are-no-handles",
        ),
        pytest.param("\n\nRuiz said: 2016 was hard.\nGood.", None, id="a-number-is-no-stamp"),
        pytest.param(
            "\n\njdoe99 wrote: 2 hours ago\nGood.", "jdoe99 wrote: 2 hours ago", id="hours-ago"
        ),
        pytest.param("\n\nShare this:\nTwitter\nFacebook", "Share this:", id="share-this"),
        pytest.param(
            "\n\nRelated: Minister quits\nMore from World", "Related: Minister quits", id="related"
        ),
        pytest.param("", None, id="no-furniture"),
        pytest.param("\n\nThe statement said:\n“We will win.”", None, id="single-byline-is-body"),
        pytest.param("\n\nRelated: Minister quits\n\n" + _ARTICLE, None, id="related-mid-article"),
    ],
)
def test_body_end(tail: str, furniture: str | None) -> None:
    text = _ARTICLE + tail
    expected = len(text) if furniture is None else text.index(furniture)
    assert body_end(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Comments\n\n" + _ARTICLE, id="furniture-at-top"),
        pytest.param("", id="empty"),
        pytest.param("Comments", id="only-furniture"),
    ],
)
def test_body_end_ignores_early_lines(text: str) -> None:
    assert body_end(text) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"' * 20_000, id="straight-run"),
        pytest.param("“" * 20_000, id="opening-run"),
        pytest.param("”" * 20_000, id="closing-run"),
        pytest.param("“”" * 10_000, id="alternating-curly"),
        pytest.param("\"'" * 10_000, id="alternating-straight"),
        pytest.param(" \" ' ‘ ’" * 5_000, id="spaced-mixed"),
        pytest.param("x" * 2_000_000, id="long-line-no-marks"),
        pytest.param("“" + "x" * 2_000_000, id="long-line-unclosed"),
        pytest.param("“a " * 200_000, id="many-openings-one-line"),
        pytest.param("“We will win.\n\n" * 5_000, id="unclosed-paragraphs"),
        pytest.param("He said “we\n" * 20_000, id="unclosed-lines"),
        pytest.param("don't " * 100_000, id="apostrophes"),
        pytest.param("\n" * 100_000 + "“a”", id="many-newlines"),
        pytest.param(" \n" * 100_000, id="blank-lines"),
        pytest.param("Sam says:\n" * 20_000, id="bylines"),
    ],
)
def test_pathological_inputs_complete(text: str) -> None:
    found = find_quotations(text)
    check_invariants(text, found)
    assert all(q.end - q.start <= 5_001 or len(q.fragments) > 1 for q in found)
    assert 0 <= body_end(text) <= len(text)


def test_thousands_of_unclosed_paragraphs_are_capped() -> None:
    text = "“We will win.\n\n" * 5_000
    found = find_quotations(text)
    assert all(len(q.fragments) <= 30 for q in found)
    assert sum(len(q.fragments) for q in found) == 5_000


def test_unclosed_quote_is_capped_in_a_long_paragraph() -> None:
    text = "He said “" + "word " * 5_000 + "“real,” she said."
    found = find_quotations(text)
    assert text[found[-1].start : found[-1].end] == "“real,”"
    assert found[0].end - found[0].start <= 5_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He says,” there are people who never get listened to.”",
            ["” there are people who never get listened to.”"],
            marks=pytest.mark.xfail(
                strict=True, reason="a closing glyph typed as the opening mark after a comma"
            ),
            id="closing-glyph-as-opener-mid-line",
        ),
        pytest.param(
            '"Trump laughed, “Only Rosie.” But Kelly went on.\n\nNext.',
            ["“Only Rosie.”"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a stray straight mark before curly quotes reads as a straight outer quote",
            ),
            id="stray-straight-around-curly",
        ),
        pytest.param(
            "He backs the ‘tax cuts’ plan and the ‘reforms’ deal.",
            ["‘tax cuts’", "‘reforms’"],
            marks=pytest.mark.xfail(
                strict=True, reason="s’ before a lowercase word with a later ’ reads as possessive"
            ),
            id="single-scare-quote-ending-in-s",
        ),
    ],
)
def test_known_misses(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


# --- fast paths -----------------------------------------------------------------------------

# The candidate pattern without its leading look-ahead (which only speeds up the search).
_PLAIN_CANDIDATES = re.compile(
    _quotemarks._CANDIDATES.pattern.split("(?:", 1)[1].rsplit(")", 1)[0], re.VERBOSE
)


class _EveryMarkScanner(_quotemarks._Scanner):
    """The scan without its fast paths: every position searched, every mark run to ``_marks``."""

    candidates = _PLAIN_CANDIDATES
    skip_word_apostrophes = False


_FAST_PATH_TEXTS = [
    "“We don't know,” Ruiz’s aide said. “It’s the city's call.”",
    "'Don't,' she said, 'it's Turkey's plan.' He's sure.",
    "“A rock ’n’ roll band’s ’90s hit,” he said.\n\n“It wasn’t",
    "‘‘Why?’’ don’t ask,’ she said; the Joneses’ house isn't theirs.",
    "“Open and 'stray o'clock\n“goes on, doesn't it?” he asked.",
    "“" + "word's " * 900 + "end",  # an unclosed quotation past the length cap
    "He said: 'it''s' and ’tis the ol’ way.\r\n\r\n“Yes’n no,” O’Brien said.",
]


@pytest.mark.parametrize("text", _FAST_PATH_TEXTS)
def test_fast_paths_equal_the_plain_scan(text: str) -> None:
    assert [m.span() for m in _quotemarks._CANDIDATES.finditer(text)] == [
        m.span() for m in _PLAIN_CANDIDATES.finditer(text)
    ]
    for soft in (False, True):
        fast = _quotemarks._Scanner(text, soft).run()
        plain = _EveryMarkScanner(text, soft).run()
        assert fast == plain
