"""Speaker noun phrases next to a cue, found without a parser."""

from __future__ import annotations

import pytest

import attribution
from attribution._speakers import (
    after_dateline,
    clause_subject,
    left_speaker,
    opening_subject,
    right_speaker,
    subject_of,
)
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
        "Ana Ruiz’s campaign manager Tom Lopez said it.",
        "Ana Ruiz’s campaign manager Tom Lopez",
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
    pytest.param(
        "The plan, which Lopez said was final, failed.", "Lopez", id="object-relative-which-dropped"
    ),
    pytest.param("Ruiz, by contrast, said it.", "Ruiz", id="aside-by-contrast-dropped"),
    pytest.param(
        "Ruiz, when asked about the port, said it.", "Ruiz", id="aside-when-asked-dropped"
    ),
    pytest.param(
        "The memo, emailed to staff on Friday, said it.",
        "The memo",
        id="aside-past-participle-dropped",
    ),
    pytest.param("He and Ruiz said it.", "He and Ruiz", id="coordinated-pronoun-and-name"),
    pytest.param(
        "Farmers and local shop owners said it.",
        "Farmers and local shop owners",
        id="coordinated-lower-case-groups",
    ),
    pytest.param(
        "The firm cut jobs and the union said it.",
        "the union",
        id="long-lower-case-conjunct-is-a-clause",
    ),
    pytest.param(
        "Ruiz took the stage and Lopez said it.", "Lopez", id="irregular-past-verb-ends-phrase"
    ),
    pytest.param("Six in 10 voters said it.", "Six in 10 voters", id="n-in-10-partitive"),
    pytest.param("Aides to Lopez said it.", "Aides to Lopez", id="role-to-complement"),
    pytest.param("In the end, 26% said it.", "26%", id="percentage-alone"),
    pytest.param(
        "In March, about 40% of farmers said it.",
        "about 40% of farmers",
        id="percentage-of-partitive",
    ),
    pytest.param("The vote was 40 %. Lopez said it.", "Lopez", id="spaced-percent-is-no-speaker"),
    pytest.param("That is the kind Lopez said it.", "Lopez", id="reduced-relative-head-kind"),
    pytest.param("No wonder Ann Lopez said it.", "Ann Lopez", id="no-wonder-before-name"),
    pytest.param(
        "Ann Peck, managing director at Evercore, said it.",
        "Ann Peck, managing director at Evercore,",
        id="participle-before-title-is-an-appositive",
    ),
    pytest.param(
        "Ruiz, now a radio host, said it.", "Ruiz, now a radio host,", id="now-a-role-is-kept"
    ),
    pytest.param("Ruiz, now in his 80s, said it.", "Ruiz", id="now-in-is-an-aside"),
    pytest.param(
        "Ruiz, treating Mr. Lee kindly, said it.", "Ruiz", id="participle-before-capital-title"
    ),
    pytest.param(
        "By May, some 1,409 teachers said it.",
        "some 1,409 teachers",
        id="thousands-separator-inside-number",
    ),
    pytest.param("Since May, at least 21,000 said it.", "at least 21,000", id="at-least-number"),
    pytest.param("The score was 3, 4 teachers said it.", "4 teachers", id="spaced-comma-splits"),
    pytest.param(
        "Critics like Ann Lee said it.",
        "Critics like Ann Lee",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'like' naming examples: PolNeAR keeps it about half the time; not crossed",
        ),
        id="critics-like-name-known-miss",
    ),
    pytest.param(
        "About half of registered voters said it.",
        "About half of registered voters",
        id="quantifier-adverb-and-ed-adjective",
    ),
    pytest.param(
        "At least four senators said it.", "At least four senators", id="at-least-quantifier"
    ),
    pytest.param("Many of you said it.", "Many of you", id="partitive-you"),
    pytest.param(
        "Other farmers, including Ruiz and Lopez, said it.",
        "Other farmers, including Ruiz and Lopez,",
        id="including-is-no-aside",
    ),
    pytest.param("The two farmers said it.", "The two farmers", id="determiner-then-number"),
    pytest.param(
        "A letter to members said it.", "A letter to members", id="document-to-complement"
    ),
    pytest.param("He spoke to farmers and said it.", None, id="verb-object-is-no-speaker"),
    pytest.param("Many in the crowd said it.", "Many in the crowd", id="many-in-the-crowd"),
    pytest.param("During the storm, Lopez said it.", "Lopez", id="opening-adverbial-skipped"),
    pytest.param(
        "Ruiz, who runs the port, said it.", "Ruiz", id="who-clause-after-bare-surname-dropped"
    ),
    pytest.param(
        "Ruiz, who was the mayor, said it.",
        "Ruiz, who was the mayor,",
        id="who-was-a-past-role-kept-after-surname",
    ),
    pytest.param(
        "Ann Ruiz, who runs the port, said it.",
        "Ann Ruiz, who runs the port,",
        id="who-clause-after-full-name-kept",
    ),
    pytest.param(
        "Ruiz, who spoke on condition of anonymity, said it.",
        "Ruiz, who spoke on condition of anonymity,",
        id="anonymity-who-clause-kept-after-surname",
    ),
]


