"""Names and titles: splitting a person mention into title, name, given name and surname."""

from __future__ import annotations

import pytest

from attribution._names import deletion_keys, parse_name, strip_possessive
from attribution._sentences import _BOUNDARY, WINDOW, _is_end, sentence_bounds


@pytest.mark.parametrize(
    ("mention", "title", "name", "surname", "gender"),
    [
        pytest.param(
            "Secretary of State Maria Lopez",
            "Secretary of State",
            "Maria Lopez",
            "Lopez",
            "f",
            id="multiword-title",
        ),
        pytest.param("Maria Lopez", None, "Maria Lopez", "Lopez", "f", id="full-name"),
        pytest.param("Lopez", None, "Lopez", "Lopez", None, id="surname"),
        pytest.param("Ms. Lopez", None, "Lopez", "Lopez", "f", id="honorific-gives-gender-only"),
        pytest.param("Secretary Lopez", "Secretary", "Lopez", "Lopez", None, id="title-surname"),
        pytest.param(
            "Foreign Minister Kemal Aydin",
            "Foreign Minister",
            "Kemal Aydin",
            "Aydin",
            "m",
            id="foreign-minister",
        ),
        pytest.param(
            "Navy chief Ann Ruiz", "Navy chief", "Ann Ruiz", "Ruiz", "f", id="lowercase-role"
        ),
        pytest.param(
            "Army General Maria Lopez", "Army General", "Maria Lopez", "Lopez", "f", id="rank"
        ),
        pytest.param("Adm. John Doe", "Adm.", "John Doe", "Doe", "m", id="abbreviated-rank"),
        pytest.param("Lt. Gen. J.R. Smith", "Lt. Gen.", "J.R. Smith", "Smith", None, id="initials"),
        pytest.param(
            "Sen. Ted Cruz (R-Texas)", "Sen.", "Ted Cruz", "Cruz", "m", id="party-and-state"
        ),
        pytest.param(
            "President-elect Donald Trump",
            "President-elect",
            "Donald Trump",
            "Trump",
            "m",
            id="elect",
        ),
        pytest.param("Dr. Jane Roe", "Dr.", "Jane Roe", "Roe", "f", id="doctor-stays-a-title"),
        pytest.param(
            "spokeswoman Dana Kim", "spokeswoman", "Dana Kim", "Kim", "f", id="gendered-title"
        ),
        pytest.param(
            "Ursula von der Leyen", None, "Ursula von der Leyen", "Leyen", "f", id="particles"
        ),
        pytest.param("Mr. de Vos", None, "de Vos", "Vos", "m", id="particle-after-honorific"),
        pytest.param(
            "Representative Tom B. Lopez of New Mexico",
            "Representative",
            "Tom B. Lopez",
            "Lopez",
            "m",
            id="of-place-is-cut",
        ),
        pytest.param("Lopez’s", None, "Lopez", "Lopez", None, id="possessive"),
        pytest.param(
            "Undersecretary of Defense for Policy John Marsh",
            "Undersecretary of Defense for Policy",
            "John Marsh",
            "Marsh",
            "m",
            id="title-with-for-complement",
        ),
        pytest.param(
            "Assistant Secretary of State for European Affairs Maria Lind",
            "Assistant Secretary of State for European Affairs",
            "Maria Lind",
            "Lind",
            "f",
            id="title-with-modifier-and-complement",
        ),
    ],
)
def test_parse_name(
    mention: str, title: str | None, name: str, surname: str, gender: str | None
) -> None:
    parts = parse_name(mention.split())
    assert (parts.title, parts.name, parts.surname, parts.gender) == (title, name, surname, gender)


@pytest.mark.parametrize(
    ("mention", "status", "country", "affiliation"),
    [
        pytest.param(
            "Former Mexico leader Felipe Calderon", "former", "MX", None, id="status-country"
        ),
        pytest.param("Retired Lt. Gen. Michael Flynn", "former", None, None, id="retired"),
        pytest.param(
            "Amnesty International spokesman Eric Ferrero",
            None,
            None,
            "Amnesty International",
            id="organization-before-title",
        ),
        pytest.param(
            "longtime Democratic pollster Pat Caddell",
            None,
            None,
            "Democratic Party",
            id="party-word",
        ),
        pytest.param("Sen. Ted Cruz (R-Texas)", None, None, "Republican Party", id="party-letter"),
    ],
)
def test_name_descriptors(
    mention: str, status: str | None, country: str | None, affiliation: str | None
) -> None:
    parts = parse_name(mention.split())
    assert (parts.status, parts.country, parts.affiliation) == (status, country, affiliation)


