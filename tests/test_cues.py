"""The cue lexicon and the cue matcher."""

from __future__ import annotations

import pytest

from attribution._cues import find_cues, skip_adverbials
from attribution._text import index_text
from attribution.lexicons.cues import CUE_LEMMAS, MULTIWORD, NO_SOURCE


def cues_of(text: str) -> list[tuple[str, str, str]]:
    index = index_text(text)
    return [(text[c.start : c.end], c.lemma, c.category) for c in find_cues(index)]


CASES = [
    pytest.param("She said no.", [("said", "say", "speech")], id="said"),
    pytest.param("He told them.", [("told", "tell", "speech")], id="told"),
    pytest.param(
        "According to the police, two died.",
        [("According to", "according to", "speech")],
        id="according-to-capitalized",
    ),
    pytest.param(
        "They pointed out the flaw.", [("pointed out", "point out", "speech")], id="phrase"
    ),
    pytest.param("Officials believe it.", [("believe", "believe", "belief")], id="belief"),
    pytest.param("Polls show a tie.", [("show", "show", "perception")], id="perception"),
    pytest.param("The union wants more.", [("wants", "want", "intention")], id="intention"),
    pytest.param(
        "Lee confirmed this saying it was true.",
        [("confirmed", "confirm", "speech"), ("saying", "say", "speech")],
        id="participle-after-this-as-an-object",
    ),
    pytest.param("I love this saying.", [], id="this-saying-as-a-noun-phrase"),
    pytest.param("He called for calm.", [("called for", "call for", "speech")], id="called-for"),
    pytest.param("It reportedly fell.", [("reportedly", "reportedly", "speech")], id="no-source"),
    pytest.param("The report came out.", [], id="noun-after-determiner"),
    pytest.param("Her comments were brief.", [], id="noun-after-possessive"),
    pytest.param("The pilots’ reports were late.", [], id="noun-after-plural-possessive"),
    pytest.param("Said is not a cue at a sentence start.", [], id="capitalized-form"),
    pytest.param(
        "Said Ann Ruiz, “No.”", [("Said", "say", "speech")], id="capitalized-said-before-name"
    ),
    pytest.param(
        "About three in 10 said the fees were too high.",
        [("said", "say", "speech")],
        id="past-tense-after-number-is-a-verb",
    ),
    pytest.param(
        "About three in 10 say the fees are too high.",
        [("say", "say", "speech")],
        id="present-tense-after-number-is-a-verb",
    ),
    pytest.param(
        "Harbor police said two boats sank.",
        [("said", "say", "speech")],
        id="said-after-police-is-a-verb",
    ),
    pytest.param("The police report was late.", [], id="police-report-is-a-noun"),
    pytest.param("His claim was wrong.", [], id="possessive-claim-is-a-noun"),
    pytest.param("The 2016 reports were late.", [], id="plural-noun-after-number"),
    pytest.param("The tax plans are costly.", [], id="plural-noun-before-are"),
    pytest.param(
        "The port plan is dead, Ruiz said.", [("said", "say", "speech")], id="noun-before-is"
    ),
    pytest.param(
        "What they claim is false.",
        [("claim", "claim", "speech")],
        id="pronoun-then-verb-before-is",
    ),
    pytest.param("Ruiz shot back.", [("shot back", "shoot back", "speech")], id="phrase-shot-back"),
    pytest.param("Ruiz exclaimed.", [("exclaimed", "exclaim", "speech")], id="exclaimed"),
    pytest.param("Two claims have failed.", [], id="plural-noun-before-have"),
    pytest.param(
        "She says are you sure.", [("says", "say", "speech")], id="says-before-are-is-a-verb"
    ),
    pytest.param("The vote was a roll call.", [], id="compound-noun-roll-call"),
    pytest.param("Two news reports came out.", [], id="compound-noun-news-reports"),
    pytest.param("She won her home state easily.", [], id="compound-noun-home-state"),
    pytest.param("He spoke on a radio show.", [("spoke", "speak", "speech")], id="radio-show"),
    pytest.param("The agency’s report came out.", [], id="base-form-after-possessive"),
    pytest.param(
        "Fox News reported the fire.",
        [("reported", "report", "speech")],
        id="capitalized-name-before-verb",
    ),
    pytest.param(
        "The mayor’s said little.", [("said", "say", "speech")], id="possessive-is-has-said"
    ),
    pytest.param(
        "The minister endorsed it.", [("endorsed", "endorse", "belief")], id="stance-is-belief"
    ),
    pytest.param(
        "He went on about taxes.",
        [("went on about", "go on about", "speech")],
        id="went-on-about",
    ),
    pytest.param("", [], id="empty"),
    pytest.param(
        "She said at one point that it rained.", [("said", "say", "speech")], id="at-one-point"
    ),
    pytest.param(
        "At some point he will point out the flaw.",
        [("point out", "point out", "speech")],
        id="at-some-point-then-point-out",
    ),
    pytest.param(
        "A source familiar with Cruz’s thinking said it.",
        [("said", "say", "speech")],
        id="gerund-after-a-possessive-before-said",
    ),
    pytest.param(
        "Cruz’s thinking about it.",
        [("thinking", "think", "belief")],
        id="gerund-after-a-possessive-without-a-verb",
    ),
    pytest.param("Two state lawmakers said it.", [("said", "say", "speech")], id="state-noun"),
    pytest.param(
        "“No,” said state Sen. Ann Ruiz.", [("said", "say", "speech")], id="state-before-a-title"
    ),
    pytest.param(
        "Officials state that it is fine.",
        [("state", "state", "speech")],
        id="state-verb-before-that",
    ),
    pytest.param("She won 271 pledged delegates.", [], id="pledged-delegates-adjective"),
    pytest.param(
        "Mayor Blasts Port Plan", [("Blasts", "blast", "speech")], id="headline-verb-title-case"
    ),
    pytest.param(
        "Noting the storm, she left.",
        [("Noting", "note", "speech")],
        id="opening-participle-at-sentence-start",
    ),
    pytest.param("They left. Noting", [("Noting", "note", "speech")], id="participle-after-stop"),
    pytest.param("The Noting Society met.", [], id="capitalized-participle-mid-sentence"),
    pytest.param(
        "The mayor, who lost, Tweeted on Friday.",
        [("Tweeted", "tweet", "speech")],
        id="brand-verb-capitalized-mid-sentence",
    ),
    pytest.param("The mayor Blasted it.", [], id="capitalized-verb-mid-sentence-is-no-headline"),
    pytest.param(
        "She pledged to win the delegates.",
        [("pledged", "pledge", "speech")],
        id="pledged-verb-before-to",
    ),
    pytest.param(
        "She was shocked, she said in an interview later.",
        [("said", "say", "speech")],
        id="said-in-interview-later",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert cues_of(text) == expected


def test_lexicon_is_well_formed() -> None:
    categories = {"speech", "belief", "perception", "intention"}
    strengths = {"strong", "weak", "strict", "quoted"}
    for lemma, (category, strength, forms) in CUE_LEMMAS.items():
        assert category in categories, lemma
        assert strength in strengths, lemma
        assert forms, lemma
        assert all(form == form.lower() and " " not in form for form in forms), lemma
    for phrase, (lemma, category, strength) in MULTIWORD.items():
        assert phrase == " ".join(phrase.split()).lower()
        assert category in categories, phrase
        assert strength in strengths, phrase
        assert lemma
    assert all(word == word.lower() for word in NO_SOURCE)


def test_every_form_maps_to_one_lemma() -> None:
    owners: dict[str, str] = {}
    for lemma, (_, _, forms) in CUE_LEMMAS.items():
        for form in forms:
            assert form not in owners, f"{form} in both {owners.get(form)} and {lemma}"
            owners[form] = lemma


ADVERBIALS = [
    pytest.param("said later on Monday that", "that", id="later-on-monday"),
    pytest.param("said Thursday morning that", "that", id="day-and-part"),
    pytest.param("said in June 2012, citing", ",", id="in-month-year"),
    pytest.param("said on June 5, 2012, that", ",", id="on-month-day-comma-year"),
    pytest.param("said Sept. 21 that", "that", id="abbreviated-month-day"),
    pytest.param("said May 5 that", "that", id="may-before-a-day"),
    pytest.param("said may be true", "may", id="modal-may-is-no-month"),
    pytest.param("said March was hard", "March", id="bare-month-as-subject-stays"),
    pytest.param("said in March that", "that", id="in-bare-month"),
    pytest.param("said in a statement", "in", id="not-a-time"),
]


@pytest.mark.parametrize(("text", "next_word"), ADVERBIALS)
def test_skip_adverbials_after_a_cue(text: str, next_word: str) -> None:
    toks = index_text(text).toks
    assert toks[skip_adverbials(toks, 1, len(toks))].text == next_word


REDUCED_PASSIVES = [
    pytest.param(
        "The founder of a clinic found to be a danger says it is over.",
        [("says", "say", "speech")],
        id="found-to-be-after-a-noun-modifies-it",
    ),
    pytest.param(
        "A group thought to have ties to the navy said it would wait.",
        [("said", "say", "speech")],
        id="thought-to-have-after-a-noun-modifies-it",
    ),
    pytest.param(
        "The clinic was found to be a danger.",
        [("found", "find", "perception")],
        id="found-after-was-is-the-verb",
    ),
    pytest.param(
        "What many voters found to be a bargain was not.",
        [("found", "find", "perception")],
        id="found-after-a-relative-word-is-the-verb",
    ),
    pytest.param(
        "The mayor seemed to be ready.",
        [("seemed", "seem", "belief")],
        id="seemed-to-be-is-the-verb-of-its-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED_PASSIVES)
def test_passive_participle_modifying_a_noun_is_no_cue(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert cues_of(text) == expected
