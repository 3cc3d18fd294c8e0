"""Sentence splitting of our own tokenizer: where a stop ends a sentence and where it does not."""

from __future__ import annotations

import pytest

from attribution._text import index_text

SENTENCES = [
    pytest.param("He left. She stayed.", ["He left.", "She stayed."], id="two-sentences"),
    pytest.param(
        "Mr. Lopez said no. Dr. Ruiz agreed.",
        ["Mr. Lopez said no.", "Dr. Ruiz agreed."],
        id="titles-before-names",
    ),
    pytest.param(
        "U.S. officials said so. Others did not.",
        ["U.S. officials said so.", "Others did not."],
        id="initialism",
    ),
    pytest.param(
        "The vote was close. (Mr. Lopez has also called for a recount.)",
        ["The vote was close.", "(Mr. Lopez has also called for a recount.)"],
        id="title-after-opening-bracket",
    ),
    pytest.param(
        "It was late. “Mrs. Ruiz is right,” he said.",
        ["It was late.", "“Mrs. Ruiz is right,” he said."],
        id="title-after-opening-quote",
    ),
    pytest.param(
        "“We tried. We failed,” Ruiz said. Then she left.",
        ["“We tried. We failed,” Ruiz said.", "Then she left."],
        id="closed-quotation-kept-whole",
    ),
    pytest.param(
        "He lives in Annapolis, Md. and works in D.C. on weekdays.",
        ["He lives in Annapolis, Md. and works in D.C. on weekdays."],
        id="state-and-initialism-mid-sentence",
    ),
    pytest.param(
        "Il est parti. «Mme Ruiz a raison», dit-il.",
        ["Il est parti.", "«Mme Ruiz a raison», dit-il."],
        id="guillemet-opens-next-sentence",
    ),
    pytest.param(
        "Er sagte: „Wir gehen.“ Dann ging er.",
        ["Er sagte: „Wir gehen.“", "Dann ging er."],
        id="low-nine-quotation-closes-sentence",
    ),
    pytest.param(
        "It was late. „Mrs. Ruiz is right,“ he said.",
        ["It was late.", "„Mrs. Ruiz is right,“ he said."],
        id="title-after-low-nine-mark",
    ),
    pytest.param(
        "It was late. ``Mrs. Ruiz is right,'' he said.",
        ["It was late.", "``Mrs. Ruiz is right,'' he said."],
        id="backticks-open-next-sentence",
    ),
    pytest.param(
        "He spoke in Dover, N.H. “We will win,” he said.",
        ["He spoke in Dover, N.H.", "“We will win,” he said."],
        id="place-initialism-before-a-quotation",
    ),
    pytest.param(
        'She lives in Fresno, Calif. "I stay," she said.',
        ["She lives in Fresno, Calif.", '"I stay," she said.'],
        id="state-before-a-quotation",
    ),
    pytest.param(
        'It landed at 1:48 a.m. "We are sorry," it read.',
        ["It landed at 1:48 a.m.", '"We are sorry," it read.'],
        id="clock-time-before-a-quotation",
    ),
    pytest.param(
        "It opens at 9 a.m. Eastern time.",
        ["It opens at 9 a.m. Eastern time."],
        id="clock-time-before-a-word",
    ),
    pytest.param(
        "It was Sen. “Bernie” Lopez. Gov. C.L. “Butch” Otter came.",
        ["It was Sen. “Bernie” Lopez.", "Gov. C.L. “Butch” Otter came."],
        id="title-and-initials-before-a-nickname",
    ),
    pytest.param(
        "Washington—Sen. Ann Ruiz spoke. She left.",
        ["Washington—Sen. Ann Ruiz spoke.", "She left."],
        id="title-after-a-dateline-dash",
    ),
    pytest.param(
        "The U.S. “Freedom Act” passed.",
        ["The U.S. “Freedom Act” passed."],
        id="initialism-without-a-comma-before-a-quotation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    quotations = []
    if text.count("“") == 1 and text.count("”") == 1:
        quotations.append((text.index("“"), text.index("”") + 1))
    index = index_text(text, quotations)
    assert [text[start:end] for start, end in index.sentences] == expected