def test_one_edit_apart_share_a_deletion_key() -> None:
    assert deletion_keys("Aydinoglu") & deletion_keys("Aydinoglou")
    assert deletion_keys("Aydinoglu") & deletion_keys("Aydinogly")
    assert not deletion_keys("Aydinoglu") & deletion_keys("Aydinogluxx")


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        pytest.param(
            "He left. Sen. Ted Cruz said no. Then more.",
            "Cruz",
            "Sen. Ted Cruz said no.",
            id="title-abbreviation",
        ),
        pytest.param(
            "The U.S. Army said no. Later.", "Army", "The U.S. Army said no.", id="initialism"
        ),
        pytest.param(
            "First line\nSecond line here.", "Second", "Second line here.", id="line-break"
        ),
        pytest.param("“Go,” she said. He went.", "went", "He went.", id="after-a-quote"),
        pytest.param(
            "Voting ends at 8 p.m. She expects a rush.",
            "expects",
            "She expects a rush.",
            id="clock-before-a-pronoun",
        ),
        pytest.param(
            "Voting ends at 8 p.m. Tuesday, she expects.",
            "expects",
            "Voting ends at 8 p.m. Tuesday, she expects.",
            id="clock-before-a-weekday",
        ),
        pytest.param(
            "Voting ends at 8 p.m. EST, she expects.",
            "expects",
            "Voting ends at 8 p.m. EST, she expects.",
            id="clock-before-a-zone",
        ),
        pytest.param(
            "She lost to then-Sen. Al Lee in 2008. Then more.",
            "Lee",
            "She lost to then-Sen. Al Lee in 2008.",
            id="title-after-a-hyphen",
        ),
        pytest.param(
            "Boston—Sen. Al Lee said no. Then more.",
            "Lee",
            "Boston—Sen. Al Lee said no.",
            id="title-after-a-dateline-dash",
        ),
    ],
)
def test_sentence_bounds(text: str, word: str, sentence: str) -> None:
    start, end = sentence_bounds(text, text.index(word))
    assert text[start:end] == sentence


@pytest.mark.parametrize(
    ("word", "stripped"),
    [
        pytest.param("Lopez’s", "Lopez", id="curly-s"),
        pytest.param("Lopez's", "Lopez", id="straight-s"),
        pytest.param("Sanders’", "Sanders", id="curly-plural"),
        pytest.param("Sanders'", "Sanders", id="straight-plural"),
        pytest.param("Lopez", "Lopez", id="none"),
        pytest.param("’s", "’s", id="only-the-suffix"),
        pytest.param("'", "'", id="only-a-mark"),
        pytest.param("s'", "s", id="one-letter-plural"),
        pytest.param("", "", id="empty"),
    ],
)
def test_strip_possessive(word: str, stripped: str) -> None:
    assert strip_possessive(word) == stripped


def _sentence_start_in_one_scan(text: str, offset: int) -> int:
    """The sentence start as one scan of the whole window finds it (the definition)."""
    low = max(0, offset - WINDOW)
    window = _BOUNDARY.finditer(text, low, min(len(text), offset + 4))
    ends = [m for m in window if m.end() <= offset and _is_end(text, m)]
    return ends[-1].end() if ends else low


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He left. She stayed! Did they? " * 40, id="short-sentences"),
        pytest.param("Mr. Ruiz and Sen. J. Doe of the U.S. said so. " * 30, id="abbreviations"),
        pytest.param("“Yes.” “No!” ‘Maybe?’ (Really.) [Sure.] " * 40, id="closing-marks"),
        pytest.param(". . . A\n\n\nB.  C" * 90, id="runs-of-stops-and-breaks"),
        pytest.param("word " * 400 + "End. Next", id="one-long-sentence"),
        pytest.param("”" * 1500 + " A. B", id="only-marks"),
        pytest.param("x" * 1500, id="no-boundary"),
        # One boundary (". \n\n", not an end after "Mr.") holding another ("\n\n", an end):
        # a scan starting between them would find the second.
        pytest.param("He met Mr. \n\n" + "Smith said " * 40, id="break-after-abbreviation"),
    ],
)
def test_sentence_start_scans_in_stages_like_one_scan(text: str) -> None:
    for offset in range(len(text) + 1):
        assert sentence_bounds(text, offset)[0] == _sentence_start_in_one_scan(text, offset)