LEFT += [
    pytest.param(
        "Ann Ruiz, chief executive of Acme, a Boston bakery, said it.",
        "Ann Ruiz, chief executive of Acme, a Boston bakery,",
        id="name-before-role-without-determiner",
    ),
    pytest.param(
        "The fire spread. Tom Lee, executive director of the Port Group, said it.",
        "Tom Lee, executive director of the Port Group,",
        id="name-before-role-after-sentence",
    ),
    pytest.param("In the statement, officials said it.", "officials", id="plural-after-adverbial"),
    pytest.param(
        "A producer for the studio said it.", "A producer for the studio", id="agent-noun-for"
    ),
    pytest.param(
        "Researchers at the university said it.",
        "Researchers at the university",
        id="agent-noun-plural-at",
    ),
]


LEFT += [
    pytest.param("Some said it.", "Some", id="quantifier-alone"),
    pytest.param(
        "Experts and officials, however, said it.",
        "Experts and officials",
        id="coordinated-before-aside",
    ),
    pytest.param(
        "Acme's chief executive, Ann Ruiz, of course, said it.",
        "Acme's chief executive, Ann Ruiz",
        id="role-then-name-of-course-aside",
    ),
    pytest.param("His top aide, Tad Lee, said it.", "His top aide, Tad Lee,", id="role-then-name"),
    pytest.param("In Ohio, Lee, the mayor, said it.", "Lee, the mayor,", id="place-not-a-role"),
    pytest.param("Another said it.", "Another", id="another-alone"),
    pytest.param("About one in five said it.", "About one in five", id="one-in-five"),
    pytest.param("The two said it.", "The two", id="the-two"),
    pytest.param("By a wide margin, those surveyed said it.", "those surveyed", id="surveyed"),
    pytest.param("The poll found that most said it.", "most", id="quantifier-after-that"),
    pytest.param("He met some said it.", None, id="quantifier-object-not-subject"),
    pytest.param("While he's said it, he left.", "he's", id="pronoun-with-clitic"),
    pytest.param("She has since said it.", "She", id="has-since-said"),
    pytest.param("It's said it.", None, id="impersonal-it-clitic-no-speaker"),
    pytest.param(
        "In Ohio, many experts and some lawmakers said it.",
        "many experts and some lawmakers",
        id="coordinated-after-comma",
    ),
    pytest.param(
        "Politicians and even some experts said it.",
        "Politicians and even some experts",
        id="coordinated-with-even",
    ),
    pytest.param(
        "Friends, lobbyists and former foes said it.",
        "Friends, lobbyists and former foes",
        id="coordinated-list",
    ),
    pytest.param(
        "The firm cut jobs and the union said it.", "the union", id="verb-object-not-coordinated"
    ),
    pytest.param(
        "Beck, who has in the past said it, left.", "who", id="time-phrase-before-cue-skipped"
    ),
    pytest.param("Lee in recent weeks said it.", "Lee", id="recent-weeks-skipped"),
    pytest.param(
        "Ann Ruiz, the chair, this past week said it.",
        "Ann Ruiz, the chair,",
        id="this-past-week-skipped",
    ),
    pytest.param("In the past said it.", None, id="time-phrase-alone-no-speaker"),
]


# Relative clauses with a cue of their own, coordinated and quantified subjects.
LEFT += [
    pytest.param(
        "Ruiz, who noted she votes in May, said it.", "Ruiz", id="relative-clause-with-cue-dropped"
    ),
    pytest.param(
        "Ann Ruiz, the mayor, who has long argued for it, said it.",
        "Ann Ruiz, the mayor",
        id="appositive-then-relative-cue-dropped",
    ),
    pytest.param(
        "An aide, who spoke on condition of anonymity, said it.",
        "An aide, who spoke on condition of anonymity,",
        id="relative-clause-about-anonymity-kept",
    ),
    pytest.param(
        "But attorneys and legal experts said it.",
        "attorneys and legal experts",
        id="coordinated-after-but",
    ),
    pytest.param(
        "Port security experts and city officials said it.",
        "Port security experts and city officials",
        id="coordinated-three-word-first-conjunct",
    ),
    pytest.param(
        "Both The Daily Planet and the Ledger said it.",
        "Both The Daily Planet and the Ledger",
        id="both-and",
    ),
    pytest.param("Neither Ruiz nor Lee said it.", "Neither Ruiz nor Lee", id="neither-nor"),
    pytest.param("He met Ruiz nor Lee said it.", "Lee", id="nor-without-neither"),
    pytest.param("More than six in 10 said it.", "More than six in 10", id="more-than-six-in-ten"),
    pytest.param(
        "More than half of the voters said it.",
        "More than half of the voters",
        id="more-than-half",
    ),
    pytest.param(
        "As many as 40 percent of voters said it.",
        "As many as 40 percent of voters",
        id="as-many-as",
    ),
    pytest.param("Yet another said it.", "another", id="yet-another"),
    pytest.param(
        "It was so strange that a spokesman for the harbor said it.",
        "a spokesman for the harbor",
        id="post-modified-after-that",
    ),
    pytest.param("Marcia “Cia” Price said it.", "Marcia “Cia” Price", id="quoted-nickname-in-name"),
    pytest.param("Theresa May said it.", "Theresa May", id="may-after-given-name"),
    pytest.param("Ruiz May said it.", "Ruiz", id="may-after-surname-is-a-time"),
    pytest.param("A reporter for USA Today said it.", "A reporter for USA Today", id="usa-today"),
    pytest.param("He called it “Crooked” Lee said it.", "Lee", id="quoted-word-not-nickname"),
    pytest.param("Acme less than two weeks ago said it.", "Acme", id="ago-time-phrase-skipped"),
    pytest.param("Ruiz a few days ago said it.", "Ruiz", id="a-few-days-ago-skipped"),
    pytest.param(
        "Ann Ruiz, who grew up in Dayton, Ohio, in the 1980s, said it.",
        "Ann Ruiz",
        id="relative-clause-over-commas-dropped",
    ),
    pytest.param(
        "Ann Ruiz, whose city, Dayton, is flooded, said it.",
        "Ann Ruiz",
        id="whose-clause-over-commas-dropped",
    ),
    pytest.param(
        "People familiar with her thinking said it.",
        "People familiar with her thinking",
        id="ing-noun-thinking-inside-the-phrase",
    ),
    pytest.param(
        "Officials involved in the planning said it.",
        "Officials involved in the planning",
        id="ing-noun-planning-inside-the-phrase",
    ),
    pytest.param(
        "The deputy head of China's delegation to the forum said it.",
        "The deputy head of China's delegation to the forum",
        id="body-of-people-post-modified-by-to",
    ),
    pytest.param(
        "Members of the panel in Geneva said it.",
        "Members of the panel in Geneva",
        id="panel-post-modified-by-in",
    ),
    pytest.param(
        "Organizations that have endorsed him said it.",
        "Organizations that have endorsed him",
        marks=pytest.mark.xfail(
            strict=True, reason="a 'that' relative clause ending in a pronoun is not crossed"
        ),
        id="that-relative-clause-known-miss",
    ),
]


