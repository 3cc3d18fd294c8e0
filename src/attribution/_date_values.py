"""Normalization of detected temporal expressions to TIMEX3 types and values.

A candidate from ``_date_patterns`` becomes a :class:`Normalized` (type, value, extent) or is
rejected (a name such as "Theresa May", a quantity such as "2000 units"). Relative expressions
are resolved against the reference (publication) date; the direction of bare weekdays, months
and holidays comes from the tense of the surrounding words. Without a reference, values stay
partial ("XXXX-WXX-5", "XXXX-08") rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

import attrs

from attribution._date_patterns import _FAMILIES, _MONTH, Candidate, _candidate, _trie
from attribution._results import DateType
from attribution.lexicons.date_words import (
    EVENT_WORDS,
    FIXED_HOLIDAYS,
    HOLIDAY_THINGS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    TIME_ZONES,
    UNITS,
    WEEKDAYS,
)

__all__ = [
    "DAY_VALUE",
    "Context",
    "Normalized",
    "day_of",
    "event_after",
    "events_near",
    "normalize",
    "tense_at",
    "zone_offset",
]

Tense = Literal["past", "future"] | None


@attrs.frozen(kw_only=True)
class Context:
    """What a value depends on: the text, the reference date and the narrative anchor."""

    text: str
    reference: dt.date | None
    anchor: dt.date | None = None  # the last explicit day mentioned before this point
    anchor_end: int | None = None  # where the expression that gave ``anchor`` ends
    #: The last date of a year, month or day mentioned before this point ("1998", "1998-10",
    #: "1998-10-23"), and the last of a month or day: "later that year", "that same day".
    recent: str | None = None
    recent_month: str | None = None
    recent_month_end: int | None = None  # where the expression that gave ``recent_month`` ends
    #: The last quarter or half mentioned before this point ("1989-Q3") and where it ends: the
    #: period a business story reports on, which "a year earlier" goes back from.
    recent_quarter: str | None = None
    recent_quarter_end: int | None = None
    month_first: bool = True  # 3/7/2016 is March 7 (US order)
    #: The date of a news event (an ``EVENT_WORDS`` class) dated before a position in the
    #: text ("killed Oct. 23"), for "the weeks before the shooting"; None when unknown.
    event_date: Callable[[str, int], str | None] | None = None


@attrs.frozen(kw_only=True)
class Normalized:
    """A resolved expression: TIMEX3 type, value (None if unresolvable) and extent."""

    type: DateType
    value: str | None
    start: int
    end: int


# --- tense -----------------------------------------------------------------------------------

#: Verbs of telling after "would not": "wouldn't say Tuesday how" refused to, in the past.
_TELL = r"(?:say|comment|discuss|elaborate|disclose|confirm|specify|reveal|answer|respond|name)\b"
_TENSE_CUES = re.compile(
    rf"""
    (?<=\w)(?P<fut_clitic>['’]ll)(?![\w'’])                      # "we'll", "She’ll"
    | (?<![\w'’])
    (?!(?:th(?:e|at|is|ey|eir)|of|an?d?|in|for|on|with|it|he|his|her|by|at|or|but|from|
        we|not)\b)          # the commonest words start no cue: skip the ~170 tries (speed)
    (?:
        (?P<future>will|shall|won['’]t|would(?!\s+have\b|\s+not\s+{_TELL})|
            wouldn['’]t(?!\s+{_TELL})|going\s+to|plans?\s+to|planning|
            (?:can|(?-i:may)|might|must|should)(?!\s+(?:have|not\s+have)\b)|  # modals
            ought\s+to|needs?\s+to|ha(?:s|ve)\s+to|
            (?:likely|poised|about|certain|bound)\s+to(?=\s+[a-z])|     # "is likely to win"
            toward|towards|heading\s+into|going\s+into|between\s+now\s+and|ahead\s+of|
            look(?:s|ed|ing)?\s+ahead\s+to|looks?\s+forward\s+to|looking\s+forward\s+to|
            planned|scheduled|slated|expected|expects?|is\s+to|are\s+to|due|set\s+to|intends?|
            set\s+for(?!\s+(?:him|her|it|them|us|me|you)\w*\b)|      # "set for Monday"
            hopes?\s+to|aims?\s+(?:to|for)|wants?\s+to|tomorrow|next(?!\s+to\b)|upcoming|until|
            coming(?!\s+(?:out|from|back|under|off|after|into|together|across|away)\b)|
            as\s+(?:soon|early)\s+as|later\s+this|to\s+be\s+held|to\s+meet|to\s+vote|
            to\s+visit|to\s+begin|
            to\s+(?:win|defeat|beat|face|decide|hold|host|release|announce|launch|
                testify|travel|arrive|return|attend|speak|campaign|run|take\s+office)|
            (?:if|unless)\s+(?:[\w'’-]+\s+){{0,4}}?(?:is|are|does|do|gets|wins)|  # "if he is"
            whoever\s+[a-z]+s|                                   # "whoever wins in November"
            (?:decided|agreed|promised|vowed|pledged|threatened|voted|offered|
                moved|hoped|asked|urged)\s+to(?=\s+[a-z]))                           # future
      | (?P<schedule>begins|starts|opens|meets|resumes|convenes|arrives|departs|returns|
            visits|travels|heads|votes|testifies|hosts|launches|premieres|expires|
            takes\s+effect|kicks\s+off|goes\s+on\s+trial|ends|closes|concludes|adjourns|
            gets\s+(?:started|underway|under\s+way|going)|     # "earnings season gets started"
            reopens|lands|plays|faces|holds|hears|unveils|announces|delivers|speaks|
            celebrates|performs|decides|competes|sails|flies|
            releases|publishes|
            runs\s+(?:through|until|till)|                         # "the festival runs through"
            (?:goes|heads)\s+to\s+the\s+polls|                 # a vote: "goes to the polls"
            reports\s+(?:[\w-]+\s+){{0,2}}?(?:earnings|results))    # "reports quarterly earnings"
      | (?P<plan>
            (?:go|head)\s+to\s+the\s+polls|                     # "voters go to the polls"
            run\s+(?:through|until|till)|                            # "the talks run through"
            report\s+(?:[\w-]+\s+){{0,2}}?(?:earnings|results)|       # "banks report earnings"
            meet|begin|start|open|resume|convene|arrive|vote|return|visit|travel|gather|
            host|launch|expire|take\s+effect|end|close|conclude|adjourn|reopen|land|play|
            face|hear|unveil|announce|speak|celebrate|decide|compete|go|release|publish
                                                             # plural timetable: "talks resume"
          | (?:is|are|am)(?=\s+(?!being|saying|telling|reporting|claiming|insisting|
                warning|investigating|searching)\w{{2,}}ing\b)  # arrangement: "is meeting"
          | (?:is|are)(?=\s+(?:on\s+)?[a-z]+day\b)          # timetable entry: "is Friday"
          | (?:is|are)(?=\s+at\s+[0-9])                     # "is at 10 a.m. Thursday"
          | (?:is|are)(?=\s+(?:at\s+)?(?:midnight|noon)\b)     # "is midnight Friday"
        )                                      # future, right before the expression only
      | (?P<past>(?:would|could|should|might|must|(?-i:may))\s+have  # "would have been": past
            (?!\s+(?:to|a|an|the|no|trouble|problems?|any|some|more|less|little|much|many|
                enough|time|chances?|money|their|his|her|its|our|my|your)\b)|  # not "have trouble"
            (?:would\s+not|wouldn['’]t)\s+{_TELL}|               # "wouldn't say": a refusal
            said|told|was|were|had|did|been|since|ago|last|earlier|yesterday|met|went|
            came|took|
            made|gave|held|left|began|spoke|saw|found|won|lost|fell|rose|sent|brought|
            thought|knew|led|ran|got|put|struck|shot|killed|died|wrote|became|kept|
            fled|sought|fought|bought|caught|taught|paid|laid|meant|felt|dealt|built|spent|
            stood|broke|chose|drove|rode|flew|drew|grew|threw|shook|forgot|sat|swore|hung|
            sank|withdrew|upheld|withheld|stuck|heard|sold|underwent|overtook|tore|wore|
            sang|swam|stole|woke|froze|hid|slid|dug|
            \w{{2,}}ed)                                                                # past
    )
    (?![\w'’])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_PAST = frozenset({"need", "needed", "speed", "proceed", "exceed", "indeed", "red", "bed"})
#: Past participles that open a sentence as a reduced clause ("Asked on Monday whether ...").
_OPENING_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "interviewed", "reached"})
#: Sentence-initial forms of past cues ("Planned", "Scheduled" count as written).
_CAPITAL_PAST = frozenset({"planned", "scheduled", "slated"})
#: Reporting verbs: they date an expression only right next to them ("said Friday"), not
#: from a parenthesis after it ("will attend events on Saturday, CNN reported").
_REPORTING_PAST = frozenset(
    {
        *("said", "told", "reported", "added", "noted", "wrote", "tweeted", "stated"),
        *("explained", "insisted", "argued", "claimed", "warned", "confirmed", "recalled"),
    }
)
#: Modals that look ahead ("can win in November", "must act by March") but more weakly than
#: "will": a tensed verb a little farther away outweighs them.
_MODALS = frozenset({"can", "may", "might", "must", "should"})
_MODAL_PENALTY = 15
_MODAL_REACH = 40
#: What ends a reporting parenthesis: "..., police said." / "..., he said, adding".
_CLOSING_PARENTHESIS = re.compile(r"\s*(?:[.;!?\"”']|,\s)")
#: How much farther "until" counts than a verb's tense, in a clause matching _UNTIL_PAST.
_WEAK_CUE_PENALTY = 40
#: A past verb of lasting right before "until" ("lasted until Monday", "stayed until"): the
#: stretch is over, unlike "postponed until Friday".
_STAYED_BEFORE = re.compile(
    r"""
    \b(?:lasted|stayed|remained|waited|worked|lived|served|continued|ran|went\s+on|kept|
        talked|slept|fought|sat|stood|lingered|persisted|dragged\s+on|raged|carried\s+on|
        (?:kept|continued)\s+[a-z]+ing)                    # lasting, past: "kept going until"
    \s+$                                                          # right before "until"
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: A count of things: "271", "three", "hundreds".
_COUNT = r"""
    [0-9](?:[0-9,.]*[0-9])?                       # digits: "271", "46,000" (not "46,000,")
    | two|three|four|five|six|seven|eight|nine|ten                 # small numbers in words
    | dozens|hundreds|thousands|millions                           # round counts
"""
#: A count right before an -ed word: "271 pledged delegates", "three injured officers".
_COUNT_BEFORE = re.compile(
    rf"""
    (?<![\w'’])
    (?:{_COUNT})                                                   # "271"
    \s+$                                                          # right before the -ed word
    """,
    re.IGNORECASE | re.VERBOSE,
)
_UNTIL_PAST = re.compile(r"\b(?:had|not|never)\b|n['’]t\b", re.IGNORECASE)
#: An infinitive of the timetable cues ("to meet", "to campaign"), and how far back a past
#: verb makes it the purpose of a past act ("flew to Ohio to campaign on Monday").
_INFINITIVE = re.compile(r"to\s+[a-z]")
_PURPOSE_REACH = 45
#: Past cues that are adverbs, not verbs: they make no infinitive after them a purpose.
_PAST_ADVERBS = frozenset({"since", "ago", "last", "earlier", "yesterday"})


def _past_verb_before(text: str, lo: int, hi: int) -> bool:
    """Whether the last tense cue in ``text[lo:hi]`` is a simple past verb ("left", "flew")."""
    last: re.Match[str] | None = None
    for cue in _TENSE_CUES.finditer(text, lo, hi):
        last = cue
    if last is None or not last.group("past") or last.group().lower() in _PAST_ADVERBS:
        return False
    word = last.group().lower()
    if word in _NOT_PAST or word.endswith("eed"):
        return False
    if word.endswith("ed") and last.group()[:1].isupper():
        return False  # "United": a name
    return not _BE_BEFORE.search(text, max(0, last.start() - 7), last.start())


#: A past verb of deciding or promising before "to": it looks ahead from an expression after
#: it ("vowed to strike on Friday"), but dates one before it by its own tense ("On Tuesday,
#: officials vowed to strike").
_PAST_THEN_TO = re.compile(
    r"(?:decided|agreed|promised|vowed|pledged|threatened|voted|offered|moved|hoped|asked|urged)"
    r"\s+to$"
)
#: A hyphen right before a past form makes a compound adjective ("mortgage-backed", "Saudi-led",
#: "long-awaited"), unless it closes a verb prefix ("re-elected", "co-founded").
_COMPOUND_BEFORE = re.compile(
    r"""
    (?<![-\s])-$                                  # one hyphen (not a dash, "--") ...
    (?<!\bre-)(?<!\bco-)(?<!\bpre-)(?<!\bde-)    # ... not of a verb prefix: "re-elected"
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A sentence end, a line break or a quote mark (also the ASCII `` and '' of wire copy).
#: The period of a title or an initial ("Mr. Clarke", "Gov. Earl Ray Tomblin", "U.S. troops",
#: "John F. Kennedy") ends no sentence.
_CLAUSE_EDGE = re.compile(
    r"""
    [.!?;]                                                      # a sentence end ...
    (?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bGen\.)(?<!\bSen\.)
    (?<!\bRep\.)(?<!\bGov\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bSgt\.)(?<!\bJr\.)(?<!\bSr\.)
    (?<!\bNo\.)(?<!\bvs\.)(?<!\b[A-Z]\.)                        # ... not "Mr.", "U.S.", "F."
    ["”’]?\s
    | \n | ["“”] | '' | ``                                     # a line break, a quote mark
    """,
    re.VERBOSE,
)


#: An auxiliary whose tense is that of the plan, not of the event: "were planning to",
#: "was scheduled for", "had been expected to" (the future cue after it decides).
_AUX_BEFORE_FUTURE = re.compile(
    r"\s+(?:(?:been|being)\s+)?(?=(?:planning|planned|scheduled|slated|expected|due|set\s+(?:to|for)|going\s+to)\b)",
    re.IGNORECASE,
)
_AUXILIARIES = frozenset({"was", "were", "had", "been"})
#: How near a present-tense timetable verb must be ("the court meets Tuesday", "opens on May 1").
_SCHEDULE_REACH = 15
#: ... and how near when a lowercase word follows it, an object or a preposition ("speaks at a
#: conference on Friday", "travel to Columbus, Ohio, on Wednesday"); a name after it makes it
#: a noun more often than not ("radio host Hugh Hewitt on Wednesday").
_SCHEDULE_FAR_REACH = 35
_LOWERCASE_NEXT = re.compile(r"\s+[a-z]")
_ADVERB_BEFORE = re.compile(r"\w{3,}ly\s+$")
#: A passive after "be" ("will be signed Friday", "is expected to be held in June", "when the
#: case is heard in May"): the participle carries no tense; the auxiliary or the modal before
#: it does ("been" is itself a past cue; a present "is" is none).
#: A modal or "to" right before a word of the past list makes it a bare infinitive ("will
#: put California up for grabs", "to put"); the modal itself is the cue.
_BASE_FORM_BEFORE = re.compile(  # lowercase only: "Theresa May said", "George Will said"
    r"(?<![\w'’])(?:will|would|shall|can|could|may|might|must|should|to|do|does)\s+$"
)
#: An agent after a participle: "markets untouched by the crisis" (no finite verb).
_BY_AFTER = re.compile(r"\s+by\s")
_BE_BEFORE = re.compile(
    r"(?<![\w'’])(?:be|being|been|is|are|am|get|gets|getting)\s+$", re.IGNORECASE
)  # "gets started Monday": a passive with "get" has no tense of its own either
#: A future perfect ("will have received", "they'll have left"): the participle's time is the
#: modal's, not a past.
_FUTURE_PERFECT_BEFORE = re.compile(r"(?:(?<![\w'’])will|['’]ll)\s+have\s+$", re.IGNORECASE)
#: A programme noun before "host(s)" makes it the presenter: "radio host", "talk show hosts".
_SHOW_BEFORE = re.compile(
    r"\b(?:radio|show|television|tv|program|programme|podcast|news|game)\s+$", re.IGNORECASE
)
#: "will last", "to last", "did not last": the verb "last", whose auxiliary tells the tense.
_VERB_LAST_BEFORE = re.compile(
    r"(?<![\w'’])(?:will|would|to|could|can|may|might|should|must|not|['’]ll)\s+$",
    re.IGNORECASE,
)
#: "due to" before a noun phrase gives a cause ("due to adverse weather"), not a timetable
#: ("due to arrive"): a determiner, a number, an -ing or -ed word, a plural or a word of cause.
_DUE_TO_CAUSE = re.compile(
    r"""
    \s+to\s+
    (?:the|a|an|his|her|its|their|our|this|that|these|those|[0-9]
      | [a-z]+(?:ing|ed)\b                                    # "due to rising costs"
      | [a-z]+[^s\W]s\b                                        # "due to rains" (not "address")
      | (?:adverse|bad|poor|heavy|high|low|severe|technical|security|health|financial|budget|
            weather|rain|snow|fog|wind|ill|lack|concerns?|fears?|problems?|issues?|reasons?|
            illness|injury)\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: "as expected", "than expected": a comparison, not a plan.
_COMPARED_BEFORE = re.compile(r"\b(?:as|than)\s+$", re.IGNORECASE)
#: A bare verb after a negation or "did" ("did not meet Monday") is no timetable; after a
#: determiner it is a noun ("after the vote Tuesday", "his return").
_NOT_PLAN_BEFORE = re.compile(
    r"(?:\b(?:did|not|never|the|a|an|his|her|its|their|our|this|that|helped|let|made)|n['’]t|"
    r"['’]s)\s+$",  # "helped launch": a bare infinitive after a past verb is no timetable
    re.IGNORECASE,
)
#: A word in -s of the timetable list is a plural noun, not a verb, right after a determiner
#: or a count ("the votes Thursday", "two visits"), or after a verb that takes it as its object,
#: with one adjective between or none ("took final votes Thursday", "made visits").
_PLURAL_NOUN_BEFORE = re.compile(
    r"""
    (?:
        \b(?:the|a|an|his|her|its|their|our|my|your|these|those|some|many|several|more|
            no|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)   # a determiner, a count
        | ['’]s                                                  # a possessive: "Ohio's votes"
    )\s+$
    | \b(?:took|cast|made|held|won|lost|gave|received|got|counted|paid|take|make|hold|win|
        lose|give|receive|get|count|pay|taking|casting|making|holding)
      \s+(?:[a-z]+\s+)?$                                 # a verb taking it as its object
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: "of" after a bare timetable word makes it a noun: "by close of trade on Friday".
_OF_AFTER = re.compile(r"\s+of\b")
#: A plural subject right before a bare timetable verb after an opening phrase ("On Monday,
#: the talks resume", "On Friday, ministers meet"): the verb is the clause's present.
_PLURAL_SUBJECT_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}[A-Za-z][a-z]+s\s+$")
#: A determiner and an adjective (a word not in -s, so no plural subject) before a bare
#: timetable verb make it a noun: "was off to a rocky start Monday" ("the talks resume" stays).
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|this|that)\s+[a-z]+[a-rt-z]\s+$", re.IGNORECASE
)
#: A clause opened by the expression ("On Tuesday, the league plans to ..."): its verb may sit
#: after a long subject, so the search reaches farther right.
_CLAUSE_OPENING = re.compile(r"(?:(?:on|by|until|since|in|at|from|late|early)\s+)?$", re.IGNORECASE)
_RIGHT_REACH = 60
_OPENING_REACH = 110
#: A comma sets off a phrase (a relative clause, an apposition): a cue beyond the commas
#: around the expression counts as this much farther than one beside it.
_COMMA = re.compile(r",\s")
_OTHER_PHRASE_PENALTY = 25
#: ... and this much more when the expression's phrase is a relative clause (", which is set
#: to host the contest Tuesday, Bush referred ..."): the main clause resumes after it.
#: A relative clause opened after the expression: its timetable verb is its own present.
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"\s*(?:which|who|where|whose)\b", re.IGNORECASE)
_RELATIVE_CLAUSE_PENALTY = 35
#: A complement clause after the expression ("told voters Sunday that he would continue"):
#: its cues date the content, not the expression, unless nothing nearer does.
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
#: ... and the same after it for the other subordinate clauses: "asked on Monday whether he
#: would", "a query on Sunday about how she would", "closed a session on Friday by announcing
#: it would".
_SUBORDINATE_AFTER = re.compile(
    r"""
    \b(?:that|whether|how|why|if)\b                          # a complement clause
    | \b(?:by|after|before|while|when|in)\s+[a-z]{2,}ing\b    # a gerund phrase
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A reporting gerund right before the expression ("announcing on Wednesday he would meet",
#: "telling reporters Friday that it will"): the complement after it dates the content only.
_REPORTING_GERUND_BEFORE = re.compile(
    r"""
    \b(?:saying|telling|announcing|declaring|insisting|arguing|warning|vowing|promising|
        predicting|adding|noting|writing|tweeting|confirming|revealing)
    (?:\s+[\w'’.-]+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A subject pronoun right after the expression opens a complement clause without "that"
#: ("told voters this weekend he would ...", "said Friday she will"), unless the expression
#: opens the sentence ("On Friday he will speak").
_PRONOUN_AFTER = re.compile(r"\s+(?:he|she|they|we|I|you)\s", re.IGNORECASE)
#: A coordinated verb phrase with its own auxiliary ("rejected it Tuesday and will vote again
#: Saturday"): its tense belongs to the second conjunct only, so the search stops at it.
_COORDINATED = re.compile(
    r"""
    ,?\s(?:and|but)\s+                                        # the coordinator
    (?:will|would|shall|can|could|may|might|must|is|are|was|were|has|have|had|plans|
        planned|expects|expected)\b                           # the second conjunct's auxiliary
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: ... and one in the simple past ("would quit by the end of March and hinted that ...",
#: "met them on Monday and agreed"): the second conjunct's tense is its own, so the search
#: after the expression stops there too (before it, the verb must be the first conjunct's).
_COORDINATED_PAST = re.compile(
    r"""
    ,?\s(?i:and|but)\s+
    (?:said|told|met|made|took|gave|went|came|left|[a-z]{2,}ed)\b   # a past verb, lowercase
    """,
    re.VERBOSE,
)


#: An opening phrase closed by a comma, then the subject and the reporting verb of the main
#: clause: "On Friday, the Foreign Ministry said it would ...". The verb dates the phrase; a
#: reporting verb that ends its clause ("... on Friday, officials said.") is a parenthesis.
_INTRO_REPORT = re.compile(
    r"""
    (?:\s+(?:in|at)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2})?  # " in Arizona": a place first
    ,\s+(?:[\w.'’-]+\s+){1,5}?            # ", the Foreign Ministry": no comma inside
    (?:said|told)\b                        # the reporting verb of the main clause
    (?!\s*(?:[.;,!?"”'’]|$))                # and more after it: not a parenthesis
    """,
    re.VERBOSE | re.IGNORECASE,
)
_INTRO_REPORT_REACH = 60


def _last_coordinator_end(text: str, left_from: int, start: int) -> int:
    """Where the last coordinated verb phrase before ``start`` begins (at its auxiliary)."""
    last = left_from
    for match in _COORDINATED.finditer(text, left_from, start):
        last = match.end() - len(match.group().split()[-1])
    return last


#: A title in quotes inside a sentence: "its program “Tell Me More” on Aug. 1", "the show
#: "Meet the Press" on Sunday": capitalized words (and short function words), no final stop.
_QUOTED_TITLE = re.compile(
    r"""
    ["“][A-Z][\w'’&-]*                                      # the opening mark, a capitalized word
    (?:\s(?:[A-Z0-9&][\w'’&-]*|of|the|a|an|and|to|in|on|for|at|with|by|from|or)){0,6}
    ["”]                                                     # the closing mark right after
    """,
    re.VERBOSE,
)
#: How far back a closing mark looks for the opening mark of its title.
_TITLE_REACH = 60


def _title_quote(text: str, pos: int) -> bool:
    """Whether the quote mark at ``pos`` opens or closes a quoted title, which is no clause edge.

    The opening mark must follow a word and a space ("program “Tell Me More”"), not a comma
    or a colon, which open a quotation ('said, "We will"').
    """
    if text[pos : pos + 1] not in ('"', "“", "”"):
        return False
    opening = pos
    if _QUOTED_TITLE.match(text, pos) is None:
        lo = max(0, pos - _TITLE_REACH)
        opening = max(text.rfind('"', lo, pos), text.rfind("“", lo, pos))
        title = _QUOTED_TITLE.match(text, opening) if opening >= 0 else None
        if title is None or title.end() != pos + 1:
            return False
    return opening >= 2 and text[opening - 1] == " " and text[opening - 2].isalnum()


def tense_at(text: str, start: int, end: int, *, right_only: bool = False) -> Tense:
    """Past or future from the cue word nearest the expression in its clause; None if none.

    ``right_only`` looks only after the expression (the predicate of "Wednesday's ruling").
    """
    left_from = start if right_only else max(0, start - 90)
    edges = [
        m.end()
        for m in _CLAUSE_EDGE.finditer(text, left_from, start)
        if not _title_quote(text, m.start())
    ]
    left_from = edges[-1] if edges else left_from
    if (
        not right_only
        and _INTRO_REPORT.match(text, end, end + _INTRO_REPORT_REACH) is not None
        and _TENSE_CUES.search(text, left_from, start) is None
    ):
        return "past"  # "In a statement on Friday, the ministry said it would ...": "said"
    opening = left_from == 0 or bool(edges)
    opening = opening and _CLAUSE_OPENING.fullmatch(text, left_from, start) is not None
    reach = _OPENING_REACH if opening and text[end : end + 1] == "," else _RIGHT_REACH
    right_to = min(len(text), end + reach)
    edge = next(
        (
            m
            for m in _CLAUSE_EDGE.finditer(text, end, right_to)
            if not _title_quote(text, m.start())
        ),
        None,
    )
    right_to = edge.start() if edge else right_to
    joined = _COORDINATED.search(text, end, right_to)
    right_to = joined.start() if joined else right_to
    joined = _COORDINATED_PAST.search(text, end, right_to)
    right_to = joined.start() if joined else right_to
    if not right_only:  # "... and will vote Saturday": only the second conjunct counts
        left_from = _last_coordinator_end(text, left_from, start)
    comma_from = left_from - 1
    for comma in _COMMA.finditer(text, left_from, start):
        comma_from = comma.end() - 1  # the last comma before the expression
    next_comma = _COMMA.search(text, end, right_to)
    comma_to = next_comma.start() if next_comma else right_to
    in_relative = (
        comma_from >= left_from and _RELATIVE_OPENING.match(text, comma_from + 1) is not None
    )
    best: tuple[int, Tense] | None = None
    for match in _TENSE_CUES.finditer(text, left_from, right_to):
        if start <= match.start() < end or (match.start() < start and match.end() >= end):
            continue  # a cue inside the expression, or one around it ("reports Q4 earnings")
        word = match.group().lower()
        if match.group("past") and (word in _NOT_PAST or word.endswith("eed")):
            continue
        if match.group("past") and _COMPOUND_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue  # "mortgage-backed securities", "U.S.-led forces": an adjective
        if match.group("past") and _BE_BEFORE.search(
            text, max(0, match.start() - 7), match.start()
        ):
            continue  # "will be signed Friday": a passive participle
        if match.group("past") and _FUTURE_PERFECT_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "will have received the proceeds by early March": "will" dates it
        if (
            match.start() >= end
            and word.endswith("ed")
            and match.group("past")
            and _BY_AFTER.match(text, match.end())
        ):
            continue  # "will expand by August into markets untouched by the crisis": an adjective
        if match.group("past") and _BASE_FORM_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue  # "will put", "to put": a bare infinitive that looks like a past
        if (
            word.endswith("ed")
            and match.group("past")
            and _COUNT_BEFORE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue  # "leads by 271 pledged delegates": a count makes the participle an adjective
        if match.group("plan") and (
            (
                match.start() >= end
                and not (
                    opening
                    and _PLURAL_SUBJECT_BEFORE.search(
                        text, max(0, match.start() - 45), match.start()
                    )
                )
            )
            or _NOT_PLAN_BEFORE.search(text, max(0, match.start() - 8), match.start())
            or (word.isalpha() and _OF_AFTER.match(text, match.end()) is not None)
            or (
                word.isalpha()
                and word not in ("is", "are", "am")
                and _ADJECTIVE_BEFORE.search(text, max(0, match.start() - 25), match.start())
            )
        ):
            continue  # "did not meet Monday", "Tuesday's vote": no timetable verb before it
        if match.group("schedule") and _PLURAL_NOUN_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "took final votes Thursday", "his visits": a plural noun, no timetable
        if word in ("host", "hosts") and _SHOW_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "talk radio host Jane Doe": the presenter, not a timetable
        if word == "last" and _VERB_LAST_BEFORE.search(
            text, max(0, match.start() - 8), match.start()
        ):
            continue  # "the strike will last until Friday": the verb, not "last week"
        if word == "due" and _DUE_TO_CAUSE.match(text, match.end()):
            continue  # "paused on Tuesday due to adverse weather": a cause, not a timetable
        if word == "expected" and _COMPARED_BEFORE.search(
            text, max(0, match.start() - 6), match.start()
        ):
            continue  # "as expected", "than expected": no plan
        if word in _AUXILIARIES and _AUX_BEFORE_FUTURE.match(text, match.end()):
            continue  # "were planning to drive around the airport on Monday"
        if word in _CAPITAL_PAST and _ADVERB_BEFORE.search(text, left_from, match.start()):
            continue  # "the hastily planned trip": an adjective, not a plan
        if (
            word.endswith("ed")
            and match.group()[:1].isupper()
            and word not in _CAPITAL_PAST
            and not (word in _OPENING_PARTICIPLES and _sentence_initial(text, match.start()))
        ):
            continue  # "United", "Red": a name, not a past participle ("Asked on Monday" is)
        if (
            match.start() >= end
            and (match.group("schedule") or match.group("plan"))
            and _RELATIVE_BETWEEN.search(text, end, match.start())
        ):
            continue  # "Tuesday's declaration by Ford, which holds a stake": the clause's own
        found: Tense = "past" if match.group("past") else "future"
        if match.start() >= end and _PAST_THEN_TO.match(word):
            found = "past"  # "On Tuesday, officials threatened to scrap it": the threat's day
        if (
            match.end() <= start
            and _INFINITIVE.match(word)
            and _past_verb_before(
                text, max(left_from, match.start() - _PURPOSE_REACH), match.start()
            )
        ):
            found = "past"  # "left Washington to begin their weekend on Thursday": a purpose
        distance = start - match.end() if match.end() <= start else match.start() - end
        if (match.group("schedule") or match.group("plan")) and (
            distance > _SCHEDULE_FAR_REACH
            or (distance > _SCHEDULE_REACH and not _LOWERCASE_NEXT.match(text, match.end()))
        ):
            continue  # a present-tense timetable ("meets Tuesday") dates only what is near it
        if word in _MODALS:
            if distance > _MODAL_REACH:
                continue  # "must be returned to his father, ..., and set Friday as the deadline"
            distance += _MODAL_PENALTY
        if word == "until" and _STAYED_BEFORE.search(
            text, max(0, match.start() - 24), match.start()
        ):
            continue  # "lasted until Monday night": the past verb says when, not "until"
        if word == "until" and _UNTIL_PAST.search(text, left_from, right_to):
            # "postponed until Tuesday" is future; "until Thursday they had not ..." is
            # past: with a negation or a pluperfect in the clause, the verb's tense decides.
            distance += _WEAK_CUE_PENALTY
        if (
            word in _REPORTING_PAST
            and match.start() >= end
            and _CLOSING_PARENTHESIS.match(text, match.end())
            and _COMMA.search(text, end, match.start())
        ):
            continue  # "... on Saturday, CNN reported.": a parenthesis dates nothing
        if word in _REPORTING_PAST and distance > (25 if match.end() <= start else 12):
            # "told voters here Sunday that ..." but not "... Friday, officials said"
            continue  # a reporting verb dates the expression only next to it ("said Friday")
        beyond_commas = not comma_from < match.start() < comma_to
        timetable = bool(match.group("schedule") or match.group("plan"))
        if beyond_commas and not (timetable and (opening or match.end() <= start)):
            # a timetable verb beyond a comma counts in full only for an opening phrase
            # ("On Friday, the summit opens"), not across a parenthesis ("The law, passed
            # in December, takes effect in July": "passed")
            distance += _OTHER_PHRASE_PENALTY  # "who did win it on Tuesday, would ...": "did"
            if in_relative and match.start() >= comma_to:
                # "Oldport, which is set to host the vote Tuesday, Lopez said":
                # the main clause after a relative clause says nothing of the clause's time
                distance += _RELATIVE_CLAUSE_PENALTY
        if match.start() >= end and (
            _SUBORDINATE_AFTER.search(text, end, match.start())
            or (not opening and _PRONOUN_AFTER.match(text, end))
        ):
            if _REPORTING_GERUND_BEFORE.search(text, max(left_from, start - 40), start):
                continue  # "announcing on Wednesday he would meet": the content's tense
            distance += _OTHER_PHRASE_PENALTY  # "told voters Sunday that he would ...": "told"
        elif match.end() <= start and _THAT.search(text, match.end(), start):
            distance += _OTHER_PHRASE_PENALTY  # "agreed that on Election Day, she will stay home"
        if best is None or distance < best[0]:
            best = (distance, found)
    return None if best is None else best[1]


# --- calendar helpers ------------------------------------------------------------------------


def _key(word: str) -> str:
    return word.lower().rstrip(".")


#: The year a "this/next/last/that/the year" phrase names, counted from the reference year.
_YEAR_SHIFT = {"this": 0, "that": 0, "the": 0, "next": 1, "last": -1}


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_on_or_before(reference: dt.date, weekday: int) -> dt.date:
    return reference - dt.timedelta(days=(reference.isoweekday() - weekday) % 7)


def _weekday_on_or_after(reference: dt.date, weekday: int) -> dt.date:
    return reference + dt.timedelta(days=(weekday - reference.isoweekday()) % 7)


def _resolve_weekday(reference: dt.date, weekday: int, rel: str | None, tense: Tense) -> dt.date:
    rel = rel.lower().split()[-1] if rel else ""  # "this past Sunday": "past"
    if rel in ("last", "past", "previous"):
        return _weekday_on_or_before(reference - dt.timedelta(days=1), weekday)
    if rel in ("next", "coming"):
        return _weekday_on_or_after(reference + dt.timedelta(days=1), weekday)
    if rel == "this":
        # the day of the current week, unless the tense points the other way: "will rule
        # this Tuesday" on a Friday is the coming one, "met this Friday" on a Tuesday the last
        day = reference + dt.timedelta(days=weekday - reference.isoweekday())
        if tense == "future" and day < reference:
            return _weekday_on_or_after(reference, weekday)
        if tense == "past" and day > reference:
            return _weekday_on_or_before(reference, weekday)
        return day
    if tense == "future":
        return _weekday_on_or_after(reference, weekday)
    return _weekday_on_or_before(reference, weekday)


#: How many months ahead a month or day with no tense cue may lie and still be the coming one.
_UNTENSED_AHEAD = 2


def _resolve_year(
    reference: dt.date, month: int, day: int | None, rel: str | None, tense: Tense
) -> int:
    """The year of a month (and day) given without one: by relative word, tense or nearness."""
    here = (reference.month, reference.day if day is not None else 0)
    there = (month, day or 0)
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous"):
        if day is None and month % 12 + 1 == reference.month:
            # "last February" in March: the month just gone would be "last month" (TimeBank)
            return reference.year - 1
        return reference.year if there < here else reference.year - 1
    if rel in ("next", "coming"):
        return reference.year if there > here else reference.year + 1
    if rel == "this":
        if month < reference.month and (month - reference.month) % 12 <= 3 and tense != "past":
            return reference.year + 1  # "laws taking effect this January" in late December
        return reference.year
    # The nearest such month or day (the past on a tie), unless it is more than two months
    # away in the direction opposite to the tense.
    months_ahead = (month - reference.month) % 12
    if months_ahead == 0:
        return reference.year
    if months_ahead > 6:
        nearest = reference.year if there <= here else reference.year - 1
        ahead = False
    else:
        nearest = reference.year if there >= here else reference.year + 1
        ahead = True
    distance = months_ahead if ahead else (12 - months_ahead) % 12
    # A bare month one month ahead in a past clause is last year's ("was published in April"
    # in March); one month behind in a future clause stays this year's ("will release its
    # February figures").
    limit = 2 if day is not None else (0 if ahead else 1)
    if distance > limit and tense == ("past" if ahead else "future"):
        return nearest - 1 if ahead else nearest + 1
    if ahead and distance > _UNTENSED_AHEAD and tense is None:
        return nearest - 1  # news tells what happened: with no tense cue, a far month is past
    return nearest


def _season_of(day: dt.date) -> tuple[int, str]:
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, ("SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[day.month - 3]


_SEASON_ORDER = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}


def _resolve_season(reference: dt.date, code: str, rel: str | None, tense: Tense) -> int:
    year, current = _season_of(reference)
    delta = _SEASON_ORDER[code] - _SEASON_ORDER[current]
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous") or (not rel and tense == "past"):
        strict = rel != ""
        return year if delta < 0 or (delta == 0 and not strict) else year - 1
    if rel in ("next", "coming") or (not rel and tense == "future"):
        strict = rel != ""
        return year if delta > 0 or (delta == 0 and not strict) else year + 1
    month = reference.year * 12 + reference.month - 1  # months since year 0
    if rel == "this" and code != "WI":
        # the season of this calendar year, unless the tense says it is over or yet to come:
        # "will ... this summer" in December is next year's, "this summer was hot" in
        # January last year's
        year = reference.year
        start = year * 12 + _SEASON_START[code] - 1
        if tense == "future" and start + 3 <= month:
            return year + 1
        if tense == "past" and start > month and reference.month <= 2:
            return year - 1  # "this summer was hot" in January; in May a past verb reports
        return year
    if rel == "this":
        return year
    # no relative word, no tense: the nearest such season (the past one on a tie); "in the
    # spring" in January is the coming spring, not the one ten months back
    best: tuple[int, int] | None = None
    for candidate in (reference.year - 1, reference.year, reference.year + 1):
        start = candidate * 12 + _SEASON_START[code] - 1
        distance = start - month if month < start else max(0, month - (start + 3) + 1)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best is not None else year


#: The month each season starts in (winter: the December of its year).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n < 0:
        last = _shift_month(year, month, 1)
        end = dt.date(last[0], last[1], 1) - dt.timedelta(days=1)
        return _weekday_on_or_before(end, weekday)
    first = _weekday_on_or_after(dt.date(year, month, 1), weekday)
    return first + dt.timedelta(weeks=n - 1)


#: Days from Easter Sunday of the feasts around it.
_EASTER_OFFSETS = {
    "ash wednesday": -46,
    "palm sunday": -7,
    "holy thursday": -3,
    "maundy thursday": -3,
    "good friday": -2,
    "easter monday": 1,
}


def _holiday(name: str, year: int) -> dt.date:
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if key in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[key]
        return dt.date(year, month, day)
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if key in _EASTER_OFFSETS:  # "Palm Sunday", "Good Friday", "Easter Monday"
        return _easter(year) + dt.timedelta(days=_EASTER_OFFSETS[key])
    if key.startswith("easter"):
        return _easter(year)
    if key.endswith(("king day", "jr day", "jr. day")) or key == "mlk day":
        return _nth_weekday(year, 1, 1, 3)  # Martin Luther King Jr. Day: third Monday, January
    if key.startswith("presidents"):
        return _nth_weekday(year, 2, 1, 3)  # Presidents' Day: third Monday of February
    if key == "columbus day":
        return _nth_weekday(year, 10, 1, 2)  # second Monday of October
    if key == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    if key == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if key == "mother's day":
        return _nth_weekday(year, 5, 7, 2)
    if key == "father's day":
        return _nth_weekday(year, 6, 7, 3)
    # Election Day: the Tuesday after the first Monday of November.
    return _nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)


# --- numbers, durations, clock times ---------------------------------------------------------

_VAGUE_NUMBERS = frozenset({"a few", "few", "several", "many", "some", "dozens of", "hundreds of"})


def _number(word: str | None) -> float | None:
    """The value of a number word or numeral; None when vague ("several")."""
    if word is None:
        return None
    key = re.sub(r"\s+", " ", word.lower())
    if key in _VAGUE_NUMBERS:
        return None
    if key in ("a dozen", "a hundred"):
        return float(NUMBER_WORDS[key.split()[1]])
    if key.startswith("a couple"):
        return 2.0  # "a couple of years", "a couple seconds", "a couple more months": two (P2Y)
    if key[0].isdigit():
        whole, _, fraction = key.replace("-", " ", 1).partition(" ")  # "5 1/2", "2-1/2"
        value = float(whole)
        if fraction:
            top, _, bottom = fraction.partition("/")
            value += int(top) / int(bottom)
        return value
    total = 0
    for part in re.split(r"[-\s]", key):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return float(total)


def _amount(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


#: Unit codes written as a multiple of a TIMEX3 unit: a decade is ten years (``P10Y``).
_MULTIPLES: dict[str, tuple[int, str]] = {
    "DE": (10, "Y"), "QC": (25, "Y"), "HC": (50, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"),
    "Q": (3, "M"), "2W": (2, "W"),
}  # fmt: skip
#: Units counted in years, and how many years each is ("a quarter-century ago": 25).
_YEAR_MULTIPLES = {"Y": 1} | {code: n for code, (n, unit) in _MULTIPLES.items() if unit == "Y"}


def _duration(value: float | None, unit_word: str) -> str:
    """A TIMEX3 duration: ``P3D``, ``PT48H``, ``P10Y`` for a decade, ``PXY`` when vague."""
    code = UNITS[unit_word.lower()]
    multiplier, unit = _MULTIPLES.get(code, (1, code))
    amount = "X" if value is None else _amount(value * multiplier)
    if value is not None and value * multiplier != int(value * multiplier):
        split = _split_fraction(value * multiplier, unit)
        if split is None and unit == "W":  # "a week and a half": P10DT12H
            split = _split_fraction(value * multiplier * 7, "D")
        if split is not None:
            return split
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


#: A unit -> the next smaller unit and how many of it make one ("5 1/2 hours" -> PT5H30M).
_SMALLER: dict[str, tuple[str, int]] = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
}


def _split_fraction(amount: float, unit: str) -> str | None:
    """A fractional amount as whole units plus the smaller unit (TIMEX3 wants integers)."""
    if unit not in _SMALLER:
        return None
    smaller, size = _SMALLER[unit]
    whole = int(amount)
    rest = round((amount - whole) * size, 6)
    if rest != int(rest):
        return None
    date_part = f"{whole}{unit}" if whole and not unit.startswith("T") else ""
    time_part = f"{whole}{unit[1:]}" if whole and unit.startswith("T") else ""
    if smaller.startswith("T"):
        time_part += f"{int(rest)}{smaller[1:]}"
    else:
        date_part += f"{int(rest)}{smaller}"
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def zone_offset(zone: str | None, day: dt.date | None) -> str:
    """The UTC offset ("+03:00") of a zone abbreviation on ``day`` (US zones follow DST)."""
    if not zone or zone.lower() not in TIME_ZONES:
        return ""
    key = zone.lower()
    minutes = TIME_ZONES[key]
    if key in ("et", "ct", "mt", "pt") and day is not None and _us_daylight(day):
        minutes += 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _us_daylight(day: dt.date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    return _nth_weekday(day.year, 3, 7, 2) <= day < _nth_weekday(day.year, 11, 7, 1)


def _clock(hour: int, minute: int, ampm: str | None) -> tuple[int, int] | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        if ampm.lower().startswith("p") and hour != 12:
            hour += 12
        elif ampm.lower().startswith("a") and hour == 12:
            hour = 0
    return hour, minute


def _time_value(day: dt.date | None, hm: tuple[int, int], zone: str | None) -> str:
    prefix = day.isoformat() if day is not None else "XXXX-XX-XX"
    return f"{prefix}T{hm[0]:02d}:{hm[1]:02d}{zone_offset(zone, day)}"


# --- context words ---------------------------------------------------------------------------

_WORD = re.compile(r"[\w'’.$%#-]+")
_TEMPORAL_PREPS = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "to",
        "through",
        "of",
        "during",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "around",
        "between",
        "and",
        "or",
        "circa",
        "back",
        "the",
        "'s",
        "year",
        "years",
        "fiscal",
        "summer",
        "spring",
        "fall",
        "autumn",
        "winter",
        "season",
        "class",
        "end",
        "beginning",
        "start",
        "post",
        "pre",
    ]
)
_NOT_YEAR_BEFORE = frozenset(
    [
        "sold",
        "about",
        "nearly",
        "some",
        "than",
        "over",
        "approximately",
        "roughly",
        "almost",
        "only",
        "just",
        "page",
        "p.",
        "pp.",
        "no.",
        "number",
        "room",
        "flight",
        "route",
        "highway",
        "interstate",
        "article",
        "section",
        "chapter",
        "resolution",
        "model",
        "rule",
        "bill",
        "h.r.",
        "code",
        "suite",
        "apartment",
        "unit",
        "box",
        "exit",
        "lot",
        "#",
        "$",
        "€",
        "£",
        "top",
        "all",
        "with",
        "russell",  # "the Russell 2000 index"
    ]
)
_NOT_YEAR_AFTER = frozenset(
    [
        "people",
        "troops",
        "units",
        "men",
        "women",
        "children",
        "feet",
        "foot",
        "meters",
        "metres",
        "miles",
        "km",
        "kilometers",
        "tons",
        "barrels",
        "dollars",
        "yen",
        "euros",
        "pounds",
        "votes",
        "residents",
        "soldiers",
        "police",
        "officers",
        "workers",
        "jobs",
        "cars",
        "homes",
        "acres",
        "points",
        "times",
        "pages",
        "words",
        "members",
        "students",
        "employees",
        "copies",
    ]
)
_EVENT_PLURALS = frozenset(
    [
        "elections",
        "olympics",
        "games",
        "talks",
        "polls",
        "protests",
        "riots",
        "attacks",
        "playoffs",
        "finals",
        "primaries",
        "midterms",
        "hearings",
        "negotiations",
        "accords",
        "floods",
    ]
)
#: Words ending in "s" after a year that are no counted noun: "in 2012 was", "since 2008 has".
_S_FUNCTION_WORDS = frozenset(
    {
        *("was", "is", "has", "does", "as", "its", "his", "this", "thus", "plus", "us"),
        *("less", "unless", "across", "whereas", "perhaps", "always", "besides", "towards"),
        *("afterwards", "versus", "nevertheless", "whose"),
        # verbs of which a year is the subject: "as 2015 comes to a close", "2016 marks"
        *("comes", "marks", "begins", "ends", "brings", "draws", "promises", "looks"),
        *("finds", "saw", "shows", "seems", "remains", "becomes", "starts", "closes"),
    }
)
_STREETS = re.compile(
    r"\s+(?:[A-Z][\w.]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|"
    r"Lane|Way|Place|Court|Plaza)"
)


def _word_before(text: str, start: int) -> str:
    words = _WORD.findall(text, max(0, start - 30), start)
    return words[-1].lower() if words else ""


#: Words that make a following "for May" a date: "the vote is scheduled for May", not "voted
#: for May" (Theresa May).
_SCHEDULE_WORDS = frozenset(
    ["scheduled", "set", "planned", "slated", "due", "expected", "pencilled", "penciled", "fixed"]
)


def _scheduled_for(text: str, start: int) -> bool:
    """Whether the month at ``start`` follows "scheduled for", "set for" and the like."""
    words = _WORD.findall(text, max(0, start - 40), start)
    return len(words) >= 2 and words[-1].lower() == "for" and words[-2].lower() in _SCHEDULE_WORDS


def _word_after(text: str, end: int) -> str:
    match = _WORD.search(text, end, min(len(text), end + 30))
    return match.group() if match and text[end : match.start()].strip() == "" else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    if (
        before
        and before[-1] in "\"“”'‘’"
        and _WORD_THEN_QUOTE.search(text, max(0, start - 6), start)
    ):
        return False  # a quoted title inside a sentence: on CBS's ''60 Minutes''
    return not before or before[-1] in ".!?\n\"“”'‘’(:—_"


_WORD_THEN_QUOTE = re.compile(r"""[\w'’]\s+["“'‘’`]+$""")


def _capitalized_name_neighbour(text: str, start: int, end: int) -> bool:
    """A capitalized word right before (not sentence-initially) or after: "Theresa May"."""
    before = _WORD.findall(text, max(0, start - 30), start)
    if before and text[start - 1] == " " and before[-1][:1].isupper():
        word = before[-1]
        if not _sentence_initial(text, start - len(word) - 1) and _key(word) not in WEEKDAYS:
            return True
    after = _word_after(text, end)
    return (
        bool(after)
        and text[end : end + 1] == " "
        and after[:1].isupper()
        and _key(after) not in WEEKDAYS
        and not after[:1].isdigit()
    )


# --- family normalizers -----------------------------------------------------------------------

Result = tuple[DateType, str | None] | None


def _day_value(day: dt.date | None, part: str | None) -> str | None:
    if day is None:
        return None
    suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
    return day.isoformat() + suffix


#: Nouns after "Sept. 11" that name the attacks of 2001 (not "the Sept. 11 anniversary").
_ATTACK_WORDS = frozenset(
    {"attacks", "attack", "terrorist", "terror", "hijackers", "hijackings", "commission"}
)


def _calendar(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    month = MONTHS[_key(g["mon"] or g["mon2"] or "")]
    day_text = (g["day"] or g["day2"] or "").rstrip("stndrh")
    day = int(day_text)
    year_text = g["year"] or g["year2"]
    if not 1 <= day <= 31:
        return None
    if (
        year_text is None
        and (month, day) == (9, 11)
        and _word_after(ctx.text, c.end).lower().rstrip(".,") in _ATTACK_WORDS
        and (ctx.reference is None or ctx.reference.year > 2001)
    ):
        year_text = "2001"  # "the Sept. 11 attacks" name the day of 2001, whatever the tense
    if year_text is not None:
        year: int | None = int(year_text)
    elif g.get("yrel") and ctx.reference is not None:  # "June 16 of last year"
        year = ctx.reference.year + _YEAR_SHIFT[(g["yrel"] or "").lower()]
    elif ctx.reference is not None:
        rel = _word_before(ctx.text, c.start)
        rel_word = rel if rel in ("last", "next", "this") and g["wd"] is None else None
        tense = tense_at(ctx.text, c.start, c.end)
        if tense is None and _after_a_coming_day(c, ctx):
            tense = "future"  # "from March 30, with the third flight from August 6"
        year = _resolve_year(ctx.reference, month, day, rel_word, tense)
        if g["wd"] is not None:  # prefer the year in which the weekday fits
            weekday = WEEKDAYS[_key(g["wd"])]
            for candidate_year in (year, year - 1, year + 1):
                fit = _make_date(candidate_year, month, day)
                if fit is not None and fit.isoweekday() == weekday:
                    year = candidate_year
                    break
    else:
        year = None
    if year is None:
        if _make_date(2000, month, day) is None:
            return None
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    date = _make_date(year, month, day)
    if date is None:
        return None
    if g["time"]:
        clock = _CLOCK_PARTS.match(g["time"])
        if clock is None:
            return "DATE", date.isoformat()
        hm = _clock(int(clock["h"]), int(clock["m"] or 0), clock["ampm"])
        if hm is None:
            return None
        return "TIME", _time_value(date, hm, clock["tz"])
    return "DATE", _day_value(date, g["wdpart"])


_CLOCK_PARTS = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s?(?P<ampm>[aApP])[^(]*?(?:\(?(?P<tz>[A-Z]{2,4})\)?)?$"
)


def _week_of(c: Candidate, ctx: Context) -> Result:
    """ "the week of March 6" -> the ISO week of that day (TIMEX3 week value ``2016-W10``)."""
    g = c.groups
    month = MONTHS[_key(g["mon"] or g["mon2"] or "")]
    day = int((g["day"] or g["day2"] or "").rstrip("stndrh"))
    year_text = g["year"] or g["year2"]
    if year_text is not None:
        year = int(year_text)
    elif ctx.reference is not None:
        year = _resolve_year(ctx.reference, month, day, None, tense_at(ctx.text, c.start, c.end))
    else:
        return ("DATE", None) if _make_date(2000, month, day) else None
    date = _make_date(year, month, day)
    if date is None:
        return None
    if date.isoweekday() == 7:  # US weeks start on Sunday: six of its seven days are next ISO week
        date += dt.timedelta(days=1)
    return "DATE", _iso_week(date)


def _iso(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    date = _make_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if date is None:
        return None
    if g["hh"]:
        return "TIME", f"{date.isoformat()}T{g['hh']}:{g['mm']}"
    return "DATE", date.isoformat()


def _numeric(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    a, b, year_text = int(g["a"] or 0), int(g["b"] or 0), g["y"] or ""
    month, day = (a, b) if ctx.month_first else (b, a)
    if month > 12 >= day:
        month, day = day, month  # "22/03/2013" can only be day first, whatever the default
    year = int(year_text)
    if len(year_text) == 2:
        pivot = (ctx.reference.year if ctx.reference else dt.date.today().year) % 100 + 10
        year += 2000 if year <= pivot else 1900
    date = _make_date(year, month, day)
    return None if date is None else ("DATE", date.isoformat())


#: A month that opens a list or a range right before another: "August and", "June to".
_MONTH_LIST_BEFORE = re.compile(
    rf"""
    \b(?P<mon>{_trie(sorted(MONTHS))})\.?   # "August", "Aug."
    \s?(?P<link>-|–|\s(?:to|through|thru|until|till|and|or)\s)\s?$  # " and ", "-"; no comma
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: "of" and a capitalized name after a month make the month part of a title.
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


#: A verb, adjective or "so/such" before "that": a conjunction ("said that November will"),
#: not the determiner of "his loss that November".
_CONJUNCTION_THAT_BEFORE = re.compile(
    r"""
    (?:\w+(?<!happen)(?<!occurr)(?<!di)(?<!arriv)(?<!appear)(?<!vanish)(?<!retir)(?<!resign)
        (?<!graduat)(?<!marri)(?<!collaps)(?<!return)(?<!mov)(?<!start)(?<!end)(?<!open)
        (?<!clos)(?<!fail)(?<!chang)(?<!stay)(?<!liv)(?<!travel)(?<!visit)(?<!emerg)
        (?<!erupt)(?<!peak)(?<!crash)ed           # not "happened that spring": intransitive
      |\w+(?<!s)s|say|think|believe|know|hope|mean|show|argue|warn|note|predict|expect|
        is|was|are|were|be|so|such|clear|sure|fact|said|told|now|saw|felt|knew|thought|wrote)
    [,]?\s+that\s+$
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: Determiners before a month that modifies a noun: "a March meeting", "her May comment",
#: "Florida's March primary" ("the March on Washington" is an event's name, so not "the").
_MODIFIER_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "your"})
#: Lowercase words after "May"/"March" that are no noun it modifies.
_NOT_MODIFIED = frozenset(
    {"on", "of", "to", "for", "against", "through", "from", "in", "with", "and", "or", "by",
     "at", "was", "is", "were", "are", "will", "would", "be", "have", "has", "had", "not"}
)  # fmt: skip


def _month_modifier(text: str, start: int, end: int, before: str) -> bool:
    """ "a March meeting", "her May comment": the month before a noun, after a determiner."""
    if before.endswith(("'s", "’s")):  # "Florida's March primary", not "Britain's May said"
        return _SCHEDULED_EVENT_AFTER.match(text, end) is not None
    if before not in _MODIFIER_DETERMINERS:
        return False
    after = _word_after(text, end).rstrip(".,;:!?")
    return after[:1].islower() and after.isalpha() and after not in _NOT_MODIFIED


def _month(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    name = g["mon"] or ""
    month = MONTHS[_key(name)]
    if g["year"]:
        return "DATE", f"{g['year']}-{month:02d}"
    if g.get("yrel"):  # "April next year", "February this year"
        if (g["yrel"] or "").lower() == "that" and ctx.recent is not None:
            return "DATE", f"{ctx.recent[:4]}-{month:02d}"  # "May of that year": the last year told
        if ctx.reference is None:
            return "DATE", f"XXXX-{month:02d}"
        shift = _YEAR_SHIFT[(g["yrel"] or "").lower()]
        return "DATE", f"{ctx.reference.year + shift}-{month:02d}"
    if (
        not g["rel"]
        and not g["mod"]
        and ctx.recent is not None
        and _word_before(ctx.text, c.start) == "that"
        and not _CONJUNCTION_THAT_BEFORE.search(ctx.text, max(0, c.start - 25), c.start)
    ):
        return "DATE", f"{ctx.recent[:4]}-{month:02d}"  # "in 1968 ... his loss that November"
    if not g["rel"] and not g["mod"]:
        before = _word_before(ctx.text, c.start)
        if _OF_A_NAME.match(ctx.text, c.end):
            return None  # "the March of the Harbor Widows", "the March of Dimes"
        if (
            name in ("May", "March")
            and before not in _TEMPORAL_PREPS
            and not (before == "for" and _scheduled_for(ctx.text, c.start))
            and not _month_modifier(ctx.text, c.start, c.end, before)
        ):
            return None  # "Theresa May said", "May I", "March on Washington"
        if before not in _TEMPORAL_PREPS and _capitalized_name_neighbour(ctx.text, c.start, c.end):
            return None  # "April Ryan", "June Carter"
    if ctx.reference is None:
        return "DATE", f"XXXX-{month:02d}"
    first = _MONTH_LIST_BEFORE.search(ctx.text, max(0, c.start - 20), c.start)
    if (
        first is not None
        and not g["rel"]
        and ctx.recent_month is not None
        and ctx.recent_month_end is not None
        and first.start() < ctx.recent_month_end <= c.start
        and int(ctx.recent_month[5:7]) == MONTHS[_key(first["mon"])]
        and (
            first["link"].strip() not in ("and", "or")
            or (month - int(ctx.recent_month[5:7])) % 12 <= 2
        )
    ):
        # "the weak August and September figures", "from June to August": the later month of
        # a range, or of a list of neighbouring months, follows the first as resolved (a list
        # of months apart may run backwards: "the past two polls, in February and October")
        year = int(ctx.recent_month[:4]) + (month < int(ctx.recent_month[5:7]))
        return "DATE", f"{year}-{month:02d}"
    if not g["rel"] and not g["mod"] and _contract_month(ctx.text, c.start, c.end):
        # "Brent for January delivery", "the February contract": a futures contract settles
        # in a month to come (this one at the latest)
        year = ctx.reference.year + (month < ctx.reference.month)
        return "DATE", f"{year}-{month:02d}"
    tense = tense_at(ctx.text, c.start, c.end)
    if tense is None and not g["rel"] and _after_a_coming_day(c, ctx):
        tense = "future"  # "From 29 April, it will be trialled ..., before rolling out in July"
    ahead = (month - ctx.reference.month) % 12
    if (
        tense is None
        and not g["rel"]
        and _UNTENSED_AHEAD < ahead <= _SCHEDULED_AHEAD
        and _SCHEDULED_EVENT_AFTER.match(ctx.text, c.end)
    ):
        # "the November election", "a June referendum", "July's convention": news names a
        # scheduled event before it happens; with no tense, the coming one
        tense = "future"
    if (
        tense is None
        and not g["rel"]
        and not g["mod"]
        and _UNTENSED_AHEAD < ahead <= _SCHEDULED_AHEAD
        and _PROSPECT_BEFORE.search(ctx.text, max(0, c.start - _PROSPECT_REACH), c.start)
    ):
        # "his chances in November", "the key to winning in November", "the nominee in July":
        # what is at stake in a coming month, with no verb to date it
        tense = "future"
    return "DATE", f"{_resolve_year(ctx.reference, month, None, g['rel'], tense)}-{month:02d}"


#: A futures contract's month: "for January delivery", "the March contract", "July futures",
#: and before it "delivery in January", "contracts for March".
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|settlement)\b", re.IGNORECASE)
_CONTRACT_BEFORE = re.compile(
    r"\b(?:delivery|contracts?|futures|expiring|expiry|settlement)\s+(?:in|for)\s+$", re.IGNORECASE
)


def _contract_month(text: str, start: int, end: int) -> bool:
    """Whether the month names a futures contract's ("for January delivery")."""
    return (
        _CONTRACT_AFTER.match(text, end) is not None
        or _CONTRACT_BEFORE.search(text, max(0, start - 24), start) is not None
    )


#: Words of what is at stake in a coming contest, right before an untensed month: "chances in
#: November", "winning in November", "defeat her in November", "the nominee in July".
_PROSPECT_BEFORE = re.compile(
    r"""
    \b(?:chances?|prospects?|odds|hopes|winning|win|lose|losing|defeat(?:ing)?|electing|
        beating|beat|
        victory|advantage|nominee|nomination|ballots?|regain(?:ing)?|factor|contenders?)
    (?:\s+(?:him|her|them|it|control\s+of\s+the\s+\w+|the\s+\w+))?   # "defeat her"
    \s+(?:in|by|come)\s+(?:the\s+)?$                            # "in", "come", "in the"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PROSPECT_REACH = 45
#: How many months ahead a scheduled event's month with no tense cue is still the coming
#: one ("the November election" in March); one nearer behind is the past one.
_SCHEDULED_AHEAD = 9
#: A scheduled event named by its month: "the November election", "July's convention".
_SCHEDULED_EVENT_AFTER = re.compile(
    r"""
    (?:['’]s)?\s+(?:(?:first|second|third|final)\s+)?
    (?-i:(?:[A-Z][a-z.]+\s+){0,2})                                    # "Florida", "New York"
    (?:(?:general|presidential|national|special|party|state|runoff|Democratic|Republican|
        GOP)\s+)?
    (?:elections?|ballot|referendum|vote|primary|primaries|caucus(?:es)?|conventions?|
        summit|showdown|matchup|match-up|face-off|encounter|contest|debates?|runoff|meeting|
        hearing|trial)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: A noun after the event's that names what came of it: "Tuesday's vote count", "primary results".
_OUTCOME_AFTER = re.compile(
    r"""
    \s+(?:counts?|tally|tallies|results?|returns|outcome|turnout   # what was counted
      | winners?|losers?|victory|victories|win|wins|loss|losses     # who won or lost
      | defeat|upset|rout)\b                                        # how it went
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: A weak modal as a day's event's own predicate ("Monday's debate might not move mountains",
#: "Tuesday's vote may decide it"): said before the day or after it, so it dates nothing.
_MODAL_PREDICATE = re.compile(
    r"['’]s(?:\s+[\w-]+){1,3}?\s+(?:can|could|may|might|must|should)\b(?!\s+have\b)"
)
#: A future auxiliary after a day's results: "Tuesday's results will decide", still to come.
_WILL_AFTER = re.compile(r"[^.;!?]*?(?<![\w'’])(?:will|would|['’]ll)(?![\w'’])", re.IGNORECASE)


#: How near a forward verb must be to govern a day's event ("hopes to win Tuesday's primary",
#: "will campaign before Sunday's debate"), not a clause around it ("want to understand the
#: meaning of Thursday's debate").
_GOVERNOR_REACH = 32
_WORD_START = re.compile(r"(?<![\w'’])\w")  # a whole word: "he’ll", not "ll"
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+[a-z]+(?:ed|en)\s+to\b", re.IGNORECASE)


def _governed_ahead(text: str, start: int, end: int) -> bool:
    """A forward verb right before a weekday's event, in a clause with no pluperfect."""
    clause = max(0, start - 90)
    for edge in _CLAUSE_EDGE.finditer(text, clause, start):
        clause = edge.end()  # the last clause edge before the event
    if _PLUPERFECT.search(text, clause, start):
        return False  # "had won 40 seats heading into Tuesday's vote"
    word = _WORD_START.search(text, max(clause, start - _GOVERNOR_REACH), start)
    near = word.start() if word is not None else start
    if _PAST_PASSIVE.search(text, max(clause, start - 2 * _GOVERNOR_REACH), start):
        return False  # "coins were used to decide Monday's caucuses": a purpose, told after
    return tense_at(text[near:end], start - near, end - near) == "future"


#: A programme that runs on a weekday: "a Sunday talk show", "his Friday night show" ("the
#: Sunday shows" are often that day's: "made the rounds on the Sunday shows" on a Sunday).
_SHOW_AFTER = re.compile(
    r"""
    \s+(?:(?:morning|talk|news|political|interview)\s+)?          # its kind: "talk show"
    (?:shows|show|programs|programmes|broadcasts|column|columns)\b  # the programme noun
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SHOW_DETERMINER_BEFORE = re.compile(r"\b(?:a|his|her|their|its)\s+$", re.IGNORECASE)


#: "Night" and a capitalized word after a weekday: a title ("Saturday Night Live").
_NAMED_NIGHT = re.compile(r"\s+Night\s+[A-Z]")


def _after_a_coming_day(c: Candidate, ctx: Context) -> bool:
    """Whether a day still to come was told before ``c`` in its sentence ("would leave on
    March 30, with the third flight from August 6"): an untensed date keeps that direction."""
    return (
        ctx.anchor is not None
        and ctx.reference is not None
        and ctx.anchor > ctx.reference
        and ctx.anchor_end is not None
        and ctx.anchor_end <= c.start
        and c.start - ctx.anchor_end <= _COMING_DAY_REACH
        and _SENTENCE_END.search(ctx.text, ctx.anchor_end, c.start) is None
    )


#: How far after a coming day an untensed date keeps its direction: a clause or two, not a
#: sentence that goes on to other things ("is set to begin on Friday, as thousands have
#: already filed past ... following a procession on Tuesday").
_COMING_DAY_REACH = 100


def _nearest_weekday(reference: dt.date, weekday: int, past_bias: int = 0) -> dt.date:
    """The ``weekday`` nearest ``reference``: the one just gone unless the coming one is nearer
    by more than ``past_bias`` days."""
    past = _weekday_on_or_before(reference, weekday)
    coming = _weekday_on_or_after(reference, weekday)
    return coming if (coming - reference).days + past_bias < (reference - past).days else past


#: A date right after a weekday: ", Nov. 29, 2012", " March 11" (the caption "In this
#: Thursday, Nov. 29, 2012 file photo" dates the photo by it).
_DATED_AFTER = re.compile(rf",?\s+{_MONTH}\s+[0-9]{{1,2}}\b")
#: British Sunday papers named "X on Sunday" ("The Mail on Sunday", "the Sun on Sunday").
_PAPER_ON_BEFORE = re.compile(r"\b(?:Mail|Independent|Sun|Star)\s+on\s+$")


def _weekday(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    weekday = WEEKDAYS[_key(g["wd"] or "")]
    part = g["part"]
    suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""  # of a SET or an undated day
    if g["plural"] or g["partplural"]:  # "on Mondays", "on Monday nights": every such day
        return "SET", f"XXXX-WXX-{weekday}{suffix}"
    after = _word_after(ctx.text, c.end)
    if (
        not part
        and after[:1].isupper()
        and ctx.text[c.end : c.end + 1] == " "
        and _key(after) not in MONTHS
        and after not in ("Night",)
        and _word_before(ctx.text, c.start) not in _POSSESSIVE_DETERMINERS
    ):
        return None  # "Sunday Times", "Monday Night Football" are names
    if after == "Night" and _NAMED_NIGHT.match(ctx.text, c.end):
        return None  # "Saturday Night Live", "Monday Night Football": a programme's name
    if _SHOW_AFTER.match(ctx.text, c.end) and _SHOW_DETERMINER_BEFORE.search(
        ctx.text, max(0, c.start - 8), c.start
    ):
        # "a Sunday talk show", "the Sunday morning shows": a programme of every such day
        return "SET", f"XXXX-WXX-{weekday}{suffix}"
    if not part and ctx.text[max(0, c.start - 9) : c.start] == "Fox News ":
        return None  # "Fox News Sunday": a programme's name ("told CBS News Sunday" is a day)
    if (g["rel"] or "").lower() == "this" and _DATED_AFTER.match(ctx.text, c.end):
        return None  # "In this Thursday, Nov. 29, 2012 file photo": the date that follows
    if weekday == 7 and _PAPER_ON_BEFORE.search(ctx.text, max(0, c.start - 16), c.start):
        return None  # "the Mail on Sunday", "the Independent on Sunday": a newspaper
    if ctx.text[max(0, c.start - 6) : c.start] == "Super ":
        return None  # "Super Tuesday 2": a primary day the text does not date (no calendar)
    if ctx.reference is None:
        return "DATE", f"XXXX-WXX-{weekday}{suffix}"
    if (g["rel"] or "").lower().endswith("following"):
        # "was arrested the following Monday": the first such day after the day told
        base = ctx.anchor or ctx.reference
        return "DATE", _day_value(_weekday_on_or_after(base + dt.timedelta(days=1), weekday), part)
    if (g["rel"] or "").lower().split() == ["the", "previous"]:
        # "trading on Friday ... up from the previous Friday": the last such day before the
        # day told (before the reference when none was)
        base = ctx.anchor or ctx.reference
        return "DATE", _day_value(_weekday_on_or_before(base - dt.timedelta(days=1), weekday), part)
    if not g["rel"] and _POSSESSIVE.match(ctx.text, c.end):
        # "Wednesday's ruling" names an event by its day: the verb governing the phrase
        # ("get around Wednesday's ruling") does not date it; its own predicate does
        # ("Wednesday's ruling was final"), else the nearest such day (past on a tie).
        tense = tense_at(ctx.text, c.start, c.end, right_only=True)
        if tense == "future" and _MODAL_PREDICATE.match(ctx.text, c.end):
            tense = None  # "Monday's debate might not move mountains": a guess, not a plan
        outcome = _OUTCOME_AFTER.match(ctx.text, c.end + 2)
        if outcome is not None and not _WILL_AFTER.match(
            ctx.text, outcome.end(), min(len(ctx.text), outcome.end() + 40)
        ):
            # "as Tuesday's results show, ... may": results are told once the day is over
            tense = "past"
        if tense is None and _AHEAD_OF_BEFORE.search(ctx.text, max(0, c.start - 12), c.start):
            tense = "future"  # "cautious ahead of Wednesday's vote": the event still to come
        event = None if tense is not None else _SCHEDULED_EVENT_AFTER.match(ctx.text, c.end)
        if (
            event is not None
            and not _OUTCOME_AFTER.match(ctx.text, event.end())
            and _governed_ahead(ctx.text, c.start, c.end)
        ):
            # "said he would win Tuesday's primary", "hopes to win Sunday's debate": a scheduled
            # event a forward verb governs has not happened yet (a past verb says nothing: one
            # "prepared for" a debate either held or still to come)
            tense = "future"
        if tense is None:
            # news reports more events than it announces: the coming day must be nearer by
            # two days ("Monday's debate" on a Friday is the one just held)
            nearest = _nearest_weekday(ctx.reference, weekday, _POSSESSIVE_PAST_BIAS)
            return "DATE", _day_value(nearest + _day_shift(g["dayrel"]), part)
    else:
        tense = tense_at(ctx.text, c.start, c.end)
    if tense is None and _after_a_coming_day(c, ctx):
        # "is scheduled to speak on Thursday evening before traveling to Jordan on Friday":
        # with no cue of its own, a weekday keeps the direction of the day told before it
        tense = "future"
    if (
        not g["rel"]
        and after.lower().rstrip(".,") in ("deadline", "deadlines")
        and not _DEADLINE_PAST.search(
            ctx.text, max(0, c.start - 40), min(len(ctx.text), c.end + 40)
        )
    ):
        tense = "future"  # "as a Monday deadline loomed": a deadline lies ahead unless missed
    told = (
        _PAST_OF_FUTURE.search(ctx.text, max(0, c.start - _PAST_OF_FUTURE_REACH), c.start)
        if tense == "future" and not g["rel"]
        else None
    )
    if told is not None and not _CLAUSE_EDGE.search(ctx.text, told.end(), c.start):
        # "was set to get a medal on Friday" in a Saturday story: a plan told from a past
        # point (a clause edge after it only), so the nearest such day either way (the one
        # just gone on a tie)
        nearest = _nearest_weekday(ctx.reference, weekday)
        return "DATE", _day_value(nearest + _day_shift(g["dayrel"]), part)
    day = _resolve_weekday(ctx.reference, weekday, g["rel"], tense)
    first = None if g["rel"] else _RANGE_START.search(ctx.text, max(0, c.start - 30), c.start)
    if (
        first is not None
        and ctx.anchor is not None
        and ctx.anchor_end is not None
        and first.start() < ctx.anchor_end <= c.start
        and ctx.anchor.isoweekday() == WEEKDAYS[_key(first["wd"])]
    ):
        # "on Thursday and Friday", "from Monday to Friday": the day after the first one
        # as resolved (its own tense may differ: "are meeting ... on Thursday and Friday");
        # but "said Friday and Thursday" lists the two days just gone, latest first
        if not (first["conj"] and ctx.anchor - day == dt.timedelta(days=1)):
            day = _weekday_on_or_after(ctx.anchor + dt.timedelta(days=1), weekday)
    elif first is not None and tense != "past":
        # "will run from Monday to Friday": the end of a range of days falls after its start
        # (TimeML anchors it there), not on the nearest such day before it.
        start_day = _resolve_weekday(ctx.reference, WEEKDAYS[_key(first["wd"])], None, tense)
        if day <= start_day:
            day = _weekday_on_or_after(start_day + dt.timedelta(days=1), weekday)
    last = None if g["rel"] or part else _RANGE_END.match(ctx.text, c.end, c.end + 30)
    if last is not None and tense == "past":
        # "ran from Monday to Friday": in the past, the start of the range falls before its end
        end_day = _resolve_weekday(ctx.reference, WEEKDAYS[_key(last["wd"])], None, tense)
        if day >= end_day and not (last["conj"] and day - end_day == dt.timedelta(days=1)):
            # ("statements made Friday and Thursday": the two days just gone, latest first)
            day = _weekday_on_or_before(end_day - dt.timedelta(days=1), weekday)
    return "DATE", _day_value(day + _day_shift(g["dayrel"]), part)


#: A plan told from a past point: "was set to", "were planning to", "was expected to".
_PAST_OF_FUTURE = re.compile(
    r"""
    \b(?:was|were)\s+(?:(?:not|also|still|originally|initially)\s+)?
    (?:(?:set|scheduled|slated|expected|due|planning|going|supposed|poised)\s+(?:to|for)
      | to(?=\s+[a-z]))\b                                  # "was to arrive on Monday"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PAST_OF_FUTURE_REACH = 60

#: A deadline that has gone by: "missed a Friday deadline", "the Monday deadline passed".
_DEADLINE_PAST = re.compile(
    r"\b(?:missed|passed|expired|lapsed|ignored|met|beat|extended|since)\b", re.IGNORECASE
)
#: "ahead of" before a day's event: the event is still to come.
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+$", re.IGNORECASE)
#: A weekday that opens a range or a list right before another ("Monday to", "Mon.-",
#: "Thursday and"), for the second: days are told in their order.
_RANGE_START = re.compile(
    rf"""
    \b(?P<wd>{_trie(sorted(WEEKDAYS))})\.?   # "Monday", "Mon."
    ,?\s?(?:-|–|\s(?:to|through|thru|until|till|(?P<conj>and|or))\s)\s?$  # " to ", " and "
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: The weekday that closes a range or a list right after another (" to Friday", "-Sat.",
#: " and Friday"), for the first.
_RANGE_END = re.compile(
    rf"""
    \.?,?\s?(?:-|–|\s(?:to|through|thru|until|till|(?P<conj>and|or))\s)\s?  # " to ", " and "
    (?P<wd>{_trie(sorted(WEEKDAYS))})\b                  # "Friday"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _day_shift(dayrel: str | None) -> dt.timedelta:
    """One day back or ahead for "the day before/after" a weekday ("... Monday's debate")."""
    if not dayrel:
        return dt.timedelta(0)
    return dt.timedelta(days=-1 if dayrel.lower().endswith("before") else 1)


_POSSESSIVE = re.compile(r"['’]s\b")
#: Days by which a possessive weekday must be nearer ahead than behind to be the coming one.
_POSSESSIVE_PAST_BIAS = 1
#: "his Sunday Mass" is a day; "the Sunday Times" a name.
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


#: A capitalized word (not opening a sentence or a quote) right before: "USA Today".
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“`'‘]\s)(?<![.!?:;\"“`'‘])\b[A-Z]\w*\s$")


#: What follows a name in capitals ("USA TODAY's weekly series", "a USA TODAY analysis"): a
#: lowercase word, not the rest of a headline in capitals ("TRUMP TO SPEAK TODAY ON TAXES").
_CAPS_NAME_END = re.compile(r"(?:['’]s)?\s+[a-z]|['’]s\b")


#: A programme noun after a capitalized "Today", "Tonight": "the Today programme".
_SHOW_NOUN_AFTER = re.compile(r"\s+(?:programme|program|show|presenter|host|co-host)\b")


def _deictic(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    word = (g["word"] or "").lower()
    if (
        (g["word"] or "").startswith(("Today", "Tonight", "TODAY", "TONIGHT"))
        and ctx.text[c.start - 1 : c.start] == " "
        and _NAME_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) is not None
        and ((g["word"] or "")[1:2].islower() or _CAPS_NAME_END.match(ctx.text, c.end))
    ):
        return None  # "USA Today", "Russia Today", "The Tonight Show": a name
    if (
        (g["word"] or "")[:1] == "T"
        and not g["part"]
        and not g["part2"]
        and _SHOW_NOUN_AFTER.match(ctx.text, c.end)
        and not _sentence_initial(ctx.text, c.start)
    ):
        return None  # "BBC Radio 4's Today programme", "on NBC's Today show": a programme
    part = g["part"] or g["part2"]
    if word == "tonight":
        part = part or "night"
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if (g["rel"] or "").lower() == "last":
        offset = -1 if (part or "").lower() in ("night", "evening") else 0
    if g["dayafter"]:
        offset = 2 if "after" in g["dayafter"].lower() else -2
    if ctx.reference is None:
        return "DATE", None
    # a part of day is a DATE like "Monday night" (AQUAINT types 17 of its 19 so): TIME is
    # kept for clock times
    return "DATE", _day_value(ctx.reference + dt.timedelta(days=offset), part)


#: Prepositions that make "the last century" a stretch up to now ("over the last century");
#: after any other word it is the previous century ("in the last century", as TimeML reads it).
_SPAN_PREPS = frozenset({"over", "for", "during", "throughout", "across", "within"})

#: Words before "the weekend" that reach to its end: "flags at half-staff through the weekend"
#: on a weekday is the coming one.
_UNTIL_WORDS = frozenset({"through", "until", "till", "into", "by"})

#: Units that "earlier in the ...", "the end of the ..." make the current one.
_THE_UNITS = frozenset({"week", "month", "year", "quarter", "decade", "century"})


#: What opens a title: a quote mark or a possessive ("ABC's This Week", "on ''This Week''").
_TITLE_BEFORE = re.compile(r"(?:[\"“‘`']|['’]s\s)$")
_CAPITAL_AFTER = re.compile(r"\s[A-Z][a-z]")


#: A business year closed by a date: "the year ended June 30", "the fiscal year ending
#: tomorrow" (not "the year ended with a rally").
_ENDED_AFTER = re.compile(
    r"""
    \s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+
    (?:[A-Z][a-z]{2,8}\.?\s+[0-9]        # a month and day: "June 30", "Jan. 31"
      | (?:today|tomorrow|yesterday)\b    # a deictic day
    )
    """,
    re.VERBOSE,
)


def _relative(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    rel = (g["rel"] or "").lower()
    unit = (g["unit"] or "").lower()
    fiscal = unit.startswith("fiscal")
    if fiscal:
        unit = "year"  # "the current fiscal year": the business year under way, by its year
    unit_word = g["unit"] or ""
    if (
        unit_word[:1].isupper()
        and not unit_word.isupper()
        and (g["rel"] or "")[:1].isupper()
        and (
            _TITLE_BEFORE.search(ctx.text, max(0, c.start - 3), c.start)
            or _CAPITAL_AFTER.match(ctx.text, c.end)
        )
    ):
        return None  # ABC's "This Week", "Last Week Tonight": a programme's title
    if unit == "fall" and _DECLINE_AFTER.match(ctx.text, c.end):
        return None  # "this fall in prices": a decline
    if unit.endswith("-century"):  # "the past quarter-century": a stretch, never a date
        if rel in ("past", "last", "next", "coming") and not g["mod"]:
            return "DURATION", _duration(1, unit)
        return None
    if unit == "period":  # "the latest period": the quarter a business story reports on
        if rel not in ("latest", "most recent") or _word_after(ctx.text, c.end).lower() == "of":
            return None
        told = _told_quarter(c, ctx)
        return None if told is None else ("DATE", told)
    if rel in ("latest", "most recent"):
        rel = "last"  # "the latest quarter": the last one completed
    if (
        rel == "the"
        and unit == "quarter"
        and not g["mod"]
        and _word_after(ctx.text, c.end).lower() != "of"
        and ctx.reference is not None
    ):
        # "profit rose in the quarter": the quarter a business story reports on, the last one
        # completed; in a clause that looks ahead, the one under way (TimeBank practice)
        future = tense_at(ctx.text, c.start, c.end) == "future"
        year, month = _shift_month(ctx.reference.year, ctx.reference.month, 0 if future else -3)
        return "DATE", _quarter_of(year, month)
    if rel == "the" and unit == "year" and not g["mod"] and _ENDED_AFTER.match(ctx.text, c.end):
        return "DURATION", "P1Y"  # "the (fiscal) year ended June 30": twelve months (TimeBank)
    if rel == "the" and unit != "weekend" and not (g["mod"] and unit in _THE_UNITS):
        return None  # "the week" alone is not a date; "the weekend" is the nearest one
    if rel == "the" and unit != "weekend":
        rel = "this"  # "later in the year", "the end of the month": the current one
    if rel.split()[-1:] == ["past"] and (rel != "past" or unit == "weekend"):
        rel = "last"  # "this past weekend", "over the past weekend": the one just gone
    if (
        rel == "last"
        and not fiscal  # "the latest fiscal year" is the last one closed, not a stretch
        and unit in ("week", "month", "year", "decade", "century")
        and _THE_BEFORE.search(ctx.text, max(0, c.start - 5), c.start)
        and _word_after(ctx.text, c.end).lower() != "of"
        and not (unit == "century" and _word_before(ctx.text, c.start - 4) not in _SPAN_PREPS)
    ):
        rel = "past"  # "over the last decade" is "the past decade"; "last decade" the 2000s
    if (
        rel in ("next", "coming")
        and unit in ("decade", "century")
        and _THE_BEFORE.search(ctx.text, max(0, c.start - 5), c.start)
    ):
        return "DURATION", _duration(1, unit)  # "over the next decade": ten years from now
    if rel == "past" and unit not in SEASONS and unit != "season":
        return "DURATION", _duration(1, unit)
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1}
    delta = step.get(rel, 0)
    base = ctx.anchor if rel == "following" and ctx.anchor else ctx.reference
    if base is None:
        return "DATE", None
    if unit in SEASONS:
        tense = tense_at(ctx.text, c.start, c.end) if rel == "this" else None
        year = _resolve_season(base, SEASONS[unit], rel, tense)
        return "DATE", f"{year}-{SEASONS[unit]}"
    if unit == "season":  # "last season": the one before the reference's, "the past season" too
        year, month = _shift_month(base.year, base.month, 3 * (-1 if rel == "past" else delta))
        year, code = _season_of(dt.date(year, month, 1))
        return "DATE", f"{year}-{code}"
    weekend_tense = tense_at(ctx.text, c.start, c.end) if unit == "weekend" else None
    if (
        unit == "weekend"
        and rel in ("the", "this")
        and base.isoweekday() < 6
        and weekend_tense != "future"
        and not (base.isoweekday() == 5 and weekend_tense is None)
        and _word_before(ctx.text, c.start) not in _UNTIL_WORDS
    ):
        # "over the weekend", written on a weekday: the one just past; on a Friday with no
        # past verb, the one about to begin ("Congress is out of town for the weekend")
        delta = -1
    if unit in ("week", "weekend"):
        value = _iso_week(base + dt.timedelta(weeks=delta))
        return "DATE", value + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        year, month = _shift_month(base.year, base.month, delta)
        return "DATE", f"{year}-{month:02d}"
    if unit == "quarter":
        year, month = _shift_month(base.year, base.month, 3 * delta)
        return "DATE", _quarter_of(year, month)
    if unit == "decade":
        return "DATE", f"{base.year // 10 + delta}X"
    if unit == "century":
        return "DATE", f"{base.year // 100 + delta:02d}XX"
    return "DATE", str(base.year + delta)


def _offset(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    if g["bare"]:
        # "years ago", "weeks ago": some time before the reference, how long unsaid; the
        # value of a vague past ("several years ago") in TimeML practice
        if (g["bare"] or "")[:1].isupper() and not _sentence_initial(ctx.text, c.start):
            return None  # "Minutes Ago", a title
        return "DATE", "PAST_REF"
    unit = (g["unit"] or "").lower()
    code = UNITS[unit]
    value = _number(g["num"])
    direction = (g["dir"] or "").lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    base = ctx.reference if direction in ("ago", "from now", "hence") else ctx.anchor
    if base is not ctx.reference and ctx.recent is not None and code in _YEAR_MULTIPLES:
        # "moved in 1962. Four years later": years count from the last year narrated, which
        # need not be a whole day.
        base = dt.date(int(ctx.recent[:4]), 7, 1)
    elif base is not ctx.reference and ctx.recent_month is not None and code in ("M", "Q"):
        base = dt.date(int(ctx.recent_month[:4]), int(ctx.recent_month[5:7]), 1)
    base = base or ctx.reference
    if g.get("num2") and direction in ("earlier", "later"):
        return None  # "one or two days later they take it all back": the stretch alone
    if code.startswith("T") and direction == "ago" and value is not None and ctx.reference:
        # "20 minutes ago", "about an hour ago": a point of the story's own day, not a stretch
        return "DATE", ctx.reference.isoformat()
    if code.startswith("T"):
        return None  # "an hour later": the duration alone
    if direction in ("earlier", "later") and _word_after(ctx.text, c.end).lower() == "than":
        return None  # "a day earlier than expected": a difference, the duration alone
    if value is None or base is None:
        return "DATE", ("PAST_REF" if sign < 0 else "FUTURE_REF") if value is None else None
    if code == "Y" and value == 1 and sign < 0 and not g["approx"]:
        # (not "went public less than a year ago": an approximate stretch, no comparison)
        quarter = _quarter_a_year_before(c, ctx)
        if quarter is not None:
            return "DATE", quarter  # "profit rose in the third quarter from $2 a year earlier"
    amount = int(value * sign)
    if code.startswith("T"):
        return "TIME", None
    if (
        code == "D"
        and direction in ("earlier", "later")
        and ctx.recent_month is not None
        and len(ctx.recent_month) == len("2016-02")
        and ctx.recent_month_end is not None
        and (ctx.anchor_end is None or ctx.recent_month_end > ctx.anchor_end)
    ):
        # "voted in February ... died four days later": the count runs from a day of the month
        # told last, not from an older day; the day itself is not known
        return "DATE", ctx.recent_month[:7] + "-XX"
    if code == "D":
        return "DATE", (base + dt.timedelta(days=amount)).isoformat()
    if code in ("W", "2W", "WE"):
        return "DATE", _iso_week(base + dt.timedelta(weeks=amount * (2 if code == "2W" else 1)))
    if code in ("M", "Q"):
        year, month = _shift_month(base.year, base.month, amount * (3 if code == "Q" else 1))
        return "DATE", f"{year}-{month:02d}"
    years = amount * _YEAR_MULTIPLES[code]
    return "DATE", str(base.year + years)


#: A count of things right before "a day": how often they happen, a SET ("hundreds of
#: interviews a day", "three meals a day"); an amount of money ("$1 billion a year") is not.
_RATE_BEFORE = re.compile(
    rf"""
    (?<![\w,.$£€])
    (?:{_COUNT}|multiple|several|many|numerous)                       # the count
    (?:\s+(?:of|million|billion|thousand|hundred))*                   # " million", " of"
    \s+(?:(?!dollars|euros|pounds|yen|yuan|rupees|cents)[a-z]+s       # a counted noun
        |people|men|women|children)                                   # ... or "90 people"
    \s$
    """,
    re.VERBOSE,
)


#: A full day, with or without a time: "1998-10-23", "1998-10-23T22:00".
#: A value that names a day (``2016-03-07``, maybe followed by a time).
DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def day_of(value: str | None) -> dt.date | None:
    """The day a value names (``2016-03-07``, ``2016-03-07T09:30``), or None."""
    match = DAY_VALUE.match(value or "")
    return None if match is None else _make_date(int(match[1]), int(match[2]), int(match[3]))


#: Words before a count that make it a stretch, not a date: "for ten days after the attack".
_STRETCH_BEFORE = frozenset(
    {"for", "within", "over", "during", "lasted", "lasting", "spent", "took", "take", "takes"}
)


def _from_event(c: Candidate, ctx: Context, number: float | None, unit: str) -> Result:
    """ "ten days before the murder": the day counted from the event's recorded day, as
    annotators date it when the text dated the event ("killed Oct. 23"); None otherwise."""
    code = UNITS.get(unit)
    if number is None or code not in ("D", "W") or number != int(number):
        return None
    if c.groups.get("hyphen") == "-" or _word_before(ctx.text, c.start) in _STRETCH_BEFORE:
        return None  # "a 10-day siege after the attack", "for ten days after the attack"
    event = _event_date(c, ctx)
    base = None if event is None else day_of(event[0])
    if event is None or base is None:
        return None
    days = int(number) * (7 if code == "W" else 1) * event[1]
    moved = base + dt.timedelta(days=days)
    return "DATE", moved.isoformat() if code == "D" else _iso_week(moved)


#: How far after a quarter's mention "a year earlier" still means that quarter a year before:
#: a business story compares the period it reports on over a paragraph or two.
_QUARTER_STORY = 600


def _told_quarter(c: Candidate, ctx: Context) -> str | None:
    """The quarter (or half) told last, when it was told close before ``c``: the period a
    business story reports on."""
    if ctx.recent_quarter is None or ctx.recent_quarter_end is None:
        return None
    if c.start - ctx.recent_quarter_end > _QUARTER_STORY:
        return None
    return ctx.recent_quarter


def _quarter_a_year_before(c: Candidate, ctx: Context) -> str | None:
    """The quarter told last, a year back: "net income rose in the third quarter from $2
    million a year ago" is 1988-Q3 (TimeBank)."""
    told = _told_quarter(c, ctx)
    if told is None:
        return None
    year, _, period = told.partition("-")
    if ctx.reference is not None and int(year) < ctx.reference.year - 1:
        return None  # a quarter of history ("the last drop came in the third quarter of 2011")
    return f"{int(year) - 1}-{period}"


def _quarter_of(year: int, month: int) -> str:
    """The TIMEX3 value of the quarter that holds ``month`` of ``year``: ``2016-Q1``."""
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _quarter_step(c: Candidate, ctx: Context, step: int) -> Result:
    """ "that quarter", "the previous quarter": the quarter told last, ``step`` quarters (or
    halves) on; without one, "the next/previous quarter" counts from the reference's."""
    told = _told_quarter(c, ctx)
    if told is None:
        if step == 0 or ctx.reference is None:
            return None  # "that quarter" with no quarter told: which one is unsaid
        told = _quarter_of(ctx.reference.year, ctx.reference.month)
    year, _, period = told.partition("-")
    per_year = 4 if period[:1] == "Q" else 2
    index = int(year) * per_year + int(period[1:]) - 1 + step
    return "DATE", f"{index // per_year}-{period[:1]}{index % per_year + 1}"


def _period(c: Candidate, ctx: Context) -> Result:
    """ "year-earlier profit", "the year-ago quarter": the period a business story reports on,
    a year before; the year before the reference when the story named no quarter."""
    quarter = _quarter_a_year_before(c, ctx)
    if quarter is not None:
        return "DATE", quarter
    return "DATE", None if ctx.reference is None else str(ctx.reference.year - 1)


def _year_end(c: Candidate, ctx: Context) -> Result:
    """ "by year-end": the last day of this year; "since year-end", in the past: of last year."""
    if ctx.reference is None:
        return "DATE", "XXXX-12-31"
    year = ctx.reference.year
    if _word_before(ctx.text, c.start) == "since" or tense_at(ctx.text, c.start, c.end) == "past":
        year -= 1
    return "DATE", f"{year}-12-31"


#: Words before "one day" that make it "some day" rather than a day's length.
_SOMEDAY_BEFORE = frozenset(
    {"hope", "hopes", "hoped", "hoping", "can", "could", "will", "would", "may", "might", "that"}
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})


def _duration_family(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    if g["half"]:
        unit = g["half"].split()[-1].lower()
        return "DURATION", {
            "hour": "PT30M",
            "day": "PT12H",
            "year": "P6M",
            "century": "P50Y",
        }[unit]
    unit = (g["unit"] or "").lower()
    number = _number(g["num"])
    num_word = (g["num"] or "").lower()
    if (g["unit"] or "")[:1].isupper() and not _sentence_initial(ctx.text, c.start):
        return None  # "60 Minutes", a title
    if num_word in ("a", "one") and unit == "second":
        return None  # "a second attempt"
    if num_word in ("a", "an") and unit.endswith("s"):
        return None
    if (
        num_word in ("a", "an")
        and not g["approx"]
        and _RATE_BEFORE.search(ctx.text, max(0, c.start - 50), c.start)
    ):
        return "SET", _duration(1, unit)  # "hundreds of interviews a day"
    if num_word == "some" and not unit.endswith("s"):
        return None  # "some day"
    if num_word == "one" and unit == "day" and not g["approx"]:
        before = _word_before(ctx.text, c.start)
        if before in _SOMEDAY_BEFORE or (
            before in _SUBJECT_PRONOUNS and _LOWERCASE_NEXT.match(ctx.text, c.end)
        ):
            # "will one day be", "the hope he one day follow": some day to come (TimeBank);
            # "be like that one day" is no date at all
            return None if before == "that" else ("DATE", "FUTURE_REF")
    after = _word_after(ctx.text, c.end).lower()
    if unit in ("quarter", "quarters") and after == "of" and not g["more"]:
        return None  # "a quarter of the cost", "three quarters of voters": a fraction
    if unit == "quarter" and num_word in ("a", "an") and g["approx"]:
        return None  # "just over a quarter, 26 percent": a share of people
    if (
        unit.startswith("quarter")
        and g["hyphen"] == "-"
        and not g["suffix"]
        and (unit == "quarters" or num_word in ("one", "three"))
    ):
        return None  # "as high as three-quarters", "a three-quarter stake": a fraction
    if after.rstrip(".,") == "old" and g["hyphen"] != "-":
        return None  # "80 years old": an age
    if g["num2"] is not None:
        number = None
    if (g.get("andhalf") or g.get("numhalf")) and number is not None:
        number += 0.5  # "a year and a half", "two and a half years": P1Y6M, P2Y6M
    if unit in ("weekend", "weekends"):
        return "DURATION", f"P{'X' if number is None else _amount(number * 2)}D"
    counted = _from_event(c, ctx, number, unit)
    if counted is not None:
        return counted
    return "DURATION", _duration(number, unit)


#: A signal and what follows it up to a punctuation mark: "before the sniper shooting".
_EVENT_SIGNAL = re.compile(
    r"""
    \s+(?P<signal>before|after|following|preceding|leading\s+up\s+to)\s+  # "before"
    (?P<rest>[^.,;:!?()\n"“”]{1,60})                                    # "the shooting"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_SIGNAL_REACH = 6  # words after the signal: "before Ruiz was killed", "after the 1998 bombing"


#: Any event word of the lexicon, as a whole word.
_EVENT_WORD = re.compile(rf"(?<![\w'’-])(?:{_trie(sorted(EVENT_WORDS))})(?![\w'’-])", re.IGNORECASE)
#: A sentence end between a date and an event word: the two are not of one sentence.
_SENTENCE_END = re.compile(
    r"""
    [.!?]["”’']?\s+(?=[A-Z"“‘'])              # a stop (and a closing mark), then a capital
  | \n\s*\n                                 # a blank line between paragraphs
    """,
    re.VERBOSE,
)
#: How far from an expression an event word of its sentence may stand ("the Oct. 23 sniper
#: shooting", "was killed at 10 p.m.").
_EVENT_REACH = 80


def events_near(text: str, start: int, end: int, *, signalled: bool = True) -> list[str]:
    """The events (``EVENT_WORDS`` classes) named in the sentence of ``text[start:end]``,
    within a bounded reach, nearest first. Without ``signalled``, an event with a signal
    between it and the expression ("at 6 a.m. … 10 days before the murder") is left out:
    the expression is not at the event but counted from it."""
    found: list[tuple[int, str]] = []
    lo, hi = max(0, start - _EVENT_REACH), min(len(text), end + _EVENT_REACH)
    for word in _EVENT_WORD.finditer(text, lo, hi):
        near, far = sorted((word.start(), start))
        if _SENTENCE_END.search(text, near, far) is not None:
            continue
        if not signalled and _SIGNAL_WORD.search(
            text, min(word.end(), end), max(word.start(), start)
        ):
            continue
        distance = start - word.end() if word.end() <= start else word.start() - end
        found.append((distance, EVENT_WORDS[word.group().lower()]))
    return [event for _, event in sorted(found)]


#: An event noun a date is attached to: "Saturday's funeral", "Tuesday's deadly attack".
_EVENT_AFTER_DATE = re.compile(
    r"['’]s\s+(?P<first>[a-z-]+)(?:\s+(?P<second>[a-z]+))?", re.IGNORECASE
)
#: ... or the date of an event noun after a determiner: "the funeral on Saturday", "the
#: funeral was held on Saturday", "the deadly attack of March 3".
_EVENT_BEFORE_DATE = re.compile(
    r"""
    (?<![\w'’-])(?:the|a|an|his|her|their|its|this|that)\s+  # a determiner: a noun,
    (?:[a-z-]+\s+)??                                      # not "charged with murder on"
    (?P<event>[a-z]+)\s+                                 # "funeral"
    (?:(?:was|were|is|are|will\s+be)\s+)?               # " was"
    (?:(?:held|set|scheduled|planned)\s+(?:for\s+)?)?    # " held"
    (?:on|of)\s+$                                        # " on "
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ATTACHED_REACH = 40


def events_attached(text: str, start: int, end: int) -> list[str]:
    """The event (an ``EVENT_WORDS`` class) the date ``text[start:end]`` is attached to,
    as the date of a noun ("the funeral on Saturday") or its possessive ("Saturday's
    funeral"); empty when the date is not attached to an event word."""
    found: list[str] = []
    after = _EVENT_AFTER_DATE.match(text, end, end + _ATTACHED_REACH)
    if after is not None:
        for word in (after["first"], after["second"]):  # "Tuesday's (deadly) attack"
            if word is not None and word.lower() in EVENT_WORDS:
                found.append(EVENT_WORDS[word.lower()])
                break
    before = _EVENT_BEFORE_DATE.search(text, max(0, start - _ATTACHED_REACH), start)
    if before is not None and before["event"].lower() in EVENT_WORDS:
        found.append(EVENT_WORDS[before["event"].lower()])
    return found


#: A signal that relates an expression to an event instead of putting it at the event.
_SIGNAL_WORD = re.compile(
    r"\b(?:before|after|since|until|following|preceding|ahead\s+of)\b", re.IGNORECASE
)


def event_after(text: str, end: int) -> tuple[str, int] | None:
    """The event named after a signal right after ``end`` ("before the shooting"): its
    ``EVENT_WORDS`` class and the sign of the signal (-1 before, +1 after)."""
    match = _EVENT_SIGNAL.match(text, end)
    if match is None:
        return None
    sign = (
        -1 if match["signal"].lower() in ("before", "preceding") or "up" in match["signal"] else 1
    )
    for word in match["rest"].lower().split()[:_SIGNAL_REACH]:
        if word in EVENT_WORDS:
            return EVENT_WORDS[word], sign
    return None


def _event_date(c: Candidate, ctx: Context) -> tuple[str, int] | None:
    """The recorded date of the event named after the expression, and the signal's sign."""
    if ctx.event_date is None:
        return None
    event = event_after(ctx.text, c.end)
    if event is None:
        return None
    value = ctx.event_date(event[0], c.start)
    return None if value is None else (value, event[1])


_MONTH_VALUE = re.compile(r"\d{4}-\d\d$")


#: An event dated in the phrase after a stretch: "(days) before their June 7 vote", "(the
#: weeks) after his Nov. 8 victory".
_DATED_EVENT_AFTER = re.compile(
    rf"""
    \s+(?:before|after|leading\s+up\s+to|ahead\s+of|following)\s+
    (?:the|his|her|its|their|a)\s+
    (?P<mon>{_MONTH})\s[0-3]?[0-9](?![0-9])
    """,
    re.VERBOSE,
)
_CALENDAR = dict(_FAMILIES)["calendar"]


def _around_month(c: Candidate, ctx: Context) -> str | None:
    """The month (or season) of the event a stretch of days or weeks is before or after."""
    # "in the weeks before the shooting": a stretch of the month of the narrated event,
    # the event's own date when the text dated it ("killed last fall" -> "2015-FA").
    event = _event_date(c, ctx)
    if event is not None:
        value = event[0]
        return value[:7] if DAY_VALUE.match(value) else value
    dated = _DATED_EVENT_AFTER.match(ctx.text, c.end)
    day = None if dated is None else _CALENDAR.match(ctx.text, dated.start("mon"))
    if day is not None:
        # "in the days before their June 7 vote": the event is dated right there, and its
        # day is valued as it will be when read ("the Sept. 11 attacks" are of 2001)
        result = _calendar(_candidate("calendar", day), ctx)
        if result is not None and result[1] is not None and DAY_VALUE.match(result[1]):
            return result[1][:7]
    if ctx.recent_month is not None:
        return ctx.recent_month[:7]
    base = ctx.anchor or ctx.reference
    return None if base is None else f"{base.year}-{base.month:02d}"


def _vague(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    around = (g["around"] or "").lower()
    later = (g["later"] or "").lower()
    if later in ("seconds", "minutes", "hours"):
        return "DURATION", _duration(None, later)  # "hours later": as "an hour later" is
    if later:
        # "days after the blast": a day of the stretch "the days after the blast" dates
        month = _around_month(c, ctx)
        if later == "days" and month is not None and _MONTH_VALUE.match(month):
            return "DATE", month + "-XX"
        return "DATE", month
    if around in ("days", "weeks"):
        return "DATE", _around_month(c, ctx)
    if around:
        return "DURATION", _duration(None, around)
    unit = g["unit2"] or g["unit"] or g["bare"] or g["long"] or g["ahead"] or g["over"] or ""
    return "DURATION", _duration(None, unit.lower())


#: Words before a spoken year that make it one: "in nineteen ninety-one", "since two thousand".
_SPOKEN_YEAR_BEFORE = frozenset(
    {"in", "since", "by", "until", "till", "from", "to", "through", "of", "during", "before"}
    | {"after", "between", "and", "or", "back", "early", "late", "mid", "around"}
)


#: Words before "the nineties" that make it degrees, not a decade.
_TEMPERATURE_BEFORE = re.compile(
    r"\b(?:temperatures?|highs?|lows?|degrees|thermometer|mercury|heat)\b[^.;]*$", re.IGNORECASE
)


def _spoken_year(c: Candidate, ctx: Context) -> Result:
    """ "in nineteen ninety-one", "the year two thousand": a year in words, as broadcast
    transcripts write it; only after "the year" or a temporal preposition or month ("nineteen
    ninety-nine" alone may be a price or a count)."""
    g = c.groups
    words = NUMBER_WORDS
    if g["decade"]:
        if _TEMPERATURE_BEFORE.search(ctx.text, max(0, c.start - 40), c.start):
            return None  # "highs in the nineties": degrees
        return "DATE", f"19{words[g['decade'].lower()[:-3] + 'y'] // 10}X"  # "nineties": 199X
    if g["century"]:
        tail = (
            words[(g["tens"] or "").lower()] + words.get((g["ones"] or "").lower(), 0)
            if g["tens"]
            else words[(g["teen"] or g["oh"] or "").lower()]
        )
        year = words[g["century"].lower()] * 100 + tail
    else:
        year = 2000 + (words[(g["ones2"] or "").lower()] if g["ones2"] else 0)
    spoken = ctx.text[c.start : c.end].lower().startswith("the year")
    before = _word_before(ctx.text, c.start).lower()
    if not spoken and before not in _SPOKEN_YEAR_BEFORE and _key(before) not in MONTHS:
        return None
    return "DATE", str(year)


def _year(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    if g["decade"]:
        if g["decade"].endswith("00") and g["decade"] < "2000":
            return "DATE", g["decade"][:2] + "XX"  # "the 1800s": the 19th century, "18XX"
        return "DATE", g["decade"][:3] + "X"
    short = g["short"] or g.get("short_s")
    if short:
        century = "19" if int(short) > 20 else "20"
        return "DATE", century + short[0] + "X"
    if g.get("apos"):  # "in '08", "the ’16 race": a year cut to two digits, as speech has it
        before = _word_before(ctx.text, c.start).lower()
        noun_after = (
            ctx.text[c.end : c.end + 1] == " " and _word_after(ctx.text, c.end)[:1].islower()
        )
        if before not in _APOSTROPHE_YEAR_BEFORE and not (before == "the" and noun_after):
            return None  # "rated '12 out of 10", an unpaired quote mark before a number
        short = g["apos"] or ""
        return "DATE", _century_of(int(short), ctx) + short
    if g.get("fy"):  # "FY2014", "FY14": a fiscal year, valued by its year as below
        short = g["fy"] or ""
        return "DATE", short if len(short) == 4 else _century_of(int(short), ctx) + short
    if g.get("fiscal") or g.get("fysuffix"):
        # "fiscal 1998", "fiscal year 2001", "the 2014 fiscal year": TimeBank values a fiscal
        # year by its year alone (not TIDES's "FY1998"), whatever months it spans.
        return "DATE", g["year"]
    year = int(g["year"] or 0)
    before = _word_before(ctx.text, c.start)
    after = _word_after(ctx.text, c.end)
    after_key = after.lower().rstrip(".,;:!?")
    if g["post"] or before in ("in", "since", "fiscal", "of", "during", "until", "by", "back"):
        signal = True
    else:
        signal = before in _TEMPORAL_PREPS or _key(before) in MONTHS
    if before in _NOT_YEAR_BEFORE or after_key in _NOT_YEAR_AFTER:
        return None
    if (
        not g["post"]
        and after_key.endswith("s")
        and after_key not in _EVENT_PLURALS
        and after_key.rstrip(".") not in _S_FUNCTION_WORDS
        and not after_key.endswith(("ss", "ous", "is"))  # not plural: "her 2008 address"
        and after[:1].islower()
        and not after_key.endswith("'s")
        and ctx.text[c.end : c.end + 1] == " "
    ):
        return None  # "2000 units"
    if before == "at" and _STREETS.match(ctx.text, c.end):
        return None  # a street number
    if not signal and not 1900 <= year <= 2050:
        return None
    if not signal and after[:1].isdigit():
        return None
    return "DATE", str(year)


#: Words before a two-digit year with an apostrophe ("in '08", "the class of ’98").
_APOSTROPHE_YEAR_BEFORE = frozenset(
    {"in", "since", "of", "by", "until", "from", "to", "through", "back", "before", "after"}
)


def _century_of(short: int, ctx: Context) -> str:
    """The century digits of a two-digit year ("FY14"): the one that puts it nearest the
    reference (or today), as a year ten past the reference is still read as ahead."""
    pivot = (ctx.reference.year if ctx.reference else dt.date.today().year) % 100 + 10
    return "20" if short <= pivot else "19"


#: What follows "fall" as a noun of decline: "the fall of the Berlin Wall" (a season "of" has
#: a year: "the fall of 2015"), "this fall in prices", "a fall in the value of".
_DECLINE_AFTER = re.compile(
    r"""
    \s+(?:of\b
      | in\s+(?:the\s+|oil\s+)?(?:price|value|number|rate|cost|level|share|stock|sale|demand|
            output|export|import|income|wage|unemployment|support|approval|profit|earning|
            revenue|yield|inflation|poll)s?\b)
    """,
    re.VERBOSE,
)


#: Nouns a bare season modifies as a kind of thing, not a time: "winter weather".
_SEASON_THINGS = frozenset(
    {
        "weather", "storm", "storms", "coat", "coats", "clothes", "clothing", "tires", "tyres",
        "fashion", "wheat", "squash", "sports", "camp", "camps", "solstice", "equinox",
    }
)  # fmt: skip


def _season(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    code = SEASONS[(g["season"] or "").lower()]
    if g["year"]:
        return "DATE", f"{g['year']}-{code}"
    if g["yrel"]:  # "the spring of last year", "the summer of next year"
        if ctx.reference is None:
            return "DATE", f"XXXX-{code}"
        shift = _YEAR_SHIFT[g["yrel"].lower()]
        return "DATE", f"{ctx.reference.year + shift}-{code}"
    if (
        (g["season"] or "").lower() == "fall"
        and not g["year"]
        and not g["yrel"]
        and _DECLINE_AFTER.match(ctx.text, c.end)
    ):
        return None  # "the fall of the Berlin Wall", "this fall in prices": a decline
    if (g["rel"] or "").lower() == "that":
        # "in 2012 ... that summer": the season of the year last told; none told, no guess
        if _CONJUNCTION_THAT_BEFORE.search(
            ctx.text, max(0, c.start - 25), c.end - len(g["season"] or "")
        ):
            return None  # "said that summer is": a conjunction (the bare season is not marked)
        return "DATE", f"{'XXXX' if ctx.recent is None else ctx.recent[:4]}-{code}"
    if (
        not g["rel"]
        and not g["mod"]
        and ctx.text[c.end : c.end + 1] == " "
        and _word_after(ctx.text, c.end).lower() in _SEASON_THINGS
    ):
        return None  # "a stretch of winter weather", "summer clothes": a kind, not a time
    if not g["rel"] and not g["mod"]:
        before = _word_before(ctx.text, c.start)
        if before not in ("in", "this", "the", "during", "by", "until", "since", "of", "over"):
            return None  # "prices fall", "hot springs"
        after = _word_after(ctx.text, c.end)
        if after.lower() in ("of", "and") and before == "the":
            pass
        elif after[:1].isupper() and ctx.text[c.end : c.end + 1] == " ":
            return None  # "Summer Olympics"
    if ctx.reference is None:
        return "DATE", f"XXXX-{code}"
    tense = tense_at(ctx.text, c.start, c.end)
    if (
        tense is None
        and not g["rel"]
        and _PROSPECT_BEFORE.search(ctx.text, max(0, c.start - _PROSPECT_REACH), c.start)
    ):
        tense = "future"  # "if the growers split and lose in the fall": what is at stake
    return "DATE", f"{_resolve_season(ctx.reference, code, g['rel'], tense)}-{code}"


#: "of the fiscal year", "of its financial year": a quarter or half of a business year.
_OF_A_BUSINESS_YEAR = re.compile(
    r"\s+of\s+(?:the|this|next|last|its|their|our)\s+(?:fiscal|financial|calendar|tax)\s+year",
    re.IGNORECASE,
)


#: "for the second quarter of $8.6 million": an amount earned in the quarter, not a part of it.
_OF_AN_AMOUNT = re.compile(r"\s+of\s+[$£€0-9]")


def _quarter(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    if g["q"]:
        number, unit, year_text = int(g["q"]), "quarter", g["qyear"]
    elif g.get("year0"):  # "the 1988 third quarter"
        number, unit, year_text = ORDINALS[(g["ord0"] or "").lower()], "quarter", g["year0"]
    elif g["lastq"]:  # "the last quarter of the year", "the final half of 2015"
        unit, year_text = (g["unit2"] or "").lower(), g["year2"]
        number = 4 if unit == "quarter" else 2
    else:
        number, unit, year_text = (
            ORDINALS[(g["ord"] or "").lower()],
            (g["unit"] or "").lower(),
            g["year"],
        )
    if (unit == "quarter" and number > 4) or (unit == "half" and number > 2):
        return None
    if (
        not g["q"]
        and not year_text
        and not (g.get("yrel") or g.get("yrel2"))
        and _word_after(ctx.text, c.end).lower() == "of"
        and not _OF_A_BUSINESS_YEAR.match(ctx.text, c.end)
        and not _OF_AN_AMOUNT.match(ctx.text, c.end)
    ):
        return None  # "the first half of the session", "the third quarter of the game"
    code = f"Q{number}" if unit == "quarter" else f"H{number}"
    if year_text:  # "the first quarter of fiscal 2013", "the fiscal first quarter of 2013"
        return "DATE", f"{year_text}-{code}"
    if ctx.reference is None:
        return "DATE", f"XXXX-{code}"
    yrel = (g.get("yrel") or g.get("yrel2") or "").lower()
    if yrel:  # "the first quarter of next year", "the second half of the year"
        shift = _YEAR_SHIFT[yrel]
        return "DATE", f"{ctx.reference.year + shift}-{code}"
    year = ctx.reference.year
    first_month = (number - 1) * (3 if unit == "quarter" else 6) + 1
    if first_month > ctx.reference.month and tense_at(ctx.text, c.start, c.end) != "future":
        year -= 1  # a quarter yet to begin is last year's unless the text looks ahead
    return "DATE", f"{year}-{code}"


def _century(c: Candidate, ctx: Context) -> Result:
    number = ORDINALS.get((c.groups["ord"] or "").lower())
    if number is None:
        return None
    if ctx.text[c.end - 7 : c.end] == "Century" and _CAPITAL_AFTER.match(ctx.text, c.end):
        return None  # "21st Century Fox", "20th Century Studios": a company name
    # The 20th century is 1900-1999: "19XX", with X for the digits left open, as the TimeML
    # data write a decade "199X" (TIDES 2005 truncates instead: "19", "199").
    return "DATE", f"{number - 1:02d}XX"


#: A clock time and an opening parenthesis: what follows restates it in another zone.
_CONVERSION_BEFORE = re.compile(
    r"(?:[0-9]|[ap]\.?m\.?)(?:\s+local\s+time)?\s*\(\s*$", re.IGNORECASE
)
#: Words before a bare 24-hour clock time ("at 23:00", "by 14:30").
_CLOCK_PREPS = frozenset(
    {"at", "about", "around", "by", "until", "till", "from", "to", "before", "after", "since"}
)
#: Only blanks between a line break (or the start of the text) and the expression.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _event_day(c: Candidate, ctx: Context) -> dt.date | None:
    """The remembered day of the nearest event named in the expression's sentence."""
    if ctx.event_date is None:
        return None
    if (
        ctx.anchor_end is not None
        and c.start - ctx.anchor_end <= _EVENT_REACH * 3
        and not _SENTENCE_END.search(ctx.text, ctx.anchor_end, c.start)
    ):
        return None  # "On March 2, police arrested him at 10 p.m. in the killing": March 2
    for event in events_near(ctx.text, c.start, c.end, signalled=False):
        value = ctx.event_date(event, c.start)
        if value is not None:
            return day_of(value)
    return None


#: A show title after a capitalized "Midday": "Midday with Jane Doe".
_TITLE_WITH_AFTER = re.compile(r"\s+(?:with|in|on|at)\s+[A-Z]")


#: Days between an anchor and the reference beyond which the anchor is history, not the
#: story's day: a clock time in a later sentence is then of the reference day.
_HISTORY_DAYS = 366


def _past_anchor(c: Candidate, ctx: Context) -> bool:
    """Whether the day last told lies more than a year from the reference and a sentence before
    the clock time (a clock time right after "On September 11, 2001," keeps that day)."""
    return (
        ctx.anchor is not None
        and ctx.reference is not None
        and ctx.anchor_end is not None
        and abs((ctx.reference - ctx.anchor).days) > _HISTORY_DAYS
        and _SENTENCE_END.search(ctx.text, ctx.anchor_end, c.start) is not None
    )


def _clock_family(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    if g["named"] and _word_before(ctx.text, c.start) == "high":
        return None  # "high noon", "High Noon": an idiom or a title
    if (
        g["named"]
        and g["named"][:1].isupper()
        and (not _sentence_initial(ctx.text, c.start) or _TITLE_WITH_AFTER.match(ctx.text, c.end))
    ):
        return None  # "on WTMJ's ''Midday with Jane Doe''", "the Midnight Express": a title
    if g["named"]:
        hm: tuple[int, int] | None = (0, 0) if g["named"].lower() == "midnight" else (12, 0)
        zone: str | None = None
    elif g["hw"] or g["oc"]:
        word = g["hw"] or g["oc"] or ""
        hour = int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]
        pm = (g["pw"] or "").lower() in ("afternoon", "evening")
        hm = _clock(hour, 0, "pm" if pm else "am") if g["hw"] else _clock(hour, 0, None)
        zone = None
    elif g["h24"]:
        if _CONVERSION_BEFORE.search(ctx.text, max(0, c.start - 24), c.start):
            return None  # "10:35 a.m. (0735 GMT)": the same time again, in another zone
        hm, zone = (int(g["h24"]), int(g["m24"] or 0)), g["tz24"]
    elif g["hb"]:
        if _word_before(ctx.text, c.start) not in _CLOCK_PREPS:
            return None  # "John 3:16", "a 2:30 drive": a bare "23:00" needs "at", "by" ...
        hm, zone = (int(g["hb"]), int(g["mb"] or 0)), None
    else:
        hm, zone = _clock(int(g["h"] or 0), int(g["m"] or 0), g["ampm"]), g["tz"]
    if hm is None:
        return None
    day: dt.date | None = ctx.anchor or ctx.reference
    if _past_anchor(c, ctx):
        day = ctx.reference  # "evoked memories of the September 11, 2001 attacks. ... 2:37 p.m."
    if _LINE_START.search(ctx.text, max(0, c.start - 8), c.start):
        day = ctx.reference  # a time heading a paragraph is a timestamp of the story's day
    else:
        day = _event_day(c, ctx) or day  # "was killed at 10 p.m.": the killing's day
    day_word = g["wd"]
    if day_word and g.get("wdplural") and day_word.lower() in WEEKDAYS:
        # "8 p.m. on Saturdays": the same clock time every such day
        return "SET", f"XXXX-WXX-{WEEKDAYS[day_word.lower()]}T{hm[0]:02d}:{hm[1]:02d}"
    if day_word and ctx.reference is not None:
        key = day_word.lower()
        if key in ("today", "tomorrow", "yesterday"):
            day = ctx.reference + dt.timedelta(days={"today": 0, "tomorrow": 1}.get(key, -1))
        else:
            tense = tense_at(ctx.text, c.start, c.end)
            day = _resolve_weekday(ctx.reference, WEEKDAYS[key], None, tense)
    elif day_word:
        day = None
    return "TIME", _time_value(day, hm, zone)


def _set(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    if g["adv"]:
        after = _word_after(ctx.text, c.end)
        if after[:1].isupper() and ctx.text[c.end : c.end + 1] == " ":
            return None  # "the Communist Party daily Granma": a newspaper
        if g["adv"][:1].isupper() and not _sentence_initial(ctx.text, c.start):
            return None  # "Breitbart News Daily", "the Yearly Meeting": a name
        return "SET", SET_ADVERBS[g["adv"].lower()]
    unit_word = g["unit"] or g["unit2"] or g["unit3"] or ""
    key = unit_word.lower()
    if key in WEEKDAYS:
        part = g.get("spart")
        suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[key]}{suffix}"  # "every Sunday night": ...-7TNI
    if key in SEASONS:
        return "SET", f"XXXX-{SEASONS[key]}"
    if key in MONTHS and unit_word[:1].isupper():
        return "SET", f"XXXX-{MONTHS[key]:02d}"  # "an increase every January"
    if key in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[key]}"
    if key == "season":
        return "SET", "P3M"
    if key in ("weekend", "weekends"):
        return "SET", "XXXX-WXX-WE"  # "every weekend", "on weekends" (not "P1WE")
    n_word = (g["n"] or "").lower()
    number = 2.0 if n_word == "other" else (_number(n_word) if n_word else 1.0)
    return "SET", _duration(number, key if key in UNITS else key + "s")


_REFERENCES = {"past": "PAST_REF", "future": "FUTURE_REF", "term": "FUTURE_REF"}


#: Nouns after "current" that make it no time word: "the current account deficit".
_NOT_CURRENT = frozenset({"account", "accounts", "flows", "flow", "carries", "swept", "sweeps"})
#: Grammar words after "future": "the future tense".
_NOT_FUTURE = frozenset({"tense", "perfect", "continuous", "progressive"})


def _reference(c: Candidate, ctx: Context) -> Result:
    fixed = c.groups.get("fixed")
    if fixed:  # "these days", "the other day"
        return "DATE", "PAST_REF" if fixed.lower().endswith("day") else "PRESENT_REF"
    word = (c.groups["ref"] or "").lower().split()[-1]
    last = (c.groups["ref"] or "").split()[-1]
    if (
        word in ("future", "past", "present")
        and last[:1].isupper()
        and last[1:2].islower()
        and not _sentence_initial(ctx.text, c.start)
    ):
        return None  # "Back to the Future", "the Party of the Future": a title or a name
    adjective = c.groups.get("adj")
    if adjective is not None:
        # A bare adjective dates its noun as TIDES/TimeML do ("future disasters" FUTURE_REF,
        # "his current wife" PRESENT_REF), but only before a lowercase word: "the current,"
        # (a stream) and "Future Shock" are not dates. "current" counts only after a
        # possessive, as in the AQUAINT practice; "the current system" is too common in
        # news to mark without evidence that annotators do.
        after = _word_after(ctx.text, c.end)
        noun_after = ctx.text[c.end : c.end + 1] == " " and after[:1].islower()
        possessed = _POSSESSIVE_BEFORE.search(ctx.text, max(0, c.start - 8), c.start)
        if not noun_after and (adjective == "current" or possessed is None):
            return None  # "the current," "Future Shock"; but "Elian's future" is a noun of time
        if adjective == "current" and possessed is None:
            return None  # "the current system" is left out; "his current wife" dates the wife
        if adjective == "current" and after.lower().rstrip(".") in _NOT_CURRENT:
            return None
    if word == "future" and _word_after(ctx.text, c.end).lower().rstrip(".") in _NOT_FUTURE:
        return None
    if word in ("past", "future") and adjective is None and _noun_after(ctx.text, c.end):
        return None  # "the past season", "the future king": an adjective of another noun
    return "DATE", _REFERENCES.get(word, "PRESENT_REF")


#: Words that may follow "the past", "the future" used as nouns of time: verbs of which they
#: are the subject, prepositions, conjunctions, the start of a new clause ("In the past it
#: was"). Any other lowercase word is the noun they modify ("the past season").
_AFTER_TIME_NOUN = frozenset(
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could",
        "may", "might", "should", "must", "does", "did", "looks", "looked", "seems", "seemed",
        "holds", "held", "lies", "lay", "belongs", "remains", "remained", "and", "or", "but",
        "nor", "of", "in", "on", "at", "for", "to", "from", "with", "by", "as", "than", "that",
        "which", "who", "when", "where", "while", "if", "because", "so", "it", "he", "she",
        "they", "we", "you", "there", "this", "these", "those", "the", "a", "an", "his", "her",
        "their", "our", "its", "no", "not", "also", "too", "though", "although", "i",
    }
)  # fmt: skip


def _noun_after(text: str, end: int) -> bool:
    """Whether a lowercase content word follows ``end`` after one space ("the past season")."""
    after = _word_after(text, end)
    return (
        text[end : end + 1] == " "
        and after[:1].islower()
        and after.lower() not in _AFTER_TIME_NOUN
        and not after.endswith("ly")
    )


#: A possessive right before "future" makes it a noun of time: "Elian's future", "our future."
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|its|their|our|my|your))\s$", re.IGNORECASE)


#: Days around this year's holiday within which a bare name is that one ("before Christmas" in
#: a December 20 story, past tense or not).
_HOLIDAY_NEAR = 7


def _holiday_family(c: Candidate, ctx: Context) -> Result:
    result = _holiday_day(c, ctx)
    week = (c.groups["week"] or "").lower()
    if result is None or result[1] is None or not week:
        return result
    # "Easter week", "Thanksgiving weekend": the ISO week (weekend) that holds the holiday
    value = _iso_week(dt.date.fromisoformat(result[1]))
    return "DATE", value + ("-WE" if week == "weekend" else "")


#: Days before a Super Tuesday within which a mention is that one whatever the tense: the
#: primary season of its year (the one before lies four years back).
_SUPER_TUESDAY_SEASON = 120


def _super_tuesday(year: int) -> dt.date:
    """The big multi-state primary day: the first Tuesday of March (Feb. 5 in 2008)."""
    return dt.date(2008, 2, 5) if year == 2008 else _nth_weekday(year, 3, 2, 1)


def _named_primary(reference: dt.date, rel: str, tense: Tense) -> dt.date:
    """The Super Tuesday a text means: held in presidential election years (every fourth)."""
    cycle = reference.year - reference.year % 4
    before = _super_tuesday(cycle)
    if before > reference:
        before = _super_tuesday(cycle - 4)
    after = _super_tuesday(before.year + 4)
    if before == reference or (
        rel != "next" and (reference - before).days <= _SUPER_TUESDAY_SEASON
    ):
        return before  # "Rubio's poor showings on Super Tuesday" a week after it
    if rel == "last" or (
        rel != "next"
        and (after - reference).days > _SUPER_TUESDAY_SEASON
        and (tense == "past" or (tense is None and reference - before < after - reference))
    ):
        return before
    return after


#: Capitalized words that may stand before a holiday's name in running text ("On
#: Christmas", "Orthodox Easter", "This Thanksgiving").
_HOLIDAY_CAPITALS_BEFORE = frozenset(
    {"on", "at", "by", "for", "since", "until", "before", "after", "this", "last", "next",
     "orthodox", "western", "catholic", "during", "over", "from", "through", "till"}
)  # fmt: skip


def _holiday_day(c: Candidate, ctx: Context) -> Result:
    g = c.groups
    name = g["name"] or ""
    if g["mon"] and g["day"]:
        # "Super Tuesday, March 1": the date the text gives, in its year or the nearest
        month, day = MONTHS[_key(g["mon"])], int(g["day"].rstrip("stndrh"))
        if g["year"]:
            date = _make_date(int(g["year"]), month, day)
        elif ctx.reference is not None:
            tense = tense_at(ctx.text, c.start, c.end)
            year = _resolve_year(ctx.reference, month, day, None, tense)
            date = _make_date(year, month, day)
        else:
            return "DATE", f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
        return None if date is None else ("DATE", date.isoformat())
    if name.startswith("Super"):
        if g["year"]:
            return "DATE", _super_tuesday(int(g["year"])).isoformat()
        if ctx.reference is None:
            return "DATE", None
        rel = (g["rel"] or "").lower()
        tense = tense_at(ctx.text, c.start, c.end)
        return "DATE", _named_primary(ctx.reference, rel, tense).isoformat()
    if g["year"]:
        return "DATE", _holiday(name, int(g["year"])).isoformat()
    after = _word_after(ctx.text, c.end)
    if (
        after[:1].isupper()
        and ctx.text[c.end : c.end + 1] == " "
        and _key(after) not in WEEKDAYS
        and _key(after) not in MONTHS
    ):
        return None  # "Easter Island", "Christmas Island": a place name
    if " " not in name and not g["week"]:  # a one-word name alone: "Christmas", "Easter"
        if after.lower().rstrip(".,;:!?") in HOLIDAY_THINGS:
            return None  # "Christmas trees", "Easter eggs": a thing, not a day
        if (
            not g["rel"]
            and _NAME_BEFORE.search(ctx.text, max(0, c.start - 30), c.start) is not None
            and _key(_word_before(ctx.text, c.start)) not in _HOLIDAY_CAPITALS_BEFORE
        ):
            return None  # "How the Grinch Stole Christmas", "Merry Christmas": a title, a greeting
    if ctx.reference is None:
        return "DATE", None
    this_year = _holiday(name, ctx.reference.year)
    rel = (g["rel"] or "").lower()
    tense = tense_at(ctx.text, c.start, c.end)
    if not rel and abs((this_year - ctx.reference).days) <= _HOLIDAY_NEAR:
        # "as Easter week began" six days before Easter: this year's, whatever the tense
        pick = this_year
    elif rel == "last" or (not rel and tense == "past"):
        pick = this_year if this_year <= ctx.reference else _holiday(name, ctx.reference.year - 1)
    elif rel == "next" or tense == "future":
        pick = this_year if this_year >= ctx.reference else _holiday(name, ctx.reference.year + 1)
    else:
        pick = this_year
    return "DATE", pick.isoformat()


def _around_event(c: Candidate, ctx: Context, unit: str) -> Result:
    """ "the day after his death": the day (week, month) next to an event the text dated
    earlier ("killed Oct. 23"); no date when the event's day is unknown."""
    event = _event_date(c, ctx)
    base = None if event is None else day_of(event[0])
    if event is None or base is None:
        return None
    if unit == "week":
        return "DATE", _iso_week(base + dt.timedelta(weeks=event[1]))
    if unit == "month":
        year, month = _shift_month(base.year, base.month, event[1])
        return "DATE", f"{year}-{month:02d}"
    return "DATE", _day_value(
        base + dt.timedelta(days=event[1]), "night" if unit == "night" else None
    )


#: Prepositions that make "the next week" the stretch ahead, not the week after a narrated one.
_NEXT_SPAN_PREPS = frozenset({*_SPAN_PREPS, "in"})


#: Lowercase words that may follow "in the morning" when it is a time, not a noun's
#: modifier ("in the afternoon sun"): conjunctions, prepositions, pronouns, verbs of being.
_AFTER_A_PART_OF_DAY = frozenset(
    {"and", "or", "but", "to", "at", "in", "on", "with", "when", "while", "as", "until"}
    | {"he", "she", "they", "we", "i", "it", "you", "there", "the", "a", "an", "his", "her"}
    | {"their", "its", "was", "were", "is", "are", "had", "has", "will", "would", "local"}
    | {"time", "so", "then", "because", "for", "from", "by", "before", "after", "if"}
)
#: A clock time just before "in the morning": "at 4 a.m. in the", "at 9 in the".
_CLOCK_BEFORE = re.compile(r"(?:[0-9]|[ap]\.?m\.?|o['’]clock)\s+(?:in|during)\s+$", re.IGNORECASE)


def _anaphora(c: Candidate, ctx: Context) -> Result:
    """ "that day", "later that year", "the next morning": relative to the narrated date.

    A year takes the last year, month or day mentioned ("in June 1998 ... later that year");
    a month the last month or day; a day the last day, or the last month when one was named
    since ("last October, when ... that same day" -> ``1998-10-XX``).
    """
    g = c.groups
    if g.get("unit4"):
        return _around_event(c, ctx, (g["unit4"] or "").lower())
    told_part = (g.get("part") or g.get("part2") or "").lower()
    if told_part:  # "in the afternoon", "by mid-morning": that part of the day narrated
        after = _word_after(ctx.text, c.end)
        if after[:1].islower() and after.rstrip(".,;:!?") not in _AFTER_A_PART_OF_DAY:
            return None  # "in the afternoon sun": it modifies a noun
        if _CLOCK_BEFORE.search(ctx.text, max(0, c.start - 16), c.start):
            return None  # "at 4 a.m. in the morning": the clock time says it
        anchor = ctx.anchor or ctx.reference
        return "DATE", None if anchor is None else _day_value(anchor, told_part)
    unit = (g["unit"] or g["unit2"] or g.get("unit3") or "").lower()
    direction = (g["dir"] or g.get("dir2") or "").lower()
    if (
        direction == "next"
        and not g["mod"]
        and unit in ("week", "month", "year")
        and _word_before(ctx.text, c.start) in _NEXT_SPAN_PREPS
        and not _POSSESSIVE.match(ctx.text, c.end)
    ):
        return "DURATION", _duration(1, unit)  # "over the next year": the stretch ahead
    step = 0
    if direction in ("next", "following", "after"):
        step = 1
    elif direction in ("previous", "preceding", "prior", "before"):
        step = -1
    if unit == "quarter":
        return _quarter_step(c, ctx, step)
    if unit == "year" and ctx.recent is not None:
        return "DATE", str(int(ctx.recent[:4]) + step)
    if unit == "month" and ctx.recent_month is not None:
        year, month = _shift_month(int(ctx.recent_month[:4]), int(ctx.recent_month[5:7]), step)
        return "DATE", f"{year}-{month:02d}"
    if unit != "week" and ctx.recent_month is not None and len(ctx.recent_month) == 7:
        return "DATE", f"{ctx.recent_month}-XX"  # a day of the month last named
    anchor = ctx.anchor or ctx.reference  # "the next day" with no day narrated yet
    if anchor is None:
        return "DATE", None
    if unit == "week":
        return "DATE", _iso_week(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, step)
        return "DATE", f"{year}-{month:02d}"
    if unit == "year":
        return "DATE", str(anchor.year + step)
    part = unit if unit in PARTS_OF_DAY else None
    return "DATE", _day_value(anchor + dt.timedelta(days=step), part)


def _same_time(c: Candidate, ctx: Context) -> Result:
    """ "this time last year", "the same time next week": the reference day a unit away."""
    g = c.groups
    if ctx.reference is None:
        return "DATE", None
    back = (g["rel"] or "").lower() == "last" or (g["dir"] or "").lower() == "ago"
    step = -1 if back else 1
    unit = (g["unit"] or "").lower()
    if unit == "week":
        return "DATE", (ctx.reference + dt.timedelta(weeks=step)).isoformat()
    year, month = _shift_month(ctx.reference.year, ctx.reference.month, 12 * step)
    if unit == "month":
        year, month = _shift_month(ctx.reference.year, ctx.reference.month, step)
    day = min(ctx.reference.day, calendar.monthrange(year, month)[1])  # "Feb. 29" a year on
    return "DATE", dt.date(year, month, day).isoformat()


_NORMALIZERS: dict[str, Callable[[Candidate, Context], Result]] = {
    "calendar": _calendar,
    "week_of": _week_of,
    "iso": _iso,
    "numeric": _numeric,
    "month": _month,
    "weekday": _weekday,
    "deictic": _deictic,
    "relative": _relative,
    "offset": _offset,
    "duration": _duration_family,
    "vague": _vague,
    "year": _year,
    "spoken_year": _spoken_year,
    "season": _season,
    "quarter": _quarter,
    "period": _period,
    "year_end": _year_end,
    "century": _century,
    "clock": _clock_family,
    "set": _set,
    "reference": _reference,
    "holiday": _holiday_family,
    "same_time": _same_time,
    "anaphora": _anaphora,
}

#: Words left out of an extent when they open it: a TIMEX3 is a noun, adjective or adverb
#: phrase, never a prepositional phrase (TIDES 2005 standard, Ferro et al., sec. 3.2.1, which
#: TimeML 1.2.1 sec. 2.2.1 follows for extents). A leading "the" is taken off here and put
#: back by ``_determiner_start`` when it determines the temporal noun itself.
_LEADING = re.compile(
    r"(?:the|for|in|over|within|after|take|takes|took|on|spend|spends|spent|spending)\s+",
    re.IGNORECASE,
)

#: Words that are no TIMEX3 modifier and stay outside the extent: focus particles ("only
#: five hours", "just a decade ago") and "another" carry no ``mod`` value (TimeML 1.2.1,
#: sec. 2.2.3, attribute ``mod``), unlike approximators ("about", "nearly": APPROX, LESS_THAN) and
#: "early"/"late"/"mid" (START, END, MID), which TIMEX3 marks on the expression and so keeps
#: inside it. "earlier"/"later" before a day or "this week" have no ``mod`` value either;
#: they are left out as in most of the AQUAINT development set.
_DROP_PARTICLE = re.compile(r"(?:only|just|another)\s+", re.IGNORECASE)
_DROP_EARLIER = re.compile(r"(?:earlier|later)\s+", re.IGNORECASE)
_IN = re.compile(r"in\s+(?=the\s)", re.IGNORECASE)
_DROPS: dict[str, re.Pattern[str]] = {
    "duration": _DROP_PARTICLE,
    "offset": _DROP_PARTICLE,
    "relative": _DROP_EARLIER,
    "deictic": _DROP_EARLIER,
}

#: Families whose head is a common noun that takes a determiner, kept in the extent: "the
#: 1990s", "the past two years", "the third quarter", "the weeks before the shooting". The
#: TIDES 2005 extent rules (which TimeML 1.2.1 sec. 2.2.1 builds TIMEX3 on) put premodifiers,
#: determiners included ("a great day"), inside the expression; TimeML leaves out only the
#: postmodifiers, which it marks as SIGNAL + EVENT ("before the shooting"). Days, months and
#: years are proper names that take no article: in "the Aug. 7 bombings" or "the 1996
#: elections" the article belongs to the noun the date modifies, so it stays out.
_DETERMINED = frozenset(
    {
        "duration",
        "vague",
        "relative",
        "season",
        "quarter",
        "century",
        "anaphora",
        "deictic",
        "week_of",
        "same_time",
    }
)
_THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)\s$")
#: Approximators TimeML marks with ``mod`` (APPROX, LESS_THAN) before a clock time.
_APPROX_BEFORE = re.compile(r"(?<![\w'’-])(?i:about|around|approximately|roughly|nearly|almost)\s$")


def _adjectival(candidate: Candidate, text: str) -> bool:
    """A hyphenated modifier of another noun ("the 14-day waiting period", "third-quarter")."""
    g = candidate.groups
    if candidate.kind == "duration":
        return g.get("hyphen") == "-" or g.get("suffix") is not None
    if candidate.kind == "vague":
        return g.get("long") is not None
    if candidate.kind == "quarter" and "unit" in candidate.group_starts:
        return text[candidate.group_starts["unit"] - 1] == "-"
    return False


def _determiner_start(candidate: Candidate, start: int, text: str) -> int:
    """``start`` moved back over a "the" that determines the temporal noun, if any."""
    g = candidate.groups
    eligible = (
        candidate.kind in _DETERMINED
        or (
            candidate.kind == "year"
            and (g.get("decade") or g.get("short") or g.get("short_s")) is not None
        )
        or (
            candidate.kind == "spoken_year"
            and (g.get("decade") is not None or text[start : start + 5].lower() == "year ")
        )
    )
    if not eligible or _adjectival(candidate, text):
        return start
    found = _THE_BEFORE.search(text, max(0, start - 5), start)
    return found.start() if found is not None else start


#: A clock time whose final period also ends the sentence ("at 10 p.m. The").
_SENTENCE_AFTER = re.compile(
    r"""
    \s*(?:$|\n|[\"“”'‘’]                      # a line end or a quote mark
      | (?![JFMASOND][a-z]{2,8}\.?\s[0-9])[A-Z]  # a capital, not a date's: "9 a.m. March 7"
    )
    """,
    re.VERBOSE,
)


def normalize(candidate: Candidate, ctx: Context) -> Normalized | None:
    """The TIMEX3 type, value and extent of ``candidate``; None when it is not a date."""
    result = _NORMALIZERS[candidate.kind](candidate, ctx)
    if result is None:
        return None
    start = candidate.start
    keep_the = candidate.kind == "relative" and (candidate.groups["rel"] or "").lower() == "the"
    # "the end of March", "the beginning of 2015": the article of "end" is in the expression
    position = candidate.groups.get("mod") or candidate.groups.get("post") or ""
    keep_the = keep_the or position[:4].lower() == "the "
    # "the year-ago quarter": the article of the period, as in "the third quarter"
    keep_the = keep_the or (candidate.kind == "period" and bool(candidate.groups.get("noun")))
    # "the day before last Tuesday": the article of "day", as in "the day before yesterday"
    keep_the = keep_the or bool(candidate.groups.get("dayrel"))
    # "the following Monday": the article of the relative weekday
    keep_the = keep_the or (
        candidate.kind == "weekday" and (candidate.groups.get("rel") or "").lower()[:4] == "the "
    )
    more_than = (candidate.groups.get("approx") or "").lower() == "over"
    if keep_the or (more_than and candidate.kind in ("duration", "offset")):
        pass  # "over an hour" is MORE_THAN, a TIMEX3 mod, not the preposition of "over the weekend"
    elif candidate.kind != "reference" or (candidate.groups["ref"] or "").lower().startswith("in"):
        leading = _LEADING.match(ctx.text, start, candidate.end)
        if leading is not None and leading.end() < candidate.end:
            start = leading.end()
    drop = _DROPS.get(candidate.kind)
    if drop is not None:
        dropped = drop.match(ctx.text, start, candidate.end)
        if dropped is not None and dropped.end() < candidate.end:
            start = dropped.end()
            after_drop = _IN.match(ctx.text, start, candidate.end)  # "later in the year"
            start = after_drop.end() if after_drop is not None else start
    start = _determiner_start(candidate, start, ctx.text)
    if candidate.kind == "clock":
        approx = _APPROX_BEFORE.search(ctx.text, max(0, start - 15), start)
        start = approx.start() if approx is not None else start
    end = candidate.end
    if candidate.kind in ("month", "calendar") and candidate.groups.get("yrel"):
        # "February this year": the year phrase resolves the month and is no expression of its
        # own; as in TimeBank practice the extent is the month ("  year": the two spaces).
        last = "day" if candidate.kind == "calendar" else "mon"
        end = candidate.group_starts[last] + len(candidate.groups[last] or "")
    if (
        ctx.text[end - 2 : end] in ("m.", "M.")
        and candidate.kind in ("clock", "calendar")
        and _SENTENCE_AFTER.match(ctx.text, end)
    ):
        end -= 1
    return Normalized(type=result[0], value=result[1], start=start, end=end)
