"""Speaker noun phrases next to a cue, found without a parser."""

from __future__ import annotations

import pytest

from attribution._speakers import left_speaker, right_speaker
from attribution._text import index_text


def left(text: str, cue: str = "said") -> str | None:
    index = index_text(text)
    toks = index.toks
    position = next(i for i, t in enumerate(toks) if t.text == cue)
    found = left_speaker(toks, position, 0)
    return None if found is None else text[toks[found[0]].start : toks[found[1] - 1].end]


def right(text: str, cue: str = "said") -> str | None:
    index = index_text(text)
    toks = index.toks
    position = next(i for i, t in enumerate(toks) if t.text == cue)
    found = right_speaker(toks, position + 1, len(toks) - 1)
    return None if found is None else text[toks[found[0]].start : toks[found[1] - 1].end]


LEFT = [
    pytest.param("Lopez said it.", "Lopez", id="name"),
    pytest.param("She said it.", "She", id="pronoun"),
    pytest.param(
        "Retired Lt. Gen. Michael Flynn said it.", "Retired Lt. Gen. Michael Flynn", id="titles"
    ),
    pytest.param(
        "Hillary Clinton’s campaign manager Robby Mook said it.",
        "Hillary Clinton’s campaign manager Robby Mook",
        id="possessive",
    ),
    pytest.param(
        "A senior administration official said it.",
        "A senior administration official",
        id="common-noun",
    ),
    pytest.param(
        "Army General Maria Lopez, the head of Central Command, said it.",
        "Army General Maria Lopez, the head of Central Command,",
        id="appositive",
    ),
    pytest.param(
        "A Turkish official, who spoke on condition of anonymity, said it.",
        "A Turkish official, who spoke on condition of anonymity,",
        id="relative-clause",
    ),
    pytest.param("The Secretary of State said it.", "The Secretary of State", id="of-inside-name"),
    pytest.param(
        "Rep. Ann Ruiz (D-Ore.) said it.", "Rep. Ann Ruiz (D-Ore.)", id="party-in-parentheses"
    ),
    pytest.param("Lopez has also said it.", "Lopez", id="auxiliaries-skipped"),
    pytest.param("Lopez on Friday said it.", "Lopez", id="date-skipped"),
    pytest.param("But Lopez said it.", "Lopez", id="conjunction-dropped"),
    pytest.param("It rained, and then said it.", None, id="no-subject"),
    pytest.param("Ruiz, 54, who runs the port, said it.", "Ruiz, 54, who runs the port,", id="age"),
    pytest.param("Ruiz broadly said it.", "Ruiz", id="adverb-skipped"),
    pytest.param("Ruiz, at the hearing, said it.", "Ruiz", id="prepositional-aside-dropped"),
    pytest.param(
        "Ruiz, appearing after Lopez at the forum, said it.", "Ruiz", id="participial-aside"
    ),
    pytest.param(
        "Ruiz, a port official, speaking on condition of anonymity, said it.",
        "Ruiz, a port official, speaking on condition of anonymity,",
        id="anonymity-aside-kept",
    ),
    pytest.param("In a speech Mrs. Ruiz said it.", "Mrs. Ruiz", id="event-noun-before-name"),
    pytest.param("WASHINGTON -- Mayor Ruiz said it.", "Mayor Ruiz", id="dateline-dash"),
    pytest.param(
        "Federal and state officials said it.", "Federal and state officials", id="coordinated"
    ),
    pytest.param("The union cut jobs and the mayor said it.", "the mayor", id="not-coordinated"),
    pytest.param(
        "The results of the latest city poll said it.",
        "The results of the latest city poll",
        id="of-phrase",
    ),
    pytest.param(
        "Three union leaders familiar with the plan said it.",
        "Three union leaders familiar with the plan",
        id="post-modifier-familiar-with",
    ),
    pytest.param(
        "Officials briefed on the audit said it.",
        "Officials briefed on the audit",
        id="post-modifier-briefed-on",
    ),
    pytest.param(
        "People with knowledge of the merger said it.",
        "People with knowledge of the merger",
        id="post-modifier-with-knowledge-of",
    ),
    pytest.param(
        "Aides close to the governor said it.",
        "Aides close to the governor",
        id="post-modifier-close-to",
    ),
    pytest.param(
        "A lawyer for the family said it.", "A lawyer for the family", id="post-modifier-for"
    ),
    pytest.param(
        "Farmers on both banks of the river said it.",
        "Farmers on both banks of the river",
        id="post-modifier-on",
    ),
    pytest.param(
        "A nurse at the clinic, who asked not to be named, said it.",
        "A nurse at the clinic, who asked not to be named,",
        id="post-modifier-then-relative-clause",
    ),
    pytest.param(
        "A spokesman for the mill, Tom Reyes, said it.",
        "A spokesman for the mill, Tom Reyes,",
        id="post-modifier-then-name",
    ),
    pytest.param(
        "A clerk who was not cleared to speak publicly said it.",
        "A clerk who was not cleared to speak publicly",
        id="relative-clause-without-commas",
    ),
    pytest.param(
        "Two pilots who flew the route, speaking on condition of anonymity, said it.",
        "Two pilots who flew the route, speaking on condition of anonymity,",
        id="relative-clause-then-anonymity-aside",
    ),
    pytest.param("One of them said it.", "One of them", id="partitive-pronoun"),
    pytest.param("Prosecutors in March said it.", "Prosecutors", id="time-is-no-post-modifier"),
    pytest.param(
        "The mayor spoke at the fair and the sheriff said it.",
        "the sheriff",
        id="object-of-verb-is-no-head",
    ),
    pytest.param("Critics vie for seats said it.", "seats", id="verb-before-preposition"),
]


@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_left_speaker(text: str, expected: str | None) -> None:
    assert left(text) == expected


RIGHT = [
    pytest.param("“No,” said Lopez.", "Lopez", id="name"),
    pytest.param("“No,” said the ruling.", "the ruling", id="determiner-noun"),
    pytest.param("“No,” said Lopez, a top adviser.", "Lopez, a top adviser", id="appositive"),
    pytest.param("“No,” said he.", "he", id="pronoun"),
    pytest.param(
        "“No,” said Ann Ruiz, chairman of the port board.",
        "Ann Ruiz, chairman of the port board",
        id="title-appositive",
    ),
    pytest.param(
        "“No,” said Ann Ruiz, Acme's chief engineer.",
        "Ann Ruiz, Acme's chief engineer",
        id="possessive-appositive",
    ),
    pytest.param("“No,” said Ruiz, 54.", "Ruiz, 54", id="age-appositive"),
    pytest.param(
        "“No,” said Rep. Ann Ruiz (D-Ore.), a member of the panel.",
        "Rep. Ann Ruiz (D-Ore.), a member of the panel",
        id="party-then-appositive",
    ),
    pytest.param(
        "“No,” said Ruiz, a developer, who runs the port.",
        "Ruiz, a developer, who runs the port",
        id="appositive-then-relative",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_right_speaker(text: str, expected: str | None) -> None:
    assert right(text) == expected