LEFT += [
    pytest.param(
        "A Facebook user named Al Lee said it.",
        "A Facebook user named Al Lee",
        id="head-named-name",
    ),
    pytest.param(
        "Someone behind the account said it.", "Someone behind the account", id="someone-behind"
    ),
    pytest.param("Reporters named Lee said it.", "Reporters named Lee", id="plural-head-named"),
    pytest.param("The port, named Lee said it.", "Lee", id="named-after-comma-is-no-head"),
]

#: From a read of news stories on the web (2026-11-22): people in a place, and the setting of
#: the speech between the speaker and the cue (its object is no speaker).
LEFT += [
    pytest.param("A woman in the crowd said it.", "A woman in the crowd", id="person-in-a-place"),
    pytest.param(
        "Protesters outside the hall said it.", "Protesters outside the hall", id="group-outside"
    ),
    pytest.param("Ruiz at a rally in Ohio said it.", "Ruiz", id="setting-rally-in-a-state"),
    pytest.param("Ruiz in a tweet said it.", "Ruiz", id="setting-tweet"),
    pytest.param(
        "Ruiz in an interview with The Ledger said it.", "Ruiz", id="setting-interview-with-paper"
    ),
    pytest.param("Sen. Ann Ruiz on Twitter said it.", "Sen. Ann Ruiz", id="setting-platform"),
    pytest.param("Ruiz on Fox News said it.", "Ruiz", id="setting-broadcaster"),
    pytest.param("Ruiz in an interview on Fox News said it.", "Ruiz", id="setting-two-phrases"),
    pytest.param(
        "My editor at Politico said it.",
        "My editor at Politico",
        id="outlet-after-at-is-a-workplace",
    ),
    pytest.param(
        "Democrats on the committee said it.",
        "Democrats on the committee",
        id="body-after-on-is-no-setting",
    ),
    pytest.param("In 2015 Lopez said it.", "Lopez", id="fronted-year"),
    pytest.param("Since March Lopez has said it.", "Lopez", id="fronted-month"),
    pytest.param("In the 1990s Washington lobbyists said it.", "Washington lobbyists", id="decade"),
    pytest.param("The 2015 Lopez campaign said it.", "The 2015 Lopez campaign", id="year-modifier"),
    pytest.param("In May Lopez said it.", "Lopez", id="fronted-may"),
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
    pytest.param(
        "“No,” said Ruiz, a broker in Tampa, Fla., who sells farms.",
        "Ruiz, a broker in Tampa, Fla., who sells farms",
        id="state-after-comma-inside-appositive",
    ),
    pytest.param(
        "“No,” said Ann Ruiz, 29, of Dayton, Ohio.",
        "Ann Ruiz, 29, of Dayton, Ohio",
        id="age-then-hometown",
    ),
    pytest.param(
        "“No,” said Senator Ann Ruiz, Democrat of Oregon.",
        "Senator Ann Ruiz, Democrat of Oregon",
        id="party-label-appositive",
    ),
    pytest.param(
        "“No,” said Sen. Ann Ruiz, R-S.C.", "Sen. Ann Ruiz, R-S.C", id="party-abbreviation"
    ),
    pytest.param(
        "“No,” said Ann Ruiz, co-director of the Port Institute, a research group.",
        "Ann Ruiz, co-director of the Port Institute, a research group",
        id="hyphenated-title-then-second-appositive",
    ),
    pytest.param(
        "“No,” said Mr. Ruiz of the Port Authority.",
        "Mr. Ruiz of the Port Authority",
        id="of-the-organization",
    ),
    pytest.param(
        "“No,” said Lopez immediately.",
        "Lopez",
        id="adverb-after-name",
    ),
    pytest.param(
        "“No,” said Ruiz, whose farm is nearby.", "Ruiz", id="whose-clause-on-right-left-out"
    ),
    pytest.param(
        "“No,” said Ann Ruiz, research and policy director at the Port Institute.",
        "Ann Ruiz, research and policy director at the Port Institute",
        id="lower-case-words-then-title-appositive",
    ),
    pytest.param(
        "“No,” said Ann Ruiz, adding that the director agreed.",
        "Ann Ruiz",
        id="participle-is-no-title-appositive",
    ),
    pytest.param(
        "“No,” said several farmers, including Ruiz and Lopez.",
        "several farmers, including Ruiz and Lopez",
        id="including-appositive",
    ),
    pytest.param(
        "“No,” said the port's director, Ann Ruiz.",
        "the port's director, Ann Ruiz",
        id="name-after-common-noun-head",
    ),
    pytest.param(
        "“No,” said the director, and Ruiz agreed.",
        "the director",
        id="clause-after-comma-is-no-name-appositive",
    ),
    pytest.param(
        "“No,” said a longtime adviser to Lopez.",
        "a longtime adviser to Lopez",
        id="role-to-complement",
    ),
    pytest.param(
        "“No,” said a group of 32 farmers.", "a group of 32 farmers", id="group-of-complement"
    ),
    pytest.param(
        "“No,” said one farmer who asked not to be named.",
        "one farmer who asked not to be named",
        id="who-clause-without-comma-kept",
    ),
]


RIGHT += [
    pytest.param(
        "“No,” said a person familiar with the talks.",
        "a person familiar with the talks",
        id="familiar-with",
    ),
    pytest.param(
        "“No,” said one farmer involved in the plan, adding more.",
        "one farmer involved in the plan",
        id="involved-in",
    ),
    pytest.param(
        "“No,” said a person with knowledge of the deal.",
        "a person with knowledge of the deal",
        id="with-knowledge-of",
    ),
    pytest.param("“No,” said Early Ruiz.", "Early Ruiz", id="capitalized-ly-name-kept"),
    pytest.param("“No,” said likely voters.", "likely voters", id="ly-adjective-kept"),
    pytest.param(
        "“No,” said a spokeswoman for the port board.",
        "a spokeswoman for the port board",
        id="role-for-complement",
    ),
    pytest.param(
        "“No,” said a Monday editorial in The Daily Planet.",
        "a Monday editorial in The Daily Planet",
        id="document-in-publication",
    ),
    pytest.param("“No,” said the report in April.", "the report", id="document-time-left-out"),
    pytest.param(
        "“No,” said C. Ann Lee Jr., a senior official.",
        "C. Ann Lee Jr., a senior official",
        id="junior-then-appositive",
    ),
    pytest.param(
        "“No,” said Ann Lee, pastor at St. Paul Church in Ft. Worth, Texas.",
        "Ann Lee, pastor at St. Paul Church in Ft. Worth, Texas",
        id="abbreviations-inside-appositive",
    ),
    pytest.param("“No,” said Ann Lee Jr. The rest left.", "Ann Lee Jr.", id="name-before-sentence"),
]


RIGHT += [
    pytest.param(
        "“No,” said Ruiz, who said she would vote.", "Ruiz", id="relative-clause-with-cue-dropped"
    ),
    pytest.param(
        "“No,” said Ruiz, who runs the port.",
        "Ruiz, who runs the port",
        id="relative-clause-without-cue-kept",
    ),
    pytest.param("“No,” said Ruiz, speaking to CNN.", "Ruiz", id="participle-aside-dropped"),
    pytest.param(
        "“No,” said his best friend at Acme, Bruce Lee.",
        "his best friend at Acme, Bruce Lee",
        id="role-with-name-complement-then-name",
    ),
    pytest.param("“No,” said Prime Minister Theresa May.", "Prime Minister Theresa May", id="may"),
    pytest.param(
        '“No,” said Robert "Bobby" Lee, a farmer.',
        'Robert "Bobby" Lee, a farmer',
        id="quoted-nickname-in-name",
    ),
    pytest.param("“No,” said Ruiz “today.”", "Ruiz", id="quoted-word-after-name"),
    pytest.param(
        "“No,” said an aide, who spoke on condition of anonymity.",
        "an aide, who spoke on condition of anonymity",
        id="relative-clause-about-anonymity-kept",
    ),
    pytest.param(
        "“No,” said Ann Lee, the policy director for SafeVote.org. She left.",
        "Ann Lee, the policy director for SafeVote.org",
        id="appositive-web-address",
    ),
    pytest.param(
        "“No,” said Ann Lee, who earned a Ph.D. from Yale. She left.",
        "Ann Lee, who earned a Ph.D. from Yale",
        id="relative-clause-abbreviation-before-lower-case",
    ),
    pytest.param(
        "It went well, said Tom Lopez of data consulting firm QRTA.",
        "Tom Lopez of data consulting firm QRTA",
        id="of-lower-case-words-then-organization",
    ),
    pytest.param(
        "It was fine, said Stu Rothenberg of the nonpartisan Rothenberg Report.",
        "Stu Rothenberg of the nonpartisan Rothenberg Report",
        id="of-the-adjective-then-organization",
    ),
    pytest.param(
        "It was fine, said a statement issued by Ruiz aide Al Lee.",
        "a statement issued by Ruiz aide Al Lee",
        id="statement-issued-by",
    ),
    pytest.param(
        "It was fine, said a statement from the mayor.",
        "a statement from the mayor",
        id="statement-from",
    ),
    pytest.param(
        "It was fine, said Lee of the plan Obama made.",
        "Lee",
        marks=pytest.mark.xfail(
            strict=True, reason="a name inside a clause after 'of the' reads as an organization"
        ),
        id="of-the-noun-then-name-known-miss",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RIGHT)
def test_right_speaker(text: str, expected: str | None) -> None:
    assert right(text) == expected


DATELINES = [
    pytest.param(
        "WASHINGTON, June 24 (UPI) — Ann Ruiz said it.", "Ann Ruiz", id="capitals-date-agency"
    ),
    pytest.param("SALEM, Ore. - Sen. Ann Ruiz said it.", "Sen. Ann Ruiz", id="capitals-state"),
    pytest.param("Salem (AFP) – Ann Ruiz said it.", "Ann Ruiz", id="place-then-agency"),
    pytest.param("Ann Ruiz said it.", "Ann Ruiz", id="no-dateline"),
    pytest.param("NEW YORK -- Ann Ruiz said it.", "Ann Ruiz", id="capitals-double-hyphen"),
]


AFTER_DATELINE = [
    pytest.param("BRUSSELS — Ruiz said it.", "Ruiz", id="capitals-dash"),
    pytest.param("WASHINGTON, June 24 (UPI) — Ruiz said it.", "Ruiz", id="date-and-agency"),
    pytest.param("NATO officials said Monday — Ruiz left.", "NATO", id="clause-before-dash"),
    pytest.param("ACME-based firms said it.", "ACME-based", id="hyphenated-word-no-dateline"),
    pytest.param("BRUSSELS —", "BRUSSELS", id="nothing-after-dash"),
    pytest.param("Concord, NH – Ruiz said it.", "Ruiz", id="title-case-city-postal-code"),
    pytest.param("Salem, Ore. – Ruiz said it.", "Ruiz", id="title-case-city-state"),
    pytest.param("Washington—Senators Ruiz and Lee said it.", "Senators", id="washington-alone"),
    pytest.param("Ruiz — who left — said it.", "Ruiz", id="name-before-dash-is-no-dateline"),
    pytest.param("Lee, Ruiz – and others said it.", "Lee", id="names-before-dash-no-state"),
]


@pytest.mark.parametrize(("text", "first"), AFTER_DATELINE)
def test_after_dateline(text: str, first: str) -> None:
    toks = index_text(text).toks
    assert toks[after_dateline(toks, 0, len(toks))].text == first


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_is_no_speaker(text: str, expected: str) -> None:
    index = index_text(text)
    toks = index.toks
    cue = next(i for i, t in enumerate(toks) if t.text == "said")
    found = right_speaker(toks, 0, cue, appositive=False)
    assert found is not None
    assert text[toks[found[0]].start : toks[found[1] - 1].end] == expected


ACCORDING_TO = [
    pytest.param(
        "The plan failed, according to their friends and advisers.",
        "their friends and advisers",
        id="coordinated-nouns",
    ),
    pytest.param(
        "The plan failed, according to Ruiz and Lee.", "Ruiz and Lee", id="coordinated-names"
    ),
    pytest.param(
        "The plan failed, according to a count by the Port Authority.",
        "a count by the Port Authority",
        id="by-agent",
    ),
    pytest.param(
        "The plan failed, according to early results of a poll conducted for the Daily Planet "
        "and two radio stations.",
        "early results of a poll conducted for the Daily Planet and two radio stations",
        id="of-and-participle",
    ),
    pytest.param(
        "The plan failed, according to Ruiz, who runs the port.",
        "Ruiz, who runs the port",
        id="name-then-relative",
    ),
    pytest.param(
        "The plan failed, according to a report that the mayor wrote.",
        "a report",
        id="that-clause-not-kept",
    ),
]


ACCORDING_TO += [
    pytest.param(
        "The plan failed, according to the Daily Planet polling average.",
        "the Daily Planet polling average",
        id="ing-noun-polling",
    ),
    pytest.param(
        "The plan failed, according to a poll released Sunday by the Daily Planet.",
        "a poll released Sunday by the Daily Planet",
        id="participle-then-day",
    ),
    pytest.param(
        "The plan failed, according to a court filing.", "a court filing", id="ing-noun-filing"
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to_source(text: str, expected: str) -> None:
    assert right(text, cue="to") == expected


def _phrase(text: str, found: tuple[int, int] | None) -> str | None:
    toks = index_text(text).toks
    return None if found is None else text[toks[found[0]].start : toks[found[1] - 1].end]


OPENING_SUBJECTS = [
    pytest.param("Lee said it.", "Lee", id="plain-subject"),
    pytest.param("Lee and Ruiz said it.", "Lee and Ruiz", id="coordinated-names"),
    pytest.param(
        "Carly Fiorina threw her support behind him and said it.",
        "Carly Fiorina",
        id="irregular-past-ends-name",
    ),
    pytest.param("The email goes on and said it.", "The email", id="present-verb-ends-noun"),
    pytest.param(
        "Their friends and advisers said it.",
        "Their friends and advisers",
        id="coordinated-nouns",
    ),
    pytest.param("Manning said it.", "Manning", id="name-ending-in-ing"),
    pytest.param("This year, he said it.", "he", id="time-phrase-skipped"),
    pytest.param("A month later, she said it.", "she", id="time-with-later-skipped"),
    pytest.param("Over the years, she said it.", "she", id="preposition-skipped"),
    pytest.param("Likewise, Lee said it.", "Lee", id="sentence-adverb-skipped"),
    pytest.param("Ann Lee touts her record and said it.", "Ann Lee", id="present-verb-ends-name"),
    pytest.param(
        "Gulf sources believe it and said it.", "Gulf sources", id="base-verb-ends-plural"
    ),
    pytest.param("Trump supporters said it.", "Trump supporters", id="plural-noun-after-name-kept"),
    pytest.param("Ruiz didn't wait and said it.", "Ruiz", id="negated-auxiliary-ends-name"),
    pytest.param(
        "SALEM, Ore. (AP) - Ann Lee met the crowd and said it.",
        "Ann Lee",
        id="after-dateline",
    ),
    pytest.param("Facing mounting criticism, Mr. Lee said it.", "Mr. Lee", id="participle-skipped"),
    pytest.param("Hastily ending the call, Lee said it.", "Lee", id="adverb-participle-skipped"),
    pytest.param("Reached by phone, Lee said it.", "Lee", id="past-participle-clause-skipped"),
    pytest.param("Pressed on it, Ms. Lee said it.", "Ms. Lee", id="pressed-on-clause-skipped"),
    pytest.param("Ahmed on Monday said it.", "Ahmed", id="given-name-in-ed-is-a-subject"),
    pytest.param(
        "Speaking at a rally in Salem, Ore., Ms. Lee said it.",
        "Ms. Lee",
        id="state-comma-inside-adverbial",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_SUBJECTS)
def test_opening_subject(text: str, expected: str | None) -> None:
    toks = index_text(text).toks
    cue = next(i for i, t in enumerate(toks) if t.text == "said")
    assert _phrase(text, opening_subject(toks, 0, cue)) == expected


COORDINATED = [
    pytest.param("Lee met the crowd and said it was fine.", "Lee", id="and"),
    pytest.param("Lee met the crowd, then said it was fine.", "Lee", id="comma-then"),
    pytest.param(
        "In an interview, Lee defended the plan and said it was fine.",
        "Lee",
        id="and-after-opening-adverbial",
    ),
    pytest.param(
        "On Monday, Lee met the crowd but later said it was fine.", "Lee", id="but-adverb"
    ),
    pytest.param("Lee met the crowd that said it was fine.", None, id="relative-not-coordinated"),
    pytest.param("Ann Lee took to Twitter to say it.", "Ann Lee", id="took-to-twitter-to"),
    pytest.param("Lee was quick to say it.", "Lee", id="quick-to"),
    pytest.param(
        "In a statement, Lee declined to say it.", "Lee", id="declined-to-after-adverbial"
    ),
    pytest.param("The deal led her to say it.", "her", id="object-pronoun-before-to"),
    pytest.param(
        "Speaking on “This Week,” Lee admitted it but said it.",
        "Lee",
        id="after-quoted-title-adverbial",
    ),
    pytest.param("Lee wants voters to say it.", None, id="noun-object-before-to-not-subject"),
    pytest.param("The loss led Republicans to say it.", "Republicans", id="led-object-to"),
    pytest.param(
        "The vote will force Sen. Ann Ruiz to say it.", "Sen. Ann Ruiz", id="force-object-to"
    ),
    pytest.param("He is poised to say it.", "He", id="poised-to"),
    pytest.param("Ruiz would do better to say it.", "Ruiz", id="do-better-to"),
    pytest.param("Ann Lee struggled to say it.", "Ann Lee", id="struggled-to"),
    pytest.param("More broadly, Acme is working to say it.", "Acme", id="adverb-opening-skipped"),
    pytest.param("That's partly why she used to say it.", None, id="thats-no-subject"),
    pytest.param("Not to say it.", None, id="no-subject-before-control-word"),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_subject_of_coordinated_cue(text: str, expected: str | None) -> None:
    toks = index_text(text).toks
    cue = next(i for i, t in enumerate(toks) if t.text in {"said", "say"})
    assert _phrase(text, subject_of(toks, cue, 0)) == expected


CLAUSE_SUBJECTS = [
    pytest.param(
        "It was a blow, as Ann Ruiz echoed the charge, saying it.",
        "Ann Ruiz",
        id="as-clause",
    ),
    pytest.param(
        "The fight began after the mayor entered the race, saying it.",
        "the mayor",
        id="after-clause",
    ),
    pytest.param("It was a blow to the city, saying it.", None, id="no-subordinate-clause"),
    pytest.param(
        "It happened as in the past, saying it.", None, id="preposition-after-conjunction"
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SUBJECTS)
def test_clause_subject_of_participle(text: str, expected: str | None) -> None:
    toks = index_text(text).toks
    cue = next(i for i, t in enumerate(toks) if t.text == "saying")
    assert _phrase(text, clause_subject(toks, 0, cue - 1)) == expected


STATEMENT_PARTICIPLES = [
    pytest.param("She issued a statement calling for calm.", "She", id="statement-calling"),
    pytest.param("Then he sent an email saying no.", "he", id="email-saying-after-then"),
    pytest.param("The mayor calling for calm left.", "The mayor", id="plain-subject-kept"),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_PARTICIPLES)
def test_subject_of_statement_participle(text: str, expected: str | None) -> None:
    toks = index_text(text).toks
    cue = next(i for i, t in enumerate(toks) if t.text in {"calling", "saying"})
    assert _phrase(text, left_speaker(toks, cue, 0)) == expected


CLAUSES_BEFORE_PARTICIPLE = [
    pytest.param(
        "The two will meet next week, Ruiz said, adding that talks went well.",
        "Ruiz",
        id="subject-and-said-between-commas",
    ),
    pytest.param(
        "At the debate, Lopez compared himself to Ruiz, saying he had no donors.",
        "Lopez",
        id="subject-and-past-verb-between-commas",
    ),
    pytest.param(
        "For months, Lee had praised the plan, stating it would work.",
        "Lee",
        id="subject-auxiliary-past-verb",
    ),
    pytest.param(
        "Ann Ruiz, the head of the agency, adding that it was over.",
        "Ann Ruiz, the head of the agency,",
        id="appositive-still-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES_BEFORE_PARTICIPLE)
def test_clause_between_commas_is_no_appositive(text: str, expected: str | None) -> None:
    """``A, Ruiz said, adding ...``: the words between the commas are a clause with a verb of
    its own, whose subject goes on speaking; not a noun phrase with its appositive."""
    toks = index_text(text).toks
    cue = next(i for i, t in enumerate(toks) if t.text in {"adding", "saying", "stating"})
    assert _phrase(text, left_speaker(toks, cue, 0)) == expected


DOCUMENTS_WITH_PARTICIPLES = [
    pytest.param(
        "A court filing released Monday says it.",
        "says",
        "A court filing released Monday",
        id="time",
    ),
    pytest.param(
        "A study released in May by the Institute of Arts, Letters and Sciences noted it.",
        "noted",
        "A study released in May by the Institute of Arts, Letters and Sciences",
        id="agent-with-list-name",
    ),
    pytest.param(
        "Guidelines recently issued by the agency say it.",
        "say",
        "Guidelines recently issued by the agency",
        id="adverb-before-participle",
    ),
    pytest.param(
        "A memo just published for staff explains it.",
        "explains",
        "A memo just published for staff",
        id="just-published",
    ),
    pytest.param(
        "He read a report released Monday and said it.", "said", None, id="object-not-subject"
    ),
    pytest.param("The report cited said it.", "said", None, id="participle-alone-is-no-modifier"),
    pytest.param(
        "After polls closed Tuesday, campaign manager Ann Lee said it.",
        "said",
        "campaign manager Ann Lee",
        id="clause-before-comma",
    ),
]


@pytest.mark.parametrize(("text", "cue", "expected"), DOCUMENTS_WITH_PARTICIPLES)
def test_document_post_modified_by_participle(text: str, cue: str, expected: str | None) -> None:
    """PolNeAR keeps the participle phrase of a document source: ``A court filing released
    Monday says``; a document that is a verb's object is no subject."""
    assert left(text, cue) == expected


def test_according_to_poll_released_last_week() -> None:
    text = "Prices rose, according to a Times poll released last week."
    index = index_text(text)
    toks = index.toks
    to = next(i for i, t in enumerate(toks) if t.text == "to")
    found = right_speaker(toks, to + 1, len(toks) - 1)
    assert _phrase(text, found) == "a Times poll released last week"


QUANTIFIED_AND_MODIFIED = [
    pytest.param("In Ohio, about half of voters said it.", "about half of voters", id="about-half"),
    pytest.param(
        "But only 49 percent of Democrats said it.",
        "only 49 percent of Democrats",
        id="only-percent",
    ),
    pytest.param("Virtually all analysts said it.", "Virtually all analysts", id="virtually-all"),
    pytest.param("And a few senators said it.", "a few senators", id="a-few"),
    pytest.param("But hacking experts said it.", "hacking experts", id="ing-modifier-after-but"),
    pytest.param(
        "In Ohio, where mining companies said it.",
        "mining companies",
        id="ing-modifier-after-where",
    ),
    pytest.param(
        "The firm began hiring lawyers said it.", "lawyers", id="ing-verb-keeps-object-out"
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUANTIFIED_AND_MODIFIED)
def test_quantifier_adverb_and_ing_modifier(text: str, expected: str | None) -> None:
    """PolNeAR keeps ``about``/``only``/``virtually`` before a quantity and an -ing modifier
    that opens the subject (``streaming services``), not an -ing verb before its object."""
    assert left(text) == expected


LEFT_STRUCTURE = [
    pytest.param(
        "Ann Ruiz, 59, of Dayton, Md., who watched it on a screen, said it.",
        "Ann Ruiz, 59, of Dayton, Md., who watched it on a screen,",
        id="comma-before-state-abbreviation-inside-appositive",
    ),
    pytest.param(
        "Ann Ruiz of Dayton, Ohio, who watched it, said it.",
        "Ann Ruiz of Dayton, Ohio, who watched it,",
        marks=pytest.mark.xfail(
            strict=True, reason="a state written in full before a relative clause reads as its head"
        ),
        id="state-in-full-before-relative-clause-known-miss",
    ),
    pytest.param(
        "Experts on Iran and nuclear weapons said it.",
        "Experts on Iran and nuclear weapons",
        id="coordination-inside-post-modifier",
    ),
    pytest.param(
        "The firm cut jobs in Ohio and the union said it.",
        "the union",
        id="object-conjunct-not-joined",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_STRUCTURE)
def test_left_speaker_structure(text: str, expected: str | None) -> None:
    """A comma before a US state does not end an appositive on the left, and two conjuncts in
    the post-modifier of a subject (``Experts on Iran and nuclear weapons``) stay with it."""
    assert left(text) == expected


NEAR_PRONOUN = [
    pytest.param(
        "Those close to him say it.", "say", "Those close to him", id="those-close-to-him"
    ),
    pytest.param("People around her said it.", "said", "People around her", id="people-around-her"),
    pytest.param(
        "A source close to them said it.", "said", "A source close to them", id="source-close-to"
    ),
    pytest.param("He sat close to her said it.", "said", None, id="verb-before-close-to"),
]


@pytest.mark.parametrize(("text", "cue", "expected"), NEAR_PRONOUN)
def test_subject_ending_in_object_pronoun(text: str, cue: str, expected: str | None) -> None:
    """``Those close to him say``: the whole phrase speaks, not the pronoun after ``to``."""
    assert left(text, cue) == expected


PARTITIVES_OF_PLACE = [
    pytest.param(
        "Ann Lee, the attorney general of Ohio, one of the states suing, said it.",
        "Ann Lee, the attorney general of Ohio",
        id="left-second-appositive-about-the-state",
    ),
    pytest.param(
        "Ann Lee, one of the organizers, said it.",
        "Ann Lee, one of the organizers,",
        id="left-first-appositive-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTITIVES_OF_PLACE)
def test_partitive_about_an_organization_left_out(text: str, expected: str | None) -> None:
    """``, one of the states suing`` after an appositive ending in a name describes that
    organization or place; PolNeAR leaves it out of the source."""
    assert left(text) == expected


def test_partitive_about_an_organization_left_out_on_the_right() -> None:
    text = "“No,” said Ann Lee, head of the Ohio Fund, one of the groups that sued. She left."
    assert right(text) == "Ann Lee, head of the Ohio Fund"


COORDINATED_ROLES = [
    pytest.param(
        "The former governor and U.S. senator said it.",
        "The former governor and U.S. senator",
        id="two-roles-of-one-person",
    ),
    pytest.param(
        "Ohio voted. The party's front-runner and former governor said it.",
        "The party's front-runner and former governor",
        id="possessive-inside-first-role",
    ),
    pytest.param(
        "The Republican front-runner and former governor said it.",
        "The Republican front-runner and former governor",
        id="front-runner-is-a-role",
    ),
    pytest.param("The firm cut jobs and the union said it.", "the union", id="no-role-before-and"),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_ROLES)
def test_coordinated_roles(text: str, expected: str | None) -> None:
    """``The former senator and current nominee said``: two roles joined by ``and``
    after ``the`` are one speaker; PolNeAR keeps both."""
    assert left(text) == expected


PARSED_SPEAKERS = [
    pytest.param(
        "Reached by phone, Joyce — who was at home — said the port was safe.",
        "Joyce — who was at home",
        id="dash-aside-after-opening-participle",
    ),
    pytest.param(
        "In the survey, 26% say the port is safe.", "26%", id="percentage-subject-of-present"
    ),
    pytest.param(
        "In the survey, 85% of Democrats said the port was safe.",
        "85% of Democrats",
        id="percentage-partitive-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARSED_SPEAKERS)
def test_speaker_through_parse(text: str, expected: str) -> None:
    quotes = attribution.parse(text).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes] == [expected]


ADDRESSEES = [
    pytest.param("Lee told reporters the port was safe.", "reporters", id="article-opens-content"),
    pytest.param("Lee told voters his plan was good.", "voters", id="possessive-opens-content"),
    pytest.param(
        "Lee told members of the board it was safe.",
        "members of the board",
        id="determiner-after-preposition-stays",
    ),
    pytest.param(
        "Lee told the head of the agency the port was safe.",
        "the head of the agency",
        id="determiner-opening-the-addressee-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEES)
def test_addressee_stops_before_content_subject(text: str, expected: str) -> None:
    toks = index_text(text).toks
    cue = next(i for i, t in enumerate(toks) if t.text == "told")
    found = right_speaker(toks, cue + 1, len(toks) - 1, appositive=False)
    assert _phrase(text, found) == expected


NEWSWIRE_SPEAKERS = [
    pytest.param(
        "The founder of a clinic found to be a danger to patients says it is over.",
        "says",
        "The founder of a clinic found to be a danger to patients",
        id="over-a-passive-post-modifier",
    ),
    pytest.param(
        "An accompanying statement specifically warned against travel.",
        "warned",
        "An accompanying statement",
        id="ing-adjective-after-an-article",
    ),
    pytest.param(
        "A group thought to have ties to the navy said it would wait.",
        "said",
        "A group thought to have ties to the navy",
        id="over-a-passive-post-modifier-with-have",
    ),
    pytest.param(
        "Voters in the county seemed to be tired, the mayor said.",
        "seemed",
        "Voters in the county",
        id="finite-seemed-is-no-post-modifier",
    ),
]


@pytest.mark.parametrize(("text", "cue", "expected"), NEWSWIRE_SPEAKERS)
def test_newswire_left_speakers(text: str, cue: str, expected: str | None) -> None:
    assert left(text, cue) == expected


OPENING_SUBJECTS_BEFORE_ADVERBS = [
    pytest.param(
        "The government strongly condemned the strike, calling it a crime.",
        "The government",
        id="adverb-before-a-regular-past",
    ),
    pytest.param(
        "The union quickly took the offer, calling it fair.",
        "The union",
        id="adverb-before-an-irregular-past",
    ),
    pytest.param(
        "The weekly report came out, calling it fair.",
        "The weekly report",
        id="ly-adjective-before-a-noun-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_SUBJECTS_BEFORE_ADVERBS)
def test_opening_subject_ends_before_an_adverb_and_its_verb(text: str, expected: str) -> None:
    index = index_text(text)
    toks = index.toks
    comma = next(i for i, t in enumerate(toks) if t.text == ",")
    found = opening_subject(toks, 0, comma)
    assert found is not None
    assert text[toks[found[0]].start : toks[found[1] - 1].end] == expected
